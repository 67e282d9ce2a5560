import { loadavg } from 'node:os';
import { measure } from './measure.js';

/** `--runs N` on the command line: how many interleaved rounds to run (default 1). */
export function roundsFromArgs(argv = process.argv) {
  const index = argv.indexOf('--runs');
  return index === -1 ? 1 : Math.max(1, Number(argv[index + 1]) || 1);
}

/** The machine's load averages, printed around the runs: other work stretches wall times. */
export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

const median = (values) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * Runs every `[name, command, args, cwd]` once per round, rounds interleaved
 * so a change of load slows every tool alike, printing each result. Returns,
 * by name, the medians (lower middle if even) of wall time and user CPU, the
 * peak memory, and the last run's result. Linters exit 1 when they find
 * something; only a crash (2 or a signal) voids a run, and sets exit code 1.
 */
export function measureRounds(runs, rounds) {
  console.log(`Load average before: ${loadAverage()}`);
  const samples = new Map(runs.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, command, args, cwd] of runs) {
      const result = measure(command, args, { cwd });
      if (result.status === null || result.status > 1) {
        console.error(`${name} failed (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`);
        process.exitCode = 1;
      }
      samples.get(name).push(result);
      console.log(`${name}: ${result.seconds.toFixed(1)} s wall, ${result.userSeconds ?? '?'} s user`);
    }
  }
  console.log(`Load average after: ${loadAverage()}`);
  return new Map(
    [...samples].map(([name, list]) => [
      name,
      {
        seconds: median(list.map((result) => result.seconds)),
        userSeconds: median(list.map((result) => result.userSeconds ?? NaN)),
        peakMiB: Math.max(...list.map((result) => result.peakMiB ?? 0)),
        last: list.at(-1),
      },
    ]),
  );
}
