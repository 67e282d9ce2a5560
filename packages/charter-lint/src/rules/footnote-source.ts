/**
 * # `footnote-source`
 *
 * Reports a note that does not say who published the figure or when:
 * `¹ World bank 2020` is fine; `¹ see website` names neither, `¹ World Bank`
 * has no year, `¹ 2020` no source. Applies to GFM definitions and to
 * superscript and `<sup>` note lines alike.
 *
 * A note names a source when it has a word other than pointers and filler
 * (`see`, `website`, `link`, `report`, `data`, `ibid`, `voir`, `site`,
 * `données`, articles and prepositions): a publisher, an acronym or a URL.
 * A year is a four-digit year from 1800 to 2099; `n.d.` / `s.d.` (no date)
 * counts as a deliberate answer.
 *
 * No `--fix`: only the writer knows the source.
 */
import { documentLang } from '../text/language.js';
import { footnoteModel } from '../footnotes/footnote-model.js';
import { sourceParts } from '../footnotes/names-source.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

const messages = {
  en: {
    neither: (marker: string) =>
      `Note ${marker} names neither a source nor a year: write who published the figure and when (“World Bank 2020”)`,
    source: (marker: string) =>
      `Note ${marker} names no source: say who published the figure (“World Bank 2020”)`,
    year: (marker: string) => `Note ${marker} names no year: add the year of the source (“World Bank 2020”)`,
    note: 'Readers and editors check a figure against its source and its date; figures change every year.',
  },
  fr: {
    neither: (marker: string) =>
      `La note ${marker} n’indique ni source ni année : écrivez qui a publié le chiffre, et quand (« Banque mondiale 2020 »)`,
    source: (marker: string) =>
      `La note ${marker} ne nomme aucune source : indiquez qui a publié le chiffre (« Banque mondiale 2020 »)`,
    year: (marker: string) =>
      `La note ${marker} n’indique pas d’année : ajoutez l’année de la source (« Banque mondiale 2020 »)`,
    note: 'Lecteurs et relecteurs vérifient un chiffre avec sa source et sa date ; les chiffres changent chaque année.',
  },
};

export const footnoteSource = defineRule(
  {
    id: 'footnote-source',
    summary: 'Every note names its source and the year: `¹ World Bank 2020`.',
    rationale: `A note is there so a reader can check the figure. "See website" sends them nowhere, and a source
without a year cannot tell them whether the figure is this year's or ten years old. Name who published the
figure and the year of publication.`,
    fr: {
      summary: `Chaque note nomme sa source et l’année : \`¹ Banque mondiale 2020\`.`,
      rationale: `Une note sert à vérifier le chiffre. « Voir le site » n’envoie nulle part, et une source sans année ne dit pas si le chiffre date de cette année ou d’il y a dix ans. Nommez qui a publié le chiffre et l’année de publication.`,
    },
    defaultSeverity: 'warning',
    fixable: false,
    examples: [
      { title: 'A note that only points somewhere', markdown: 'Text¹\n\n¹ see website\n', messages: 1 },
      { title: 'A note without a year', markdown: 'Text[^wb]\n\n[^wb]: World Bank\n', messages: 1 },
      {
        title: 'Notes with a source and a year',
        markdown:
          'Text¹ and more<sup>2</sup>\n\n¹ World bank 2020\n\n<sup>2</sup> [UNOCHA](https://www.unocha.org/mali) 2020\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const text = messages[documentLang(tree, file, options)];
    for (const definition of footnoteModel(tree, file).definitions) {
      const { names, year } = sourceParts(definition.text);
      if (names && year) continue;
      const reason = !names && !year ? text.neither : names ? text.year : text.source;
      report(file, {
        reason: reason(definition.marker),
        place: definition.extent,
        actual: definition.text,
        note: text.note,
      });
    }
  },
);
