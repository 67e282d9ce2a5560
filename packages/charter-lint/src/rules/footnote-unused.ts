/**
 * # `footnote-unused`
 *
 * Reports a note that nothing references: a GFM `[^id]: …` definition
 * without `[^id]` in the text, or a note line `⁴ …` at the end of a section
 * with no `⁴` or `<sup>4</sup>` marker anywhere in the document, or an
 * `<alima-footnote id="wb2020">` no `footnote="wb2020"` points to.
 *
 * An unused note usually means a marker was lost in an edit, so the figure
 * it sourced now reads as unsourced. The message sits on the note's marker.
 *
 * No `--fix`: the rule cannot know which figure the note belongs to.
 */
import { documentLang } from '../text/language.js';
import { elementId } from '../footnotes/element-notes.js';
import { footnoteModel } from '../footnotes/footnote-model.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

const messages = {
  en: {
    reason: (marker: string) =>
      `Note ${marker} is never referenced: put ${marker} after the figure it sources, or remove the note`,
    element: (id: string) =>
      `<alima-footnote id="${id}"> is never referenced: add footnote="${id}" to the figure it sources, or remove the note`,
    note: 'A note without a marker usually means a marker was lost in an edit: the figure it sourced now looks unsourced.',
  },
  fr: {
    reason: (marker: string) =>
      `La note ${marker} n’est appelée nulle part : placez ${marker} après le chiffre qu’elle source, ou supprimez la note`,
    element: (id: string) =>
      `<alima-footnote id="${id}"> n’est appelée nulle part : ajoutez footnote="${id}" au chiffre qu’elle source, ou supprimez la note`,
    note: 'Une note sans appel signale souvent un appel perdu lors d’une modification : le chiffre qu’elle sourçait paraît sans source.',
  },
};

export const footnoteUnused = defineRule(
  {
    id: 'footnote-unused',
    summary: 'Every note must be referenced from the text.',
    rationale: `A note that no marker points to is a source cut loose from its figure: a reader cannot tell which
number it supports, and the figure it belonged to now looks unsourced. Put the marker back after the figure,
or remove the note.`,
    fr: {
      summary: `Chaque note doit être appelée dans le texte.`,
      rationale: `Une note qu’aucun appel ne désigne est une source détachée de son chiffre : le lecteur ne sait pas quel nombre elle étaye, et le chiffre auquel elle appartenait paraît désormais sans source. Remettez l’appel après le chiffre, ou supprimez la note.`,
    },
    defaultSeverity: 'error',
    fixable: false,
    supersedes: ['MD053'],
    examples: [
      {
        title: 'A note line no marker points to',
        markdown: '- 20.25 million inhabitants¹\n\n¹ World Bank 2020\n\n² UNOCHA 2020\n',
        messages: 1,
      },
      {
        title: 'A GFM definition nothing references',
        markdown: 'Measles cases rose by 40%.\n\n[^who]: WHO 2021\n',
        messages: 1,
      },
      {
        title: 'Each note is referenced, whatever the marker style',
        markdown:
          '- 20.25 million inhabitants¹\n- 40% more cases<sup>2</sup>[^who]\n\n¹ World Bank 2020\n\n² WHO 2021\n\n[^who]: WHO 2021\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const text = messages[documentLang(tree, file, options)];
    const { references, definitions } = footnoteModel(tree, file);
    const referenced = new Set(references.map((reference) => reference.key));
    for (const definition of definitions) {
      if (referenced.has(definition.key)) continue;
      report(file, {
        reason:
          definition.style === 'element'
            ? text.element(elementId(definition.key))
            : text.reason(definition.marker),
        place: definition.position,
        actual: definition.marker,
        note: text.note,
      });
    }
  },
);
