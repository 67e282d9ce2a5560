/**
 * # `footnote-undefined`
 *
 * Reports a footnote reference that has no note: a GFM `[^id]` without a
 * `[^id]: …` definition, or a superscript marker (`inhabitants¹`) or
 * `<sup>1</sup>` without a note line starting with the same number
 * (`¹ World Bank 2020`) at the end of the document or of a section. Notes
 * may be paragraphs, lines of one paragraph, or items of a list; an
 * exponent after a unit (`km²`, `m<sup>3</sup>`) and a French ordinal
 * (`XIX<sup>e</sup>`) are not markers.
 *
 * GFM drops an undefined `[^id]` from the syntax tree (it stays plain text),
 * so the rule rescans the text, as `remark-lint-no-undefined-references`
 * does; code, inline code and comments are skipped.
 *
 * Superscript and `<sup>` markers share one numbering: `<sup>1</sup>` finds
 * the note `¹ …` and the other way round. The design system's elements are
 * read too: `<alima-footnote-ref footnote="wb2020">` and
 * `<alima-stat-card footnote="wb2020">` need `<alima-footnote id="wb2020">`.
 *
 * When a line among the notes has lost its marker where this number would
 * be, the message says so (`footnote-sequence` reports that line).
 *
 * No `--fix`: only the writer knows the missing source.
 */
import type { FootnoteReference } from '../footnotes/footnote.js';
import { documentLang } from '../text/language.js';
import { elementId } from '../footnotes/element-notes.js';
import { footnoteModel } from '../footnotes/footnote-model.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

const messages = {
  en: {
    gfm: (marker: string) =>
      `Footnote ${marker} has no definition: add “${marker}: Source, year”, or remove the reference`,
    numbered: (marker: string) =>
      `Footnote ${marker} has no note: add a line “${marker} Source, year” at the end of the section, or remove the marker`,
    element: (id: string) =>
      `footnote="${id}" points to no <alima-footnote id="${id}">: add the note, or fix the id`,
    markerless: (text: string) => `The line “${text}” among the notes may be this note: give it its marker.`,
    note: 'A reader who follows a marker to nothing cannot check the figure.',
  },
  fr: {
    gfm: (marker: string) =>
      `La note ${marker} n’est pas définie : ajoutez « ${marker}: Source, année », ou retirez l’appel`,
    numbered: (marker: string) =>
      `L’appel de note ${marker} n’a pas de note : ajoutez une ligne « ${marker} Source, année » en fin de section, ou retirez l’appel`,
    element: (id: string) =>
      `footnote="${id}" ne renvoie à aucun <alima-footnote id="${id}"> : ajoutez la note, ou corrigez l’identifiant`,
    markerless: (text: string) =>
      `La ligne « ${text} » parmi les notes est peut-être cette note : ajoutez-lui son appel.`,
    note: 'Un lecteur qui suit un appel de note vers rien ne peut pas vérifier le chiffre.',
  },
};

export const footnoteUndefined = defineRule(
  {
    id: 'footnote-undefined',
    summary: 'Every footnote marker needs its note.',
    rationale: `A marker (\`[^who]\`, \`¹\`, \`<sup>1</sup>\`) promises the reader a source. When the note is
missing, the figure looks sourced but is not, and nobody can check it. Add the note, or remove the marker.`,
    fr: {
      summary: `Chaque appel de note a besoin de sa note.`,
      rationale: `Un appel (\`[^qui]\`, \`¹\`, \`<sup>1</sup>\`) promet une source au lecteur. Quand la note manque, le chiffre paraît sourcé alors qu’il ne l’est pas, et personne ne peut le vérifier. Ajoutez la note ou retirez l’appel.`,
    },
    defaultSeverity: 'error',
    fixable: false,
    supersedes: ['MD052'],
    examples: [
      {
        title: 'A superscript marker with no note',
        markdown:
          '- 20.25 million inhabitants¹\n- 3.5 million people face food insecurity²\n\n¹ World Bank 2020\n',
        messages: 1,
      },
      {
        title: 'A GFM reference with no definition',
        markdown: 'Measles cases rose by 40%.[^who]\n',
        messages: 1,
      },
      {
        title: 'A `<sup>` marker with no note',
        markdown: 'Nearly 979,000 people suffer from acute malnutrition.<sup>5</sup>\n',
        messages: 1,
      },
      {
        title: 'Every marker has its note',
        markdown:
          '- 20.25 million inhabitants¹\n- 3.5 million people face food insecurity<sup>2</sup>\n\n' +
          'Measles cases rose by 40%.[^who]\n\n¹ World Bank 2020\n\n² UNOCHA 2020\n\n[^who]: WHO 2021\n',
        messages: 0,
      },
      {
        title: 'The design system’s elements, each reference with its note',
        markdown:
          '<alima-stat-card value="20250000" footnote="wb2020"></alima-stat-card>\n\n' +
          '<alima-footnotes>\n<alima-footnote id="wb2020" source="World Bank" year="2020"></alima-footnote>\n</alima-footnotes>\n',
        messages: 0,
      },
      {
        title: 'Markers in code are not references',
        markdown: 'Write `[^id]` for a GFM footnote, or a superscript such as `¹`.\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const lang = documentLang(tree, file, options);
    const text = messages[lang];
    const { references, definitions, markerless } = footnoteModel(tree, file);
    const defined = new Set(definitions.map((definition) => definition.key));
    const describe = (reference: FootnoteReference) =>
      reference.style === 'gfm'
        ? text.gfm(reference.marker)
        : reference.style === 'element'
          ? text.element(elementId(reference.key))
          : text.numbered(reference.marker);

    for (const reference of references) {
      if (defined.has(reference.key)) continue;
      const lost = markerless.find((line) => line.guessedNumber === reference.number);
      report(file, {
        reason: describe(reference),
        place: reference.position,
        actual: reference.marker,
        note: lost === undefined ? text.note : `${text.note} ${text.markerless(lost.text)}`,
      });
    }
  },
);
