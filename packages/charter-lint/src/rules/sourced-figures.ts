/**
 * ## When should I use this?
 *
 * Always, on anything ALIMA publishes: a figure nobody can trace harms the
 * organisation's credibility with donors, partners and the people it reports on.
 *
 * ## What is this?
 *
 * `sourced-figures` (error by default) finds every *statistic* in prose (a
 * count of 10 or more, a percentage, an amount with a scale word, money, a
 * rate) and asks that it be attributed. A statistic is sourced when:
 *
 * 1. a footnote reference is in the same sentence, list item, table cell or
 *    heading: GFM `[^id]`, a superscript digit `¹²³` or `<sup>1</sup>`; a
 *    marker after the sentence's final period belongs to it (`malnutrition.⁵`);
 * 2. the sentence names its source: `according to …`, `source: …`,
 *    `selon …`, `d'après …`, `(source : …)`, or links to it;
 * 3. it is the organisation's own data: the sentence, or a heading above it,
 *    names one of `ownSources` or speaks in the first person plural (`we`,
 *    `our`, `nous`, `nos`, `notre`).
 *
 * A list or table is sourced as a whole by the paragraph that introduces it
 * when that paragraph's last sentence is sourced, or it ends with a colon
 * after a sourced sentence ("The [Pew report](…) found:"), and by a paragraph
 * right after it that starts with `Source:`/`Sources :`/`Selon`/`According
 * to`. A table row is sourced by a source in any of its cells.
 *
 * Years, dates, times, ages, durations, ordinals, codes, phone numbers,
 * addresses, versions, measurements, numbers below 10 and anything in code,
 * URLs, images, HTML, front matter or footnote definitions are not statistics.
 * See `findStatistics` for the detector on its own.
 *
 * Numbers are read in the document's language: the `lang` of its front
 * matter, else the language the engine set, else the `lang` option, else a
 * guess from its words. French reads
 * `332 957` and `20,25`; English `332,957` and `20.25`.
 *
 * ## Options
 *
 * - `ownSources` (`string[]`, default `['ALIMA']`): names whose data needs no
 *   other source.
 * - `lang` (`'en' | 'fr'`): the language of documents without a front-matter `lang`.
 *
 * ## Messages
 *
 * One per unsourced statistic, placed on the number with its scale word or
 * percent, in the document's language, with `actual` set to the number as written:
 *
 * ```text
 * 3:20-3:27  error  "332,957" has no source: add a footnote, name the source ("according to …") or link to it  sourced-figures  charter-lint
 * ```
 *
 * @module sourced-figures
 */
import type { Nodes } from 'mdast';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import { HeadingTrail } from '../attribution/heading-trail.js';
import { sourcedByNeighbours } from '../attribution/lead-in.js';
import { DEFAULT_OWN_SOURCES, ownDataPattern } from '../attribution/own-data.js';
import { isSourced } from '../attribution/sourced.js';
import { findStatistics } from '../figures/statistics.js';
import { report } from '../report/finding.js';
import { inlineText, type InlineText } from '../text/inline-text.js';
import { LANGS, type Lang } from '../config/langs.js';
import { documentLang } from '../text/language.js';
import { isNoteMark, sentences, type TextRange } from '../text/sentences.js';
import { defineRule } from './define-rule.js';
import type { RuleMeta } from './rule-meta.js';

export interface SourcedFiguresOptions {
  /** Names whose data is the organisation's own (default `['ALIMA']`). */
  ownSources?: string[];
  /** Language of documents whose front matter has no `lang`. */
  lang?: Lang;
}

const MESSAGES: Record<Lang, { reason: (figure: string) => string; note: string }> = {
  en: {
    reason: (figure) =>
      `"${figure}" has no source: add a footnote, name the source ("according to …") or link to it`,
    note: 'Readers, donors and journalists must be able to check every figure ALIMA publishes.',
  },
  fr: {
    reason: (figure) =>
      `« ${figure} » n’a pas de source : ajoutez une note de bas de page, citez la source (« selon … ») ou un lien vers elle`,
    note: 'Lecteurs, donateurs et journalistes doivent pouvoir vérifier chaque chiffre publié par ALIMA.',
  },
};

