import { describe, expect, it } from 'vitest';
import { openPage } from '../../src/internal/test/page-frame.js';

/*
 * Point 9 of issue 14: under Trusted Types (`require-trusted-types-for
 * 'script'`), Lit creates one policy named `lit-html` for its templates. The
 * site's `trusted-types` list must name it; the README documents exactly this.
 */
const csp = (trustedTypes: string) =>
  `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${trustedTypes}">`;
const card =
  '<alima-stat-card value="20250000" notation="compact" label="inhabitants" source="World Bank 2020">20.25 million</alima-stat-card>';

async function renderUnder(trustedTypes: string) {
  const page = await openPage(card, { head: csp(trustedTypes), entry: 'all' });
  const element = page.doc.querySelector('alima-stat-card');
  await (element as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  return {
    defined: page.win.customElements.get('alima-stat-card') !== undefined,
    value: element?.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim(),
    enforced: page.doc.querySelector('meta[http-equiv]') !== null && 'trustedTypes' in page.win,
  };
}

describe('under Trusted Types', () => {
  it('renders when the policy list names lit-html', async () => {
    const result = await renderUnder("lit-html 'allow-duplicates'");
    expect(result).toEqual({ defined: true, value: '20.25 million', enforced: true });
  });

  it('does not start when the policy list leaves lit-html out (as documented)', async () => {
    const result = await renderUnder('my-site-policy');
    expect(result.defined).toBe(false);
  });
});
