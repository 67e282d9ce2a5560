import type { Root } from 'mdast';
import type { Processor, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { validateConfig } from '../config/validate-config.js';
import type { SettingOverrides } from '../engine/file-settings.js';
import type { LintOptions } from '../engine/lint-options.js';
import { lintText } from '../engine/lint-text.js';
import type { ReportMessage } from '../engine/report-types.js';
import { MARKDOWNLINT_SOURCE } from '../markdownlint/markdownlint-plugin.js';
import { helpUrl } from '../report/help-url.js';
import { setSeverity } from '../report/severity.js';
import { remarkCharterSyntax } from '../parse/syntax.js';
import { SOURCE } from '../rules/define-rule.js';

/** The preset's options: settings on top of the configuration files (`rules` and `markdownlint` rule by rule). */
export type PresetOptions = SettingOverrides;

/** Where the preset's options are named in config errors. */
export const PRESET_OPTIONS_NAME = '@alima/charter-lint/preset options';

/** A file's settings, or `undefined` when its configuration ignores it. */
export type SettingsFor = (file: VFile) => Omit<LintOptions, 'filePath'> | undefined;

function addMessage(file: VFile, reported: ReportMessage): void {
  const message = file.message(reported.message, {
    place: {
      start: { line: reported.line, column: reported.column },
      end: { line: reported.endLine, column: reported.endColumn },
    },
    ruleId: reported.ruleId,
    source: /^MD\d{3}$/.test(reported.ruleId) ? MARKDOWNLINT_SOURCE : SOURCE,
  });
  message.url = helpUrl(reported.ruleId);
  if (reported.actual !== undefined) message.actual = reported.actual;
  if (reported.expected !== undefined) message.expected = reported.expected;
  setSeverity(message, reported.severity);
}

/**
 * Sets `processor` up as the preset: the syntax (read and written back, so
 * `remark -o` keeps front matter), and a transformer that lints each file
 * with the command's own engine (markdownlint, every rule, suppression
 * comments) under `settingsFor(file)` and puts the findings on the file. The
 * findings are therefore the command's, message for message.
 */
export function charterPreset(processor: Processor, settingsFor: SettingsFor): Transformer<Root> {
  remarkCharterSyntax.call(processor);
  return async (_tree, file) => {
    const settings = settingsFor(file);
    if (settings === undefined) return;
    const report = await lintText(String(file.value), { ...settings, filePath: file.path || '<text>' });
    for (const message of report.messages) addMessage(file, message);
  };
}

/** Checks the preset's options up front, so a mistake names them rather than failing every file. */
export function presetOptions(options: PresetOptions | null | undefined): PresetOptions {
  // `ignore` is for configuration files (globs relative to their folder); options hold settings only.
  const { ignore: _globs, ...settings } = validateConfig(options ?? {}, PRESET_OPTIONS_NAME);
  return settings;
}