const meta: RuleMeta = {
  id: 'sourced-figures',
  summary: 'Every statistic in prose cites its source: a footnote, an attribution or a link.',
  rationale: `A figure without a source cannot be checked, and one wrong figure is enough to cast doubt on
everything else a page says. Give each count, percentage or amount a footnote in the same
sentence (\`[^1]\`, \`¹\`, or \`<sup>1</sup>\`, also after the final period), say where it comes
from ("according to UNICEF", "selon l’OMS", "(source : OCHA)") or link to the source.
ALIMA's own programme data needs no footnote when the sentence or a heading above it names
ALIMA or says "we"/"our" ("nous", "nos", "notre").

Years, dates, ages, durations, codes, phone numbers, measurements and numbers below 10 are
not statistics. Numbers are read in the page's language (front-matter \`lang\`, else the \`lang\`
option, else a guess): French \`332 957\` and \`20,25\`, English \`332,957\` and \`20.25\`. Partner
organisations whose data is also your own go in the \`ownSources\` option (default \`["ALIMA"]\`).`,
  fr: {
    summary: `Chaque statistique du texte cite sa source : une note, une attribution ou un lien.`,
    rationale: `Un chiffre sans source ne peut pas être vérifié, et un seul chiffre faux suffit à jeter le doute sur tout le reste de la page. Donnez à chaque effectif, pourcentage ou montant une note dans la même phrase (\`[^1]\`, \`¹\` ou \`<sup>1</sup>\`, aussi après le point final), dites d’où il vient (« selon l’OMS », « d’après l’UNICEF », « (source : OCHA) ») ou liez la source. Les données des programmes d’ALIMA n’ont pas besoin de note quand la phrase ou un titre au-dessus nomme ALIMA ou dit « nous », « nos », « notre ».

Les années, dates, âges, durées, codes, numéros de téléphone, mesures et nombres inférieurs à 10 ne sont pas des statistiques. Les nombres sont lus dans la langue de la page : en français \`332 957\` et \`20,25\`, en anglais \`332,957\` et \`20.25\`.`,
  },
  defaultSeverity: 'error',
  fixable: false,
  examples: [
    {
      title: 'A count with no source',
      markdown: 'In 2020 there were 332,957 displaced persons in the country.\n',
      messages: 1,
    },
    {
      title: 'French figures with no source',
      markdown: '---\nlang: fr\n---\n\nEn 2020, 332 957 personnes étaient déplacées, soit 12,2 % de plus.\n',
      messages: 2,
    },
    {
      title: 'A footnote after the final period',
      markdown:
        'Nearly 979,000 people suffer from acute malnutrition.[^5]\n\n[^5]: Harmonized Framework, 2020.\n',
      messages: 0,
    },
    {
      title: 'Superscript markers in a list of key figures',
      markdown: '- 20.25 million inhabitants¹\n- 3.5 million people face food insecurity²\n',
      messages: 0,
    },
    {
      title: 'An attribution in the sentence',
      markdown: 'According to UNOCHA, 3.5 million people face food insecurity.\n',
      messages: 0,
    },
    {
      title: 'Own programme data under a heading naming ALIMA',
      markdown: '## ALIMA key figures\n\n- 14,442 children treated for acute malnutrition\n',
      messages: 0,
    },
    {
      title: 'Dates, ages and small counts are not statistics',
      markdown: 'On 14 March 2024, 3 mobile clinics opened for children aged 6–59 months.\n',
      messages: 0,
    },
  ],
};

