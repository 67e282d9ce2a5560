import type { Page } from 'playwright';

/** A task of the page's main thread: when it started (page clock, ms), its wall time and its CPU time (ms). */
export interface MainThreadTask {
  start: number;
  wall: number;
  cpu: number;
}

interface TraceEvent {
  name: string;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string } };
}

const CLOCK_MARK = 'alima-main-thread-clock';

/**
 * Records Chromium's trace of the page's main thread until the returned
 * function is called, which resolves to its tasks. A task's CPU time is the
 * work it did; its wall time also counts the moments the operating system
 * gave the CPU to another process, which on a loaded machine can stretch a
 * 5 ms task past 50 ms. The tasks are placed on the page's own clock
 * (`performance.now()`), so they can be matched with what a
 * `PerformanceObserver` saw.
 */
export async function traceMainThread(page: Page): Promise<() => Promise<MainThreadTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const markedAt = await page.evaluate((mark) => {
    const now = performance.now();
    // eslint-disable-next-line no-console -- console.timeStamp puts a mark in the trace, nothing on the console.
    console.timeStamp(mark);
    return now;
  }, CLOCK_MARK);
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const mark = events.find(
      (event) => event.name === 'TimeStamp' && event.args?.data?.message === CLOCK_MARK,
    );
    if (!mark) throw new Error('The trace lacks its clock mark: cannot place its tasks');
    const offset = mark.ts - markedAt * 1000;
    return events
      .filter((event) => event.name === 'RunTask' && event.tid === mark.tid && event.ts >= mark.ts)
      .map((event) => ({
        start: (event.ts - offset) / 1000,
        wall: (event.dur ?? 0) / 1000,
        cpu: (event.tdur ?? event.dur ?? 0) / 1000,
      }));
  };
}
