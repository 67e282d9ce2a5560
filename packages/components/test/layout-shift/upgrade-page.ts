import tokensCss from '@alima/tokens/tokens.css?url';
import fallbackCss from '../../src/fallback.css?url';

/** One layout shift Chromium reported, with what moved, for a readable failure. */
export interface Shift {
  value: number;
  moved: string[];
}

interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

const elements = new URL('../../src/all.ts', import.meta.url).href;

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

function describeSource({ node, previousRect: a, currentRect: b }: LayoutShiftEntry['sources'][number]) {
  const name = node instanceof Element ? node.localName : node?.nodeName;
  const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  return `${name ?? '?'} ${rect(a)} → ${rect(b)}`;
}

/**
 * Loads `body` as a CMS page would (tokens.css, fallback.css, no script) in an
 * iframe `width` px wide under `lang`, lets it lay out, then loads the elements'
 * module script and waits until every element has rendered, recording the
 * layout shifts Chromium reports from the moment the script is added.
 */
export async function shiftsOnUpgrade(body: string, { width, lang }: { width: number; lang: string }) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 1600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <meta name="viewport" content="width=device-width">
    <link rel="stylesheet" href="${new URL(tokensCss, location.href).href}">
    <link rel="stylesheet" href="${new URL(fallbackCss, location.href).href}">
    <style>body { margin: 0 1rem; font-family: system-ui, sans-serif }</style>
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = win.document;
  await Promise.all([...doc.images].map((image) => image.decode().catch(() => undefined)));
  await nextFrame(win);
  await nextFrame(win);
  const undefinedBefore = doc.querySelectorAll(':not(:defined)').length;

  const shifts: Shift[] = [];
  const observer = new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShiftEntry[]) {
      if (!entry.hadRecentInput) shifts.push({ value: entry.value, moved: entry.sources.map(describeSource) });
    }
  });
  observer.observe({ type: 'layout-shift' });

  const script = doc.createElement('script');
  script.type = 'module';
  script.src = elements;
  doc.head.append(script);
  const names = [...new Set([...doc.querySelectorAll('*')].map((e) => e.localName))].filter((n) =>
    n.startsWith('alima-'),
  );
  await Promise.all(names.map((name) => win.customElements.whenDefined(name)));
  // Rendering, then footnote numbering, then whatever those renders schedule.
  for (let round = 0; round < 3; round += 1) {
    const all = [...doc.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(all.map((element) => element.updateComplete));
    await nextFrame(win);
  }
  await nextFrame(win);
  for (const entry of observer.takeRecords() as LayoutShiftEntry[]) {
    if (!entry.hadRecentInput) shifts.push({ value: entry.value, moved: entry.sources.map(describeSource) });
  }
  observer.disconnect();
  const undefinedAfter = doc.querySelectorAll(':not(:defined)').length;
  frame.remove();
  return { shifts, undefinedBefore, undefinedAfter };
}
