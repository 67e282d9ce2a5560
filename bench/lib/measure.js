import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion and returns its wall time, peak resident
 * memory and user CPU time. Both come from GNU time: `%M` (KiB) counts the
 * whole process tree's largest member, worker threads included; `%U` sums
 * every thread, so it shows the work done whatever else loads the machine.
 */
export function measure(command, args, { cwd, env } = {}) {
  const withTime = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '__peak_kib=%M __user_s=%U', command, ...args], {
        cwd,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      })
    : spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  const peak = /__peak_kib=(\d+)/.exec(result.stderr ?? '');
  const user = /__user_s=([\d.]+)/.exec(result.stderr ?? '');
  return {
    seconds,
    peakMiB: peak ? Number(peak[1]) / 1024 : undefined,
    userSeconds: user ? Number(user[1]) : undefined,
    status: result.status,
    stdout: result.stdout,
    stderr: (result.stderr ?? '').replace(/__peak_kib=\d+ __user_s=[\d.]+\n?/, ''),
  };
}

/** Formats rows as an aligned Markdown table, ready to paste into bench/README.md. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    line(cells[0]),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}
