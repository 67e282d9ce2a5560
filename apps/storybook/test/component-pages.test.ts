import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { API_SECTIONS } from '../src/components/component-api.js';
import { entries, inPage, openEntry, type IndexEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();

const componentPages = entries.filter(
  (entry) => entry.type === 'docs' && entry.title.startsWith('Components/'),
);
const entry = (id: string): IndexEntry => {
  const found = entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No ${id} in the built Storybook`);
  return found;
};

const withPage = <T>(run: (page: Page) => Promise<T>) => inPage(currentSite(), run);

/** The headings of a docs page, in order. */
const headings = (page: Page, selector = 'h2, h3') =>
  page.$$eval(`#storybook-docs :is(${selector})`, (nodes) =>
    nodes.map((node) => node.textContent?.trim() ?? ''),
  );

/** The first-column names of the table under the API heading `section`. */
const apiRows = (page: Page, section: string) =>
  page.evaluate((title) => {
    const heading = [...document.querySelectorAll('component-api h3')].find(
      (node) => node.textContent === title,
    );
    const table = heading?.nextElementSibling?.querySelector('table');
    return [...(table?.querySelectorAll('tbody th') ?? [])].map((cell) => cell.textContent?.trim() ?? '');
  }, section);

describe('every component page', () => {
  it('exists for the seven elements', () => {
    expect(componentPages.length).toBe(7);
  });

  it.each(componentPages.map((page) => [page.title, page] as const))(
    '%s has the guidance and API sections',
    async (_title, page) =>
      withPage(async (browserPage) => {
        await openEntry(browserPage, currentSite().baseUrl, page);
        await browserPage.waitForSelector('component-api h3');
        const titles = await headings(browserPage);
        for (const section of [
          'Overview',
          'When to use',
          'When not to use',
          "Do and don't",
          'Content guidance',
          'Accessibility',
          'API',
          ...API_SECTIONS,
        ]) {
          expect(titles, section).toContain(section);
        }
        // The overview is the element's description from the manifest, not an empty block.
        expect((await browserPage.textContent('component-overview'))?.length).toBeGreaterThan(100);
        // Content guidance links to the rule book.
        expect(
          await browserPage.$$eval('a[href*="writing-rules-"]', (links) => links.length),
        ).toBeGreaterThan(0);
        // Each "don't" shows the development warning its element gives.
        const warnings = await browserPage.$$eval('.guidance-example--dont', (figures) =>
          figures.map((figure) => figure.querySelector('.guidance-example__warning')?.textContent ?? ''),
        );
        expect(warnings.length).toBeGreaterThan(0);
        for (const warning of warnings) expect(warning).toMatch(/Development warning: <alima-/);
        // No "Set object" controls for parts or CSS properties.
        expect(await browserPage.textContent('#storybook-docs')).not.toMatch(/Set object/);
      }),
  );
});

describe('the stat card page', () => {
  it('links its content guidance to sourced-figures', async () =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry('components-stat-card--docs'));
      const link = page.getByRole('link', { name: 'sourced-figures' });
      expect(await link.getAttribute('href')).toBe('./?path=/docs/writing-rules-sourced-figures--docs');
    }));

  it('lists value, label and source as attributes and as parts, each in its own table', async () =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry('components-stat-card--docs'));
      await page.waitForSelector('component-api table');
      expect(await apiRows(page, 'Attributes and properties')).toEqual(
        expect.arrayContaining(['value', 'label', 'source', 'footnote']),
      );
      expect(await apiRows(page, 'CSS parts')).toEqual(['base', 'value', 'label', 'source']);
      expect(await apiRows(page, 'Slots')).toEqual(['(default)', 'label', 'footnote']);
      // Storybook's controls table: attributes only, each with a control.
      // Rows whose second cell is a description: the category row ("attributes") spans the table.
      const controls = await page.$$eval('.docblock-argstable tbody tr', (rows) =>
        rows
          .filter((row) => row.children.length > 2)
          .map((row) => row.children[0]?.textContent?.trim() ?? ''),
      );
      expect(controls.sort()).toEqual([
        'currency',
        'footnote',
        'format',
        'label',
        'notation',
        'source',
        'unit',
        'unsourced',
        'value',
        'variant',
      ]);
    }));

  it.each([
    ['components-stat-group--docs', 'heading'],
    ['components-photo-credit--docs', 'caption'],
    ['components-footnotes-note--docs', 'source'],
  ])('%s lists the %s attribute', async (id, attribute) =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry(id));
      await page.waitForSelector('component-api table');
      expect(await apiRows(page, 'Attributes and properties')).toContain(attribute);
    }),
  );
});

