import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { compiledLexicon, lexicons as shipped } from '../lexicon/index.js';
import { findPhrases, nameChangedSentences, type Hit } from '../lexicon/find.js';
import { namesNoOne } from '../lexicon/sentence.js';
import { documentLang, frontMatterTag, langFromTag } from '../text/language.js';
import { MESSAGES, matchCase } from '../lexicon/messages.js';
import { proseBlocks, type ProseBlock } from '../lexicon/prose.js';
import type { Lang } from '../config/langs.js';
import type { Lexicon } from '../lexicon/types.js';
import { report, type Finding } from '../report/finding.js';
import { LANG_OPTION } from './shared-options.js';
import { defineRule, type CharterRule } from './define-rule.js';
import { DOCS_BASE_URL, type RuleMeta } from './rule-meta.js';

export interface CharterLanguageOptions {
  /** The language of documents without front matter `lang:` (`en` or `fr`); otherwise detected. */
  lang?: string;
  /**
   * Phrases never flagged, in either language, as alex's `allow`: the
   * organisation and programme names of your pages (`Third World Network`).
   */
  allow?: string[];
}

/** A lexicon's page, absolute so the link works wherever the rationale is shown (docs, Storybook, editors). */
const lexiconUrl = (lang: Lang) => new URL(`../lexicon/${lang}.md`, DOCS_BASE_URL).href;

const meta: RuleMeta = {
  id: 'charter-language',
  summary: 'Write about people with dignity and without unattributed labels, as the charter asks.',
  rationale: `ALIMA's charter puts "the patient at the heart of all that we do" and commits us to act
"in a neutral and independent manner". Words that name people by their illness ("malaria victims"),
pity them ("helpless"), cast us as their saviour, label armed actors without attribution
("terrorists") or claim more than we can show ("the only NGO", "famine" without an IPC or Cadre
Harmonisé phase 5 classification) work against both.

The rule reads a lexicon per language (English and French): each entry has a category, a
severity, what to write instead and why, and the guidance it follows (UNAIDS, Stop TB, UN
disability and gender-inclusive language guidelines, UNHCR, ICRC, Dóchas, UNICEF). The message
names the category, for example \`(victim-framing)\`; the full lexicon is in
[docs/lexicon/en.md](${lexiconUrl('en')}) and [docs/lexicon/fr.md](${lexiconUrl('fr')}).

It reads the text of raw HTML blocks too (\`<p>\`, \`<li>\`, \`<td>\`, \`<div>\`, \`<figcaption>\`),
and leaves alone other people's words (quotations and blockquotes), code, link URLs, HTML
attributes, front matter, programme and organisation names (\`MUAC for Mothers\`, and any
capitalised name a flagged phrase is part of: \`Third World Network\`), and the charter's own
wording ("save lives", "the most vulnerable"). "Victims" stays correct in protection writing
("victims of violence"). A sensitive status next to a named child ("Falmata, 13, was forced to
marry") is judged per child: "(name changed)" after one child's name does not clear another's.
The document's language comes from front matter \`lang:\`, then the \`lang\` option, then
detection.

\`expected\` holds only text that can replace the phrase where it stands, in the case of the
sentence; advice ("name the country", « citer la source de la comparaison ») goes in the note.
\`--fix\` only applies replacements an entry marks as safe (\`chairman\` → \`chair\`), never a
judgement about context, and never inside a heading, link text, shortcode or HTML, or in a word
that is part of a longer name.

**Options:** \`lang\` (\`"en"\` or \`"fr"\`), the language of documents whose front matter has
no \`lang:\`; the engine passes the configuration's \`lang\` and \`--lang\` here. A page whose
front matter names another language is not checked. \`allow\` (\`string[]\`), phrases never
flagged, as alex's \`allow\`: your organisation and programme names; the configuration's
top-level \`allow\` arrives here.`,
  fr: {
    summary: `Parler des personnes avec dignité et sans étiquette non attribuée, comme le demande la charte.`,
    rationale: `La charte d’ALIMA place « le patient au cœur de tout ce que nous faisons » et nous engage à agir « de manière neutre et indépendante ». Les mots qui désignent les personnes par leur maladie (« victimes du paludisme »), les prennent en pitié (« impuissants »), font de nous leurs sauveurs, qualifient des acteurs armés sans attribution (« terroristes ») ou affirment plus que nous ne pouvons montrer (« la seule ONG », « famine » sans classification IPC ou Cadre harmonisé phase 5) vont contre ces deux engagements.

La règle lit un lexique par langue (anglais et français) : chaque entrée a une catégorie, une gravité, ce qu’il faut écrire à la place et pourquoi, et la recommandation qu’elle suit (ONUSIDA, Stop TB, lignes directrices des Nations unies sur le handicap et le langage inclusif, HCR, CICR, Dóchas, UNICEF). Elle laisse de côté les citations, le code, les adresses de liens et les noms de programmes ou d’organisations. « Victimes » reste juste dans le domaine de la protection (« victimes de violences »).`,
  },
  defaultSeverity: 'warning',
  fixable: true,
  options: {
    lang: LANG_OPTION,
  },
  examples: [
    { title: 'a disease victim', markdown: 'We treated 300 malaria victims in Mopti.\n', messages: 1 },
    {
      title: 'people with a disease',
      markdown: 'We treated 300 people with malaria in Mopti.\n',
      messages: 0,
    },
    {
      title: 'an unattributed label, in French',
      markdown: '---\nlang: fr\n---\n\nDes terroristes ont attaqué le centre de santé.\n',
      messages: 1,
    },
    {
      title: 'an attributed label, in French',
      markdown:
        '---\nlang: fr\n---\n\nDes hommes armés, que les autorités qualifient de terroristes, ont attaqué le centre.\n',
      messages: 0,
    },
    {
      title: 'a masculine default (fixable)',
      markdown: 'The chairman of the board visited Niono.\n',
      messages: 1,
    },
    {
      title: 'the charter’s own words and a quotation',
      markdown: 'We save lives among the most vulnerable. “We felt helpless,” said a nurse.\n',
      messages: 0,
    },
  ],
};

