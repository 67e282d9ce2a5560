/** CPU time of one call of `run`, in microseconds: other processes on a shared machine do not count. */
async function cpuTime(run: () => unknown): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const { user, system } = process.cpuUsage(started);
  return user + system;
}

/**
 * How many times longer `large` takes than `small`: the fastest of `runs`
 * interleaved runs of each, after one run of each to warm the JIT. CPU time,
 * minimums and interleaving make a busy machine slow both sizes alike
 * instead of reading as super-linear work.
 *
 * Grow the input 16× and bound the ratio at 64×: linear work takes about
 * 16×, quadratic work 256×, so neither noise nor a slow first run can cross
 * the bound from either side.
 */
export async function growthRatio(small: () => unknown, large: () => unknown, runs = 3): Promise<number> {
  await cpuTime(small);
  await cpuTime(large);
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let run = 0; run < runs; run += 1) {
    fastestLarge = Math.min(fastestLarge, await cpuTime(large));
    fastestSmall = Math.min(fastestSmall, await cpuTime(small));
  }
  // The clock ticks in milliseconds on some systems: a floor keeps a tiny small run from inflating the ratio.
  return fastestLarge / Math.max(fastestSmall, 1000);
}

/** How much larger the large input is than the small one. */
export const GROWTH = 16;
/** The bound on the time ratio: 4× linear growth, a quarter of quadratic growth. */
export const MAX_RATIO = 64;
