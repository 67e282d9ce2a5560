import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entries, useStaticSite } from './static-site.js';
import { baselineOf, comparePixels, comparePng } from './visual/compare-png.js';
import { newScreenshotContext, pinnedGlobals, screenshotStory } from './visual/story-screenshot.js';
import { variantName, variantsOf, type Variant } from './visual/variants.js';

const currentSite = useStaticSite();

/** Committed baselines: `<story id>/<variant>.png`. */
const baselineDir = fileURLToPath(new URL('./visual/baselines/', import.meta.url));
/** Where a failing run leaves the new screenshot and a picture of the differences (not committed). */
const resultDir = fileURLToPath(new URL('../test-results/visual/', import.meta.url));
/** Set by `npm run test:update-baselines`: write screenshots that changed instead of failing. */
const updating = process.env['UPDATE_BASELINES'] === '1';
const UPDATE_COMMAND = 'npm run test:update-baselines -w @alima/storybook';

// The draft checker (Tools/) is being rebuilt as an editor: no baselines until it settles.
const stories = entries.filter((entry) => entry.type === 'story' && !entry.title.startsWith('Tools/'));

const baselinePath = (storyId: string, variant: Variant) =>
  join(baselineDir, storyId, `${variantName(variant)}.png`);

/** Compares one screenshot with its baseline (or writes it, when updating); returns what went wrong. */
function check(storyId: string, variant: Variant, shot: Buffer): string | undefined {
  const path = baselinePath(storyId, variant);
  const baseline = existsSync(path) ? readFileSync(path) : undefined;
  const comparison = baseline ? comparePng(baseline, shot) : undefined;
  if (comparison?.same) return undefined;
  if (updating) {
    // Only pictures that really changed are rewritten, so an update touches no other file.
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, baselineOf(shot));
    return undefined;
  }
  const name = `${storyId}/${variantName(variant)}`;
  if (!comparison) return `${name}: no baseline (run \`${UPDATE_COMMAND}\` and review the new pictures)`;
  const output = join(resultDir, storyId);
  mkdirSync(output, { recursive: true });
  writeFileSync(join(output, `${variantName(variant)}.actual.png`), shot);
  if (comparison.diff) writeFileSync(join(output, `${variantName(variant)}.diff.png`), comparison.diff);
  return `${name}: ${comparison.reason}; new picture in ${relative(process.cwd(), output)}`;
}

describe('every story looks as its committed baselines', () => {
  let context: BrowserContext | undefined;
  let page: Page;
  let plan: Map<string, Variant[]>;

  beforeAll(async () => {
    rmSync(resultDir, { recursive: true, force: true });
    context = await newScreenshotContext(currentSite().browser);
    page = await context.newPage();
    const pinned = await pinnedGlobals(
      page,
      currentSite().baseUrl,
      stories.map((story) => story.id),
    );
    plan = new Map(stories.map((story) => [story.id, variantsOf(pinned[story.id] ?? {})]));
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(stories.map((story) => [story.id] as const))(
    '%s in English and French, light and dark, at 375 and 1280 px, and in forced colours',
    async (storyId) => {
      const problems: string[] = [];
      for (const variant of plan.get(storyId) ?? []) {
        const shot = await screenshotStory(page, currentSite().baseUrl, storyId, variant);
        const problem = check(storyId, variant, shot);
        if (problem) problems.push(problem);
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );

  it('keeps no baseline for a story or variant that is gone', () => {
    const expected = new Set(
      [...plan].flatMap(([storyId, variants]) =>
        variants.map((variant) => relative(baselineDir, baselinePath(storyId, variant))),
      ),
    );
    const committed = existsSync(baselineDir)
      ? readdirSync(baselineDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.png'),
        )
      : [];
    const stale = committed.filter((file) => !expected.has(file));
    if (updating) {
      for (const file of stale) rmSync(join(baselineDir, file));
      for (const folder of readdirSync(baselineDir)) {
        if (readdirSync(join(baselineDir, folder)).length === 0)
          rmSync(join(baselineDir, folder), { recursive: true });
      }
      return;
    }
    expect(stale, `stale baselines: run \`${UPDATE_COMMAND}\``).toEqual([]);
  });

  describe('the comparison, on real screenshots', () => {
    const country = 'components-stat-card--country';
    const variant: Variant = { locale: 'en', surface: 'light', width: 1280, forcedColors: false };

    it('keeps in a 256-colour baseline the look of the story with the most colours', async () => {
      const shot = await screenshotStory(
        page,
        currentSite().baseUrl,
        'pages-mali-country-page--english',
        variant,
      );
      const result = comparePixels(baselineOf(shot), shot);
      expect(result.same).toBe(true);
      expect(result.changed).toBeLessThan(10);
    });

    it.each([
      [
        'a card that takes the wrong colour token',
        ':root { --alima-color-stat-country: var(--alima-color-stat-own); }',
      ],
      ['a card whose padding grew by a few pixels', 'alima-stat-card { padding-block-start: 4px; }'],
    ])('notices %s', async (_change, css) => {
      const baseline = readFileSync(baselinePath(country, variant));
      await screenshotStory(page, currentSite().baseUrl, country, variant);
      const style = await page.addStyleTag({ content: css });
      try {
        // Rendered again in place: the document keeps the changed style.
        const changed = await screenshotStory(page, currentSite().baseUrl, country, variant);
        expect(comparePng(baseline, changed).same).toBe(false);
      } finally {
        await style.evaluate((element) => (element as Element).remove());
      }
    });
  });
});
