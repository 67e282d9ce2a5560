import type { Root } from 'mdast';
import type { Plugin, Transformer } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { CharterMessage } from '../report/finding.js';
import { parseSeverity, setSeverity, type ReportedSeverity, type Severity } from '../report/severity.js';
import { ruleUrl, type RuleMeta } from './rule-meta.js';

export const SOURCE = 'charter-lint';

/**
 * How a rule is configured in a unified pipeline: `severity`, `[severity]`,
 * `[severity, options]`, or bare `options` (default severity), as remark-lint.
 */
export type RuleConfig<Options> =
  Severity | number | boolean | [Severity | number | boolean, Options?] | Options;

export type RuleFunction<Options> = (
  tree: Root,
  file: VFile,
  options: Options | undefined,
) => void | Promise<void>;

export type CharterRule<Options = unknown> = Plugin<[RuleConfig<Options>?], Root> & { meta: RuleMeta };

interface ParsedConfig<Options> {
  severity: Severity;
  /** True when the writer chose the severity; it then overrides per-message severities. */
  explicit: boolean;
  options: Options | undefined;
}

function parseConfig<Options>(
  meta: RuleMeta,
  config: RuleConfig<Options> | undefined,
): ParsedConfig<Options> {
  const [first, second] = Array.isArray(config) ? config : [config];
  const severity = parseSeverity(first);
  if (severity !== undefined) return { severity, explicit: true, options: second as Options | undefined };
  if (typeof first === 'number') {
    throw new Error(
      `Incorrect severity \`${first}\` for \`${meta.id}\`, expected off, info, warning or error`,
    );
  }
  return { severity: meta.defaultSeverity, explicit: false, options: first as Options | undefined };
}

/**
 * Wraps `unified-lint-rule` so a rule works unchanged in any unified
 * pipeline (remark-cli, the language server) while supporting what
 * unified-lint-rule lacks: an `info` severity, and per-message severities
 * (lexicon entries each carry their own) that a configured severity overrides.
 */
export function defineRule<Options = unknown>(
  meta: RuleMeta,
  rule: RuleFunction<Options>,
): CharterRule<Options> {
  const inner = lintRule<Root, Options>({ origin: `${SOURCE}:${meta.id}`, url: ruleUrl(meta.id) }, rule);

  const plugin = function (this: unknown, config?: RuleConfig<Options>) {
    const { severity, explicit, options } = parseConfig(meta, config);
    if (severity === 'off') return;
    const transform = (inner as (this: unknown, config: unknown) => Transformer<Root>).call(this, [
      severity === 'error' ? 2 : 1,
      options,
    ]) as (tree: Root, file: VFile, next: (error?: Error) => void) => void;

    return (tree: Root, file: VFile, next: (error?: Error) => void) => {
      const first = file.messages.length;
      transform(tree, file, (error) => {
        for (const message of file.messages.slice(first) as CharterMessage[]) {
          const own: ReportedSeverity | undefined = message.intrinsicSeverity;
          setSeverity(message, explicit || own === undefined ? severity : own);
        }
        next(error);
      });
    };
  } as CharterRule<Options>;

  Object.defineProperty(plugin, 'name', { value: `${SOURCE}:${meta.id}` });
  plugin.meta = meta;
  return plugin;
}
