import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for a batch run, and why. V8's defaults suit a long-lived page or
 * server; a lint run is a batch: the same parser and rules on thousands of
 * short files, on worker threads that are separate isolates, each compiling
 * its own optimized code and growing its own heap. Measured on the
 * 2,781-page DigitalGov corpus (bench/README.md, "charter-lint on the
 * corpus"); the reports are identical with and without them.
 */
export const BATCH_V8_FLAGS = {
  /**
   * How much bytecode a function runs before V8 considers optimizing it:
   * sixteen times Node 20's default (67,584). At the default, TurboFan
   * compiled about 1,070 functions (7.6 s of compiler time, 315
   * deoptimizations) to lint the corpus on one thread; on two workers that
   * compiling took a third of the run's CPU, competing with the linting for
   * the same two cores. At 16× it compiles the functions that are really hot
   * (about 350, 1.7 s, 63 deoptimizations): the run takes about 15 % less
   * (8× saved a little less; 32× and 64× left too much code unoptimized).
   */
  'interrupt-budget': 1_081_344,
  /**
   * How far a worker's heap grows past what survived the last full
   * collection before the next one: 3× (V8 picks up to 4× for a busy
   * thread). What a worker keeps is small (about 27 MB: the linter, one
   * file's trees) while it throws away gigabytes of parser events, so at 4×
   * each worker's heap swelled to about 150 MB between collections. At 3×
   * the peak memory of the corpus run falls by about 50 MB at the same speed
   * (2× saved about 40 MB more but cost 3 %).
   */
  'heap-growing-percent': 200,
} as const;

/**
 * The Node versions the flags were measured on. Others keep V8's defaults:
 * their V8 tiers up differently (Maglev is on from Node 22), and a flag their
 * V8 no longer knows would print an error on every run.
 */
const MEASURED_NODE_MAJORS = ['20'];

/**
 * Sets {@link BATCH_V8_FLAGS} before the linter loads and its workers start
 * (flags are process-wide, so the worker isolates get them too), on the
 * Node versions they were measured on. Only the `charter-lint` command calls
 * it: a program that imports the library keeps its own settings, and so
 * does the language server, which lints one draft at a time for as long as
 * the editor runs. A flag given on the `node` command line wins over ours.
 */
export function tuneV8ForBatch(execArgv: readonly string[], nodeVersion = process.versions.node): void {
  if (!MEASURED_NODE_MAJORS.includes(nodeVersion.split('.')[0] ?? '')) return;
  for (const [flag, value] of Object.entries(BATCH_V8_FLAGS)) {
    // The whole name: `--interrupt-budget-for-feedback-allocation` is another flag.
    const pattern = new RegExp(`^--${flag.replaceAll('-', '[-_]')}(?:=|$)`);
    if (!execArgv.some((arg) => pattern.test(arg))) setFlagsFromString(`--${flag}=${value}`);
  }
}
