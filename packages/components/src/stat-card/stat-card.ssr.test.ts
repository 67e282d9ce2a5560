import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import '../stat-card.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

describe('<alima-stat-card> on the server', () => {
  it('renders the formatted figure, label and source in the language asked for', async () => {
    const page = await renderToString(
      html`<alima-stat-card
        lang="fr"
        value="20250000"
        notation="compact"
        label="habitants"
        source="Banque mondiale 2020"
      ></alima-stat-card>`,
    );
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
    const shadow = shadowMarkup(page).replace(/[\u00a0\u202f]/g, ' ');
    expect(shadow).toMatch(/part="value">\s*20,25 millions/);
    expect(shadow).toContain('habitants');
    expect(shadow).toContain('Source : Banque mondiale 2020');
  });

  it('leaves the footnote slot for the marker the browser adds', async () => {
    const shadow = shadowMarkup(
      await renderToString(html`<alima-stat-card value="3500000" footnote="ocha2020"></alima-stat-card>`),
    );
    expect(shadow).toMatch(/<slot name="footnote"\s*>/);
  });

  it('marks an unsourced figure without warning on the server (the browser warns on hydration)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = await renderToString(html`<alima-stat-card value="about 979,000"></alima-stat-card>`);
    expect(page).toMatch(/<alima-stat-card[^>]* unsourced/);
    expect(shadowMarkup(page)).toContain('about 979,000');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('escapes hostile attribute values', async () => {
    const shadow = shadowMarkup(
      await renderToString(
        html`<alima-stat-card
          value=${'<script>alert(1)</script>'}
          label=${'<img src=x onerror=alert(1)>'}
          source="x"
        ></alima-stat-card>`,
      ),
    );
    expect(shadow).not.toMatch(/<script|<img/);
    expect(shadow).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
