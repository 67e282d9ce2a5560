import { isExponent } from '../text/exponent.js';
import { isNoteMark } from '../text/sentences.js';

// What `selon`/`according to` may introduce without naming a source: our own estimates, or a variation
// (`selon les régions`, `selon les cas`), which `depending on` never attributes either.
const NOT_A_SOURCE = String.raw`(?!\s+(?:(?:nos|notre|our|_+)\s+(?:propres\s+|own\s+)?(?:estimat|estimates|calcul|projection)|(?:les?|la|l['’]|the)\s*(?:régions?|cas|zones?|provinces?|saisons?|périodes?|années?|âges?|sexes?|besoins|contextes?|circonstances|sites?)(?![\p{L}])))`;

/**
 * Words that name a source in the text itself: `according to …`,
 * `source: …`, `(source : …)`, `selon …`, `d'après …`.
 */
const IN_TEXT_ATTRIBUTION = new RegExp(
  String.raw`(?<![\p{L}])(?:according to${NOT_A_SOURCE}|as reported by|sources?\s?:|selon${NOT_A_SOURCE}|d['’]après${NOT_A_SOURCE})(?![\p{L}])`,
  'iu',
);

/** An author-date citation: `(DARES, 2018)`, `(Santé publique France 2023)`, `(WHO, 2024, p. 12)`. */
const CITATION = /\(\p{Lu}[\p{L}\p{N}&.’'\- ]{1,60},?\s(?:19|20)\d\d(?:[,;][^)]{0,30})?\)/u;

// Verbs whose subject can be `the …` without being a participle: `the army said`, but not `the cases reported`.
const SAYS_EN = String.raw`said|says|told|reports|stated|states|announced|announces|estimates|indicates|warned|warns|confirmed|confirms|declared|declares|explained|explains|added|adds|wrote|writes|finds|shows`;
// With a named speaker, the past of reporting verbs too: `UNICEF reported`, `OCHA found`.
const REPORTED_EN = String.raw`${SAYS_EN}|reported|found|showed|recorded|counted|noted|indicated`;
const STEMS_FR = String.raw`déclar|indiqu|affirm|annonc|précis|expliqu|estim|rapport|soulign|recens|dénombr|signal|comptabilis|enregistr|relev|constat|avanc`;
// Present (`l’OMS estime`, `indique le HCR`) or past after its auxiliary (`a déclaré le ministre`): never a
// bare participle (`la population estimée à`).
const SAYS_FR = String.raw`(?:${STEMS_FR})(?:e|ent)|écrit|écrivent|(?:a|ont)\s+(?:${STEMS_FR})é|(?:a|ont)\s+écrit`;
// Words that open a sentence without naming anyone: `An estimated 2 million`, `We reported`.
const NOT_A_SPEAKER = String.raw`(?!(?:We|Nous|It|Il|Elle|They|Ils|Elles|On|This|These|Those|An|A|The|In|At|Of|Some|Many|Most|All|Le|La|Les|Un|Une|Des|Ce|Cette|Ces)(?![\p{L}]))`;
const NAME = String.raw`${NOT_A_SPEAKER}\p{Lu}[\p{L}\p{N}.’'-]*(?:\s(?:of|de|du|des|for|pour)?\s?\p{Lu}[\p{L}\p{N}.’'-]*){0,4}`;

/**
 * Speech and report verbs with their speaker: `said the mayor`, `the army
 * said`, `UNICEF reports`, `a déclaré le ministre`, `indique le HCR`, `l’OMS
 * estime`. The speaker is a name or a noun with its article, never `we`/`nous`
 * (the organisation reporting is no source) and never missing (`3,000 cases
 * were reported` is passive: nobody is named).
 */
const SPEECH = new RegExp(
  [
    String.raw`(?<![\p{L}])${NAME}\s+(?:has\s+|have\s+)?(?:${REPORTED_EN}|${SAYS_FR})(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:the|le|la|les|l['’])\s?(?!\d)\p{L}+\s+(?:${SAYS_EN}|${SAYS_FR})(?![\p{L}])`,
    String.raw`(?:^|[,;:”"»—–(]\s*|(?<![\p{L}])(?=a\s|ont\s))(?:${SAYS_EN}|reported|${SAYS_FR})\s+(?:(?:the|le|la|les|l['’])\s?\p{L}|\p{Lu})`,
  ].join('|'),
  'u',
);

/**
 * True when `text` names its source in words (`according to UNICEF`, `selon
 * l'OMS`, `UNICEF reports`, `a déclaré le ministre`, `(DARES, 2018)`), but not for our own
 * estimates (`selon nos estimations`) or a variation (`selon les régions`).
 */
export function hasInTextAttribution(text: string): boolean {
  return IN_TEXT_ATTRIBUTION.test(text) || CITATION.test(text) || SPEECH.test(text);
}

/** True when `text` carries a footnote marker: `[^1]`, `<sup>1</sup>` (flattened) or `¹`, but not an exponent (`km²`). */
export function hasNoteMark(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (isNoteMark(char) && !isExponent(SUPERSCRIPT_VALUES.indexOf(char as string), text, index)) return true;
  }
  return false;
}

const SUPERSCRIPT_VALUES = '⁰¹²³';
