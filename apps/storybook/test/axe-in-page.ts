import { createRequire } from 'node:module';
import type { Page } from 'playwright';
import type { AxeResults, Result } from 'axe-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rules the toolkit promises: WCAG 2.0–2.2, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation and node, so a failing test says what to fix and where. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}`,
    ),
  );
}

/**
 * Runs axe-core, as installed in node_modules, inside a page the browser has
 * already rendered, on the part of the page under `selector`.
 */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const results = await page.evaluate(
    async ({ selector, tags }) => {
      const axe = (
        window as unknown as { axe: { run: (context: string, options: object) => Promise<AxeResults> } }
      ).axe;
      return axe.run(selector, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    { selector, tags: WCAG_AA },
  );
  return describeViolations(results.violations);
}
