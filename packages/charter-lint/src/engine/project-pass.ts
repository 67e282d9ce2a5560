import { DEFAULT_MAX_AGE_YEARS, type RuleSetting } from '../config/config-types.js';
import type { FileFacts } from '../project/facts.js';
import type { ProjectFile, ProjectFinding } from '../project/project-file.js';
import type { FigureRegistry } from '../registry/figure-registry.js';
import { loadFigureRegistry } from '../registry/load-registry.js';
import { parseSeverity, type ReportedSeverity } from '../report/severity.js';
import type { ProjectRule } from '../rules/define-project-rule.js';
import { projectRules } from '../rules/catalogue.js';
import type { LintOptions } from './lint-options.js';
import type { FileReport, ReportMessage } from './report-types.js';
import { fileReport } from './to-report.js';

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

/**
 * The project pass: runs the project rules on every draft's facts and
 * returns their findings by path, each with the severity the draft's own
 * configuration gives the rule (a finding's own severity unless the writer
 * chose one). `year` is the current year, which registry entries age against.
 */
export function runProjectRules(
  inputs: readonly ProjectInput[],
  year: number = new Date().getFullYear(),
  registries: RegistryLoader = new RegistryLoader(),
): Map<string, ReportMessage[]> {
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
  const byPath = new Map<string, ReportMessage[]>();
  for (const rule of projectRules) {
    const enabled = files.filter(
      (file) => severityFor(file.rules, rule.meta.id, rule.meta.defaultSeverity).severity !== 'off',
    );
    if (enabled.length === 0) continue;
    for (const finding of rule.check({ files: enabled, year })) {
      const { severity, explicit } = severityFor(finding.file.rules, rule.meta.id, rule.meta.defaultSeverity);
      if (severity === 'off') continue;
      const messages = byPath.get(finding.file.path) ?? [];
      messages.push(toMessage(rule, finding, explicit ? severity : (finding.severity ?? severity)));
      byPath.set(finding.file.path, messages);
    }
  }
  return byPath;
}

/** `report` with the project findings added, sorted and counted again. */
export function withProjectFindings(
  report: FileReport,
  messages: readonly ReportMessage[] | undefined,
): FileReport {
  if (messages === undefined || messages.length === 0) return report;
  const merged = fileReport(report.filePath, [...report.messages, ...messages]);
  return { ...report, ...merged };
}
