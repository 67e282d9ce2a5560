import type { Root } from 'mdast';
import type { Configuration } from 'markdownlint';
import type { Processor } from 'unified';
import type { CharterLintConfig, RuleSetting } from '../config/config-types.js';
import { validateConfig } from '../config/validate-config.js';
import { MARKDOWNLINT_RULE_IDS, markdownlintConfig } from '../markdownlint/markdownlint-plugin.js';
import { remarkDropSuperseded } from '../markdownlint/drop-superseded.js';
import { createParser } from '../parse/processor.js';
import { rules as catalogueRules, projectRules } from '../rules/catalogue.js';
import { remarkCharterSuppression } from '../suppression/message-control.js';
import type { LintOptions } from './lint-options.js';

const MAX_CACHED = 32;
const cache = new WeakMap<object, Map<string, LintSetup>>();

/** What linting under one configuration needs: the rules' processor, and markdownlint's configuration unless it is off. */
export interface LintSetup {
  processor: Processor<Root>;
  markdownlint?: Configuration;
}

/** The settings every rule receives as options, where configured: rules read what they use. */
function sharedOptions(config: CharterLintConfig): Record<string, unknown> {
  const shared: Record<string, unknown> = {};
  if (config.lang !== undefined) shared.lang = config.lang;
  if (config.ownSources !== undefined) shared.ownSources = config.ownSources;
  if (config.allow !== undefined) shared.allow = config.allow;
  return shared;
}

/**
 * A rule's unified configuration. Without a configured severity the shared
 * options go bare, so the rule keeps its default and per-message severities.
 */
function ruleConfig(setting: RuleSetting | undefined, shared: Record<string, unknown>): unknown {
  const empty = Object.keys(shared).length === 0;
  if (setting === undefined) return empty ? undefined : shared;
  const [severity, options] = Array.isArray(setting) ? setting : [setting];
  return empty && options === undefined ? severity : [severity, { ...shared, ...options }];
}

function build(options: LintOptions, catalogue: NonNullable<LintOptions['catalogue']>): LintSetup {
  const ids = catalogue.map((rule) => rule.meta.id);
  const config = validateConfig(
    {
      rules: options.rules,
      lang: options.lang,
      ownSources: options.ownSources,
      allow: options.allow,
      markdownlint: options.markdownlint,
    },
    options.filePath ?? 'lint options',
    ids,
  );
  const processor = createParser();
  const shared = sharedOptions(config);
  for (const rule of catalogue) {
    processor.use(rule, ruleConfig(config.rules?.[rule.meta.id], shared) as never);
  }
  processor.use(remarkDropSuperseded, { rules: catalogue });
  // Last: suppression filters the messages every rule, and markdownlint before them, left on the file.
  // A comment may name a project rule too: its findings come later, and the same comments silence them (see project-suppression.ts).
  const projectIds = projectRules.map((rule) => rule.meta.id);
  processor.use(remarkCharterSuppression, { known: [...ids, ...projectIds, ...MARKDOWNLINT_RULE_IDS] });
  return {
    processor: processor.freeze() as Processor<Root>,
    ...(config.markdownlint === false ? {} : { markdownlint: markdownlintConfig(config.markdownlint) }),
  };
}

/**
 * One frozen processor per configuration, reused across files: building one
 * costs more than linting a short page.
 */
export function setupFor(options: LintOptions): LintSetup {
  const catalogue = options.catalogue ?? catalogueRules;
  let byConfig = cache.get(catalogue);
  if (byConfig === undefined) cache.set(catalogue, (byConfig = new Map()));
  const key = JSON.stringify([
    options.rules,
    options.lang,
    options.ownSources,
    options.allow,
    options.markdownlint,
  ]);
  let setup = byConfig.get(key);
  if (setup === undefined) {
    setup = build(options, catalogue);
    if (byConfig.size >= MAX_CACHED) byConfig.delete(byConfig.keys().next().value as string);
    byConfig.set(key, setup);
  }
  return setup;
}
