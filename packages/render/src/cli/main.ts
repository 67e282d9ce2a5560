import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PAGE_ASSETS, type AssetName } from '../ssr/assets.js';
import { renderDraft } from '../ssr/render-draft.js';
import { parseRenderArgs, USAGE, UsageError, type RenderArgs } from './args.js';
import { checkDrafts } from './check.js';
import { findDrafts, type Draft } from './drafts.js';
import { assetsPrefix, OutsideOutputError, pagePath } from './output-path.js';
import { watchDrafts } from './watch.js';

/** Where the command reads and writes. */
export interface RenderEnvironment {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Resolves when `--watch` should stop (the process's SIGINT by default). */
  stopWatching?: Promise<void>;
}

/** Exit codes, as charter-lint's: 0 done, 1 refused by `--check`, 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

interface Rendered {
  page: string;
  html: string;
}

async function renderOne(draft: Draft, args: RenderArgs, out: string): Promise<Rendered> {
  let markdown: string;
  try {
    markdown = readFileSync(draft.path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${draft.path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  // The slug comes from the draft, so the page's place is known only after reading it.
  const first = await renderDraft(markdown, { path: draft.path, hydrate: args.hydrate });
  const page = pagePath(out, draft.relative, first.slug, draft.path);
  const assets = assetsPrefix(out, page);
  const html =
    assets === 'assets/'
      ? first.html
      : (await renderDraft(markdown, { path: draft.path, hydrate: args.hydrate, assets })).html;
  return { page, html };
}

function writeAssets(out: string, hydrate: boolean): void {
  const folder = join(out, 'assets');
  mkdirSync(folder, { recursive: true });
  for (const [name, locate] of Object.entries(PAGE_ASSETS) as [AssetName, () => string][]) {
    if (name === 'alima-render-client.js' && !hydrate) continue;
    copyFileSync(locate(), join(folder, name));
  }
}

/** Renders every draft, then writes: a draft that cannot be rendered leaves the output untouched. */
async function renderAll(
  drafts: Draft[],
  args: RenderArgs,
  out: string,
  io: RenderEnvironment,
): Promise<void> {
  const pages: Rendered[] = [];
  for (const draft of drafts) pages.push(await renderOne(draft, args, out));
  writeAssets(out, args.hydrate);
  for (const { page, html } of pages) {
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(page, html);
    io.stdout.write(`${relative(io.cwd, page) || page}\n`);
  }
}

function checkOut(out: string, given: string): void {
  try {
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${given}: is a file, not a folder.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Missing: created when the pages are written.
  }
}

/**
 * The `alima-render` command: renders a draft or a folder of drafts to one
 * HTML page each in `--out`. Returns the exit code.
 */
export async function main(argv: readonly string[], io: RenderEnvironment): Promise<number> {
  try {
    const args = parseRenderArgs(argv);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const out = resolve(io.cwd, args.out);
    checkOut(out, args.out);
    const input = resolve(io.cwd, args.input);
    const drafts = findDrafts(input, out);
    if (args.check) {
      const { report, errors } = await checkDrafts(drafts, io.cwd);
      io.stdout.write(report);
      if (errors > 0) {
        io.stderr.write(
          `alima-render: --check found ${errors} error${errors === 1 ? '' : 's'}; nothing rendered.\n`,
        );
        return EXIT.findings;
      }
    }
    await renderAll(drafts, args, out, io);
    if (args.watch) {
      await watchDrafts(input, out, io, async () => renderAll(findDrafts(input, out), args, out, io));
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutsideOutputError) {
      io.stderr.write(`alima-render: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write(`\n${USAGE}`);
      return EXIT.error;
    }
    io.stderr.write(`alima-render: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.error;
  }
}
