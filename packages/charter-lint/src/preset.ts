import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { charterPreset, presetOptions, type PresetOptions } from './remark/charter-preset.js';

export type { PresetOptions } from './remark/charter-preset.js';

/**
 * The recommended preset, as a plugin so it takes options: the syntax the
 * rules read, markdownlint and every rule at the configured severity, then
 * the `<!-- charter-lint … -->` suppression comments, through the same
 * engine as the command. Under Node (remark-cli, the remark language server)
 * `@alima/charter-lint/preset` resolves to `preset-node.ts`, which also
 * reads the configuration files; this browser build takes its settings from
 * the options alone: `{"plugins": [["@alima/charter-lint/preset", {"lang": "fr"}]]}`.
 */
const preset: Plugin<[PresetOptions?], Root> = function (options) {
  const settings = presetOptions(options);
  return charterPreset(this, () => settings);
};

export default preset;
