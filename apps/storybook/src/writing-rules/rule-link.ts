import { toId } from 'storybook/internal/csf';

/** The sidebar group the generated rule pages live in (see scripts/generate-rule-pages.js). */
export const RULE_BOOK_TITLE = 'Writing rules';

const MARKDOWNLINT_ID = /^MD\d{3}$/;

/**
 * Where a finding's rule is explained: its page in this Storybook for a
 * charter rule, markdownlint's own documentation for an `MD…` rule, nowhere
 * for anything else. Storybook pages open in the top window, since blocks
 * render inside the preview iframe.
 */
export function ruleHref(
  ruleId: string,
  charterRuleIds: readonly string[],
): { href: string; external: boolean } | undefined {
  if (charterRuleIds.includes(ruleId)) {
    // `./?path=…` from iframe.html resolves to the manager page in the dev server and the static build alike.
    return { href: `./?path=/docs/${toId(`${RULE_BOOK_TITLE}/${ruleId}`, 'Docs')}`, external: false };
  }
  if (MARKDOWNLINT_ID.test(ruleId)) {
    return {
      href: `https://github.com/DavidAnson/markdownlint/blob/main/doc/${ruleId.toLowerCase()}.md`,
      external: true,
    };
  }
  return undefined;
}
