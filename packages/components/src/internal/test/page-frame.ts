/// <reference types="vite/client" />
import { afterEach } from 'vitest';
import tokensCss from '@alima/tokens/tokens.css?url';
import fallbackCss from '../../fallback.css?url';

/** A page in its own iframe: its own custom element registry, viewport width and `lang`. */
export interface PageFrame {
  win: Window & typeof globalThis;
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];
const absolute = (url: string) => new URL(url, location.href).href;
/** The URL of an entry point (`all`, `stat-card`, …) as the test server serves it. */
const entryUrl = (entry: string) => new URL(`../../${entry}.ts`, import.meta.url).href;

export const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/**
 * Opens `body` as a CMS page would serve it: tokens.css and fallback.css in
 * the head, no script, in an iframe `width` px wide (its viewport) under
 * `lang`. Resolves once the page and its images are loaded and laid out.
 */
export async function openPage(
  body: string,
  {
    width = 1024,
    lang = 'en',
    head = '',
    entry,
  }: { width?: number; lang?: string; head?: string; entry?: string } = {},
): Promise<PageFrame> {
  // An entry written in the page runs before `load`, as a CMS page's module script does.
  const script = entry ? `<script type="module" src="${entryUrl(entry)}"></script>` : '';
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 1600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta name="viewport" content="width=device-width">
    ${head}
    <link rel="stylesheet" href="${absolute(tokensCss)}">
    <link rel="stylesheet" href="${absolute(fallbackCss)}">
    <style>body { margin: 0 1rem; font-family: system-ui, sans-serif }</style>
    </head><body>${body}${script}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = win.document;
  // Vitest rewrites dynamic import() in served modules to call its runner, a global of the test page.
  const runner = '__vitest_browser_runner__';
  Object.assign(win, { [runner]: (window as unknown as Record<string, unknown>)[runner] });
  await Promise.all([...doc.images].map((image) => image.decode().catch(() => undefined)));
  await nextFrame(win);
  await nextFrame(win);
  return { win, doc };
}

/**
 * Adds the elements' module script to the page (`entry`: `all`, or one
 * element's entry point such as `stat-card`), as a CMS page's
 * `<script type="module">` does, and waits until `waitFor` is defined and
 * every element has rendered (footnote numbering included).
 */
export async function loadElements(
  { win, doc }: PageFrame,
  { entry = 'all', waitFor = 'alima-stat-card' }: { entry?: string; waitFor?: string } = {},
): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = entryUrl(entry);
  doc.head.append(script);
  await win.customElements.whenDefined(waitFor);
  for (let round = 0; round < 3; round += 1) {
    const all = [...doc.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(all.map((element) => element.updateComplete));
    await nextFrame(win);
  }
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});
