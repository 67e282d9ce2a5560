import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../stat-group.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

describe('<alima-stat-group> on the server', () => {
  it('renders the localized heading at the level asked for', async () => {
    const page = await renderToString(
      html`<alima-stat-group lang="fr" heading-level="3"></alima-stat-group>`,
    );
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(shadowMarkup(page)).toMatch(/role="heading" aria-level="3"[\s\S]*Chiffres-clés/);
  });

  it('escapes a hostile heading', async () => {
    const shadow = shadowMarkup(
      await renderToString(
        html`<alima-stat-group heading=${'<script>alert(1)</script>'}></alima-stat-group>`,
      ),
    );
    expect(shadow).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
