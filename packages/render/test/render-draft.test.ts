import { describe, expect, it } from 'vitest';
import { renderDraft } from '../src/node.js';

/** The text a card's value part shows in the server's HTML (its declarative shadow root). */
const values = (html: string): string[] =>
  [...html.matchAll(/<span part="value"[^>]*>(?:<!--[^>]*-->)*([^<]*)/gu)].map((match) =>
    (match[1] ?? '').replace(/\s+/gu, ' ').trim(),
  );

describe('renderDraft', () => {
  it('renders a French draft in French: <html lang>, figures formatted as 20,25 millions on the server', async () => {
    const { html, lang, title } = await renderDraft(
      [
        '---',
        'lang: fr',
        'title: Mali – ALIMA',
        '---',
        '',
        '## Chiffres-clés',
        '',
        '- 20,25 millions d’habitants¹',
        '- 185 000 enfants²',
        '',
        '¹ Banque mondiale 2020',
        '',
        '² UNICEF 2020',
      ].join('\n'),
    );
    expect([lang, title]).toEqual(['fr', 'Mali – ALIMA']);
    expect(html).toContain('<html lang="fr">');
    // Spaces as Intl writes them (no-break, narrow no-break), compared as plain spaces.
    expect(values(html)).toEqual(['20,25 millions', '185 000']);
  });

  it('an English draft: 20.25 million; the notes numbered on the server and the tokens linked', async () => {
    const { html } = await renderDraft('- 20.25 million inhabitants[^wb]\n\n[^wb]: World Bank 2020\n', {
      assets: '/static/',
    });
    expect(values(html)).toEqual(['20.25 million']);
    expect(html).toContain('<link rel="stylesheet" href="/static/tokens.css">');
    expect(html).not.toContain('<script');
    // The note's number and back link are in the server's HTML.
    expect(html).toMatch(/<alima-footnote[^>]*id="note-wb"[\s\S]*?part="number"[^>]*>(?:<!--[^>]*-->)*1\./u);
    expect(html).toContain('href="#ref-note-wb-1"');
  });

  it('escapes the title; the draft’s raw HTML does not reach the page', async () => {
    const { html } = await renderDraft(
      '---\ntitle: "<script>alert(1)</script>"\n---\n\n<script>alert(2)</script>\n\nText.\n',
    );
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).not.toContain('alert(2)');
  });
});
