import type { Lang } from '@alima/charter-lint';

/**
 * Every word the draft checker shows, in English and French: the checker
 * speaks the draft's language. `{n}`, `{text}` and the like are filled in
 * by `label`; a pair is the singular and plural, chosen by the language's
 * plural rules (French says "0 constat"). `editor` translates CodeMirror's
 * own phrases (its findings panel).
 */
export const CHECKER_LABELS = {
  en: {
    draft: 'Your draft, in Markdown',
    page: 'The page, as HTML source',
    openFile: 'Open a file (.docx, .html, .md), or drop one on the editor',
    pastedHtml:
      'Pasted from Word, Google Docs or a web page: checked as a web page (pasted.html). The editor shows the HTML source the clipboard held, and the findings are underlined in it.',
    openedHtml:
      'Checking {name} as a web page: the editor shows its HTML source, and the findings are underlined in it.',
    openedDocx:
      'Checking the Word document {name}. Its text cannot be edited here: each finding quotes its paragraph, and its position is paragraph:character. Fix them in Word, then open the file again.',
    asPlainText: 'Paste as plain text instead (Markdown)',
    backToDraft: 'Back to your Markdown draft',
    unsupported: 'Cannot open {name}: the checker opens .docx, .html, .htm, .md and .txt files.',
    docxPosition: 'Paragraph:character',
    hint: 'Findings are underlined as you type. Hover one, or put the cursor on it and press Ctrl+Shift+M (F8 goes to the next), to read it and apply a fix. Start with front matter “lang: fr” to check French.',
    findings: 'Findings',
    none: 'No findings: the draft follows the charter rules.',
    finding: ['{n} finding', '{n} findings'],
    error: ['{n} error', '{n} errors'],
    warning: ['{n} warning', '{n} warnings'],
    info: ['{n} suggestion', '{n} suggestions'],
    filters: 'Show',
    severity: 'Severity',
    errors: 'Errors ({n})',
    warnings: 'Warnings ({n})',
    infos: 'Suggestions ({n})',
    rule: 'Rule',
    allRules: 'All rules ({n})',
    ruleOption: '{rule} ({n})',
    shown: 'Showing {shown} of {total} findings, {rows} in the table.',
    showAll: 'Show all {n} in the table',
    position: 'Line:column',
    message: 'Message',
    instead: 'Write instead',
    actions: 'Actions',
    badge: { error: 'error', warning: 'warning', info: 'suggestion' },
    select: ' (select in the draft)',
    replace: 'Replace with “{text}”',
    ignore: 'Ignore here',
    ignoreFor: 'Ignore {rule} here',
    sarif: 'Download as SARIF (code scanning)',
    json: 'Download as JSON',
    failed: 'The checker failed on this draft: {error}',
    editor: { Diagnostics: 'Findings', 'No diagnostics': 'No findings', close: 'close' },
  },
  fr: {
    draft: 'Votre brouillon, en Markdown',
    page: 'La page, en source HTML',
    openFile: 'Ouvrir un fichier (.docx, .html, .md), ou le déposer sur l’éditeur',
    pastedHtml:
      'Collé depuis Word, Google Docs ou une page web : vérifié comme une page web (pasted.html). L’éditeur montre la source HTML du presse-papiers, où les constats sont soulignés.',
    openedHtml:
      'Vérification de {name} comme une page web : l’éditeur montre sa source HTML, où les constats sont soulignés.',
    openedDocx:
      'Vérification du document Word {name}. Son texte ne peut pas être modifié ici : chaque constat cite son paragraphe, et sa position est paragraphe:caractère. Corrigez-les dans Word, puis rouvrez le fichier.',
    asPlainText: 'Coller plutôt en texte brut (Markdown)',
    backToDraft: 'Revenir à votre brouillon Markdown',
    unsupported:
      'Impossible d’ouvrir {name} : le vérificateur ouvre les fichiers .docx, .html, .htm, .md et .txt.',
    docxPosition: 'Paragraphe:caractère',
    hint: 'Les constats sont soulignés pendant la frappe. Survolez-en un, ou placez-y le curseur et appuyez sur Ctrl+Maj+M (F8 passe au suivant), pour le lire et appliquer une correction. Commencez par l’en-tête « lang: en » pour vérifier de l’anglais.',
    findings: 'Constats',
    none: 'Aucun constat : le brouillon suit les règles de la charte.',
    finding: ['{n} constat', '{n} constats'],
    error: ['{n} erreur', '{n} erreurs'],
    warning: ['{n} avertissement', '{n} avertissements'],
    info: ['{n} suggestion', '{n} suggestions'],
    filters: 'Afficher',
    severity: 'Gravité',
    errors: 'Erreurs ({n})',
    warnings: 'Avertissements ({n})',
    infos: 'Suggestions ({n})',
    rule: 'Règle',
    allRules: 'Toutes les règles ({n})',
    ruleOption: '{rule} ({n})',
    shown: '{shown} constats affichés sur {total}, dont {rows} dans le tableau.',
    showAll: 'Afficher les {n} dans le tableau',
    position: 'Ligne:colonne',
    message: 'Message',
    instead: 'Écrire plutôt',
    actions: 'Actions',
    badge: { error: 'erreur', warning: 'avertissement', info: 'suggestion' },
    select: ' (sélectionner dans le brouillon)',
    replace: 'Remplacer par « {text} »',
    ignore: 'Ignorer ici',
    ignoreFor: 'Ignorer {rule} ici',
    sarif: 'Télécharger en SARIF (analyse de code)',
    json: 'Télécharger en JSON',
    failed: 'Le vérificateur a échoué sur ce brouillon : {error}',
    editor: { Diagnostics: 'Constats', 'No diagnostics': 'Aucun constat', close: 'fermer' },
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

export type CheckerLabels = (typeof CHECKER_LABELS)[Lang];

/** A label's text with its `{name}` slots filled; a singular/plural pair is chosen by `values.n`. */
export function label(
  lang: Lang,
  text: string | readonly [string, string],
  values: Record<string, string | number> = {},
): string {
  const chosen =
    typeof text === 'string'
      ? text
      : new Intl.PluralRules(lang).select(Number(values.n ?? 0)) === 'one'
        ? text[0]
        : text[1];
  return chosen.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}
