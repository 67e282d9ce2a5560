/**
 * # `photo-alt-text`
 *
 * Warns when an image's alt text is a file name or a CMS slug rather than a
 * description: `IMG_2041.jpg`, `DSC_0042`, `A7303717`, WordPress's
 * `CONTEXTE 4 scaled` (from `CONTEXTE-4-scaled.jpg`), `mopti_clinic`.
 * Reads Markdown images, reference images and HTML `<img alt>`.
 *
 * Missing alt text is markdownlint's `MD045`, and an empty `alt=""` marks a
 * decorative image on purpose: neither is reported here.
 *
 * No `--fix`: only the writer can describe the picture.
 */
import { documentLang } from '../text/language.js';
import { looksLikeFileName } from '../images/file-name-alt.js';
import { imageModel } from '../images/image-model.js';
import { report } from '../report/finding.js';
import { defineRule } from './define-rule.js';

const messages = {
  en: {
    reason: (alt: string) => `Alt text “${alt}” looks like a file name: describe what the photo shows`,
    note: 'Screen readers read alt text aloud, and it shows when the image does not load: a file name tells the reader nothing.',
  },
  fr: {
    reason: (alt: string) =>
      `Le texte alternatif « ${alt} » ressemble à un nom de fichier : décrivez ce que montre la photo`,
    note: 'Les lecteurs d’écran lisent le texte alternatif à voix haute, et il s’affiche quand l’image ne charge pas : un nom de fichier n’apprend rien au lecteur.',
  },
};

export const photoAltText = defineRule(
  {
    id: 'photo-alt-text',
    summary: 'Alt text describes the photo; it is not a file name.',
    rationale: `Alt text is what people using a screen reader hear instead of the photo, and what everyone sees when it
does not load. A CMS often fills it with the file name (\`CONTEXTE 4 scaled\`, \`IMG_2041.jpg\`), which tells
them nothing. Describe what the photo shows: "A nurse measures a child's arm at the Mopti clinic".`,
    fr: {
      summary: `Le texte alternatif décrit la photo ; ce n’est pas un nom de fichier.`,
      rationale: `Le texte alternatif est ce qu’entendent les personnes qui utilisent un lecteur d’écran à la place de la photo, et ce que tout le monde voit quand elle ne s’affiche pas. Un CMS le remplit souvent avec le nom du fichier (\`CONTEXTE 4 scaled\`, \`IMG_2041.jpg\`), qui ne leur apprend rien. Décrivez ce que montre la photo : « Une infirmière mesure le bras d’un enfant au centre de santé de Mopti ».`,
    },
    defaultSeverity: 'warning',
    fixable: false,
    supersedes: ['MD045'],
    examples: [
      {
        title: 'Alt text left by the CMS',
        markdown:
          '![CONTEXTE 4 scaled](/wp-content/uploads/CONTEXTE-4-scaled.jpg)\n© Nana Kofi Acquah / ALIMA\n',
        messages: 1,
      },
      {
        title: 'A camera file name in HTML',
        markdown: '<img src="/uploads/IMG_2041.jpg" alt="IMG_2041.jpg">\n',
        messages: 1,
      },
      {
        title: 'Alt text that describes the photo',
        markdown:
          '![A nurse measures a child’s arm at the Mopti clinic](/uploads/IMG_2041.jpg)\n© Nana Kofi Acquah / ALIMA\n',
        messages: 0,
      },
    ],
  },
  (tree, file, options) => {
    const text = messages[documentLang(tree, file, options)];
    for (const image of imageModel(tree, file)) {
      if (image.alt === undefined || !looksLikeFileName(image.alt)) continue;
      report(file, {
        reason: text.reason(image.alt.trim()),
        place: image.position,
        actual: image.alt,
        note: text.note,
      });
    }
  },
);
