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
 * rate, a proportion: `1 in 3`, `one in three`, `un enfant sur cinq`,
 * `1 médecin pour 10 000 habitants`, `€3.5m`) and asks that it be attributed.
 * A statistic is sourced when:
 *
 * 1. a footnote reference is in the same sentence, list item, table cell or
 *    heading: GFM `[^id]`, a superscript digit `¹²³` or `<sup>1</sup>`; a
 *    marker after the sentence's final period belongs to it (`malnutrition.⁵`);
 * 2. the sentence names its source: `according to …`, `source: …`,
 *    `selon …`, `d'après …`, `(source : …)`, an author-date citation
 *    (`(DARES, 2018)`), a speech or report verb with its speaker (`said the
 *    mayor`, `UNICEF reports`, `a déclaré le ministre`, `indique le HCR`), or
 *    links to it; a blockquote signed on its last line (`— UNICEF, 2024`) is
 *    attributed as a whole. `Selon les régions`, `selon les cas` and
 *    `depending on the region` name no source;
 * 3. it is the organisation's own data: the organisation (one of
 *    `ownSources`, or `we`/`our`/`nous`/`nos`/`notre`) is the actor of what is
 *    counted (treated, trained, screened, consultations, surgeries,
 *    deliveries, staff, sites…: "In 2023, our teams treated 14,442 children"),
 *    or the section the figure sits in is about its own work (a heading
 *    naming it: "Our fieldwork", "ALIMA key figures", "L'impact d'ALIMA").
 *    The page title (the first `#` heading) never makes a section own data:
 *    under "# ALIMA scales up its measles response in Chad", the figures of
 *    "## Context" still need sources. Reporting, estimating or reacting is
 *    not own data, nor a source: "We are alarmed that 45% of children…",
 *    "ALIMA estimates that 1.2 million…", "Nous constatons que 45 %…",
 *    "Selon nos estimations, 2 millions…" are all reported.
 *
 * A list or table is sourced as a whole by the paragraph that introduces it
 * when that paragraph's last sentence is sourced, or it ends with a colon
 * after a sourced sentence ("The [Pew report](…) found:"), and by a paragraph
 * right after it that starts with `Source:`/`Sources :`/`Selon`/`According
 * to`. A table row is sourced by a source in any of its cells; in a table
 * with a column headed Source, Sources, Source(s) or Fuente (any case), each
 * row is sourced by its own cell in that column and by nothing else, so an
 * empty source cell is reported even after a sourced introduction.
 *
 * Years, dates, times, ages (`Aïcha, 14,`, `Aïcha (14)`, `who is 13`, `Zara,
 * 24, a nurse`, `aged 12`, `Mariam, 14 ans`, `âgée de 13 ans`), durations,
 * ordinals, identifiers (`SIRET 509 676 447 00033`, `Resolution 2417`,
 * `semaine épidémiologique 15`, `week 36`), street numbers (`45 Rue Dembélé`),
 * exponents (`km²`, `m³`, `ST(SI)²`: neither figures nor note markers), the
 * amount an appeal asks (`a gift of €30`, `€30 can buy`, `un don de 30 €`),
 * phone numbers, software versions (`version 12`, `Node 20`, `React 19`,
 * `Internet Explorer 10`, `Ubuntu 22.04`, `la version 14 du DSFR`), settings
 * and limits of a program (`set the threshold to 0.05 %`, `up to 100 custom
 * segments`, `25 items per page`, `jusqu’à 20 pièces jointes`, `50 résultats
 * par page`, `réglez le seuil à 5 %`), measurements (`25 MB`, `10 Mo`,
 * `500 characters`, `200 ms`, `500 kcal`, and a unit left out after a joiner:
 * `24 heures sur 24`, `5 days out of 7`), numbers below 10 and anything in code,
 * URLs, images, HTML attributes, comments, scripts, styles, `<code>` and `<pre>`, front matter
 * or footnote definitions are not statistics. Text inside HTML blocks (`<p>`, `<li>`, `<td>`,
 * `<div>`, `<figcaption>`, `<blockquote>`) is prose like any other.
 *
 * An `<alima-stat-card value="…">` is a statistic too: it is sourced by its
 * `footnote` or `source` attribute or a slotted `<alima-footnote-ref>`, as
 * the element itself checks; a card with none is reported on its start tag.
 * An `<alima-footnote-ref footnote="…">` in a sentence is a footnote reference.
 * See `findStatistics` for the detector on its own.
 *
 * Numbers are read in the document's language: the `lang` of its front
 * matter, else the language the engine set, else the `lang` option, else a
 * guess from its words. French reads
 * `332 957` and `20,25`, and `78.000` as seventy-eight thousand (the message
 * names it whole); English `332,957` and `20.25`.
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
import { DEFAULT_OWN_SOURCES, ownData } from '../attribution/own-data.js';
import { isSignedQuote } from '../attribution/signed-quote.js';
import { sourceColumn } from '../attribution/source-column.js';
import { isSourced } from '../attribution/sourced.js';
import { fileStatistics } from '../figures/file-statistics.js';
import { statCards } from '../figures/stat-cards.js';
import { maskOf, sourceText } from '../footnotes/source-text.js';
import { htmlProse } from '../parse/html-prose.js';
import { report } from '../report/finding.js';
import { inlineText, type InlineText } from '../text/inline-text.js';
import { LANGS, type Lang } from '../config/langs.js';
import { documentLang } from '../text/language.js';
import { isNoteMark, sentences, type TextRange } from '../text/sentences.js';
import { LANG_OPTION } from './shared-options.js';
import { defineRule } from './define-rule.js';
import type { RuleMeta } from './rule-meta.js';

