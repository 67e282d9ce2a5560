import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PAGE_ASSETS, type AssetName } from '../ssr/assets.js';
import { renderDraft } from '../ssr/render-draft.js';
import { parseRenderArgs, USAGE, UsageError, type RenderArgs } from './args.js';
import { checkDrafts } from './check.js';
import { DraftError } from './draft-error.js';
import { DraftFigures } from './draft-figures.js';
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

const isFatalMessage = (
  error: unknown,
): error is { reason: string; line?: number | undefined; column?: number | undefined } =>
  typeof error === 'object' &&
  error !== null &&
  (error as { fatal?: unknown }).fatal === true &&
  typeof (error as { reason?: unknown }).reason === 'string';

/** Renders `markdown`; a draft the plugins refuse (an unknown registry figure) is a `DraftError` naming its line. */
async function render(
  markdown: string,
  options: Parameters<typeof renderDraft>[1] & { path: string },
  cwd: string,
): Promise<Awaited<ReturnType<typeof renderDraft>>> {
  try {
    return await renderDraft(markdown, options);
  } catch (error) {
    // The plugins stop on a draft with `file.fail()`: a fatal vfile message with its place.
    if (!isFatalMessage(error)) throw error;
    const place = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
    throw new DraftError(`${relative(cwd, options.path) || options.path}${place}: ${error.reason}`);
  }
}

async function renderOne(
  draft: Draft,
  args: RenderArgs,
  out: string,
  figures: DraftFigures,
  cwd: string,
): Promise<Rendered> {
  let markdown: string;
  try {
    markdown = readFileSync(draft.path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${draft.path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  // The slug comes from the draft, so the page's place is known only after reading it.
  const registry = figures.for(draft.path, markdown);
  const options = {
    path: draft.path,
    hydrate: args.hydrate,
    ...(registry === undefined ? {} : { figures: registry }),
  };
  const first = await render(markdown, options, cwd);
  const page = pagePath(out, draft.relative, first.slug, draft.path);
  const assets = assetsPrefix(out, page);
  const html = assets === 'assets/' ? first.html : (await render(markdown, { ...options, assets }, cwd)).html;
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
  const figures = new DraftFigures(io.cwd);
  for (const draft of drafts) pages.push(await renderOne(draft, args, out, figures, io.cwd));
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
    if (error instanceof UsageError || error instanceof OutsideOutputError || error instanceof DraftError) {
      io.stderr.write(`alima-render: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write(`\n${USAGE}`);
      return EXIT.error;
    }
    io.stderr.write(`alima-render: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.error;
  }
}
