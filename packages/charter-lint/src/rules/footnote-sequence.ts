/**
 * # `footnote-sequence`
 *
 * Checks the numbering of superscript (`¹`) and `<sup>1</sup>` notes:
 *
 * - a marker that skips a number (`¹ ² ³ ⁵`: where is `⁴`?), reported on
 *   the first marker after the gap; a number that exists as a note but is
 *   never used is left to `footnote-unused`;
 * - a number first used before a smaller one (`¹ ³ ²`): notes are numbered
 *   in the order of first use, as `<alima-footnote-ref>` does on the site;
 * - two notes with the same number (or two GFM definitions with one label);
 * - a line among the notes that has no marker while the numbering around it
 *   skips (`³ …`, `International Organization for Migration (OIM) 2020`,
 *   `⁵ …`, as in the Mali page): it most likely lost its marker, so the
 *   message asks whether it is note `⁴` and offers `⁴ …` as a suggestion.
 *   This rule, not `footnote-undefined`, reports it: the line is a numbering
 *   slip, and a warning is the right weight for a guess. A markerless
 *   paragraph where the numbering does not skip is read as the previous
 *   note's continuation.
 *
 * GFM footnotes (`[^id]`) are numbered by the renderer and only checked for
 * duplicate labels.
 *
 * No `--fix`: renumbering touches every marker and note, and whether a
 * markerless line is note `⁴` or a stray line is the writer's call.
 */
import type { FootnoteDefinition, FootnoteReference } from '../footnotes/footnote.js';
import { numberedMarker, type NumberedStyle } from '../footnotes/footnote.js';
import { documentLang } from '../text/language.js';
import { footnoteModel } from '../footnotes/footnote-model.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

