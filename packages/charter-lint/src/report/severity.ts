import type { VFileMessage } from 'vfile-message';

/** The severities a writer configures and a report shows. */
export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ReportedSeverity = Exclude<Severity, 'off'>;

/**
 * unified-lint-rule's own spellings, accepted too so a `.remarkrc` written
 * for remark-lint keeps working with our rules.
 */
const UNIFIED_SPELLINGS: Record<string, Severity> = {
  '0': 'off',
  false: 'off',
  '1': 'warning',
  true: 'warning',
  on: 'warning',
  warn: 'warning',
  '2': 'error',
};

/** Reads a configured severity, or `undefined` when the value is not one. */
export function parseSeverity(value: unknown): Severity | undefined {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))
    return value as Severity;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return UNIFIED_SPELLINGS[String(value)];
  }
  return undefined;
}

/** vfile's convention: `fatal: true` is an error, `false` a warning, `undefined` an info. */
export function severityOf(message: Pick<VFileMessage, 'fatal'>): ReportedSeverity {
  if (message.fatal === true) return 'error';
  if (message.fatal === false) return 'warning';
  return 'info';
}

export function setSeverity(message: VFileMessage, severity: ReportedSeverity): void {
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}
