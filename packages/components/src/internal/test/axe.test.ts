import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { fixture } from './fixture.js';

describe('expectNoAxeViolations', () => {
  it('passes accessible markup', async () => {
    const el = await fixture('<p>Twenty million inhabitants</p>');
    await expectNoAxeViolations(el);
  });

  it('names the rule and the element of each violation', async () => {
    const el = await fixture('<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>');
    await expect(expectNoAxeViolations(el)).rejects.toThrow(/image-alt \(critical\).* — img — /);
  });

  it('looks inside shadow roots', async () => {
    const el = await fixture('<div></div>');
    el.attachShadow({ mode: 'open' }).innerHTML = '<p style="color:#777;background:#888">grey on grey</p>';
    await expect(expectNoAxeViolations(el)).rejects.toThrow(/color-contrast/);
  });
});
