import type { ReportedSeverity } from '@alima/charter-lint';

/** How a severity reads to a writer. */
export function severityLabel(severity: ReportedSeverity): string {
  return { error: 'Error: must be fixed', warning: 'Warning: check it', info: 'Suggestion' }[severity];
}

/** An example's heading mark; the words carry the meaning, the symbol only helps the eye. */
export function exampleLabel(flagged: boolean): string {
  return flagged ? '✗ Flagged:' : '✓ Fine:';
}
