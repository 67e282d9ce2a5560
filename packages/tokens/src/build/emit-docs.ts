import type { TokenEntry } from './token-set.js';

export const DOCS_START =
  '<!-- tokens:start: generated from the token source by `npm run docs`; do not edit -->';
export const DOCS_END = '<!-- tokens:end -->';

const CATEGORY_TITLES: Readonly<Record<string, string>> = {
  color: 'Colour',
  font: 'Typography',
  space: 'Spacing',
  radius: 'Radii',
  shadow: 'Elevation',
  duration: 'Motion: durations',
  easing: 'Motion: easings',
  focus: 'Focus ring',
};

interface Column {
  readonly title: string;
  readonly cell: (entry: TokenEntry) => string | undefined;
}

const COLUMNS: readonly Column[] = [
  { title: 'Custom property', cell: (entry) => code(entry.cssVar) },
  { title: 'Value', cell: (entry) => code(entry.value) + (entry.aliasOf ? ` = \`{${entry.aliasOf}}\`` : '') },
  { title: 'Dark theme', cell: (entry) => entry.dark && code(entry.dark) },
  { title: 'Forced colours', cell: (entry) => entry.forcedColor && code(entry.forcedColor) },
  { title: 'Reduced motion', cell: (entry) => entry.reducedMotion && code(entry.reducedMotion) },
  { title: 'Description', cell: (entry) => entry.description },
];

const code = (text: string) => `\`${text}\``;
const escapeCell = (text: string) => text.replaceAll('|', '\\|');

/** One Markdown table per category (first path segment), in source order. */
export function renderTokenTables(entries: readonly TokenEntry[]): string {
  const categories = new Map<string, TokenEntry[]>();
  for (const entry of entries) {
    const category = entry.path[0] ?? '';
    categories.set(category, [...(categories.get(category) ?? []), entry]);
  }
  return [...categories]
    .map(([category, members]) => {
      // A column appears only when some token in the category has something to show in it.
      const columns = COLUMNS.filter((column) => members.some((entry) => column.cell(entry)));
      const rows = members.map((entry) => columns.map((column) => escapeCell(column.cell(entry) ?? '')));
      return [
        `### ${CATEGORY_TITLES[category] ?? category}`,
        '',
        `| ${columns.map((column) => column.title).join(' | ')} |`,
        `| ${columns.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`),
      ].join('\n');
    })
    .join('\n\n');
}

/** The README with the text between the token markers replaced by `tables`. */
export function replaceDocsSection(readme: string, tables: string): string {
  const start = readme.indexOf(DOCS_START);
  const end = readme.indexOf(DOCS_END);
  if (start === -1 || end < start) {
    throw new Error(`README.md needs the markers ${DOCS_START} and ${DOCS_END} around the token tables`);
  }
  return `${readme.slice(0, start + DOCS_START.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}
