import type { FileReport, Lang } from '@alima/charter-lint';

/**
 * A draft to check, as the checker's worker takes it: `text` and the path it
 * stands for, whose extension tells the linter how to read it (`draft.md`,
 * `pasted.html` for pasted rich text, a dropped page's name), or the `bytes`
 * of a Word document (`report.docx`), which only the worker decodes.
 */
export type DraftSource = { text: string; filePath: string } | { bytes: ArrayBuffer; filePath: string };

/** Where to put "ignore here"'s suppression comment for a finding on `line` of `text`. */
export interface IgnoreQuery {
  text: string;
  line: number;
  ruleId: string;
}

/** The download formats, named as `charter-lint --format` names them. */
export const DOWNLOAD_FORMATS = ['sarif', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** What the main thread asks the worker; `id` pairs each answer with its request. */
export type WorkerRequest =
  | ({ kind: 'lint'; id: number } & DraftSource)
  | ({ kind: 'ignore'; id: number } & IgnoreQuery)
  | { kind: 'format'; id: number; format: DownloadFormat; report: FileReport };

/** A draft's findings and the language it is written in (the checker's labels follow it). */
export interface LintAnswer {
  report: FileReport;
  lang: Lang;
}

/** The comment "ignore here" inserts, and the 1-based line it goes before; `undefined` in front matter. */
export type IgnoreAnswer = { line: number; text: string } | undefined;

/** What the worker answers: the result, or the error a request failed with. */
export type WorkerAnswer =
  | { id: number; ok: true; value: LintAnswer | IgnoreAnswer | string }
  | { id: number; ok: false; error: string };
