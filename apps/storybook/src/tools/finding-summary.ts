import type { ReportMessage } from '@alima/charter-lint';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the live region announces after each check: a count a listener can act on. */
export function findingSummary(messages: readonly ReportMessage[]): string {
  if (messages.length === 0) return 'No findings: the draft follows the charter rules.';
  const counts = (['error', 'warning', 'info'] as const)
    .map(
      (severity) => [severity, messages.filter((message) => message.severity === severity).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity === 'info' ? 'suggestion' : severity));
  return `${plural(messages.length, 'finding')}: ${counts.join(', ')}.`;
}
