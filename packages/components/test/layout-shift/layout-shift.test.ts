import { describe, expect, it } from 'vitest';
import maliHtml from '../../examples/mali.html?raw';
import { shiftsOnUpgrade } from './upgrade-page.js';

/*
 * Progressive enhancement, point 7 of issue 14: a page written with the
 * fallback contract (figures as text, the donate <a>, fallback.css) must not
 * move when the elements' script upgrades it. The page is the Mali country
 * page as the documented CMS example, examples/mali.html.
 */

/** The body of the HTML document, without its scripts. */
function pageBody(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  return parsed.body.innerHTML;
}

describe('upgrading examples/mali.html', () => {
  describe.each([375, 1280])('at %i px', (width) => {
    it.each(['en', 'fr'])('moves nothing in %s (cumulative layout shift 0)', async (lang) => {
      const { shifts, undefinedBefore, undefinedAfter } = await shiftsOnUpgrade(pageBody(maliHtml), {
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
