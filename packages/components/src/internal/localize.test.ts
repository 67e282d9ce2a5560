import { describe, expect, it } from 'vitest';
import '../all.js';
import { registerTranslation } from './localize.js';
import { fixture, settle } from './test/fixture.js';
import { captureWarnings } from './test/warnings.js';

/** Text of a shadow part, Intl's no-break spaces read as spaces. */
const part = (host: Element | null | undefined, name: string) =>
  (host?.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent ?? '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

describe('localization', () => {
  it('renders a partial translation, taking the missing keys from English', async () => {
    const warnings = captureWarnings();
    registerTranslation({ $code: 'es', donate: 'Donar' });
    const page = await fixture(
      `<div><alima-stat-group><alima-stat-card value="2500" source="OMS"></alima-stat-card></alima-stat-group>
        <alima-donate-button href="/don"></alima-donate-button></div>`,
      { lang: 'es' },
    );
    expect(page.querySelector('alima-donate-button a')?.textContent).toBe('Donar');
    expect(part(page.querySelector('alima-stat-group'), 'heading')).toBe('Key figures');
    expect(part(page.querySelector('alima-stat-card'), 'source')).toBe('Source: OMS');
    expect(warnings()).toEqual([]);
  });

  it('takes a regional translation’s missing keys from its language, then English', async () => {
    registerTranslation({ $code: 'fr-CA', donate: 'Donner' });
    const page = await fixture(
      '<div><alima-stat-group></alima-stat-group><alima-donate-button href="/don"></alima-donate-button></div>',
      { lang: 'fr-CA' },
    );
    expect(page.querySelector('alima-donate-button a')?.textContent).toBe('Donner');
    expect(part(page.querySelector('alima-stat-group'), 'heading')).toBe('Chiffres-clés');
  });

  it('warns once per page about a language without translation, and renders English', async () => {
    const warnings = captureWarnings();
    const page = await fixture(
      `<div><alima-stat-group></alima-stat-group><alima-stat-group></alima-stat-group>
        <alima-donate-button href="/don"></alima-donate-button></div>`,
      { lang: 'sw' },
    );
    expect(part(page.querySelector('alima-stat-group'), 'heading')).toBe('Key figures');
    expect(warnings()).toEqual([expect.stringMatching(/<html> lang="sw" has no translation: using English/)]);
  });

  it('warns once about a lang that is not a language tag', async () => {
    const warnings = captureWarnings();
    await fixture('<div><alima-stat-group></alima-stat-group><alima-stat-group></alima-stat-group></div>', {
      lang: 'not a tag!',
    });
    expect(warnings()).toEqual([
      expect.stringMatching(/<html> lang="not a tag!" is not a language tag: using English/),
    ]);
  });

  it('follows the element when it moves under another lang', async () => {
    const english = await fixture(
      '<div><alima-stat-card value="332957" source="OIM"></alima-stat-card></div>',
    );
    const french = await fixture('<div></div>', { lang: 'fr' });
    const card = english.querySelector('alima-stat-card') as Element;
    expect(part(card, 'value')).toBe('332,957');
    french.append(card);
    await settle(french);
    expect(part(card, 'value')).toBe('332 957');
  });
});
