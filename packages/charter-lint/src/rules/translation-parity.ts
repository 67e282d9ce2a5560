/**
 * ## When should I use this?
 *
 * When pages are published in English and French: readers of both must get
 * the same figures, notes, photos and donate link.
 *
 * ## What is this?
 *
 * `translation-parity` (warning by default) is a *project rule*: the command
 * and the language server compare each draft with its translations.
 * Drafts are translations of each other when
 *
 * - their names differ only by the language (`report.en.md` and `report.fr.md`),
 * - their folders do (`en/report.md` and `fr/report.md`), or
 * - their front matter shares a `translationKey`,
 *
 * whatever their formats (`fr/report.docx`, a Word draft, is the translation
 * of `en/report.md`),
 *
 * and their languages differ. A pair must carry:
 *
 * - the same figures, compared as numbers in each page's language:
 *   `332,957` = `332 957`, `20.25 million` = `20,25 millions` (a figure may
 *   be rounded in one: `20 millions` matches `20.25 million`);
 * - the same number of notes, with the same years;
 * - the same images, with the same credits;
 * - the same donate target (`<alima-donate-button href>`).
 *
 * Each difference is reported on both drafts, each naming the other. It does
 * not run on a single text (`lintText`, the Storybook checker).
 *
 * ## Messages
 *
 * In the language of the draft each is reported on:
 *
 * ```text
 * 5:1-5:8  warning  "332,957" differs from "332 000" in its translation fr/report.md:5  translation-parity  charter-lint
 * ```
 *
 * @module translation-parity
 */
import { sameFigure } from '../figures/figure-value.js';
import type { FigureFact } from '../project/facts.js';
import { TOP, where, type ProjectFile, type ProjectFinding } from '../project/project-file.js';
import { translationPairs } from '../project/translations.js';
import type { Lang } from '../config/langs.js';
import { defineProjectRule } from './define-project-rule.js';
import type { RuleMeta } from './rule-meta.js';

const EN = '---\nlang: en\ntranslationKey: mali\n---\n\n';
const FR = '---\nlang: fr\ntranslationKey: mali\n---\n\n';

const meta: RuleMeta = {
  id: 'translation-parity',
  summary: 'A page and its translation carry the same figures, notes, photo credits and donate link.',
  rationale: `A French page that keeps a figure its English twin corrected, or a photo credited on
one and not the other, tells two stories. Translations (\`name.en.md\` and \`name.fr.md\`,
\`en/name.md\` and \`fr/name.md\`, in any format the checker reads, or drafts sharing a
front-matter \`translationKey\`) must
carry the same figures (compared as numbers: \`332,957\` = \`332 957\`), as many notes with the
same years, the same images with the same credits and the same donate target. Checked by the
command and the language server, not in a single text.`,
  fr: {
    summary: 'Une page et sa traduction donnent les mêmes chiffres, notes, crédits photo et lien de don.',
    rationale: `Une page française qui garde un chiffre que sa version anglaise a corrigé, ou une photo créditée dans l’une et pas l’autre, racontent deux histoires. Les traductions (\`nom.en.md\` et \`nom.fr.md\`, \`en/nom.md\` et \`fr/nom.md\`, dans tout format que le vérificateur lit, ou une même \`translationKey\` en front matter) doivent porter les mêmes chiffres (comparés comme nombres : \`332 957\` = \`332,957\`), autant de notes avec les mêmes années, les mêmes images avec les mêmes crédits et la même cible de don. Vérifié par la commande et le serveur de langage, pas sur un texte seul.`,
  },
  defaultSeverity: 'warning',
  fixable: false,
  project: true,
  examples: [
    {
      title: 'The French page kept an old figure',
      markdown: `${EN}In 2020, 332,957 people were displaced.[^1]\n\n[^1]: OCHA 2020.\n`,
      messages: 1,
      project: {
        path: 'mali.en.md',
        files: {
          'mali.fr.md': `${FR}En 2020, 298 000 personnes étaient déplacées.[^1]\n\n[^1]: OCHA 2020.\n`,
        },
      },
    },
    {
      title: 'The same figures, written in each language',
      markdown: `${EN}Mali has 20.25 million inhabitants and 332,957 displaced people.[^1]\n\n[^1]: World Bank 2020.\n`,
      messages: 0,
      project: {
        path: 'mali.en.md',
        files: {
          'mali.fr.md': `${FR}Le Mali compte 20,25 millions d’habitants et 332 957 déplacés.[^1]\n\n[^1]: Banque mondiale 2020.\n`,
        },
      },
    },
  ],
};

/**
 * What the rule says, in the language of the draft it speaks to: `other` names
 * the translation (`fr/report.md:5`, or its path alone for the whole page).
 */
