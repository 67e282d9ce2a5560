import { main } from '../../src/cli/main.js';
import type { FileReport } from '../../src/engine/report-types.js';

/** Runs the command in process, capturing its output; `stdin` feeds `-`. */
export async function runMain(argv: string[], cwd: string, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    ...(stdin === undefined ? {} : { stdin: async () => stdin }),
  });
  return { code, stdout, stderr };
}

/** `runMain` with `--format json`, the reports parsed. */
export async function runJson(argv: string[], cwd: string, stdin?: string) {
  const result = await runMain(['--format', 'json', ...argv], cwd, stdin);
  return { ...result, reports: JSON.parse(result.stdout || '[]') as FileReport[] };
}

/** `rule:line` of every message, file by file, for compact expectations. */
export const findings = (reports: readonly FileReport[]) =>
  reports.flatMap((report) =>
    report.messages.map((message) => `${report.filePath} ${message.ruleId}:${message.line}`),
  );