/** The `charter-language` rule over the given lexicons (the benchmark passes larger ones). */
export function createCharterLanguage(
  lexiconFor: Partial<Record<Lang, Lexicon>>,
): CharterRule<CharterLanguageOptions> {
  return defineRule<CharterLanguageOptions>(meta, (tree: Root, file: VFile, options) => {
    const source = String(file.value);
    const blocks = proseBlocks(tree, source);
    if (blocks.length === 0) return;
    // A page whose front matter names another language has no lexicon to check it with.
    const declared = frontMatterTag(tree);
    if (declared !== undefined && langFromTag(declared) === undefined) return;
    const lang = documentLang(tree, file, options, () => blocks.map((block) => block.text).join('\n'));
    const lexicon = lexiconFor[lang];
    if (lexicon === undefined) return;
    const compiled = compiledLexicon(withAllowed(lexicon, allowOption(options?.allow)));
    let changed: string[] | undefined;
    // A child's name is changed when a sentence naming that child says so, or one naming no one does.
    const nameChangedFor = (names: readonly string[]) =>
      (changed ??= nameChangedSentences(
        compiled,
        blocks.map((block) => block.text),
      )).some((sentence) => namesNoOne(sentence) || names.some((name) => sentence.includes(name)));
    const points = location(file);
    for (const block of blocks)
      for (const hit of findPhrases(compiled, block.text, nameChangedFor)) {
        report(file, finding(hit, block, source, lang, points));
      }
  });
}

// A character that makes the flagged text part of a longer token: a name, a path, markup.
const GLUED = /[\p{L}\p{N}_\-/\\[\]{}<>=@#&]/u;

const SENTENCE_START = /(?:^|[.!?…:]\s+|["“«(]\s*|\u00a6\s*)$/u;

function allowOption(allow: unknown): readonly string[] {
  if (allow === undefined) return [];
  if (!Array.isArray(allow) || !allow.every((phrase) => typeof phrase === 'string' && /\S/.test(phrase)))
    throw new Error(
      `charter-language: option \`allow\` must be a list of phrases, got ${JSON.stringify(allow)}`,
    );
  return allow as string[];
}

const extended = new WeakMap<Lexicon, Map<string, Lexicon>>();

/** The lexicon with more never-flagged phrases, built once per list. */
function withAllowed(lexicon: Lexicon, allow: readonly string[]): Lexicon {
  if (allow.length === 0) return lexicon;
  let byList = extended.get(lexicon);
  if (byList === undefined) extended.set(lexicon, (byList = new Map()));
  const key = allow.join('\u0000');
  let result = byList.get(key);
  if (result === undefined)
    byList.set(key, (result = { ...lexicon, allowed: [...lexicon.allowed, ...allow] }));
  return result;
}

function finding(
  hit: Hit,
  block: ProseBlock,
  source: string,
  lang: Lang,
  points: ReturnType<typeof location>,
): Finding {
  const { entry } = hit;
  const actual = block.text.slice(hit.start, hit.end);
  const start = block.map.sourceOffset(hit.start) ?? 0;
  const end = (block.map.sourceOffset(hit.end - 1) ?? start) + 1;
  // A capital opening a sentence is the sentence's, not the phrase's: mid-sentence, `Fulani militants` → `armed men`.
  const atStart = SENTENCE_START.test(block.text.slice(Math.max(0, hit.start - 4), hit.start));
  const expected = entry.replacements.map((replacement) => matchCase(replacement, actual, atStart));
  const from = points.toPoint(start);
  const to = points.toPoint(end);
  const result: Finding = {
    reason:
      entry.context?.namedChild === true
        ? MESSAGES[lang].namedChild(actual)
        : MESSAGES[lang].flagged(actual, entry.category, expected),
    place: from && to ? { start: from, end: to } : { line: 1, column: 1 },
    actual,
    expected,
    note: `${entry.advice === undefined ? '' : `${entry.advice}. `}${entry.note} ${entry.url}`,
    severity: entry.severity,
  };
  // Only an edit of exactly the flagged text (an escape or entity in the source means hands off),
  // never inside a heading, link text or HTML, nor in a word glued to more (`Spokesman-Review`,
  // `ALIMA[/caption]`): the draft must come out of --fix intact.
  const [replacement] = expected;
  const frozen = block.frozen.some(([from, to]) => hit.start < to && hit.end > from);
  if (
    entry.fix === true &&
    replacement !== undefined &&
    !frozen &&
    source.slice(start, end) === actual &&
    !GLUED.test(source.charAt(start - 1)) &&
    !GLUED.test(source.charAt(end))
  ) {
    result.fix = { start, end, text: replacement };
  }
  return result;
}

/**
 * `charter-language`: wording consistent with the charter, from the English
 * and French lexicons in `src/lexicon/data/` (see docs/lexicon/).
 */
export const charterLanguage = createCharterLanguage(shipped);
