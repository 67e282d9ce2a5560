/**
 * ## When should I use this?
 *
 * When several pages of one country or programme quote the same counts,
 * and those counts are not (yet) in the figure registry.
 *
 * ## What is this?
 *
 * `figure-consistency` (warning by default) is a *project rule*: across the
 * drafts of one scope (front matter `scope: mali`; for a Word draft, its
 * custom property `scope`) and one language, a figure
 * counting the same thing over the same period must have the same value on
 * every page. "The same thing" is the word the figure counts (`5 million
 * patients`, `45 % of children`), "the same period" the years its sentence
 * names (`since 2009`), none on both counting as the same. Rounding is fine
 * (`13 million` and `13.2 million`).
 *
 * Drafts without `scope` are not compared, and figures the registry holds
 * are left to `figure-registry`. Each difference is reported on both drafts,
 * naming the other place. It does not run on a single text (`lintText`,
 * the Storybook checker).
 *
 * ## Messages
 *
 * On each figure, in its draft's language:
 *
 * ```text
 * 3:18-3:27  warning  "5 million" patients (2009) is "13 million" in chad/overview.md:7  figure-consistency  charter-lint
 * ```
 *
 * @module figure-consistency
 */
import { sameFigure } from '../figures/figure-value.js';
import type { FigureFact } from '../project/facts.js';
import { bindFigures } from '../project/label-binding.js';
import { where, type ProjectFile, type ProjectFinding } from '../project/project-file.js';
import type { Lang } from '../config/langs.js';
import { defineProjectRule } from './define-project-rule.js';
import type { RuleMeta } from './rule-meta.js';

const meta: RuleMeta = {
  id: 'figure-consistency',
  summary: 'Pages of one scope give the same value for the same count over the same period.',
  rationale: `When "patients treated since 2009" is 5 million on one page and 13 million on another,
one page was updated and the other was not. Across the drafts of one \`scope\` (front matter, or a
Word draft's custom property) and language, a figure counting the same thing (the word after it) over the same years must have the
same value, rounded or not. Figures kept in the figure registry are checked by
\`figure-registry\` instead; consider adding counts quoted on many pages there. Checked by the
command and the language server, not in a single text.`,
  fr: {
    summary:
      'Les pages d’un même périmètre donnent la même valeur pour le même effectif sur la même période.',
    rationale: `Quand « patients soignés depuis 2009 » vaut 5 millions sur une page et 13 millions sur une autre, une page a été mise à jour et pas l’autre. Entre les pages d’un même \`scope\` (front matter, ou propriété personnalisée d’un document Word) et d’une même langue, un chiffre qui compte la même chose (le mot qui le suit) sur les mêmes années doit avoir la même valeur, arrondie ou non. Les chiffres du registre relèvent de \`figure-registry\`. Vérifié par la commande et le serveur de langage, pas sur un texte seul.`,
  },
  defaultSeverity: 'warning',
  fixable: false,
  project: true,
  examples: [
    {
      title: 'One count, two values',
      markdown: '---\nscope: alima\n---\n\nSince 2009, ALIMA has treated 13 million patients.\n',
      messages: 1,
      project: {
        files: {
          'about.md': '---\nscope: alima\n---\n\nSince 2009, ALIMA has treated 5 million patients.\n',
        },
      },
    },
    {
      title: 'Rounded on one page',
      markdown: '---\nscope: alima\n---\n\nSince 2009, ALIMA has treated 13 million patients.\n',
      messages: 0,
      project: {
        files: {
          'about.md': '---\nscope: alima\n---\n\nSince 2009, ALIMA has treated 13.2 million patients.\n',
        },
      },
    },
  ],
};

/** What the rule says, in the language of the draft it speaks to; `period` is empty or ` (2009)`. */
const MESSAGES: Record<
  Lang,
  (figure: string, label: string, period: string, theirs: string, other: string) => string
> = {
  en: (figure, label, period, theirs, other) => `"${figure}" ${label}${period} is "${theirs}" in ${other}`,
  fr: (figure, label, period, theirs, other) =>
    `« ${figure} » ${label}${period} vaut « ${theirs} » dans ${other}`,
};

/** A figure with the word it counts: the only ones compared. */
type Labelled = FigureFact & { label: string };
const isLabelled = (figure: FigureFact): figure is Labelled => figure.label !== undefined;

interface Counted {
  file: ProjectFile;
  figure: Labelled;
}

export const figureConsistency = defineProjectRule(meta, ({ files }) => {
  const groups = new Map<string, Counted[]>();
  for (const file of files) {
    const { scope, lang } = file.facts;
    if (scope === undefined) continue;
    const registered = new Set(bindFigures(file.facts, file.registry).map(({ figure }) => figure));
    for (const figure of file.facts.figures) {
      if (!isLabelled(figure) || registered.has(figure)) continue;
      const key = JSON.stringify([scope, lang, figure.label, figure.percent, figure.years]);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [{ file, figure }]);
      else group.push({ file, figure });
    }
  }
  const findings: ProjectFinding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const { file, figure } of group) {
      // One finding per figure, naming the first other draft that disagrees.
      const other = group.find(
        (candidate) =>
          candidate.file !== file &&
          !sameFigure(
            { value: figure.value, step: figure.step, percent: figure.percent },
            { value: candidate.figure.value, step: candidate.figure.step, percent: candidate.figure.percent },
          ),
      );
      if (other === undefined) continue;
      const period = figure.years.length === 0 ? '' : ` (${figure.years.join(', ')})`;
      findings.push({
        file,
        place: figure,
        reason: MESSAGES[file.facts.lang](
          figure.text,
          figure.label,
          period,
          other.figure.text,
          where(other.file, other.figure),
        ),
        actual: figure.text,
        expected: [other.figure.text],
      });
    }
  }
  return findings;
});