/** `⁴`, `³ or ⁴`, `², ³ or ⁶`, `¹ to ²⁸`: runs of three or more as a range. */
function list(numbers: number[], style: NumberedStyle, or: string, to: string): string {
  const runs: number[][] = [];
  for (const value of numbers) {
    const run = runs.at(-1);
    if (run !== undefined && run.at(-1) === value - 1) run.push(value);
    else runs.push([value]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${numberedMarker(style, run[0] ?? 0)} ${to} ${numberedMarker(style, run.at(-1) ?? 0)}`]
      : run.map((value) => numberedMarker(style, value)),
  );
  return parts.length === 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} ${or} ${parts.slice(-1).join('')}`;
}

const messages = {
  en: {
    gap: (marker: string, previous: string | undefined, missing: number[], style: NumberedStyle) =>
      previous === undefined
        ? `Note ${marker} is the first note: there is no ${list(missing, style, 'or', 'to')}. Number notes from 1 without gaps`
        : `Note ${marker} follows ${previous}: there is no ${list(missing, style, 'or', 'to')}. Number notes without gaps`,
    order: (marker: string, previous: string) =>
      `Note ${marker} is first used after ${previous}: number notes in the order they first appear`,
    duplicate: (marker: string) => `Two notes are numbered ${marker}: give each note its own number`,
    markerless: (marker: string) => `This source line has no marker: is it note ${marker}?`,
  },
  fr: {
    gap: (marker: string, previous: string | undefined, missing: number[], style: NumberedStyle) =>
      previous === undefined
        ? `La note ${marker} est la première : il manque ${list(missing, style, 'et', 'à')}. Numérotez les notes à partir de 1, sans trou`
        : `La note ${marker} suit ${previous} : il manque ${list(missing, style, 'et', 'à')}. Numérotez les notes sans trou`,
    order: (marker: string, previous: string) =>
      `La note ${marker} est appelée pour la première fois après ${previous} : numérotez les notes dans l’ordre de leur premier appel`,
    duplicate: (marker: string) =>
      `Deux notes portent le numéro ${marker} : donnez à chaque note son propre numéro`,
    markerless: (marker: string) =>
      `Cette ligne de source n’a pas d’appel de note : est-ce la note ${marker} ?`,
  },
};
type Messages = (typeof messages)['en'];

function checkFirstUses(
  references: FootnoteReference[],
  definitions: FootnoteDefinition[],
  say: (reference: FootnoteReference, reason: string) => void,
  text: Messages,
): void {
  const used = new Set(references.map((reference) => reference.number));
  const noted = new Set(definitions.map((definition) => definition.number));
  let highest: FootnoteReference | undefined;
  const seen = new Set<number>();
  for (const reference of references) {
    const number = reference.number;
    if (number === undefined || seen.has(number)) continue;
    seen.add(number);
    const top = highest?.number ?? 0;
    if (highest !== undefined && number < top) {
      say(reference, text.order(reference.marker, highest.marker));
      continue;
    }
    const missing: number[] = [];
    for (let skipped = top + 1; skipped < number; skipped++) {
      if (!used.has(skipped) && !noted.has(skipped)) missing.push(skipped);
    }
    if (missing.length > 0) {
      const style = reference.style === 'sup' ? 'sup' : 'superscript';
      say(reference, text.gap(reference.marker, highest?.marker, missing, style));
    }
    highest = reference;
  }
}

export const footnoteSequence = defineRule(
  {
    id: 'footnote-sequence',
    summary: 'Number notes 1, 2, 3… in the order they are first used, without gaps.',
    rationale: `Readers match a marker to its note by number. A gap (¹ ² ³ ⁵) makes them look for a ⁴ that is not
there, and usually means a note or a marker was lost in an edit; out-of-order numbers make the notes hard to
follow. A source line with no marker among the notes is most likely the note that lost its number.`,
    fr: {
      summary: `Numéroter les notes 1, 2, 3… dans l’ordre de leur premier appel, sans trou.`,
      rationale: `Le lecteur associe un appel à sa note par son numéro. Un trou (¹ ² ³ ⁵) lui fait chercher un ⁴ qui n’existe pas, et signale le plus souvent une note ou un appel perdu pendant une modification ; des numéros dans le désordre rendent les notes difficiles à suivre. Une ligne de source sans numéro parmi les notes est sans doute la note qui a perdu le sien.`,
    },
    defaultSeverity: 'warning',
    fixable: false,
    examples: [
      {
        title: 'A gap in the markers and a note line without its marker (the Mali page)',
        markdown:
          'Three¹ figures² with³ notes, then⁵.\n\n¹ World bank 2020\n\n² UNOCHA 2020\n\n³ UNICEF 2020\n\n' +
          'International Organization for Migration (OIM) 2020\n\n⁵ According to the Harmonized Framework 2020\n',
        messages: 2,
      },
      {
        title: 'Numbers out of order of first use',
        markdown: 'First¹, then³, then².\n\n¹ World Bank 2020\n\n² UNOCHA 2020\n\n³ UNICEF 2020\n',
        messages: 1,
      },
      {
        title: 'Numbered in order, a marker used twice, a note continued in a second paragraph',
        markdown:
          'First¹, then<sup>2</sup>, again¹.\n\n¹ World Bank 2020\n\nWorld Development Indicators.\n\n<sup>2</sup> UNOCHA 2020\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const text = messages[documentLang(tree, file, options)];
    const { references, definitions, markerless } = footnoteModel(tree, file);

    checkFirstUses(
      references,
      definitions,
      (reference, reason) => report(file, { reason, place: reference.position, actual: reference.marker }),
      text,
    );

    const keys = new Set<string>();
    for (const definition of definitions) {
      if (!keys.has(definition.key)) keys.add(definition.key);
      else
        report(file, {
          reason: text.duplicate(definition.marker),
          place: definition.position,
          actual: definition.marker,
        });
    }

    for (const line of markerless) {
      const marker = numberedMarker(line.style, line.guessedNumber);
      report(file, {
        reason: text.markerless(marker),
        place: line.position,
        actual: line.text,
        expected: [`${marker} ${line.text}`],
      });
    }
  },
);
