/**
 * ## When should I use this?
 *
 * When the organisation keeps its reference figures in a registry
 * (`figures.yml` or `figures.json` in the repository root, or the file the
 * `figures.registry` setting names), so every page states them alike.
 *
 * ## What is this?
 *
 * `figure-registry` (error by default) is a *project rule*: the command and
 * the language server run it after linting each draft, with the registry.
 * A registry entry:
 *
 * ```yaml
 * mali.population:
 *   value: 20250000
 *   year: 2020
 *   source: World Bank 2020
 *   url: https://data.worldbank.org/country/mali
 *   scope: mali
 *   labels:
 *     en: [inhabitants, population]
 *     fr: [habitants, population]
 * ```
 *
 * An entry applies to drafts whose front matter says `scope: mali`; an entry
 * without `scope` applies to every draft. Where a sentence, list item or
 * stat card label of such a draft names one of the entry's labels in the
 * draft's language, the statistic nearest the label (as `sourced-figures`
 * finds statistics) must state the entry's value within the rounding it is
 * written with: `20.25 million`, `20,25 millions`, `20 million` and
 * `20,250,000` all state 20250000; `21.9 million` does not.
 *
 * It also warns:
 *
 * - when the figure's footnote cites another year than the entry's, or
 *   neither its source nor its URL;
 * - where an entry more than `figures.maxAgeYears` years old (default 5) is
 *   used: time to update the registry.
 *
 * It does not run on a single text (`lintText`, the Storybook checker): it
 * needs the registry and the draft's place in the repository.
 *
 * ## Messages
 *
 * On the statistic, in the draft's language, with `actual` the figure as
 * written and `expected` the registry's value:
 *
 * ```text
 * 5:18-5:30  error  "21.9 million" differs from the figure registry: 20,250,000 (2020, World Bank 2020, mali.population)  figure-registry  charter-lint
 * ```
 *
 * @module figure-registry
 */
import { DEFAULT_MAX_AGE_YEARS } from '../config/config-types.js';
import { exactFigure, sameFigure } from '../figures/figure-value.js';
import { bindFigures } from '../project/label-binding.js';
import type { ProjectFinding } from '../project/project-file.js';
import type { Lang } from '../config/langs.js';
import { sourceName, sourceNames, type FigureEntry } from '../registry/figure-registry.js';
import { defineProjectRule } from './define-project-rule.js';
import type { RuleMeta } from './rule-meta.js';

const REGISTRY = `mali.population:
  value: 20250000
  year: 2020
  source: World Bank 2020
  scope: mali
  labels:
    en: [inhabitants, population]
    fr: [habitants, population]
`;

const meta: RuleMeta = {
  id: 'figure-registry',
  summary: "A figure the registry holds is stated as the registry states it, with the registry's source.",
  rationale: `A cumulative count or a country's population is quoted on many pages; when one page is
updated and the others are not, readers see two truths. Keep each reference figure once, in the
registry (\`figures.yml\`), with its year and source, and state it as the registry does: any
rounding of it is fine (\`20.25 million\`, \`20 million\`, \`20 250 000\`), another number is not.
Cite the registry's source and year in the figure's footnote, and update entries older than
\`figures.maxAgeYears\` (default 5). Checked by the command and the language server, not in a
single text.`,
  fr: {
    summary: 'Un chiffre du registre est donné comme le registre le donne, avec sa source.',
    rationale: `Un effectif cumulé ou la population d’un pays est cité sur de nombreuses pages : quand l’une est mise à jour et pas les autres, le lecteur voit deux vérités. Tenez chaque chiffre de référence une seule fois dans le registre (\`figures.yml\`), avec son année et sa source, et donnez-le comme lui : tout arrondi convient (\`20,25 millions\`, \`20 millions\`), un autre nombre non. Citez la source et l’année du registre dans la note du chiffre, et mettez à jour les entrées de plus de \`figures.maxAgeYears\` ans (5 par défaut). Vérifié par la commande et le serveur de langage, pas sur un texte seul.`,
  },
  defaultSeverity: 'error',
  fixable: false,
  project: true,
  examples: [
    {
      title: 'A population that is not the registry’s',
      markdown: '---\nscope: mali\n---\n\nMali has 21.9 million inhabitants.[^1]\n\n[^1]: World Bank 2020.\n',
      messages: 1,
      project: { registry: REGISTRY },
    },
    {
      title: 'The registry’s figure, rounded, in French',
      markdown:
        '---\nscope: mali\nlang: fr\n---\n\nLe Mali compte 20,25 millions d’habitants.[^1]\n\n[^1]: World Bank 2020.\n',
      messages: 0,
      project: { registry: REGISTRY },
    },
    {
      title: 'A footnote citing another year',
      markdown:
        '---\nscope: mali\n---\n\nMali has 20.25 million inhabitants.[^1]\n\n[^1]: World Bank 2018.\n',
      messages: 1,
      project: { registry: REGISTRY },
    },
  ],
};

