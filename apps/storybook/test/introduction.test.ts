import { describe, expect, it } from 'vitest';
import { entries, inPage, openEntry, type IndexEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();

const introduction = entries.find((entry) => entry.id === 'introduction--docs') as IndexEntry;

describe('the introduction', () => {
  it.each([['If you write'], ['If you design'], ['If you develop']])(
    'tells each role how to start: "%s" is followed by numbered steps whose links open pages of this Storybook',
    async (heading) =>
      inPage(currentSite(), async (page) => {
        await openEntry(page, currentSite().baseUrl, introduction);
        const steps = await page.evaluate((title) => {
          const found = [...document.querySelectorAll('#storybook-docs h2')].find(
            (node) => node.textContent?.trim() === title,
          );
          const list = found?.nextElementSibling;
          if (list?.localName !== 'ol') return undefined;
          return [...list.children].map((item) => ({
            text: item.textContent ?? '',
            links: [...item.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
          }));
        }, heading);
        expect(steps, `an <ol> right after "${heading}"`).toBeDefined();
        expect(steps?.length).toBeGreaterThanOrEqual(3);
        const targets = (steps ?? []).flatMap((step) => step.links);
        expect(targets.length).toBeGreaterThan(0);
        const ids = new Set(entries.map((entry) => entry.id));
        for (const target of targets) {
          const id = target.match(/^\?path=\/(?:docs|story)\/([^&#]+)/)?.[1];
          expect(id && ids.has(id), `${target} opens a page of this Storybook`).toBe(true);
        }
      }),
  );
});
