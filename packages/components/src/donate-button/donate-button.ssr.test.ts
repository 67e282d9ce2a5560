import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import '../donate-button.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

describe('<alima-donate-button> on the server', () => {
  it('keeps the link written in the page as it is, slotted into declarative shadow DOM', async () => {
    const page = await renderToString(
      html`<alima-donate-button href="https://www.alima.ngo/don" campaign="mali" lang="fr"
        ><a href="https://www.alima.ngo/don?utm_campaign=mali">Faire un don</a></alima-donate-button
      >`,
    );
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(shadowMarkup(page)).toMatch(/<slot class="primary"><\/slot>/);
    expect(page).toContain('<a href="https://www.alima.ngo/don?utm_campaign=mali">Faire un don</a>');
  });

  it('does not warn on the server, even about a refused href', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = await renderToString(
      html`<alima-donate-button href="javascript:alert(1)"></alima-donate-button>`,
    );
    expect(shadowMarkup(page)).not.toContain('javascript');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