const MESSAGES: Record<
  Lang,
  {
    differs: (figure: string, theirs: string, other: string) => string;
    figureMissing: (figure: string, other: string) => string;
    figureOnlyThere: (other: string, figure: string) => string;
    notes: (count: number, theirs: number, other: string) => string;
    noteYears: (index: number, years: string, other: string, theirs: string) => string;
    noYear: string;
    imageMissing: (image: string, other: string) => string;
    imageOnlyThere: (other: string, image: string) => string;
    credits: (image: string, credit: string | undefined, other: string, theirs: string | undefined) => string;
    donate: (target: string, other: string, theirs: string) => string;
  }
> = {
  en: {
    differs: (figure, theirs, other) => `"${figure}" differs from "${theirs}" in its translation ${other}`,
    figureMissing: (figure, other) => `"${figure}" is not in its translation ${other}`,
    figureOnlyThere: (other, figure) =>
      `Its translation ${other} has "${figure}", this page has no such figure`,
    notes: (count, theirs, other) =>
      `This page has ${count} note${count === 1 ? '' : 's'}, its translation ${other} has ${theirs}`,
    noteYears: (index, years, other, theirs) =>
      `Note ${index} cites ${years}, in its translation ${other} ${theirs}`,
    noYear: 'no year',
    imageMissing: (image, other) => `Image ${image} is not in its translation ${other}`,
    imageOnlyThere: (other, image) => `Its translation ${other} shows ${image}, this page does not`,
    credits: (image, credit, other, theirs) => {
      const credited = (name: string | undefined) => (name === undefined ? 'no credit' : `"${name}"`);
      return `Image ${image} credits ${credited(credit)}, its translation ${other} ${credited(theirs)}`;
    },
    donate: (target, other, theirs) => {
      const shown = (href: string) => (href === '' ? 'no donate button' : href);
      return `The donate target is ${shown(target)}, in its translation ${other} ${shown(theirs)}`;
    },
  },
  fr: {
    differs: (figure, theirs, other) => `« ${figure} » diffère de « ${theirs} » dans sa traduction ${other}`,
    figureMissing: (figure, other) => `« ${figure} » n’est pas dans sa traduction ${other}`,
    figureOnlyThere: (other, figure) =>
      `Sa traduction ${other} donne « ${figure} », cette page n’a pas ce chiffre`,
    // French counts zero in the singular, and says none rather than 0.
    notes: (count, theirs, other) =>
      `${count === 0 ? 'Cette page n’a aucune note' : `Cette page a ${count} note${count > 1 ? 's' : ''}`}, ` +
      `sa traduction ${other} ${theirs === 0 ? 'n’en a aucune' : `en a ${theirs}`}`,
    noteYears: (index, years, other, theirs) =>
      `Années citées par la note ${index} : ${years}, dans sa traduction ${other} : ${theirs}`,
    noYear: 'aucune',
    imageMissing: (image, other) => `L’image ${image} n’est pas dans sa traduction ${other}`,
    imageOnlyThere: (other, image) => `Sa traduction ${other} montre ${image}, pas cette page`,
    credits: (image, credit, other, theirs) => {
      const credited = (name: string | undefined) => (name === undefined ? 'aucun' : `« ${name} »`);
      return `Crédit de l’image ${image} : ${credited(credit)}, dans sa traduction ${other} : ${credited(theirs)}`;
    },
    donate: (target, other, theirs) => {
      const shown = (href: string) => (href === '' ? 'aucun bouton de don' : href);
      return `Cible du don : ${shown(target)}, dans sa traduction ${other} : ${shown(theirs)}`;
    },
  },
};

/** The messages in `file`'s language. */
const to = (file: ProjectFile) => MESSAGES[file.facts.lang];

type Finding = Omit<ProjectFinding, 'file'>;

/** Findings for a difference, on both drafts, each naming the other. */
function both(findings: ProjectFinding[], a: ProjectFile, b: ProjectFile, onA: Finding, onB: Finding): void {
  findings.push({ file: a, ...onA }, { file: b, ...onB });
}

const value = (figure: FigureFact) => ({ value: figure.value, step: figure.step, percent: figure.percent });

/**
 * The figures of `a` with no equal in `b`, and those of `b` with none in `a`.
 * Each figure takes the equal one nearest its own place in the page (a
 * translation keeps the order), so a figure said twice pairs in order.
 */
function unmatched(a: readonly FigureFact[], b: readonly FigureFact[]): [FigureFact[], FigureFact[]] {
  const taken = new Set<number>();
  const alone: FigureFact[] = [];
  for (const [index, figure] of a.entries()) {
    const relative = index / Math.max(1, a.length - 1);
    let best = -1;
    for (const [other, candidate] of b.entries()) {
      if (taken.has(other) || !sameFigure(value(figure), value(candidate))) continue;
      const distance = (position: number) => Math.abs(position / Math.max(1, b.length - 1) - relative);
      if (best === -1 || distance(other) < distance(best)) best = other;
    }
    if (best === -1) alone.push(figure);
    else taken.add(best);
  }
  return [alone, b.filter((_, index) => !taken.has(index))];
}

