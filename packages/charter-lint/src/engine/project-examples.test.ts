import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRules } from '../rules/catalogue.js';
import type { RuleExample } from '../rules/rule-meta.js';
import { lintTextWithFixes } from './lint-text.js';
import { runProjectRules, type ProjectInput } from './project-pass.js';

/** The examples' registries are of 2020: judged in 2021, none is stale, whatever today's date. */
const YEAR = 2021;

/** Runs the project pass on an example's drafts, as the command would; returns the draft's findings. */
async function findings(id: string, example: RuleExample) {
  const folder = mkdtempSync(join(tmpdir(), 'charter-lint-example-'));
  const registry = example.project?.registry === undefined ? undefined : join(folder, 'figures.yml');
  if (registry !== undefined) writeFileSync(registry, example.project?.registry ?? '');
  const draft = example.project?.path ?? 'draft.md';
  const texts = { [draft]: example.markdown, ...example.project?.files };
  const inputs: ProjectInput[] = [];
  for (const [path, markdown] of Object.entries(texts)) {
    const { facts } = await lintTextWithFixes(markdown, { filePath: path, collectFacts: true });
    if (facts === undefined) throw new Error(`no facts for ${path}`);
    inputs.push({
      path: join(folder, path),
      shown: path,
      facts,
      settings: registry ? { figures: { registry } } : {},
    });
  }
  const messages = runProjectRules(inputs, YEAR).get(join(folder, draft)) ?? [];
  return messages.filter((message) => message.ruleId === id);
}

// Every example in a project rule's documentation is a test, run through the project pass.
describe.each(projectRules.map((rule) => [rule.meta.id, rule] as const))(
  '%s documentation examples',
  (id, rule) => {
    it.each(rule.meta.examples.map((example) => [example.title, example] as const))(
      '%s',
      async (_title, example) => {
        expect(await findings(id, example)).toHaveLength(example.messages);
      },
    );
  },
);
