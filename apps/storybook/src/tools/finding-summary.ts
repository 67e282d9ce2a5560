import type { Lang, ReportMessage } from '@alima/charter-lint';
import { CHECKER_LABELS, label } from './checker-labels.js';
import { SEVERITY_ORDER, severityCounts } from './finding-filter.js';

/** What the live region announces after each check: a count a listener can act on. */
export function findingSummary(messages: readonly ReportMessage[], lang: Lang = 'en'): string {
  const labels = CHECKER_LABELS[lang];
  if (messages.length === 0) return labels.none;
  const counts = severityCounts(messages);
  const parts = SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) =>
    label(lang, labels[severity], { n: counts[severity] }),
  );
  return `${label(lang, labels.finding, { n: messages.length })}${lang === 'fr' ? ' : ' : ': '}${parts.join(', ')}.`;
}