function validOptions(options: SourcedFiguresOptions | undefined): SourcedFiguresOptions {
  const { ownSources, lang } = options ?? {};
  if (
    ownSources !== undefined &&
    !(Array.isArray(ownSources) && ownSources.every((name) => typeof name === 'string'))
  ) {
    throw new Error(
      `sourced-figures: option \`ownSources\` must be a list of names, got ${JSON.stringify(ownSources)}`,
    );
  }
  if (lang !== undefined && !(LANGS as readonly string[]).includes(lang)) {
    throw new Error(
      `sourced-figures: option \`lang\` must be one of ${LANGS.join(', ')}, got ${JSON.stringify(lang)}`,
    );
  }
  return { ownSources, lang };
}

// The seed's footnote convention: a paragraph opening with a superscript digit is a note, not prose.
const isNoteParagraph = (prose: InlineText): boolean => isNoteMark(prose.text.trimStart()[0]);

export const sourcedFigures = defineRule<SourcedFiguresOptions>(meta, (tree, file: VFile, rawOptions) => {
  const options = validOptions(rawOptions);
  const source = String(file.value);
  const lang = documentLang(tree, file, options);
  const own = ownDataPattern(options.ownSources ?? DEFAULT_OWN_SOURCES);
  const points = location(file);
  const trail = new HeadingTrail();

  /** Reports the unsourced statistics of `prose`; `bySentence` narrows the scope of a source to a sentence. */
  const check = (prose: InlineText, block: Nodes, bySentence: boolean, ownAbove: boolean) => {
    if (ownAbove || isNoteParagraph(prose)) return;
    const statistics = findStatistics(prose.text, lang);
    if (statistics.length === 0) return;
    const whole = { start: 0, end: prose.text.length };
    const scopes = bySentence ? sentences(prose.text, lang) : [whole];
    // Statistics and scopes are both in text order, and each scope is judged once:
    // a long sentence full of numbers must not be reread for each of them.
    const judged = new Map<TextRange, boolean>();
    let index = 0;
    for (const statistic of statistics) {
      while (index < scopes.length - 1 && (scopes[index] as TextRange).end <= statistic.start) index++;
      const scope = scopes[index] ?? whole;
      let sourced = judged.get(scope);
      if (sourced === undefined) judged.set(scope, (sourced = isSourced(prose, scope, own)));
      if (sourced) continue;
      const first = prose.sourceOffset(statistic.start);
      const last = prose.sourceOffset(statistic.end - 1);
      const start = first === undefined ? undefined : points.toPoint(first);
      const end = last === undefined ? undefined : points.toPoint(last + 1);
      report(file, {
        reason: MESSAGES[lang].reason(statistic.text),
        place: start && end ? { start, end } : block,
        actual: statistic.text,
        note: MESSAGES[lang].note,
      });
    }
  };

  visitParents(tree, (node, ancestors) => {
    const parent = ancestors.at(-1);
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'html':
      case 'definition':
      case 'footnoteDefinition':
        return SKIP;
      case 'heading': {
        const prose = inlineText([node], source);
        check(prose, node, false, trail.enter(node.depth, own.test(prose.text)));
        return SKIP;
      }
      case 'list':
      case 'table':
        return trail.ownAbove || sourcedByNeighbours(node, ancestors, source, lang, own) ? SKIP : CONTINUE;
      case 'tableRow': {
        // A source column sources its row: | 14,442 | UNICEF¹ |.
        const row = inlineText(node.children, source);
        return isSourced(row, { start: 0, end: row.text.length }, own) ? SKIP : CONTINUE;
      }
      case 'tableCell':
        check(inlineText([node], source), node, false, trail.ownAbove);
        return SKIP;
      case 'listItem': {
        const paragraphs = node.children.filter((child) => child.type === 'paragraph');
        check(inlineText(paragraphs, source), node, false, trail.ownAbove);
        return CONTINUE;
      }
      case 'paragraph':
        if (parent?.type !== 'listItem') check(inlineText([node], source), node, true, trail.ownAbove);
        return SKIP;
      default:
        return CONTINUE;
    }
  });
});
