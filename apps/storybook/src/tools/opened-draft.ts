/**
 * What the checker is checking, when it is not the writer's Markdown draft:
 * a page pasted as rich text or opened from a file (its HTML source is in
 * the editor), or a Word document (its findings only: Word's text cannot be
 * edited here). `fallback` is the Markdown the "back" button restores: the
 * clipboard's plain text after a paste, the draft as it was before a file.
 */
export type OpenedDraft =
  | { kind: 'html'; origin: 'paste' | 'file'; filePath: string; fallback: string }
  | { kind: 'docx'; filePath: string; fallback: string };

/** The files the checker opens, by extension: the file input's `accept` and the drop's test. */
export const OPENED_EXTENSIONS = {
  docx: ['.docx'],
  html: ['.html', '.htm'],
  markdown: ['.md', '.markdown', '.txt'],
} as const;

export const ACCEPTED_FILES = Object.values(OPENED_EXTENSIONS).flat().join(',');

export type OpenedKind = keyof typeof OPENED_EXTENSIONS;

/** How a file is checked, from its name (any case); `undefined` for a file the checker does not read. */
export function openedKind(fileName: string): OpenedKind | undefined {
  const name = fileName.toLowerCase();
  return (Object.keys(OPENED_EXTENSIONS) as OpenedKind[]).find((kind) =>
    OPENED_EXTENSIONS[kind].some((extension) => name.endsWith(extension)),
  );
}
