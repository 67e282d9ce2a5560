import { createElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { flushSync } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { loadElements, openPage, type PageFrame } from '../../src/internal/test/page-frame.js';
import { MaliPage, donateUrl } from './mali-page.js';

/** Text of a shadow part, Intl's no-break spaces read as spaces. */
function part(doc: Document, host: string, name: string, index = 0): string {
  const element = doc.querySelectorAll(host)[index];
  const node = element?.shadowRoot?.querySelector(`[part~="${name}"]`);
  return (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** What each typed prop must change on the page, read from what the elements render. */
const propChecks: [string, (doc: Document) => unknown, unknown][] = [
  ['alima-stat-group heading', (doc) => part(doc, 'alima-stat-group', 'heading'), 'Mali in figures'],
  [
    'alima-stat-group headingLevel',
    (doc) =>
      doc
        .querySelector('alima-stat-group')
        ?.shadowRoot?.querySelector('[role="heading"]')
        ?.getAttribute('aria-level'),
    '3',
  ],
  ['alima-stat-card value + notation', (doc) => part(doc, 'alima-stat-card', 'value'), '20.25 million'],
  ['alima-stat-card format="plain"', (doc) => part(doc, 'alima-stat-card', 'value', 1), '2011'],
  ['alima-stat-card format="percent"', (doc) => part(doc, 'alima-stat-card', 'value', 2), '42%'],
  ['alima-stat-card currency', (doc) => part(doc, 'alima-stat-card', 'value', 3), '€30'],
  ['alima-stat-card unit', (doc) => part(doc, 'alima-stat-card', 'value', 4), '1240 kilometers'],
  ['alima-stat-card label', (doc) => part(doc, 'alima-stat-card', 'label', 1), 'ALIMA in Mali since'],
  ['alima-stat-card source', (doc) => part(doc, 'alima-stat-card', 'source', 1), 'Source: ALIMA'],
  [
    'alima-stat-card variant',
    (doc) =>
      doc.querySelectorAll('alima-stat-card')[1]?.shadowRoot?.querySelector('[part="base"]')?.className,
    'own',
  ],
  [
    'alima-stat-card footnote',
    (doc) => doc.querySelector('alima-stat-card alima-footnote-ref')?.getAttribute('footnote'),
    'wb2020',
  ],
  [
    'alima-photo-credit photographer + organization',
    (doc) => part(doc, 'alima-photo-credit', 'credit'),
    '© Nana Kofi Acquah / ALIMA / AMCP-SP',
  ],
  ['alima-photo-credit caption', (doc) => part(doc, 'alima-photo-credit', 'caption'), 'Mopti, 2020'],
  [
    'alima-photo-credit placement',
    (doc) => doc.querySelector('alima-photo-credit')?.shadowRoot?.querySelector('[part="base"]')?.className,
    'overlay',
  ],
  [
    'alima-donate-button href + campaign + campaignSource + campaignMedium',
    (doc) => doc.querySelector('alima-donate-button a')?.getAttribute('href'),
    donateUrl,
  ],
  [
    'alima-donate-button target',
    (doc) => doc.querySelector('alima-donate-button a')?.getAttribute('target'),
    '_blank',
  ],
  [
    'alima-donate-button amount + currency',
    (doc) => doc.querySelector('alima-donate-button a')?.textContent?.replace(/\u00a0/g, ' '),
    'Donate €30',
  ],
  [
    'alima-donate-button variant',
    (doc) => doc.querySelector('alima-donate-button')?.shadowRoot?.querySelector('slot')?.className,
    'inverted',
  ],
  [
    'alima-footnotes headingLevel',
    (doc) =>
      doc
        .querySelector('alima-footnotes')
        ?.shadowRoot?.querySelector('[role="heading"]')
        ?.getAttribute('aria-level'),
    '3',
  ],
  ['alima-footnote source + year', (doc) => part(doc, 'alima-footnote', 'source'), 'World Bank'],
];

/** Records React's hydration complaints: console errors and recoverable errors. */
function watchReact() {
  const problems: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
  });
  return {
    problems,
    onRecoverableError: (error: unknown) => problems.push(String(error)),
    stop: () => spy.mockRestore(),
  };
}

async function serverRenderedPage(): Promise<PageFrame> {
  return openPage(`<div id="root">${renderToString(createElement(MaliPage))}</div>`, { lang: 'en' });
}

describe('React 19', () => {
  describe('server rendering (react-dom/server) then hydrateRoot', () => {
    it.each([
      ['the element script ran before React hydrates', true],
      ['React hydrates before the element script runs', false],
    ])('hydrates with no warning when %s', async (_when, elementsFirst) => {
      const page = await serverRenderedPage();
      if (elementsFirst) await loadElements(page);
      const react = watchReact();
      const root = page.doc.getElementById('root') as HTMLElement;
      flushSync(() => {
        hydrateRoot(root, createElement(MaliPage), { onRecoverableError: react.onRecoverableError });
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!elementsFirst) await loadElements(page);
      react.stop();
      expect(react.problems).toEqual([]);
      for (const [name, read, expected] of propChecks) expect(read(page.doc), name).toEqual(expected);
    });
  });

  describe('client rendering (createRoot) before the elements are defined', () => {
    it.each(propChecks)('passes %s', async (_name, read, expected) => {
      const page = await openPage('<div id="root"></div>');
      const root = createRoot(page.doc.getElementById('root') as HTMLElement);
      flushSync(() => root.render(createElement(() => MaliPage({ withLinks: false }))));
      await loadElements(page);
      expect(read(page.doc)).toEqual(expected);
      root.unmount();
    });
  });
});
