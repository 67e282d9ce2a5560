import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAll, isLink, textOf } from '../../src/internal/test/ax-nodes.js';
import { close, launch, openPage, type SiteFile } from './browser-page.js';
import { pageAccessibilityTree } from './page-snapshot.js';

const files: Record<string, SiteFile> = {
  '/mali.html': { body: readFileSync(new URL('../../examples/mali.html', import.meta.url), 'utf8') },
};

beforeAll(launch);
afterAll(close);

interface Marker {
  text: string;
  href: string;
  visible: boolean;
  target: string | undefined;
}

describe('examples/mali.html, the documented CMS page', () => {
  it('without JavaScript: every marker is a numbered link to its note, and the source list is numbered', async () => {
    const { page, context } = await openPage(files, '/mali.html', { javaScript: false });
    try {
      const markers = await page.$$eval('alima-footnote-ref', (refs) =>
        refs.map((ref) => {
          const link = ref.querySelector('a');
          const box = link?.getBoundingClientRect();
          return {
            text: link?.textContent ?? '',
            href: link?.getAttribute('href') ?? '',
            visible: !!box && box.width > 0 && box.height > 0,
            target: document.getElementById(link?.getAttribute('href')?.slice(1) ?? '')?.localName,
          };
        }),
      );
      expect(markers).toEqual<Marker[]>(
        ['note-1', 'note-2', 'note-3', 'note-4', 'note-5'].map((id, index) => ({
          text: String(index + 1),
          href: `#${id}`,
          visible: true,
          target: 'alima-footnote',
        })),
      );
      const tree = await pageAccessibilityTree(page);
      const links = findAll(tree, (node) => isLink(node) && /^\d+$/.test(node.name));
      expect(links.map((link) => link.name)).toEqual(['1', '2', '3', '4', '5']);
      // fallback.css numbers the list with a CSS counter, which reaches the accessibility tree as text.
      // "1.World bank…", not a figure such as "3.5 million". The source names are the draft's, as written.
      const notes = findAll(tree, (node) => /^\d\.\s?[^\d\s]/.test(textOf(node)) && node.role === 'generic');
      expect(notes.map((note) => textOf(note))).toEqual([
        expect.stringMatching(/^1\.World bank, 2020\.$/),
        expect.stringMatching(/^2\.UNOCHA \(United Nation’s Office .*\), 2020\.$/),
        expect.stringMatching(/^3\.United Nations Children’s Fund \(UNICEF\), 2020\.$/),
        expect.stringMatching(/^4\.International Organization for Migration \(OIM\), 2020\.$/),
        expect.stringMatching(/^5\.According to the Harmonized Framework, 2020\.$/),
      ]);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript: the elements give the same numbers, a list of list items and links both ways, with no console problem', async () => {
    const { page, context, problems } = await openPage(files, '/mali.html');
    try {
      await page.waitForFunction(() => {
        const notes = [...document.querySelectorAll('alima-footnote')];
        return notes.length > 0 && notes.every((note) => note.shadowRoot?.querySelector('[part="backlink"]'));
      });
      const tree = await pageAccessibilityTree(page);
      const markers = findAll(tree, (node) => isLink(node) && node.name.startsWith('Source'));
      expect(markers.map((link) => link.name)).toEqual([
        'Source 1',
        'Source 2',
        'Source 3',
        'Source 4',
        'Source 5',
      ]);
      // The fallback links are no longer rendered: each marker is read once.
      expect(findAll(tree, (node) => isLink(node) && /^\d+$/.test(node.name))).toEqual([]);
      const lists = findAll(tree, (node) => node.role === 'list');
      const sources = lists.find((list) => list.children.some((item) => textOf(item).includes('World bank')));
      expect(sources?.children.map((item) => item.role)).toEqual(Array(5).fill('listitem'));
      expect(sources?.children.map((item) => textOf(item).slice(0, 2))).toEqual([
        '1.',
        '2.',
        '3.',
        '4.',
        '5.',
      ]);
      const backlinkSizes = await page.$$eval('alima-footnote', (notes) =>
        notes.flatMap((note) =>
          [...(note.shadowRoot?.querySelectorAll('[part="backlink"]') ?? [])].map((link) => {
            const { width, height } = link.getBoundingClientRect();
            return Math.min(width, height);
          }),
        ),
      );
      expect(backlinkSizes).toHaveLength(5);
      expect(Math.min(...backlinkSizes)).toBeGreaterThanOrEqual(24);
      await page.locator('alima-footnote#note-4 [part="backlink"]').click();
      expect(new URL(page.url()).hash).toBe('#ref-note-4-1');
      expect(await page.locator(':target').evaluate((element) => element.localName)).toBe(
        'alima-footnote-ref',
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
