import { DEFAULT_MAX_AGE_YEARS, type RuleSetting } from '../config/config-types.js';
import type { FileFacts } from '../project/facts.js';
import type { ProjectFile, ProjectFinding } from '../project/project-file.js';
import type { FigureRegistry } from '../registry/figure-registry.js';
import { loadFigureRegistry } from '../registry/load-registry.js';
import { parseSeverity, type ReportedSeverity } from '../report/severity.js';
import type { ProjectRule } from '../rules/define-project-rule.js';
import { projectRules } from '../rules/catalogue.js';
import type { LintOptions } from './lint-options.js';
import type { FileReport, ReportMessage, SuppressedReportMessage } from './report-types.js';
import { compareMessages, fileReport } from './to-report.js';

/** A draft for the project pass: its facts, its settings, and its report when the run reports on it. */
export interface ProjectInput {
  path: string;
  shown: string;
  facts: FileFacts;
  settings: Pick<LintOptions, 'rules' | 'figures'>;
}

/** The settings of a file's configuration the project rules read. */
export function projectSettings(options: Pick<LintOptions, 'rules' | 'figures'>): ProjectInput['settings'] {
  const { rules, figures } = options;
  return { ...(rules === undefined ? {} : { rules }), ...(figures === undefined ? {} : { figures }) };
}

/** The severity a file's configuration gives a project rule, and whether the writer chose it. */
function severityFor(
  rules: Record<string, RuleSetting> | undefined,
  id: string,
  fallback: ReportedSeverity,
): { severity: ReportedSeverity | 'off'; explicit: boolean } {
  const setting = rules?.[id];
  const chosen = parseSeverity(Array.isArray(setting) ? setting[0] : setting);
  return chosen === undefined
    ? { severity: fallback, explicit: false }
    : { severity: chosen, explicit: true };
}

function toMessage(rule: ProjectRule, finding: ProjectFinding, severity: ReportedSeverity): ReportMessage {
  const { place } = finding;
  return {
    ruleId: rule.meta.id,
    severity,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    message: finding.reason,
    ...(finding.actual === undefined ? {} : { actual: finding.actual }),
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
  };
}

/**
 * Loads each registry once for the run; a bad one throws the `ConfigError`
 * naming its file, entry and key.
 */
export class RegistryLoader {
  private readonly loaded = new Map<string, FigureRegistry>();

  load(file: string | undefined): FigureRegistry | undefined {
    if (file === undefined) return undefined;
    let registry = this.loaded.get(file);
    if (registry === undefined) this.loaded.set(file, (registry = loadFigureRegistry(file)));
    return registry;
  }
}

/** The project rules' findings on one file: those reported, and those its suppression comments silenced. */
export interface ProjectFindings {
  messages: ReportMessage[];
  suppressed: SuppressedReportMessage[];
}

const placeKey = (ruleId: string, line: number, column: number) => `${ruleId}\u0000${line}:${column}`;

/** A file's suppressed places by rule and place, each with its comment's justification. */
const silencedPlaces = new WeakMap<FileFacts, Map<string, string>>();

/** The justification of the comment silencing `message` in the file of `facts`, if one does. */
function silencedBy(facts: FileFacts, message: ReportMessage): string | undefined {
  if (facts.suppressed === undefined) return undefined;
  let places = silencedPlaces.get(facts);
  if (places === undefined) {
    places = new Map(
      facts.suppressed.map((place) => [
        placeKey(place.ruleId, place.line, place.column),
        place.justification,
      ]),
    );
    silencedPlaces.set(facts, places);
  }
  return places.get(placeKey(message.ruleId, message.line, message.column));
}

/**
 * The project pass: runs the project rules on every draft's facts and
 * returns their findings by path, each with the severity the draft's own
 * configuration gives the rule (a finding's own severity unless the writer
 * chose one), a finding where the draft's suppression comments silence its
 * rule set apart with the comment's reason. `year` is the current year,
 * which registry entries age against.
 */
export function projectFindings(
  inputs: readonly ProjectInput[],
  year: number = new Date().getFullYear(),
  registries: RegistryLoader = new RegistryLoader(),
): Map<string, ProjectFindings> {
  const files: ProjectFile[] = inputs.map((input) => {
    const registry = registries.load(input.settings.figures?.registry);
    return {
      path: input.path,
      shown: input.shown,
      facts: input.facts,
      maxAgeYears: input.settings.figures?.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS,
      ...(registry === undefined ? {} : { registry }),
      ...(input.settings.rules === undefined ? {} : { rules: input.settings.rules }),
    };
  });
  const byPath = new Map<string, ProjectFindings>();
  for (const rule of projectRules) {
    const enabled = files.filter(
      (file) => severityFor(file.rules, rule.meta.id, rule.meta.defaultSeverity).severity !== 'off',
    );
    if (enabled.length === 0) continue;
    for (const finding of rule.check({ files: enabled, year })) {
      const { severity, explicit } = severityFor(finding.file.rules, rule.meta.id, rule.meta.defaultSeverity);
      if (severity === 'off') continue;
      const found = byPath.get(finding.file.path) ?? { messages: [], suppressed: [] };
      byPath.set(finding.file.path, found);
      const message = toMessage(rule, finding, explicit ? severity : (finding.severity ?? severity));
      const justification = silencedBy(finding.file.facts, message);
      if (justification === undefined) found.messages.push(message);
      else found.suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification }] });
    }
  }
  return byPath;
}

/** The project rules' reported findings by path (see `projectFindings`; silenced ones left out). */
export function runProjectRules(
  inputs: readonly ProjectInput[],
  year: number = new Date().getFullYear(),
  registries: RegistryLoader = new RegistryLoader(),
): Map<string, ReportMessage[]> {
  return new Map(
    [...projectFindings(inputs, year, registries)].map(([path, found]) => [path, found.messages]),
  );
}

/** `report` with the project findings added, sorted and counted again. */
export function withProjectFindings(report: FileReport, found: ProjectFindings | undefined): FileReport {
  if (found === undefined) return report;
  const { messages, suppressed } = found;
  const merged =
    messages.length === 0
      ? report
      : { ...report, ...fileReport(report.filePath, [...report.messages, ...messages]) };
  if (suppressed.length === 0) return merged;
  return {
    ...merged,
    suppressedMessages: [...(report.suppressedMessages ?? []), ...suppressed].sort(compareMessages),
  };
}
