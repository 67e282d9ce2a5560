import { readFileSync } from 'node:fs';
import { html, type TemplateResult } from 'lit';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/all.js';
import { renderPage, type RenderPageOptions } from '../../src/ssr.js';
import { findAll, textOf } from '../../src/internal/test/ax-nodes.js';
import { close, hydrationClient, launch, openPage, type SiteFile } from './browser-page.js';
import { pageAccessibilityTree, snapshotElements } from './page-snapshot.js';

/** The <main> of the example CMS page: the one copy of the Mali page, server-rendered here. */
const main = /<main\s[\s\S]*<\/main>/.exec(
  readFileSync(new URL('../../examples/mali.html', import.meta.url), 'utf8'),
)?.[0];
if (!main) throw new Error('examples/mali.html has no <main>');

/** A template of static markup (no bindings), as a server would build from a CMS's HTML. */
function template(markup: string): TemplateResult {
  return html(Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray);
}

/** The Mali page rendered on the server, with the documented head: tokens, fallback.css, the client script. */
function serverPage(lang: string, options: RenderPageOptions = {}, markup = main ?? ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Mali</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@alima/tokens/dist/tokens.css">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@alima/components/dist/fallback.css">
<script type="module" src="/client.js"></script>
</head><body>${renderPage(template(markup), { lang, ...options })}</body></html>`;
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src https://cdn.jsdelivr.net 'nonce-c3NyLXRlc3Q='; img-src data:";

let client: SiteFile;

beforeAll(async () => {
  await launch();
  client = { body: await hydrationClient() };
});
afterAll(close);

/** Waits until every ALIMA element has upgraded, hydrated and the footnotes have settled. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.localName.startsWith('alima-'))
      .every(
        (element) =>
          customElements.get(element.localName) && (element as { hasUpdated?: boolean }).hasUpdated,
      ),
  );
  await page.evaluate(() =>
    (globalThis as { alimaFootnotesSettled?: () => Promise<void> }).alimaFootnotesSettled?.(),
  );
}

/** Opens the page with JavaScript off (the server's HTML as painted) and on (hydrated); returns both snapshots. */
async function beforeAndAfterHydration(files: Record<string, SiteFile>) {
  const off = await openPage(files, '/mali.html', { javaScript: false });
  const before = await snapshotElements(off.page);
  const beforeProblems = off.problems;
  await off.context.close();
  const on = await openPage(files, '/mali.html');
  await hydrated(on.page);
  const after = await snapshotElements(on.page);
  return { before, after, problems: [...beforeProblems, ...on.problems], on };
}

describe('the Mali page rendered on the server, then hydrated', () => {
  it('numbers the notes on the server, and hydration changes no text, number, id or link', async () => {
    const files = { '/mali.html': { body: serverPage('en') }, '/client.js': client };
    const { before, after, problems, on } = await beforeAndAfterHydration(files);
    await on.context.close();
    const refs = before.filter((element) => element.tag === 'alima-footnote-ref');
    expect(refs.map((ref) => [ref.id, ref.text])).toEqual([
      ['ref-note-1-1', '1Source 1'],
      ['ref-note-2-1', '2Source 2'],
      ['ref-note-3-1', '3Source 3'],
      ['ref-note-4-1', '4Source 4'],
      ['ref-note-5-1', '5Source 5'],
    ]);
    const notes = before.filter((element) => element.tag === 'alima-footnote');
    expect(notes.map((note) => [note.id, note.text.slice(0, 2), note.hrefs.at(-1)])).toEqual([
      ['note-1', '1.', '#ref-note-1-1'],
      ['note-2', '2.', '#ref-note-2-1'],
      ['note-3', '3.', '#ref-note-3-1'],
      ['note-4', '4.', '#ref-note-4-1'],
      ['note-5', '5.', '#ref-note-5-1'],
    ]);
    expect(after).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('counts a stat card’s footnote on the server when the card creates its marker in the browser', async () => {
    // The first card has no marker written inside it: the browser creates it, the server still counts it.
    const markup = `<main>
      <alima-stat-card value="20250000" footnote="wb2020">20,250,000</alima-stat-card>
      <alima-stat-card value="3500000" footnote="ocha2020">3,500,000<alima-footnote-ref slot="footnote"
        footnote="ocha2020"><a href="#ocha2020">2</a></alima-footnote-ref></alima-stat-card>
      <p>Displaced people.<alima-footnote-ref footnote="iom2020"></alima-footnote-ref>
        Again.<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>
      <alima-footnotes>
        <alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>
        <alima-footnote id="ocha2020" source="UNOCHA" year="2020"></alima-footnote>
        <alima-footnote id="iom2020" source="IOM" year="2020"></alima-footnote>
      </alima-footnotes></main>`;
    const files = { '/mali.html': { body: serverPage('en', {}, markup) }, '/client.js': client };
    const { before, after, problems, on } = await beforeAndAfterHydration(files);
    const afterRefs = await on.page.$$eval('alima-footnote-ref', (refs) =>
      refs.map((ref) => ref.shadowRoot?.querySelector('[aria-hidden]')?.textContent),
    );
    await on.context.close();
    const notes = before.filter((element) => element.tag === 'alima-footnote');
    expect(notes.map((note) => [note.id, note.text.slice(0, 2), note.hrefs])).toEqual([
      ['wb2020', '1.', ['#ref-wb2020-1', '#ref-wb2020-2']],
      ['ocha2020', '2.', ['#ref-ocha2020-1']],
      ['iom2020', '3.', ['#ref-iom2020-1']],
    ]);
    // In the browser: the card's created marker, the written one, then the text's.
    expect(afterRefs).toEqual(['1', '2', '3', '1']);
    // Hydration adds the first card's marker and changes no note's number or back links.
    const notesAfter = after.filter((element) => element.tag === 'alima-footnote');
    expect(notesAfter).toEqual(notes);
    expect(problems).toEqual([]);
  });

  it('renders a French page in French on the server, and hydration keeps it', async () => {
    const files = { '/mali.html': { body: serverPage('fr') }, '/client.js': client };
    const { before, after, problems, on } = await beforeAndAfterHydration(files);
    await on.context.close();
    const text = (tag: string) =>
      before.filter((element) => element.tag === tag).map((element) => element.text);
    expect(text('alima-footnote')[0]).toBe('1.World bank, 2020. ↩Retour à l’appel de note 1');
    expect(text('alima-footnotes')).toEqual(['Sources']);
    expect(text('alima-stat-card')[0]).toMatch(/^20,25\smillions/);
    expect(after).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('shows each note and the list heading once with fallback.css before the script runs', async () => {
    const files = { '/mali.html': { body: serverPage('en') } };
    const { page, context } = await openPage(files, '/mali.html', { javaScript: false });
    try {
      const tree = await pageAccessibilityTree(page);
      expect(findAll(tree, (node) => node.role === 'heading' && node.name === 'Sources')).toHaveLength(1);
      // The page's other list ("Our activities") aside, the notes are one list.
      const [list, ...more] = findAll(
        tree,
        (node) => node.role === 'list' && textOf(node).includes('Back to reference'),
      );
      expect(more).toEqual([]);
      expect(list?.children.map((item) => textOf(item))).toEqual([
        '1.World bank, 2020.Back to reference 1',
        expect.stringMatching(/^2\.UNOCHA .*, 2020\.Back to reference 2$/),
        expect.stringMatching(/^3\.United Nations Children’s Fund \(UNICEF\), 2020\.Back to reference 3$/),
        expect.stringMatching(
          /^4\.International Organization for Migration \(OIM\), 2020\.Back to reference 4$/,
        ),
        '5.According to the Harmonized Framework, 2020.Back to reference 5',
      ]);
    } finally {
      await context.close();
    }
  });

  describe('under a strict Content-Security-Policy (no inline styles without the nonce)', () => {
    const backlinkWidth = (page: Page) =>
      page.$eval('alima-footnote', (note) => {
        const link = note.shadowRoot?.querySelector('[part="backlink"]');
        return link ? getComputedStyle(link).minWidth : 'none';
      });

    it('applies the server-rendered styles that carry the nonce, before and after hydration', async () => {
      const files = {
        '/mali.html': {
          body: serverPage('en', { nonce: 'c3NyLXRlc3Q=' }),
          headers: { 'content-security-policy': CSP },
        },
        '/client.js': client,
      };
      const off = await openPage(files, '/mali.html', { javaScript: false });
      expect(await backlinkWidth(off.page)).toBe('24px');
      expect(off.problems).toEqual([]);
      await off.context.close();
      const on = await openPage(files, '/mali.html');
      try {
        await hydrated(on.page);
        expect(await backlinkWidth(on.page)).toBe('24px');
        expect(on.problems).toEqual([]);
      } finally {
        await on.context.close();
      }
    });

    it('blocks them without the nonce (the failure the nonce prevents)', async () => {
      const files = {
        '/mali.html': { body: serverPage('en'), headers: { 'content-security-policy': CSP } },
      };
      const { page, context, problems } = await openPage(files, '/mali.html', { javaScript: false });
      try {
        expect(await backlinkWidth(page)).not.toBe('24px');
        expect(problems.some((problem) => /Content Security Policy/.test(problem))).toBe(true);
      } finally {
        await context.close();
      }
    });
  });
});
