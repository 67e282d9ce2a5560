import axe from 'axe-core';

/** One violation, flattened so a failing test says what is wrong and where. */
function describeViolation(violation: axe.Result): string {
  const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
  return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets} — ${violation.helpUrl}`;
}

/**
 * Runs axe-core (WCAG 2.2 A and AA plus best practices) on `context`, inside
 * its shadow roots, and fails with one line per violation. Only the given
 * subtree is checked, so page-level rules (landmarks, a page `<h1>`) stay out.
 */
export async function expectNoAxeViolations(context: Element): Promise<void> {
  const results = await axe.run(context, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false } },
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} violation(s):\n${results.violations.map(describeViolation).join('\n')}`,
    );
  }
}
