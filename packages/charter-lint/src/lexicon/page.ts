import { expandPattern } from './expand.js';
import type { Lang } from '../config/langs.js';
import { CATEGORIES, type Lexicon, type LexiconEntry } from './types.js';

interface Labels {
  title: string;
  /** What follows a label: French typography puts a space before the colon. */
  colon: string;
  intro(entries: number, phrases: number): string;
  severity: string;
  flags: string;
  instead: string;
  fixable: string;
  why: string;
  guidance: string;
  exceptions: string;
  beforeName: string;
  unless: string;
  onlyIf: string;
  advice: string;
  namedChild: string;
  flagged: string;
  accepted: string;
  allowed: string;
}

const LABELS: Record<Lang, Labels> = {
  en: {
    title: 'English',
    colon: ': ',
    intro: (entries, phrases) =>
      `${entries} entries, ${phrases} phrases once inflections are expanded. Matching ignores case, accents, ` +
      'hyphens and apostrophe styles; `{a|b}` in a pattern stands for either form.',
    severity: 'Severity',
    flags: 'Flags',
    instead: 'Write instead',
    fixable: '(applied by `--fix`)',
    why: 'Why',
    guidance: 'guidance',
    exceptions: 'Not inside',
    beforeName: 'Not flagged as a title before a name (“Chairman Hochberg”)',
    unless: 'Not flagged when the sentence contains',
    onlyIf: 'Flagged only when the sentence also contains',
    advice: 'Advice',
    namedChild: 'Flagged only next to a named child whose name the document does not say was changed',
    flagged: 'Flagged',
    accepted: 'Fine',
    allowed: 'Never flagged inside (programme and organisation names, the charter’s own words)',
  },
  fr: {
    title: 'français',
    colon: ' : ',
    intro: (entries, phrases) =>
      `${entries} entrées, ${phrases} expressions une fois les flexions développées. La recherche ignore la casse, ` +
      'les accents, les traits d’union et le style des apostrophes ; `{a|b}` dans un motif vaut l’une ou l’autre forme.',
    severity: 'Gravité',
    flags: 'Signale',
    instead: 'Écrire plutôt',
    fixable: '(appliqué par `--fix`)',
    why: 'Pourquoi',
    guidance: 'référence',
    exceptions: 'Sauf dans',
    beforeName: 'Non signalé comme titre juste devant un nom propre',
    unless: 'Non signalé si la phrase contient',
    onlyIf: 'Signalé seulement si la phrase contient aussi',
    advice: 'Conseil',
    namedChild:
      'Signalé seulement à côté du prénom d’un enfant dont le document ne dit pas que le prénom a été modifié',
    flagged: 'Signalé',
    accepted: 'Correct',
    allowed: 'Jamais signalé à l’intérieur de (noms de programmes et d’organisations, mots de la charte)',
  },
};

const code = (items: readonly string[]) => items.map((item) => `\`${item}\``).join(', ');

function entrySection(entry: LexiconEntry, lexicon: Lexicon, labels: Labels): string {
  const lines = [
    `### \`${entry.id}\``,
    '',
    `- ${labels.severity}${labels.colon}${entry.severity}`,
    `- ${labels.flags}${labels.colon}${code(entry.phrases)}`,
  ];
  if (entry.replacements.length > 0)
    lines.push(
      `- ${labels.instead}${labels.colon}${entry.replacements.join('; ')}${entry.fix === true ? ` ${labels.fixable}` : ''}`,
    );
  if (entry.advice !== undefined) lines.push(`- ${labels.advice}${labels.colon}${entry.advice}`);
  lines.push(`- ${labels.why}${labels.colon}${entry.note} ([${labels.guidance}](${entry.url}))`);
  if (entry.skipBeforeName === true) lines.push(`- ${labels.beforeName}`);
  if (entry.exceptions.length > 0)
    lines.push(`- ${labels.exceptions}${labels.colon}${code(entry.exceptions)}`);
  const listed = (items: readonly string[] | undefined) =>
    items?.flatMap((item) => (item.startsWith('@') ? (lexicon.markers[item.slice(1)] ?? []) : [item]));
  const unless = listed(entry.context?.unlessSentence);
  if (unless !== undefined) lines.push(`- ${labels.unless}${labels.colon}${code(unless)}`);
  const onlyIf = listed(entry.context?.ifSentence);
  if (onlyIf !== undefined) lines.push(`- ${labels.onlyIf}${labels.colon}${code(onlyIf)}`);
  if (entry.context?.namedChild === true)
    lines.push(`- ${labels.namedChild}${labels.colon}${code(lexicon.nameChanged)}`);
  lines.push(`- ${labels.flagged}${labels.colon}${entry.examples.flag.map((text) => `“${text}”`).join(' ')}`);
  lines.push(
    `- ${labels.accepted}${labels.colon}${entry.examples.accept.map((text) => `“${text}”`).join(' ')}`,
  );
  return lines.join('\n');
}

/**
 * The documentation page of a lexicon, in its own language: every category
 * and entry with why and what to write instead. docs/lexicon/<lang>.md and
 * the Storybook rule book come from here.
 */
export function lexiconPage(lexicon: Lexicon): string {
  const labels = LABELS[lexicon.lang];
  const phrases = new Set(lexicon.entries.flatMap((entry) => entry.phrases.flatMap(expandPattern)));
  const sections = CATEGORIES.map((category) => {
    const text = lexicon.categories[category];
    const entries = lexicon.entries.filter((entry) => entry.category === category);
    return [
      `## ${text.title} (\`${category}\`)`,
      text.description,
      ...entries.map((entry) => entrySection(entry, lexicon, labels)),
    ].join('\n\n');
  });
  return `<!-- Generated from src/lexicon/data/${lexicon.lang}.json by \`npm run build && npm run docs -w @alima/charter-lint\`: edit the data instead. -->

# \`charter-language\` lexicon: ${labels.title}

${labels.intro(lexicon.entries.length, phrases.size)}

${CATEGORIES.map((category) => `- [${lexicon.categories[category].title}](#${anchor(lexicon.categories[category].title, category)})`).join('\n')}

${sections.join('\n\n')}

## ${labels.allowed}

${code(lexicon.allowed)}
`;
}

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
const anchor = (title: string, category: string) =>
  `${title} (\`${category}\`)`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
