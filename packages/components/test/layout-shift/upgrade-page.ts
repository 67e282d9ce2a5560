import { loadElements, nextFrame, openPage } from '../../src/internal/test/page-frame.js';

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

function describeSource({ node, previousRect: a, currentRect: b }: LayoutShiftEntry['sources'][number]) {
  const name = node instanceof Element ? node.localName : node?.nodeName;
  const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  return `${name ?? '?'} ${rect(a)} → ${rect(b)}`;
}

const shifts = (entries: PerformanceEntryList): Shift[] =>
  (entries as LayoutShiftEntry[])
    .filter((entry) => !entry.hadRecentInput)
    .map((entry) => ({ value: entry.value, moved: entry.sources.map(describeSource) }));

/**
 * Opens `body` as a CMS page (fallback styles, no script), then loads the
 * elements and records the layout shifts Chromium reports from the moment
 * the script is added until every element has rendered.
 */
export async function shiftsOnUpgrade(body: string, options: { width: number; lang: string }) {
  const page = await openPage(body, options);
  const undefinedBefore = page.doc.querySelectorAll(':not(:defined)').length;
  const seen: Shift[] = [];
  const observer = new page.win.PerformanceObserver((list) => seen.push(...shifts(list.getEntries())));
  observer.observe({ type: 'layout-shift' });
  await loadElements(page);
  await nextFrame(page.win);
  seen.push(...shifts(observer.takeRecords()));
  observer.disconnect();
  return {
    shifts: seen,
    undefinedBefore,
    undefinedAfter: page.doc.querySelectorAll(':not(:defined)').length,
  };
}
