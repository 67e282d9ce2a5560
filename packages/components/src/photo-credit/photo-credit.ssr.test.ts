import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../photo-credit.js';
import { renderToString, shadowMarkup } from '../internal/test/ssr.js';

describe('<alima-photo-credit> on the server', () => {
  it('renders the credit and keeps the image in the light DOM', async () => {
    const page = await renderToString(
      html`<alima-photo-credit photographer="Nana Kofi Acquah" placement="overlay"
        ><img src="contexte-4.jpg" alt="A health centre in Mali"
      /></alima-photo-credit>`,
    );
    expect(page).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(shadowMarkup(page)).toContain('© Nana Kofi Acquah / ALIMA');
    expect(page).toMatch(/<\/template>[\s\S]*<img src="contexte-4.jpg" alt="A health centre in Mali"/);
  });

  it('escapes a hostile photographer', async () => {
    const shadow = shadowMarkup(
      await renderToString(
        html`<alima-photo-credit photographer=${'<img src=x onerror=alert(1)>'}></alima-photo-credit>`,
      ),
    );
    expect(shadow).not.toContain('<img');
  });
});
