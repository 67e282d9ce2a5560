import { describe, expect, it } from 'vitest';
import seedPage from '../seed-page/mali-country-page.html?raw';
import { shiftsOnUpgrade } from './upgrade-page.js';

/*
 * Progressive enhancement, point 7 of issue 14: a page written with the
 * fallback contract (figures as text, the donate <a>, fallback.css) must not
 * move when the elements' script upgrades it. The page is the Mali country
 * page; examples/mali.html, when present, is measured too.
 */
const examples = import.meta.glob<string>('../../examples/mali.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The body of a whole HTML document (without its scripts), or the fragment as it is. */
function pageBody(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  return parsed.body.innerHTML;
}

const pages = { 'the Mali seed page': seedPage, ...examples };

describe.each(Object.entries(pages))('upgrading %s', (_name, html) => {
  describe.each([375, 1280])('at %i px', (width) => {
    it.each(['en', 'fr'])('moves nothing in %s (cumulative layout shift 0)', async (lang) => {
      const { shifts, undefinedBefore, undefinedAfter } = await shiftsOnUpgrade(pageBody(html), {
        width,
        lang,
      });
      // The measurement covered a real upgrade: elements waited undefined, then were all defined.
      expect(undefinedBefore).toBeGreaterThan(5);
      expect(undefinedAfter).toBe(0);
      expect(shifts).toEqual([]);
    });
  });
});
