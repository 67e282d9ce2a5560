import { parseArgs } from 'node:util';

/** The command's arguments, checked. */
export interface RenderArgs {
  input: string;
  out: string;
  hydrate: boolean;
  check: boolean;
  watch: boolean;
  help: boolean;
}

/** A usage mistake: printed with the usage line, exit 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: alima-render <draft.md|folder> --out <dir> [--hydrate] [--check] [--watch]

  --out <dir>   Write one HTML page per draft into <dir> (created if missing); nothing is written outside it.
  --hydrate     Add the script that hydrates the components (pages read the same without it).
  --check       Lint the drafts with charter-lint first; any error: print the findings, render nothing, exit 1.
  --watch       Render again each time a draft is saved (stop with Ctrl+C).
  --help        Show this help.
`;

export function parseRenderArgs(argv: readonly string[]): RenderArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        hydrate: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (!help && positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'Give the draft (or folder of drafts) to render.'
        : `Give one draft or folder, not ${positionals.length}: ${positionals.join(', ')}.`,
    );
  if (!help && (values.out === undefined || values.out === ''))
    throw new UsageError('Give the folder to write the pages to: --out <dir>.');
  return {
    input: positionals[0] ?? '',
    out: values.out ?? '',
    hydrate: values.hydrate === true,
    check: values.check === true,
    watch: values.watch === true,
    help,
  };
}
