import type { Lang } from '../config/langs.js';
import { anyWords, endsWithAny, WORD_END } from './context.js';
import { VOCABULARY, type FigureVocabulary } from './vocabulary.js';

// Words that join two things rather than qualify the noun: `500 children and their files` counts children.
const JOINING = '(?:and|or|of|with|in|per|the|their|from|to|et|ou|de|des|du|avec|par|les|leurs)\\s';

interface SettingPatterns {
  /** `set the threshold to`, `réglez le seuil d'alerte à`, ending just before the number. */
  setTo: RegExp;
  /** Sticky: `up to`, `jusqu’à`, ending just before the number. */
  limitBefore: RegExp;
  /** From just after the number: up to two qualifying words, then what a screen or a program counts. */
  settingNoun: RegExp;
  /** From just after that noun: `per page`, `par défaut`. */
  limitAfter: RegExp;
}

function compile(vocabulary: FigureVocabulary, lang: Lang): SettingPatterns {
  const to = lang === 'en' ? '(?:to|at)' : '(?:à|sur)';
  return {
    // `set up to 20 clinics` sets nothing up: `up` cannot be one of the words between; and after
    // an article a verb is a noun: `grew the data set to 12,000 patients` counts patients. Searched,
    // not sticky: elided words (`le seuil d'alerte`) count twice for endsWithAny.
    setTo: new RegExp(
      `(?<!\\p{L})(?<!(?<!\\p{L})(?:a|an|the|data|each|every|this|that|un|le|la|les)\\s)${anyWords(vocabulary.settingVerbs)}(?:\\s+(?!up\\s)[\\p{Ll}’'-]+){0,3}\\s+${to}\\s+$`,
      'iu',
    ),
    limitBefore: new RegExp(`${anyWords(vocabulary.limitBefore)}\\s+$`, 'iuy'),
    settingNoun: new RegExp(
      `^\\s+(?:(?!${JOINING})[\\p{Ll}-]+\\s+){0,2}${anyWords(vocabulary.settingNouns)}${WORD_END}`,
      'u',
    ),
    limitAfter: new RegExp(`^,?\\s+${anyWords(vocabulary.limitAfter)}${WORD_END}`, 'iu'),
  };
}

const PATTERNS: Record<Lang, SettingPatterns> = {
  en: compile(VOCABULARY.en, 'en'),
  fr: compile(VOCABULARY.fr, 'fr'),
};

/**
 * True when the number between `before` and `after` is a setting or a limit
 * of a program, not a fact about the world: a value something is set to
 * (`set the threshold to 0.05 %`, `Set to 140.`, `réglez le seuil à 5 %`), or
 * a number of what a screen or a program counts (rows, results, fields,
 * files, attachments, `items` per page) governed by a limit (`up to 100
 * custom segments`, `export up to 500 search results`, `show 100 rows per
 * page`, `jusqu’à 20 pièces jointes`, `50 résultats par page`). Such numbers
 * describe the software; nobody could cite a source for them. Units of
 * software already count as measurements (`500 characters`, `25 MB`,
 * `10 Mo`, `30 seconds`, `200 ms`, `16 px`). The caller keeps money and
 * amounts with a scale word. Constant work: a few bounded attempts on short windows.
 */
export function isSoftwareSetting(before: string, after: string, lang: Lang): boolean {
  const { setTo, limitBefore, settingNoun, limitAfter } = PATTERNS[lang];
  if (setTo.test(before)) return true;
  const noun = settingNoun.exec(after);
  if (noun === null) return false;
  return endsWithAny([limitBefore], before) || limitAfter.test(after.slice(noun[0].length));
}
