/**
 * # `photo-credit`
 *
 * Every image needs a credit naming who holds the rights. The rule reads
 * Markdown images `![alt](src)`, reference images `![alt][ref]`, HTML
 * `<img>` and an `<img>` inside `<figure>`, and accepts as a credit, in this
 * order:
 *
 * 1. the image title: `![alt](src "© Name / ALIMA")`, `<img title="© …">`;
 * 2. an `<alima-photo-credit photographer="…">` element around it;
 * 3. the `<figcaption>` of its `<figure>`, when it contains a credit;
 * 4. the rest of the image's line, else the next line or paragraph (after
 *    the link, figure or element around the image), when it holds a credit.
 *
 * A credit is `©` followed by a name (`© Nana Kofi Acquah / ALIMA`,
 * `©Alexandre Bonneau / ALIMA`), or a label with a colon followed by a
 * name at the start of the text or after a sentence: `Photo:`, `Photo :`,
 * `Credit:`, `Crédit photo :`, `Text and photos: © …`, `Texte et photos :`,
 * `Copyright:`; `(c) Name` too. Emphasis and inline tags around it are
 * fine (`*© Name / ALIMA*`). `photo-credit-format` then checks how the
 * credit is written.
 *
 * ## Options
 *
 * `exempt` (`string[]`, default `[]`): path globs of images that are not
 * photos, such as logos, icons and maps: `["logo-*", "*.svg", "map-*"]`.
 * A glob without `/` matches the file name in any folder; with `/` it
 * matches the whole path, `*` and `?` within a folder and `**` across
 * folders (`uploads/icons/**`). Case is ignored; a query or fragment
 * after the path is not part of it.
 *
 * No `--fix`: only the writer knows the photographer.
 */
import { documentLang } from '../text/language.js';
import { globMatcher } from '../images/glob.js';
import { imageModel } from '../images/image-model.js';
import { imageLabel } from '../images/image.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

export interface PhotoCreditOptions {
  /** Path globs of images that need no credit (logos, icons, maps). */
  exempt?: string[];
}

const messages = {
  en: {
    reason: (label: string) =>
      `Image “${label}” has no credit: add a line “© Photographer / ALIMA” right after it`,
    note: 'Photographers hold the rights to their pictures, and the charter credits every photo. The image title, a <figcaption> or <alima-photo-credit photographer="…"> can hold the credit too.',
  },
  fr: {
    reason: (label: string) =>
      `L’image « ${label} » n’a pas de crédit : ajoutez juste après une ligne « © Photographe / ALIMA »`,
    note: 'Les photographes détiennent les droits de leurs images, et la charte crédite chaque photo. Le titre de l’image, une <figcaption> ou <alima-photo-credit photographer="…"> peuvent aussi porter le crédit.',
  },
};

function exemptions(options: PhotoCreditOptions | undefined): (path: string) => boolean {
  const exempt: unknown = options?.exempt ?? [];
  if (!Array.isArray(exempt) || !exempt.every((pattern) => typeof pattern === 'string')) {
    throw new Error(
      `Option \`exempt\` of \`photo-credit\` must be a list of path globs such as ["**/logo-*"], not ${JSON.stringify(exempt)}`,
    );
  }
  return globMatcher(exempt as string[]);
}

export const photoCredit = defineRule<PhotoCreditOptions>(
  {
    id: 'photo-credit',
    summary: 'Every photo is credited: `© Photographer / ALIMA` right after it.',
    rationale: `Photographers hold the rights to their pictures, and the charter credits every photo it publishes.
Write the credit on the line after the image (\`© Nana Kofi Acquah / ALIMA\`), in its title, in the
\`<figcaption>\` of its figure, or wrap it in \`<alima-photo-credit photographer="…">\`. Logos, icons and maps
are not photos: exempt them by path with the \`exempt\` option.`,
    fr: {
      summary: `Chaque photo est créditée : \`© Photographe / ALIMA\` juste après elle.`,
      rationale: `Les photographes détiennent les droits de leurs images, et la charte crédite chaque photo publiée. Écrivez le crédit sur la ligne qui suit l’image (\`© Nana Kofi Acquah / ALIMA\`), dans son titre, dans la \`<figcaption>\` de sa figure, ou entourez-la de \`<alima-photo-credit photographer="…">\`. Les logos, icônes et cartes ne sont pas des photos : exemptez-les par leur chemin avec l’option \`exempt\`.`,
    },
    defaultSeverity: 'error',
    fixable: false,
    options: {
      exempt: {
        type: 'array',
        items: { type: 'string' },
        description: 'Path globs of images that are not photos (logos, icons, maps): ["logo-*", "*.svg"].',
      },
    },
    examples: [
      {
        title: 'A photo without a credit',
        markdown: '![Nurses at the Mopti clinic](/uploads/mopti-clinic.jpg)\n\nThe clinic opened in 2020.\n',
        messages: 1,
      },
      {
        title: 'An HTML figure whose caption has no credit',
        markdown:
          '<figure>\n<img src="/uploads/mopti.jpg" alt="Nurses at the Mopti clinic">\n<figcaption>The Mopti clinic.</figcaption>\n</figure>\n',
        messages: 1,
      },
      {
        title: 'Credits on the next line, in a title, in a caption, and from the element',
        markdown:
          '![Nurses at the Mopti clinic](/uploads/mopti.jpg)\n© Nana Kofi Acquah / ALIMA\n\n' +
          '![A mother and her child](/uploads/ségou.jpg "© Alexandre Bonneau / ALIMA")\n\n' +
          '<figure>\n<img src="/uploads/goundam.jpg" alt="The Goundam hospital">\n' +
          '<figcaption>The Goundam hospital. Photo: Jane Doe / ALIMA</figcaption>\n</figure>\n\n' +
          '<alima-photo-credit photographer="Nana Kofi Acquah">\n<img src="/uploads/niono.jpg" alt="A mobile clinic">\n</alima-photo-credit>\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const isExempt = exemptions(options);
    const text = messages[documentLang(tree, file, options)];
    for (const image of imageModel(tree, file)) {
      if (image.credit !== undefined || isExempt(image.src)) continue;
      report(file, {
        reason: text.reason(imageLabel(image)),
        place: image.position,
        actual: image.src,
        note: text.note,
      });
    }
  },
);
