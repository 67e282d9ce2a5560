import { act, createElement as h } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { footnotesSettled } from '../../src/internal/footnote-registry.js';
import { settle } from '../../src/internal/test/fixture.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A React page citing two sources, the second twice: what react-dom/server and hydrateRoot both render. */
function Page() {
  return h(
    'article',
    null,
    h(
      'p',
      null,
      'Inhabitants',
      h('alima-footnote-ref', { footnote: 'wb2020' }),
      ', displaced people',
      h('alima-footnote-ref', { footnote: 'ocha2020' }),
      ', again',
      h('alima-footnote-ref', { footnote: 'ocha2020' }),
    ),
    h(
      'alima-footnotes',
      null,
      h('alima-footnote', { id: 'wb2020', source: 'World Bank', year: '2020' }),
      h('alima-footnote', { id: 'ocha2020', source: 'UNOCHA', year: '2020' }),
    ),
  );
}

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
  vi.restoreAllMocks();
});

describe('footnotes server-rendered by React, then hydrated with hydrateRoot', () => {
  it('leave the server markup alone until React hydrates, so React finds what it rendered', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(h(Page));
    document.body.append(container);
    containers.push(container);
    const serverMarkup = container.innerHTML;

    // The elements' script runs first, as when the bundle loads before the app's.
    await import('../../src/footnotes.js');
    // The entry point loads the notes and markers after the list, as a page gets them.
    await Promise.all(['alima-footnote', 'alima-footnote-ref'].map((tag) => customElements.whenDefined(tag)));
    await settle(container);
    await footnotesSettled();
    // Numbering happened (in shadow roots) without touching the light DOM React rendered.
    expect(container.innerHTML).toBe(serverMarkup);
    const markers = [...container.querySelectorAll('alima-footnote-ref')].map(
      (ref) => ref.shadowRoot?.querySelector('[aria-hidden]')?.textContent,
    );
    expect(markers).toEqual(['1', '2', '2']);

    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, h(Page), { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();

    // Ids are deterministic: the back link names the id its reference takes when followed.
    const back = container
      .querySelector('#ocha2020')
      ?.shadowRoot?.querySelectorAll<HTMLElement>('[part="backlink"]')[1];
    expect(back?.getAttribute('href')).toBe('#ref-ocha2020-2');
    back?.click();
    expect(container.querySelectorAll('alima-footnote-ref')[2]?.id).toBe('ref-ocha2020-2');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
