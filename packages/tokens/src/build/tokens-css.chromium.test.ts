import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@alima/test-browser';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutputs } from './build-outputs.js';
import type { TokenType } from './token-tree.js';

// The stylesheet as Chromium reads it: values it accepts, and the dark theme,
// forced colours and reduced motion applied where the media and selectors say.
const { entries, files } = buildOutputs(fileURLToPath(new URL('../..', import.meta.url)));

/** A CSS property that takes each token type's values, to ask the browser whether a value is valid. */
const PROPERTY_FOR_TYPE: Record<TokenType, string> = {
  color: 'color',
  dimension: 'width',
  duration: 'transition-duration',
  cubicBezier: 'transition-timing-function',
  fontFamily: 'font-family',
  fontWeight: 'font-weight',
  number: 'line-height',
  shadow: 'box-shadow',
};

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  await page.setContent(
    `<style>${files['tokens.css']}</style>
     <div id="dark" data-alima-theme="dark"><p id="inside-dark"></p></div>
     <div id="dark-class" class="alima-theme-dark"></div>
     <div id="auto" data-alima-theme="auto"><p id="inside-auto"></p></div>
     <div id="surface" style="background: var(--alima-color-surface)"></div>
     <a id="button" href="#" style="background: var(--alima-color-accent); color: var(--alima-color-on-accent)">Donate</a>`,
  );
}, 60_000);
afterAll(() => browser?.close());

/** The computed value of every token's custom property on the element with this id (or the root). */
const computed = (id?: string) =>
  page.evaluate(
    ({ id, names }) => {
      const element = id ? document.getElementById(id) : document.documentElement;
      const style = getComputedStyle(element as Element);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
    },
    { id, names: entries.map((entry) => entry.cssVar) },
  );

const expected = (pick: (entry: (typeof entries)[number]) => string | undefined) =>
  Object.fromEntries(entries.map((entry) => [entry.cssVar, pick(entry) ?? entry.value]));

describe('tokens.css in Chromium', () => {
  it('holds only values Chromium accepts for the token’s type', async () => {
    const rejected = await page.evaluate(
      (checks) => checks.filter(({ property, value }) => !CSS.supports(property, value)),
      entries.map((entry) => ({
        name: entry.name,
        property: PROPERTY_FOR_TYPE[entry.type],
        value: entry.value,
      })),
    );
    expect(rejected).toEqual([]);
  });

  it('sets every token on the root element', async () => {
    expect(await computed()).toEqual(expected(() => undefined));
  });

  it('applies the dark theme inside both dark selectors', async () => {
    const dark = expected((entry) => entry.dark);
    expect(await computed('inside-dark')).toEqual(dark);
    expect(await computed('dark-class')).toEqual(dark);
    expect(await page.$eval('#dark', (element) => getComputedStyle(element).colorScheme)).toBe('dark');
  });

  it('applies the dark theme inside data-alima-theme="auto" only when the reader prefers dark', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await computed('inside-auto')).toEqual(expected(() => undefined));
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await computed('inside-auto')).toEqual(expected((entry) => entry.dark));
    expect(await page.$eval('#auto', (element) => getComputedStyle(element).colorScheme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('paints a dark section’s own surface, so its text is not near-white on a white page', async () => {
    const { text, background } = await page.$eval('#inside-dark', (p) => ({
      text: getComputedStyle(p).color,
      background: getComputedStyle(p.parentElement as Element).backgroundColor,
    }));
    expect(background).toBe('rgb(17, 17, 19)');
    expect(text).not.toBe(background);
  });

  it('switches to system colours under forced colours, in both themes', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = expected((entry) => entry.forcedColor);
    expect(await computed()).toEqual(forced);
    expect(await computed('inside-dark')).toEqual(expected((entry) => entry.forcedColor ?? entry.dark));
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('keeps the donate button a filled shape with readable text under forced colours', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    const { fill, text, surface } = await page.$eval('#button', (button) => ({
      fill: getComputedStyle(button).backgroundColor,
      text: getComputedStyle(button).color,
      surface: getComputedStyle(document.getElementById('surface') as Element).backgroundColor,
    }));
    await page.emulateMedia({ forcedColors: 'none' });
    expect(fill).not.toBe(text);
    expect(fill).not.toBe(surface);
  });

  it('stops durations under reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await computed()).toEqual(expected((entry) => entry.reducedMotion));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await computed()).toEqual(expected(() => undefined));
  });
});
