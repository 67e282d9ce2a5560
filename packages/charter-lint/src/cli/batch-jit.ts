import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimizing it:
 * eight times V8's default (67,584 in Node 20).
 *
 * V8's default suits a long-lived page or server. A lint run is a batch: the
 * same parser and rules on thousands of short files, on worker threads that
 * are separate isolates, each compiling its own optimized code. At the
 * default, TurboFan compiled about 1,070 functions (7.6 s of compiler time,
 * 315 deoptimizations) to lint the 2,781-page DigitalGov corpus on one
 * thread; on two workers that compiling took a third of the run's CPU,
 * competing with the linting for the same two cores. At 8× it compiles the
 * functions that are really hot (about 480, 2.7 s, 123 deoptimizations)
 * and the whole run takes about 15 % less time; the reports are identical.
 * Measured in bench/README.md ("charter-lint on the corpus").
 */
export const BATCH_INTERRUPT_BUDGET = 540_672;

/**
 * Tunes V8's optimizing compiler for a batch run, before the linter loads
 * and its workers start (flags are process-wide, so the worker isolates get
 * them too). Only the `charter-lint` command calls it: a program that
 * imports the library keeps its own settings, and so does the language
 * server, which lints one draft at a time for as long as the editor runs.
 * Someone who starts Node with their own `--interrupt-budget` keeps it.
 */
export function tuneJitForBatch(execArgv: readonly string[]): void {
  if (execArgv.some((arg) => /^--interrupt[-_]budget\b/.test(arg))) return;
  setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
}
