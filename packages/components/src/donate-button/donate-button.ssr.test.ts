import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../donate-button.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

describe('<alima-donate-button> on the server', () => {
  it('renders the link with its label, amount and campaign as declarative shadow DOM', async () => {
    const page = await renderToString(
      html`<alima-donate-button
        href="https://www.alima.ngo/don"
        amount="30"
        campaign="mali"
        lang="fr"
      ></alima-donate-button>`,
    );
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
    const shadow = shadowMarkup(page);
    expect(shadow).toMatch(/href="https:\/\/www\.alima\.ngo\/don\?utm_campaign=mali"/);
    expect(shadow).toContain('rel="noopener noreferrer"');
    expect(shadow.replace(/[\u00a0\u202f]/g, ' ')).toContain('Faire un don de 30 €');
  });

  it('renders a refused href as a disabled link, without warning on the server', async () => {
    const shadow = shadowMarkup(
      await renderToString(html`<alima-donate-button href="javascript:alert(1)"></alima-donate-button>`),
    );
    expect(shadow).toContain('aria-disabled="true"');
    expect(shadow).not.toContain('javascript');
  });

  it('escapes hostile attribute values', async () => {
    const shadow = shadowMarkup(
      await renderToString(
        html`<alima-donate-button href="/don" campaign=${'<script>alert(1)</script>'}></alima-donate-button>`,
      ),
    );
    expect(shadow).not.toContain('<script>');
    expect(shadow).toContain('utm_campaign=%3Cscript%3Ealert%281%29%3C%2Fscript%3E');
  });
});
