import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { FileSettings, withOverrides } from './engine/file-settings.js';
import { charterPreset, presetOptions, type PresetOptions } from './remark/charter-preset.js';

export type { PresetOptions } from './remark/charter-preset.js';

/**
 * The preset under Node (what `@alima/charter-lint/preset` resolves to in
 * remark-cli and the remark language server): each file's settings are the
 * command's, from the nearest configuration file (`.charter-lintrc.json`
 * and the rest, `ignore` globs included), with the preset's options on top.
 * A file without a path (stdin) gets the options alone.
 */
const preset: Plugin<[PresetOptions?], Root> = function (options) {
  const overrides = presetOptions(options);
  // One lookup per configured processor: a long-running host (the remark language server) sees edited configuration files.
  const settings = new FileSettings(undefined, overrides);
  return charterPreset(this, (file) =>
    file.path ? settings.forFile(resolve(file.cwd, file.path)) : withOverrides({}, overrides),
  );
};

export default preset;