describe('"Show code"', () => {
  it('gives the stat card as a page holds it: with its value, without the story root', async () =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry('components-stat-card--docs'));
      await page.locator('button', { hasText: 'Show code' }).first().click();
      const code = (await page.locator('pre.prismjs').first().textContent()) ?? '';
      expect(code).toContain('<alima-stat-card');
      expect(code).toContain('value="20250000"');
      expect(code).not.toMatch(/story-root|footnote-scope/);
    }));
});

describe('"Show code" and "Use it" in the toolbar\'s language', () => {
  /** The donate button page's first "Show code" and its "Use it" HTML, with the toolbar's Language at `locale`. */
  const donateCode = (locale: 'en' | 'fr') =>
    withPage(async (page) => {
      await openEntry(
        page,
        currentSite().baseUrl,
        entry('components-donate-button--docs'),
        `locale:${locale}`,
      );
      // Both views fill in after the docs page renders: wait for their code, not just their box.
      const code = { hasText: '<alima-donate-button' };
      const useIt = (await page.locator('component-usage [role="tabpanel"]', code).textContent()) ?? '';
      await page.locator('button', { hasText: 'Show code' }).first().click();
      const showCode = (await page.locator('pre.prismjs', code).first().textContent()) ?? '';
      return [showCode, useIt] as const;
    });

  it('gives French code for the donate button with French selected, though its story shows both languages', async () => {
    for (const code of await donateCode('fr')) {
      expect(code).toMatch(/<alima-donate-button[^]*href="\/fr\/faire-un-don\/"[^]*>Faire un don</);
      expect(code).not.toContain('/en/');
      expect(code).not.toContain('Donate<');
    }
  });

  it('gives English code for the donate button with English selected', async () => {
    for (const code of await donateCode('en')) {
      expect(code).toMatch(/<alima-donate-button[^]*href="\/en\/donate\/"[^]*>Donate</);
      expect(code).not.toMatch(/\/fr\/|Faire un don/);
    }
  });

  it("writes the stat card's label and source in French with French selected", async () =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry('components-stat-card--docs'), 'locale:fr');
      const html = (await page.locator('component-usage [role="tabpanel"]').textContent()) ?? '';
      expect(html).toMatch(/<alima-stat-card[^>]*label="habitants"/);
      expect(html).toContain('source="Banque mondiale"');
      expect(html).not.toMatch(/inhabitants|World Bank/);
    }));
});

describe('"Use it" on every component page', () => {
  it.each(componentPages.map((page) => [page.title, page] as const))(
    '%s gives HTML, React and server-rendering code for its example',
    async (_title, docs) =>
      withPage(async (page) => {
        await openEntry(page, currentSite().baseUrl, docs);
        const tag = await page.$eval('component-api', (api) => api.getAttribute('tag') ?? '');
        const code = () => page.locator('component-usage [role="tabpanel"]').textContent();
        const html = (await code()) ?? '';
        expect(html).toContain(`<${tag}`);
        expect(html).not.toMatch(/<!--|story-root|footnote-scope/);
        await page.getByRole('tab', { name: 'React' }).click();
        expect(await code()).toMatch(new RegExp(`import '@alima/components';[^]*<${tag}`));
        // Arrow keys move along the tabs, as in any tab list.
        await page.keyboard.press('ArrowRight');
        expect(await page.getByRole('tab', { name: 'Server rendering' }).getAttribute('aria-selected')).toBe(
          'true',
        );
        expect(await code()).toMatch(new RegExp(`@lit-labs/ssr[^]*<${tag}`));
      }),
  );

  it('writes the stat card with its value and source', async () =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry('components-stat-card--docs'));
      const html = (await page.locator('component-usage [role="tabpanel"]').textContent()) ?? '';
      expect(html).toMatch(/<alima-stat-card[^>]*value="20250000"[^>]*footnote="doc-card-wb"/);
      expect(html).toMatch(/<alima-footnote id="doc-card-wb"[^>]* source="World Bank"/);
      expect(html).toMatch(/<alima-footnote id="doc-card-wb"[^>]* year="2020"/);
    }));
});

