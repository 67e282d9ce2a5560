/**
 * # `photo-credit-format`
 *
 * Checks how a photo credit is written, once `photo-credit` has found it.
 * The charter's form is `© Photographer / ALIMA`:
 *
 * - a credit that names only the organisation (`© ALIMA`, `Photo : ALIMA`,
 *   `<alima-photo-credit photographer="ALIMA">`) asks for the photographer;
 * - `©Name` → `© Name` (a space after the sign);
 * - `(c) Name` → `© Name` (the copyright sign);
 * - `Name/ALIMA` → `Name / ALIMA` (spaces around the slash).
 *
 * The last three have an unambiguous `--fix` when the credit is written in
 * the document (a line, a title or a caption), not built from an element's
 * attributes.
 *
 * ## Options
 *
 * `organizations` (`string[]`): names that are an organisation, not a
 * photographer; case is ignored. Defaults to the configured `ownSources`,
 * else `["ALIMA"]`.
 */
import { documentLang } from '../text/language.js';
import { imageModel } from '../images/image-model.js';
import type { Credit } from '../images/image.js';
import type { Fix } from '../report/finding.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

export interface PhotoCreditFormatOptions {
  /** Names of organisations, which do not count as a photographer. */
  organizations?: string[];
  /** The configured own sources (the engine passes them to every rule): the default organisations. */
  ownSources?: readonly string[];
}

const messages = {
  en: {
    bare: (credit: string) => `Credit “${credit}” names no photographer: write “© Photographer / ALIMA”`,
    bareNote:
      'Photographers hold the rights to their pictures: the credit names them, then the organisation.',
    space: 'Put a space after ©',
    copyright: 'Write the copyright sign ©, not “(c)”',
    slash: 'Put spaces around the slash between photographer and organisation',
  },
  fr: {
    bare: (credit: string) =>
      `Le crédit « ${credit} » ne nomme pas le ou la photographe : écrivez « © Photographe / ALIMA »`,
    bareNote:
      'Les photographes détiennent les droits de leurs images : le crédit les nomme, puis l’organisation.',
    space: 'Mettez une espace après ©',
    copyright: 'Écrivez le symbole ©, pas « (c) »',
    slash: 'Mettez une espace de part et d’autre de la barre oblique entre photographe et organisation',
  },
};

interface Repair {
  reason: keyof Omit<(typeof messages)['en'], 'bare' | 'bareNote'>;
  /**
   * The offending characters in the credit text; `g` so every candidate is
   * tried, the first one `accept`s kept.
   */
  pattern: RegExp;
  accept?: (match: RegExpMatchArray, text: string) => boolean;
  replacement: string;
}

/** Spelling slips with one right answer, each a `--fix`. */
const REPAIRS: readonly Repair[] = [
  { reason: 'space', pattern: /©(?=[^\s©])/gu, replacement: '© ' },
  { reason: 'copyright', pattern: /^\(c\)\s*/giu, replacement: '© ' },
  {
    reason: 'slash',
    // A slash between two names, not in a URL (`alima.ngo/photos`) and not already ` / `.
    pattern: /[ \t]*\/[ \t]*/gu,
    accept: (match, text) => {
      const at = match.index ?? 0;
      const word =
        /\S*$/u.exec(text.slice(0, at))?.[0] + '/' + /^\S*/u.exec(text.slice(at + match[0].length))?.[0];
      return match[0] !== ' / ' && !/:\/\/|^www\.|\.[a-z]{2,}\//iu.test(word) && !/^\/|\/$/u.test(word);
    },
    replacement: ' / ',
  },
];

function findSlip(repair: Repair, text: string): RegExpMatchArray | undefined {
  return [...text.matchAll(repair.pattern)].find((match) => repair.accept?.(match, text) ?? true);
}

const namesOnlyOrganizations = (credit: Credit, organizations: Set<string>): boolean => {
  const parts = credit.name.split('/').map((part) =>
    part
      .replace(/[\s.,;*_]+$/u, '')
      .trim()
      .toLowerCase(),
  );
  return parts[0] === '' || parts.every((part) => part === '' || organizations.has(part));
};

export const photoCreditFormat = defineRule<PhotoCreditFormatOptions>(
  {
    id: 'photo-credit-format',
    summary: 'Write photo credits as `© Photographer / ALIMA`.',
    rationale: `The charter credits the person who took the photo, then the organisation: \`© Nana Kofi Acquah / ALIMA\`.
A bare \`© ALIMA\` leaves the photographer out. Small slips (\`©Name\`, \`(c) Name\`, \`Name/ALIMA\`) are fixed by
\`--fix\`.`,
    fr: {
      summary: `Écrire les crédits photo sous la forme \`© Photographe / ALIMA\`.`,
      rationale: `La charte crédite la personne qui a pris la photo, puis l’organisation : \`© Nana Kofi Acquah / ALIMA\`. Un simple \`© ALIMA\` oublie le photographe. Les petites erreurs (\`©Nom\`, \`(c) Nom\`, \`Nom/ALIMA\`) sont corrigées par \`--fix\`.`,
    },
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      organizations: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Names that are an organisation, not a photographer (default: ownSources, else ["ALIMA"]).',
      },
    },
    examples: [
      {
        title: 'A credit without the photographer',
        markdown: '![A mobile clinic in Niono](/uploads/niono.jpg)\n© ALIMA\n',
        messages: 1,
      },
      {
        title: 'A missing space, fixable',
        markdown: '![A mobile clinic in Niono](/uploads/niono.jpg)\n©Alexandre Bonneau / ALIMA\n',
        messages: 1,
      },
      {
        title: 'The charter’s form',
        markdown: '![A mobile clinic in Niono](/uploads/niono.jpg)\n*© Nana Kofi Acquah / ALIMA*\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const text = messages[documentLang(tree, file, options)];
    const names = options?.organizations ?? options?.ownSources ?? ['ALIMA'];
    const organizations = new Set(names.map((name) => name.toLowerCase()));
    for (const { credit } of imageModel(tree, file)) {
      if (credit === undefined) continue;
      if (namesOnlyOrganizations(credit, organizations)) {
        report(file, {
          reason: text.bare(credit.text),
          place: credit.position,
          actual: credit.text,
          note: text.bareNote,
        });
      }
      if (credit.place === 'element') continue;
      for (const repair of REPAIRS) {
        const match = findSlip(repair, credit.text);
        if (match?.index === undefined) continue;
        const at = match.index;
        const expected =
          credit.text.slice(0, at) + repair.replacement + credit.text.slice(at + match[0].length);
        const fix: Fix | undefined =
          credit.offset === undefined
            ? undefined
            : {
                start: credit.offset + at,
                end: credit.offset + at + match[0].length,
                text: repair.replacement,
              };
        report(file, {
          reason: text[repair.reason],
          place: credit.position,
          actual: credit.text,
          expected: [expected],
          ...(fix === undefined ? {} : { fix }),
        });
      }
    }
  },
);
