import type { ReportedSeverity, ReportMessage } from '@alima/charter-lint';

/** Severities from the most to the least pressing, as the filter lists them. */
export const SEVERITY_ORDER = ['error', 'warning', 'info'] as const satisfies readonly ReportedSeverity[];

/** Which findings the checker shows: those of the ticked severities and, when one is chosen, of one rule. */
export interface FindingFilter {
  severities: ReadonlySet<ReportedSeverity>;
  /** A rule id, or `undefined` for every rule. */
  ruleId: string | undefined;
}

export const SHOW_ALL: FindingFilter = { severities: new Set(SEVERITY_ORDER), ruleId: undefined };

export function severityCounts(messages: readonly ReportMessage[]): Record<ReportedSeverity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const message of messages) counts[message.severity]++;
  return counts;
}

/**
 * The counts the filter controls show, each facet counted under the other's
 * choice (as a shop's filters are): the severities among the chosen rule's
 * findings, the rules among the ticked severities' findings, most frequent
 * first, so a draft with hundreds of findings shows where most of them are.
 */
export function filterCounts(messages: readonly ReportMessage[], filter: FindingFilter) {
  const ofRule = messages.filter(
    (message) => filter.ruleId === undefined || message.ruleId === filter.ruleId,
  );
  const ofSeverities = messages.filter((message) => filter.severities.has(message.severity));
  const rules = new Map<string, number>();
  for (const message of ofSeverities) rules.set(message.ruleId, (rules.get(message.ruleId) ?? 0) + 1);
  // A chosen rule stays listed when its count drops to 0, so the choice remains visible.
  if (filter.ruleId !== undefined && !rules.has(filter.ruleId)) rules.set(filter.ruleId, 0);
  return {
    severities: severityCounts(ofRule),
    rules: [...rules].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)),
    allRules: ofSeverities.length,
  };
}

/** The findings the filter lets through, in report order. */
export function applyFilter(messages: readonly ReportMessage[], filter: FindingFilter): ReportMessage[] {
  return messages.filter(
    (message) =>
      filter.severities.has(message.severity) &&
      (filter.ruleId === undefined || message.ruleId === filter.ruleId),
  );
}