export interface SourcedFiguresOptions {
  /** Names whose data is the organisation's own (default `['ALIMA']`). */
  ownSources?: string[];
  /** Language of documents whose front matter has no `lang`. */
  lang?: Lang;
}

const MESSAGES: Record<
  Lang,
  { reason: (figure: string) => string; card: (figure: string) => string; note: string }
> = {
  en: {
    reason: (figure) =>
      `"${figure}" has no source: add a footnote, name the source ("according to …") or link to it`,
    card: (figure) =>
      `Stat card "${figure}" has no source: set its footnote or source attribute, or slot an <alima-footnote-ref>`,
    note: 'Readers, donors and journalists must be able to check every figure ALIMA publishes.',
  },
  fr: {
    reason: (figure) =>
      `« ${figure} » n’a pas de source : ajoutez une note de bas de page, citez la source (« selon … ») ou un lien vers elle`,
    card: (figure) =>
      `La carte chiffre « ${figure} » n’a pas de source : renseignez son attribut footnote ou source, ou placez-y un <alima-footnote-ref>`,
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
Speech and report verbs attribute too ("said the mayor", "UNICEF reports", "a déclaré le
ministre", "indique le HCR"), as do an author-date citation ("(DARES, 2018)") and a blockquote
signed on its last line ("— UNICEF, 2024"); "selon les régions" names no source. In a table
with a Source (Sources, Source(s), Fuente) column, each row needs its own source cell. An
\`<alima-stat-card value="…">\` needs its \`footnote\` or \`source\` attribute, or a slotted
\`<alima-footnote-ref>\`, as the element itself warns.

ALIMA's own programme data needs no footnote: when ALIMA (or "we"/"our", "nous", "nos",
"notre") is the actor of what is counted ("our teams treated 14,442 children"), or the figure
sits in a section about ALIMA's own work ("Our fieldwork", "ALIMA key figures", "L'impact
d'ALIMA"). The page title alone does not make a section own data, and "we are alarmed that
45 %…", "ALIMA estimates…", "nous constatons que…" or "selon nos estimations" report outside
figures: they still need a source.

Years, dates, ages ("Aïcha, 14,", "who is 13", "Mariam, 14 ans"), durations, identifiers
("Resolution 2417", "SIRET …", "week 36"), street numbers, exponents ("km²"), the amount an
appeal asks ("a gift of €30", "un don de 30 €"), phone numbers, software versions ("Node 20",
"version 12"), settings and limits of a program ("set the threshold to 0.05 %", "up to 100
rows per page"), measurements ("25 MB", "500 characters", "500 kcal", "24 hours out of 24") and numbers below 10 are not statistics; proportions are ("1 in 3", "un enfant sur cinq", "1 doctor per 100,000"). Numbers are read in the page's language (front-matter \`lang\`, else the \`lang\`
option, else a guess): French \`332 957\` and \`20,25\`, English \`332,957\` and \`20.25\`. Partner
organisations whose data is also your own go in the \`ownSources\` option (default \`["ALIMA"]\`).`,
  fr: {
    summary: `Chaque statistique du texte cite sa source : une note, une attribution ou un lien.`,
    rationale: `Un chiffre sans source ne peut pas être vérifié, et un seul chiffre faux suffit à jeter le doute sur tout le reste de la page. Donnez à chaque effectif, pourcentage ou montant une note dans la même phrase (\`[^1]\`, \`¹\` ou \`<sup>1</sup>\`, aussi après le point final), dites d’où il vient (« selon l’OMS », « d’après l’UNICEF », « (source : OCHA) ») ou liez la source. Les données des programmes d’ALIMA n’ont pas besoin de note quand la phrase ou un titre au-dessus nomme ALIMA ou dit « nous », « nos », « notre ».

Les années, dates, âges, durées, codes, numéros de téléphone, versions de logiciels (« Node 20 », « la version 14 du DSFR »), réglages et limites d’un logiciel (« réglez le seuil à 5 % », « jusqu’à 20 pièces jointes », « 50 résultats par page »), mesures (« 10 Mo », « 200 caractères », « 500 kcal », « 24 heures sur 24 ») et nombres inférieurs à 10 ne sont pas des statistiques. Les nombres sont lus dans la langue de la page : en français \`332 957\` et \`20,25\`, en anglais \`332,957\` et \`20.25\`.`,
  },
  defaultSeverity: 'error',
  fixable: false,
  options: {
    ownSources: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Names whose data is the organisation\'s own and needs no other source (default ["ALIMA"]).',
    },
    lang: LANG_OPTION,
  },
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
      title: 'The page title does not make a section own data',
      markdown:
        '# ALIMA scales up its measles response in Chad\n\n## Context\n\nSome 1.2 million children are unvaccinated.\n',
      messages: 1,
    },
    {
      title: 'Reacting to a figure is not own data',
      markdown: 'We are alarmed that 45% of children under five are acutely malnourished.\n',
      messages: 1,
    },
    {
      title: 'The organisation counting its own activity',
      markdown: 'In 2023, our teams treated 14,442 children and trained 833 health workers.\n',
      messages: 0,
    },
    {
      title: 'A speaker and a report verb',
      markdown: 'Some 12,000 refugees arrived in August, UNHCR reports.\n',
      messages: 0,
    },
    {
      title: 'Proportions are statistics, ages are not',
      markdown: 'Aïcha, 14, walks to school. In her village, 1 in 3 children is stunted.\n',
      messages: 1,
    },
    {
      title: 'A stat card without a source',
      markdown:
        '<alima-stat-card value="20250000" label="inhabitants" footnote="wb2020"></alima-stat-card>\n\n' +
        '<alima-stat-card value="979000" label="people suffer from acute malnutrition"></alima-stat-card>\n',
      messages: 1,
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
  const own = ownData(options.ownSources ?? DEFAULT_OWN_SOURCES);
  const points = location(file);
  const trail = new HeadingTrail();
  // The page title names the page, not a section about the organisation's work.
  let titled = false;
  const sourceColumns = new Map<Nodes, number>();

  /** Reports the unsourced statistics of `prose`; `bySentence` narrows the scope of a source to a sentence. */
  const check = (prose: InlineText, block: Nodes, bySentence: boolean, ownAbove: boolean) => {
    if (ownAbove || isNoteParagraph(prose)) return;
    const statistics = fileStatistics(file, prose.text, lang);
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
      case 'html':
        for (const { paragraph } of htmlProse(node, source))
          check(inlineText([paragraph], source), paragraph, true, trail.ownAbove);
        return SKIP;
      case 'yaml':
      case 'code':
      case 'definition':
      case 'footnoteDefinition':
        return SKIP;
      case 'heading': {
        const prose = inlineText([node], source);
        const title = node.depth === 1 && !titled;
        if (node.depth === 1) titled = true;
        check(prose, node, false, trail.enter(node.depth, !title && own.heads(prose.text)));
        return SKIP;
      }
      case 'blockquote':
        return isSignedQuote(node, source) ? SKIP : CONTINUE;
      case 'list':
        return trail.ownAbove || sourcedByNeighbours(node, ancestors, source, lang, own) ? SKIP : CONTINUE;
      case 'table': {
        // A table with a source column is sourced row by row, whatever the paragraph before it says.
        const column = sourceColumn(node, source);
        if (column !== undefined) sourceColumns.set(node, column);
        if (trail.ownAbove) return SKIP;
        return column === undefined && sourcedByNeighbours(node, ancestors, source, lang, own)
          ? SKIP
          : CONTINUE;
      }
      case 'tableRow': {
        const column = parent === undefined ? undefined : sourceColumns.get(parent);
        if (column !== undefined) {
          const cell = node.children[column];
          return cell !== undefined && /[\p{L}\p{N}]/u.test(inlineText([cell], source).text)
            ? SKIP
            : CONTINUE;
        }
        // A source in any cell sources its row: | 14,442 | UNICEF¹ |.
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
  if (!source.includes('<alima-stat-card')) return;
  for (const card of statCards(sourceText(file), maskOf(tree, source))) {
    if (card.sourced) continue;
    report(file, {
      reason: MESSAGES[lang].card(card.value),
      place: card.position,
      actual: card.value,
      note: MESSAGES[lang].note,
    });
  }
});
