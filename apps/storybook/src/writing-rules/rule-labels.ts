import type { ReportedSeverity } from '@alima/charter-lint';

/** How a severity reads to a writer. */
export function severityLabel(severity: ReportedSeverity): string {
  return { error: 'must be fixed before publishing', warning: 'check it', info: 'a suggestion' }[severity];
}

/** An example's heading mark; the words carry the meaning, the symbol only helps the eye. */
export function exampleLabel(flagged: boolean): string {
  return flagged ? '✗ Flagged:' : '✓ Fine:';
}