function compareFigures(findings: ProjectFinding[], a: ProjectFile, b: ProjectFile): void {
  const [onlyA, onlyB] = unmatched(a.facts.figures, b.facts.figures);
  // Differences in the same order are one figure changed on one side.
  for (let index = 0; index < Math.max(onlyA.length, onlyB.length); index++) {
    const x = onlyA[index];
    const y = onlyB[index];
    if (x !== undefined && y !== undefined) {
      both(
        findings,
        a,
        b,
        {
          place: x,
          reason: to(a).differs(x.text, y.text, where(b, y)),
          actual: x.text,
          expected: [y.text],
        },
        {
          place: y,
          reason: to(b).differs(y.text, x.text, where(a, x)),
          actual: y.text,
          expected: [x.text],
        },
      );
    } else {
      const [here, there, figure] = x === undefined ? [b, a, y as FigureFact] : [a, b, x];
      both(
        findings,
        here,
        there,
        {
          place: figure,
          reason: to(here).figureMissing(figure.text, there.shown),
          actual: figure.text,
        },
        {
          place: TOP,
          reason: to(there).figureOnlyThere(where(here, figure), figure.text),
        },
      );
    }
  }
}

function compareNotes(findings: ProjectFinding[], a: ProjectFile, b: ProjectFile): void {
  const [notesA, notesB] = [a.facts.notes, b.facts.notes];
  if (notesA.length !== notesB.length) {
    both(
      findings,
      a,
      b,
      {
        place: notesA[0] ?? TOP,
        reason: to(a).notes(notesA.length, notesB.length, b.shown),
        actual: String(notesA.length),
        expected: [String(notesB.length)],
      },
      {
        place: notesB[0] ?? TOP,
        reason: to(b).notes(notesB.length, notesA.length, a.shown),
        actual: String(notesB.length),
        expected: [String(notesA.length)],
      },
    );
    return;
  }
  for (const [index, x] of notesA.entries()) {
    const y = notesB[index];
    if (y === undefined || x.years.join() === y.years.join()) continue;
    const years = (note: typeof x, file: ProjectFile) => note.years.join(', ') || to(file).noYear;
    both(
      findings,
      a,
      b,
      {
        place: x,
        reason: to(a).noteYears(index + 1, years(x, a), where(b, y), years(y, a)),
        actual: years(x, a),
        expected: [years(y, a)],
      },
      {
        place: y,
        reason: to(b).noteYears(index + 1, years(y, b), where(a, x), years(x, b)),
        actual: years(y, b),
        expected: [years(x, b)],
      },
    );
  }
}

const imageName = (src: string) =>
  src
    .replace(/[?#].*$/, '')
    .split('/')
    .pop() ?? src;

function compareImages(findings: ProjectFinding[], a: ProjectFile, b: ProjectFile): void {
  for (const [here, there] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const image of here.facts.images) {
      const twin = there.facts.images.find((other) => imageName(other.src) === imageName(image.src));
      if (twin === undefined) {
        both(
          findings,
          here,
          there,
          {
            place: image,
            reason: to(here).imageMissing(imageName(image.src), there.shown),
            actual: image.src,
          },
          {
            place: TOP,
            reason: to(there).imageOnlyThere(where(here, image), imageName(image.src)),
          },
        );
      } else if (here === a && (image.credit ?? '') !== (twin.credit ?? '')) {
        both(
          findings,
          a,
          b,
          {
            place: image,
            reason: to(a).credits(imageName(image.src), image.credit, where(b, twin), twin.credit),
            actual: image.credit ?? '',
            ...(twin.credit ? { expected: [twin.credit] } : {}),
          },
          {
            place: twin,
            reason: to(b).credits(imageName(image.src), twin.credit, where(a, image), image.credit),
            actual: twin.credit ?? '',
            ...(image.credit ? { expected: [image.credit] } : {}),
          },
        );
      }
    }
  }
}

function compareDonate(findings: ProjectFinding[], a: ProjectFile, b: ProjectFile): void {
  const targets = (file: ProjectFile) =>
    [...new Set(file.facts.donate.map((button) => button.href))].sort().join(' ');
  const [x, y] = [targets(a), targets(b)];
  if (x === y) return;
  both(
    findings,
    a,
    b,
    {
      place: a.facts.donate[0] ?? TOP,
      reason: to(a).donate(x, b.shown, y),
      actual: x,
      ...(y ? { expected: [y] } : {}),
    },
    {
      place: b.facts.donate[0] ?? TOP,
      reason: to(b).donate(y, a.shown, x),
      actual: y,
      ...(x ? { expected: [x] } : {}),
    },
  );
}

export const translationParity = defineProjectRule(meta, ({ files }) => {
  const findings: ProjectFinding[] = [];
  for (const [a, b] of translationPairs(files)) {
    compareFigures(findings, a, b);
    compareNotes(findings, a, b);
    compareImages(findings, a, b);
    compareDonate(findings, a, b);
  }
  return findings;
});