describe('stories in English and French', () => {
  /** The light-DOM and shadow-DOM text of one language column of a story. */
  const columnText = (page: Page, lang: 'en' | 'fr') =>
    page.$eval(`#storybook-root section[lang="${lang}"]`, (section) => {
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          for (const attribute of ['alt', 'aria-label']) parts.push(node.getAttribute(attribute) ?? '');
          if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
        }
        node.childNodes.forEach(walk);
      };
      walk(section);
      return parts.join(' ').replace(/\s+/g, ' ');
    });

  it.each([
    ['components-stat-card--english-and-french', 'displaced persons', 'personnes déplacées'],
    ['components-stat-group--english-and-french', 'inhabitants', 'habitants'],
    ['components-footnotes--source-list', 'World Bank', 'Banque mondiale'],
    ['components-footnotes-note--source-and-year', 'Children’s Fund', 'Fonds des Nations unies'],
    ['components-photo-credit--with-caption-english-and-french', 'health worker', 'agente de santé'],
  ])('%s: the French column says it in French', async (id, english, french) =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry(id));
      expect(await columnText(page, 'en')).toContain(english);
      const frenchText = await columnText(page, 'fr');
      expect(frenchText).toContain(french);
      expect(frenchText).not.toContain(english);
    }),
  );

  it('links the French donate button to the French donation page', async () =>
    withPage(async (page) => {
      await openEntry(page, currentSite().baseUrl, entry('components-donate-button--default'));
      // The link readers follow, with the story's campaign added by the element.
      const href = (lang: string) =>
        page.$eval(`section[lang="${lang}"] alima-donate-button > a`, (link) => link.getAttribute('href'));
      expect(await href('en')).toBe('/en/donate/?utm_campaign=mali');
      expect(await href('fr')).toBe('/fr/faire-un-don/?utm_campaign=mali');
    }));
});

describe('full pages', () => {
  /** Whether the manager shows the addon panel (its Controls tab) for a story. */
  const panelShown = (page: Page, storyId: string) =>
    page
      .goto(`${currentSite().baseUrl}/?path=/story/${storyId}`)
      .then(() => page.locator('#storybook-preview-iframe').waitFor())
      .then(() => page.waitForLoadState('networkidle'))
      .then(() => page.getByRole('tab', { name: /Controls/ }).isVisible());

  // Three manager loads to network idle, one with the checker's worker bundle: minutes on a loaded 2-core machine.
  it(
    'shows the draft checker and the Mali page without the addon panel, and components with it',
    { timeout: 180_000 },
    async () =>
      withPage(async (page) => {
        // Each load may take over Playwright's 30 s too, under the same load.
        page.setDefaultTimeout(60_000);
        expect(await panelShown(page, 'components-stat-card--country')).toBe(true);
        expect(await panelShown(page, 'tools-draft-checker--draft-checker')).toBe(false);
        expect(await panelShown(page, 'pages-mali-country-page--english')).toBe(false);
      }),
  );
});

describe('the toolbar on docs pages', () => {
  /** The docs page's background, as red, green and blue from 0 to 255. */
  const background = (page: Page) =>
    page.$eval('.sbdocs-wrapper', (wrapper) =>
      (getComputedStyle(wrapper).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number),
    );

  it('turns the whole docs page dark on the dark surface, and the stories on it', async () =>
    withPage(async (page) => {
      const intro = entry('introduction--docs');
      await openEntry(page, currentSite().baseUrl, intro);
      expect(Math.min(...(await background(page)))).toBeGreaterThan(200);
      await openEntry(page, currentSite().baseUrl, intro, 'surface:dark');
      expect(Math.max(...(await background(page)))).toBeLessThan(60);
      await openEntry(
        page,
        currentSite().baseUrl,
        entry('components-stat-card--docs'),
        'surface:dark;locale:fr',
      );
      // Stories that show both languages side by side keep their two columns; the others follow the toolbar.
      const roots = await page.$$eval('.story-root:not(.story-root--side-by-side)', (found) =>
        found.map((root) => `${root.getAttribute('lang')} ${root.getAttribute('data-alima-theme')}`),
      );
      expect(roots.length).toBeGreaterThan(3);
      expect(new Set(roots)).toEqual(new Set(['fr dark']));
    }));
});
