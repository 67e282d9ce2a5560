import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import type { Variant } from './variants.js';

/** Screenshots at one device pixel per CSS pixel, without motion, whatever the machine's display. */
export function newScreenshotContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    deviceScaleFactor: 1,
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: {
    currentRender?: { id?: string; phase?: string };
    onUpdateGlobals: (options: { globals: Record<string, unknown> }) => Promise<void>;
    onForceRemount: (options: { storyId: string }) => Promise<void>;
    storyStoreValue?: {
      loadStory: (options: { storyId: string }) => Promise<{ storyGlobals: Record<string, unknown> }>;
    };
  };
}

/**
 * The `globals` each story pins (a side-by-side story pins `locale: 'both'`),
 * read from Storybook's own store in the built preview.
 */
export async function pinnedGlobals(
  page: Page,
  baseUrl: string,
  storyIds: string[],
): Promise<Record<string, Record<string, unknown>>> {
  await page.goto(`${baseUrl}/iframe.html?id=${storyIds[0]}&viewMode=story&globals=a11y.manual:!true`);
  await page.waitForFunction(() => (window as PreviewWindow).__STORYBOOK_PREVIEW__?.storyStoreValue);
  return page.evaluate(async (ids) => {
    const store = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.storyStoreValue;
    if (!store) throw new Error('Storybook preview has no story store');
    const pairs = await Promise.all(
      ids.map(async (storyId) => [storyId, (await store.loadStory({ storyId })).storyGlobals] as const),
    );
    return Object.fromEntries(pairs);
  }, storyIds);
}

/**
 * Waits until the story is as a reader would see it once everything has
 * loaded: its play function done, fonts loaded, every custom element (in
 * light and shadow trees) defined and done updating, every image decoded.
 * Lazy images are made eager: below the fold they would otherwise load, or
 * not, depending on timing. Running animations jump to their end and the
 * caret is hidden, so a screenshot never catches them half-way.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
  );
  await page.evaluate(async () => {
    const everyElement = (): Element[] => {
      const found: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          found.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    };
    // Updates can render new elements, which update in turn: repeat until nothing is pending.
    for (let round = 0; round < 10; round += 1) {
      const elements = everyElement();
      const undefinedTags = [
        ...new Set(
          elements
            .map((element) => element.localName)
            .filter((name) => name.includes('-') && !customElements.get(name)),
        ),
      ];
      await Promise.all(undefinedTags.map((name) => customElements.whenDefined(name)));
      const updates = elements
        .map((element) => (element as Element & { updateComplete?: Promise<boolean> }).updateComplete)
        .filter((update): update is Promise<boolean> => update instanceof Promise);
      const images = elements.filter(
        (element): element is HTMLImageElement => element instanceof HTMLImageElement,
      );
      for (const image of images) image.loading = 'eager';
      const settled = await Promise.all(updates);
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      if (undefinedTags.length === 0 && settled.every(Boolean)) break;
    }
    await document.fonts.ready;
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime === Infinity) animation.cancel();
      else animation.finish();
    }
    if (!document.getElementById('no-caret')) {
      const noCaret = document.createElement('style');
      noCaret.id = 'no-caret';
      noCaret.textContent = ':root { caret-color: transparent !important; }';
      document.head.append(noCaret);
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** The story root's box in page coordinates, rounded out to whole pixels. */
const rootBox = (page: Page) =>
  page.$eval('#storybook-root', (root) => {
    const box = root.getBoundingClientRect();
    const left = Math.floor(box.left + scrollX);
    const top = Math.floor(box.top + scrollY);
    return {
      x: left,
      y: top,
      width: Math.ceil(box.right + scrollX) - left,
      height: Math.ceil(box.bottom + scrollY) - top,
    };
  });

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Shows one story in one variant and screenshots its root element: not the
 * empty viewport around it, and all of the story when it is taller than the
 * window. A story not yet on the page is loaded afresh; the next variants
 * of the same story are rendered in place, as the toolbar does, and
 * remounted so that its play function runs again: an eighth of the
 * processor time of a page load (the pictures are the same, as the baselines,
 * taken from fresh loads, showed). Chromium's own capture (DevTools protocol)
 * takes a third of the time of Playwright's element screenshot.
 */
export async function screenshotStory(page: Page, baseUrl: string, storyId: string, variant: Variant) {
  await page.setViewportSize({ width: variant.width, height: 900 });
  await page.emulateMedia({ forcedColors: variant.forcedColors ? 'active' : 'none' });
  const globals = { locale: variant.locale, surface: variant.surface };
  const shown = await page
    .evaluate(() => (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.id)
    .catch(() => undefined);
  if (shown === storyId) {
    await page.evaluate(
      async ({ globals, storyId }) => {
        const preview = (window as PreviewWindow).__STORYBOOK_PREVIEW__;
        await preview?.onUpdateGlobals({ globals });
        await preview?.onForceRemount({ storyId });
      },
      { globals, storyId },
    );
  } else {
    await page.goto(
      `${baseUrl}/iframe.html?id=${storyId}&viewMode=story&globals=a11y.manual:!true;locale:${globals.locale};surface:${globals.surface}`,
    );
  }
  await settle(page);
  const session = sessions.get(page) ?? (await page.context().newCDPSession(page));
  sessions.set(page, session);
  const { data } = await session.send('Page.captureScreenshot', {
    format: 'png',
    clip: { ...(await rootBox(page)), scale: 1 },
    captureBeyondViewport: true,
  });
  return Buffer.from(data, 'base64');
}
