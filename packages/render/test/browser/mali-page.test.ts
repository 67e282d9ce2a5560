import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { mali } from '../mali.js';
import { flatText } from './page-text.js';
import { AXE_SOURCE, close, launch, openPage, type OpenedPage } from './site.js';

let dir: string;
let out: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alima-render-page-'));
  out = join(dir, 'site');
  writeFileSync(join(dir, 'mali.md'), mali);
  const quiet = { write: () => true };
  // Rendered as a writer renders it: the command, with the client script.
  const code = await main(['mali.md', '--out', 'site', '--hydrate'], {
    cwd: dir,
    stdout: quiet,
    stderr: quiet,
  });
  if (code !== 0) throw new Error(`alima-render exited ${code}`);
  await launch();
});

afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until every ALIMA element has upgraded and rendered, and every note shows its back links. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((element) =>
      element.localName.startsWith('alima-'),
    );
    return (
      elements.length > 0 &&
      elements.every(
        (element) =>
          customElements.get(element.localName) && (element as { hasUpdated?: boolean }).hasUpdated,
      )
    );
  });
  // Numbering settles a frame after the elements render.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** The cumulative layout shift while the held-back client script hydrates the server's page `opened`. */
async function shiftWhileHydrating(opened: OpenedPage): Promise<number | undefined> {
  const { page } = opened;
  // The server's page, painted with its photos, before the script arrives.
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.evaluate(() => {
    const state = globalThis as { layoutShift?: number };
    state.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) state.layoutShift = (state.layoutShift ?? 0) + entry.value;
    }).observe({ type: 'layout-shift' });
  });
  opened.releaseScript();
  await hydrated(page);
  return page.evaluate(() => (globalThis as { layoutShift?: number }).layoutShift);
}

/** The layout shift on hydration in a viewport `width` pixels wide. */
async function layoutShiftOnHydration(width: number): Promise<number | undefined> {
  const opened = await openPage(out, '/mali.html', { holdScript: true, width });
  try {
    return await shiftWhileHydrating(opened);
  } finally {
    await opened.context.close();
  }
}

describe('the Mali draft rendered by alima-render, in Chromium', () => {
  it('without JavaScript: 3 country and 2 own figures, numbered markers linking to their notes, 2 credited photos, the donate link', async () => {
    const { page, context } = await openPage(out, '/mali.html', { javaScript: false });
    try {
      const cards = await page.$$eval('alima-stat-card', (elements) =>
        elements.map((card) => ({
          variant: card.getAttribute('variant') ?? 'country',
          shown: card.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim(),
        })),
      );
      expect(cards).toEqual([
        { variant: 'country', shown: '20.25 million' },
        { variant: 'country', shown: '3.5 million' },
        { variant: 'country', shown: '185,000' },
        { variant: 'own', shown: '14,442' },
        { variant: 'own', shown: '133,452' },
      ]);
      const markers = await page.$$eval('alima-footnote-ref', (refs) =>
        refs.map((ref) => {
          const link = ref.shadowRoot?.querySelector('a');
          const target = document.getElementById(link?.getAttribute('href')?.slice(1) ?? '');
          // The visible number; the link's name ("Source 1") is visually hidden text beside it.
          const shown = ref.shadowRoot?.querySelector('[aria-hidden="true"]')?.textContent?.trim();
          return { number: shown, target: target?.localName, id: ref.id };
        }),
      );
      expect(markers.map((marker) => [marker.number, marker.target])).toEqual([
        ['1', 'alima-footnote'],
        ['2', 'alima-footnote'],
        ['3', 'alima-footnote'],
        ['4', 'alima-footnote'],
      ]);
      // Each note links back to the references to it (ids given on the server).
      const notes = await page.$$eval('alima-footnote', (elements) =>
        elements.map((note) => ({
          number: note.shadowRoot?.querySelector('[part="number"]')?.textContent?.trim(),
          back: [...(note.shadowRoot?.querySelectorAll('[part="backlink"]') ?? [])].map(
            (link) => document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.localName,
          ),
        })),
      );
      expect(notes).toEqual([
        { number: '1.', back: ['alima-footnote-ref'] },
        { number: '2.', back: ['alima-footnote-ref'] },
        { number: '3.', back: ['alima-footnote-ref'] },
        { number: '4.', back: ['alima-footnote-ref'] },
        // The seed's note that lost its marker: listed, cited nowhere, so unnumbered and without a back link.
        { number: '', back: [] },
      ]);
      const photos = await page.$$eval('alima-photo-credit', (elements) =>
        elements.map((photo) => photo.shadowRoot?.querySelector('[part="credit"]')?.textContent?.trim()),
      );
      expect(photos).toEqual(['© Nana Kofi Acquah / ALIMA', '© Nana Kofi Acquah / ALIMA']);
      const donate = await page.$eval('alima-donate-button a', (link) => ({
        href: link.getAttribute('href'),
        text: link.textContent,
        height: link.getBoundingClientRect().height,
      }));
      expect(donate).toMatchObject({ href: 'https://alima.ngo/faire-un-don/', text: 'Donate' });
      expect(donate.height).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });

  it('hydrates without changing a word, shifting the layout or logging a problem; axe finds nothing', async () => {
    // The page links fallback.css as well as the server's shadow roots: its generated headings and credits must not
    // show beside them, then vanish on hydration (they did: 0.0044 at 1280 px, 0.16 at 375 px).
    expect(readFileSync(join(out, 'mali.html'), 'utf8')).toContain('href="assets/fallback.css"');
    expect(await layoutShiftOnHydration(375)).toBe(0);
    const off = await openPage(out, '/mali.html', { javaScript: false });
    const before = await flatText(off.page);
    await off.context.close();

    const on = await openPage(out, '/mali.html', { holdScript: true });
    try {
      const { page } = on;
      expect(await shiftWhileHydrating(on)).toBe(0);
      expect(await flatText(page)).toBe(before);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                context: Document,
              ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map((violation) => ({
          id: violation.id,
          targets: violation.nodes.map((node) => node.target),
        }));
      });
      expect(violations).toEqual([]);
      expect(on.errors).toEqual([]);
      // One warning, the seed's own problem (charter-lint's footnote-unused reports it on the draft too):
      // the note that lost its marker is cited nowhere.
      expect(on.warnings).toEqual([expect.stringContaining('<alima-footnote> "note-4" is never cited')]);
    } finally {
      await on.context.close();
    }
  });
});