const plain = (value: number, lang: Lang) => new Intl.NumberFormat(lang).format(value);

/** What the rule says, in the language of the draft it speaks to; `named` is the entry's year, source and id. */
const MESSAGES: Record<
  Lang,
  {
    differs: (figure: string, value: string, named: string) => string;
    note: (figure: string, problem: string, named: string) => string;
    otherYear: (year: number) => string;
    otherSource: (source: string) => string;
    stale: (figure: string, id: string, year: number, maxAge: number) => string;
  }
> = {
  en: {
    differs: (figure, value, named) => `"${figure}" differs from the figure registry: ${value} (${named})`,
    note: (figure, problem, named) => `The note of "${figure}" cites ${problem} (${named})`,
    otherYear: (year) => `another year than the registry's ${year}`,
    otherSource: (source) => `another source than the registry's "${source}"`,
    stale: (figure, id, year, maxAge) =>
      `"${figure}" comes from registry entry ${id} of ${year}, more than ${maxAge} years old: update the registry`,
  },
  fr: {
    differs: (figure, value, named) => `« ${figure} » diffère du registre des chiffres : ${value} (${named})`,
    note: (figure, problem, named) => `La note de « ${figure} » cite ${problem} (${named})`,
    otherYear: (year) => `une autre année que ${year}, celle du registre`,
    otherSource: (source) => `une autre source que « ${source} », celle du registre`,
    stale: (figure, id, year, maxAge) =>
      `« ${figure} » vient de l’entrée ${id} du registre, de ${year}, qui a plus de ${maxAge} ans : mettez le registre à jour`,
  },
};

/** Whether a note cites the entry: its year, and its source's words or its URL. */
function noteProblem(note: string, entry: FigureEntry, lang: Lang): string | undefined {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const noteWords = ` ${words(note)} `;
  const names =
    sourceNames(entry).some((name) =>
      noteWords.includes(` ${words(name.replace(/\b(?:19|20)\d\d\b/g, ''))} `),
    ) ||
    (entry.url !== undefined && note.includes(entry.url));
  const years = /\b(?:19|20)\d\d\b/.test(note);
  if (years && !new RegExp(`\\b${entry.year}\\b`).test(note)) return MESSAGES[lang].otherYear(entry.year);
  if (!names) return MESSAGES[lang].otherSource(sourceName(entry, lang));
  return undefined;
}

export const figureRegistry = defineProjectRule(meta, ({ files, year }) => {
  const findings: ProjectFinding[] = [];
  for (const file of files) {
    const maxAge = file.maxAgeYears ?? DEFAULT_MAX_AGE_YEARS;
    const { lang } = file.facts;
    const said = MESSAGES[lang];
    for (const { figure, entry } of bindFigures(file.facts, file.registry)) {
      const place = figure;
      const named = `${entry.year}, ${sourceName(entry, lang)}, ${entry.id}`;
      if (
        !sameFigure(
          { value: figure.value, step: figure.step, percent: figure.percent },
          exactFigure(entry.value, entry.percent),
        )
      ) {
        findings.push({
          file,
          place,
          reason: said.differs(figure.text, `${plain(entry.value, lang)}${entry.percent ? ' %' : ''}`, named),
          actual: figure.text,
          expected: [plain(entry.value, lang)],
        });
        continue;
      }
      const problem = figure.note === undefined ? undefined : noteProblem(figure.note, entry, lang);
      if (problem !== undefined) {
        findings.push({
          file,
          place,
          reason: said.note(figure.text, problem, named),
          actual: figure.note,
          expected: [sourceName(entry, lang)],
          severity: 'warning',
        });
      }
      if (year - entry.year > maxAge) {
        findings.push({
          file,
          place,
          reason: said.stale(figure.text, entry.id, entry.year, maxAge),
          actual: String(entry.year),
          severity: 'warning',
        });
      }
    }
  }
  return findings;
});
