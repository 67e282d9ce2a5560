import type { Lang } from '../config/langs.js';

/**
 * The words around a number that say what it is, per language. Each list is
 * written as alternatives of a regular expression (no nested quantifiers, so
 * matching stays linear); the tests in statistics.test.ts are their examples.
 */
export interface FigureVocabulary {
  /** After a number, making it a quantity at any size, in any case: `3 million`, `321.4 Million`. */
  scale: string[];
  /** Abbreviated scales, case-sensitive: `$5M`, `2 Mds`. */
  scaleSymbols: string[];
  /** After a number: `45 per cent`. */
  percent: string[];
  /** After a number, making it a duration, an age or a measurement: `6 weeks`, `1.2 kg`. */
  units: string[];
  /** Between a number and its unit: `60 business days`. */
  unitQualifiers: string[];
  /** After a number, making it a time of day: `7 p.m.`, `14 h`. */
  clock: string[];
  months: string[];
  /** Before a number, making it an identifier, a version, an age or a rank: `Section 508`, `aged 5`. */
  labels: string[];
  /** Before a number, making it a rate's denominator when it is a power of ten: `per 100,000`. */
  per: string[];
  /** After a number and up to three names: a street address, `1800 F Street`. */
  streets: string[];
  /** Before `under`/`over` + number, making it an age: `children under 18`. */
  people: string[];
  /** After a number: `65 and older`. */
  ageAfter: string[];
  /**
   * Numbers that name a law or a protocol code, digits and following words
   * together: `508 compliant`, `404 error`, `301 redirects`.
   */
  namedNumbers: string[];
  /** The word before the last item of a list: `30, 60 or 90 minutes`. */
  listJoiners: string[];
  /**
   * Between a measure and a number that leaves its unit out: `24 heures sur
   * 24`, `7 jours sur 7`, `5 days out of 7`.
   */
  unitElidedJoiners: string[];
  /**
   * Words after the second number of `24 heures sur 24` that do not say what
   * it counts (`pendant`, `dans`, `in`): the unit is still left out.
   */
  functionWords: string[];
  /**
   * `units` that count things or times rather than measure (`pages`, `times`,
   * `fois`): after the first number of a proportion they are what it counts
   * (`one page in three`, `9 times out of 10`, `une fois sur deux`).
   */
  countingUnits: string[];
  /** After a number, a street written name-last, capitalised: `45 Rue Dembélé`, `12 Avenue Foch`. */
  streetsFirst: string[];
  /** Before an amount of money, the gift an appeal asks for: `a gift of €30`, `un don de 30 €`. */
  appealBefore: string[];
  /** After an amount of money, what the gift does: `€30 can buy`, `30 € permettent`. */
  appealAfter: string[];
  /** Before a number, making it a version, in any case: `version 3.2`, `v 10`, `release 12`. */
  versionWords: string[];
  /** After a number and up to two words, what a screen or a program counts: `100 rows`, `20 pièces jointes`. */
  settingNouns: string[];
  /** Before a number of `settingNouns`, making it a limit: `up to`, `jusqu’à`. */
  limitBefore: string[];
  /** After `settingNouns`, making their number a limit or a setting: `per page`, `par défaut`. */
  limitAfter: string[];
  /** Before a few words and `to`/`à`, making the number that follows a setting: `set the threshold to`. */
  settingVerbs: string[];
}

// Streets as French-speaking West Africa writes them, in pages of either language.
const STREETS_FIRST = [
  'Rue',
  'Avenue',
  'Boulevard',
  'Bd',
  'Chemin',
  'Allée',
  'Impasse',
  'Quai',
  'Route de',
  'Place de',
];

// Word lists read best as paragraphs, not one word a line.
// prettier-ignore
const SHARED_UNITS = [
  'mm', 'cm', 'km', 'm', 'kg', 'g', 'mg', 'µg', 'mcg', 'lbs?', 'oz', 'ml', 'mL', 'cl', 'dl', 'l', 'L',
  '°\\s?[CF]', 'ms', 'fps', 'kb', 'KB', 'Mb', 'MB', 'Go', 'Mo', 'Ko', 'GB', 'TB', 'kbps', 'Mbps', 'px', 'pt', 'dpi',
  'Hz', 'kHz', 'MHz', 'GHz', 'kWh', 'MWh', 'GWh', 'TWh', 'MW', 'kW', 'W', 'V', 'ha',
  // Energy, as nutrition protocols and food rations state it (`500 kcal`, `2,100 kJ`).
  'kcal', 'kJ', 'MJ',
  // Peak power of solar panels, as French writes it (`100-500 kWc`).
  'kWc', 'MWc', 'GWc',
];

// A version in either language, Spanish included (pages quote Spanish release notes): `versión 12`.
const VERSION_WORDS = ['versions?', 'versión', 'v\\.?', 'releases?'];

// prettier-ignore
export const VOCABULARY: Readonly<Record<Lang, FigureVocabulary>> = {
  en: {
    scale: ['thousand', 'millions?', 'billions?', 'trillions?'],
    scaleSymbols: ['bn', 'mn', 'M'],
    percent: ['%', 'per\\s?cent', 'percent(?:age points?)?', 'pct'],
    units: [
      ...SHARED_UNITS,
      'milliseconds?', 'seconds?', 'secs?', 'minutes?', 'mins?', 'hours?', 'hrs?', 'days?', 'nights?', 'weeks?', 'months?',
      'years?', 'yrs?', 'decades?', 'centur(?:y|ies)', 'semesters?', 'quarters?',
      'millimet(?:er|re)s?', 'centimet(?:er|re)s?', 'met(?:er|re)s?', 'kilomet(?:er|re)s?', 'miles?',
      'feet', 'foot', 'inch(?:es)?', 'yards?', 'grams?', 'kilo(?:gram)?s?', 'pounds?', 'ounces?',
      'liters?', 'litres?', 'gallons?', 'degrees?', 'pixels?', 'points?', 'pages?', 'slides?',
      'characters?', 'words?', 'x', 'times', 'fold', 'bytes?', 'kilobytes?', 'megabytes?', 'gigabytes?',
      'terabytes?', '(?:kilo|mega|giga)?watts?', '(?:kilo|mega|giga)?watt-hours?', 'volts?', 'lines?',
      '(?:kilo)?calories?', '(?:kilo)?joules?',
      // A banknote's face value: `the new $20 bill`.
      'bills?',
      'year-old', 'month-old', 'week-old', 'day-old', 'years? old', 'months? old', 'of age',
    ],
    unitQualifiers: ['business', 'calendar', 'working', 'school', 'consecutive', 'full', 'more', 'additional', 'straight', 'light', 'CSS'],
    clock: ['a\\.?m\\.?', 'p\\.?m\\.?', 'AM', 'PM', "o['’]clock", 'h(?:\\s?\\d{2})?'],
    months: [
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
      'November', 'December', 'Jan\\.?', 'Feb\\.?', 'Mar\\.?', 'Apr\\.?', 'Jun\\.?', 'Jul\\.?', 'Aug\\.?',
      'Sept?\\.?', 'Oct\\.?', 'Nov\\.?', 'Dec\\.?',
    ],
    labels: [
      'sections?', 'schedules?', '§+', 'titles?', 'chapters?', 'parts?', 'articles?', 'rules?', 'orders?', 'no\\.',
      'nos\\.', 'numbers?', 'levels?', 'grades?', 'steps?', 'phases?',
      'tiers?', 'stages?', 'class(?:es)?', 'categor(?:y|ies)', 'types?', 'figures?', 'fig\\.', 'tables?',
      'pages?', 'pp?\\.', 'vol\\.', 'volumes?', 'issues?', 'episodes?', 'rooms?', 'suites?', 'floors?',
      'buildings?', 'routes?', 'highways?', 'interstates?', 'exits?', 'lines?', 'units?', 'forms?',
      'appendix', 'items?', 'questions?', 'weeks?', 'days?', 'sessions?', 'modules?', 'lessons?',
      'rounds?', 'seasons?', 'sprints?', 'iterations?', 'slides?', 'top', 'cohorts?', 'districts?',
      'wards?', 'zip(?: code)?', 'codes?', 'ids?', 'isbn(?:-1[03])?', 'issn', 'doi', 'rfc', 'iso',
      'sp', 'fips', 'nist', 'omb', 'circular', 'memorandum', 'ext\\.?', 'extension', 'tty', 'box',
      'public law', 'p\\.l\\.', 'h\\.r\\.', 's\\.', 'e\\.o\\.', 'executive order', 'fy', 'fiscal year',
      'aged?', 'ages', 'ages? of', 'the age of', 'at age', 'years? of age', 'between the ages of',
      'grade', 'number', 'act of', 'class of', 'topics?', 'play', 'first', 'last', 'next', 'previous', 'past',
      // Identifiers: a UN resolution, a French company number, an epidemiological week.
      'resolutions?', 'siret', 'siren', 'epi(?:demiological)? weeks?',
      // A cap, not a count: `class limit is 30`.
      'limits? (?:is|of)', 'limited to', 'capped at', 'maximum of',
    ],
    per: ['per', 'for every', 'out of', '\\d\\s+in', 'in every'],
    streets: [
      'Street', 'St\\.?', 'Avenue', 'Ave\\.?', 'Road', 'Rd\\.?', 'Boulevard', 'Blvd\\.?', 'Drive', 'Dr\\.?',
      'Lane', 'Ln\\.?', 'Way', 'Place', 'Pl\\.?', 'Court', 'Ct\\.?', 'Parkway', 'Pkwy\\.?', 'Square',
      'Plaza', 'Terrace', 'Circle',
    ],
    people: ['children', 'kids', 'people', 'persons', 'adults', 'youth', 'those', 'anyone', 'individuals', 'women', 'men', 'girls', 'boys', 'patients'],
    ageAfter: ['(?:and|or) (?:older|over|up|above|under|younger|below)', '\\+ years'],
    namedNumbers: [
      // Section 508 of the Rehabilitation Act, named by its number alone.
      '508[\\s-]+(?:compliant|compliance|conformant|conformance|standards?|requirements?|accessible|accessibility|team|coordinators?|program|refresh|testing|guidelines|checklist)',
      // HTTP status codes.
      '[345]\\d\\d\\s+(?:["“”‘’]?permanent["“”‘’]?\\s+)?(?:redirects?|errors?|status|responses?|not found)',
    ],
    listJoiners: ['or', 'and', 'to'],
    unitElidedJoiners: ['out of'],
    functionWords: [
      'and', 'or', 'in', 'during', 'for', 'per', 'on', 'at', 'throughout', 'from', 'to', 'with', 'by',
      'the', 'a', 'an', 'this', 'each', 'every', 'all', 'since', 'until', 'except', 'including',
    ],
    countingUnits: [
      'x', 'times', 'fold', 'pages?', 'points?', 'slides?', 'characters?', 'words?', 'bills?', 'lines?',
    ],
    streetsFirst: STREETS_FIRST,
    appealBefore: [
      '(?:a |your |one[- ]off |monthly )?(?:gift|donation|contribution|pledge)s? of(?: just| only)?',
      'donate(?: just| only)?', 'give(?: just| only)?', '(?:for|with) (?:just|only)',
      // What the gift costs the donor after tax: `it only costs you €10.20`.
      '(?:only |just )?costs? you(?: only| just)?',
    ],
    appealAfter: [
      '(?:a month |per month |monthly )?(?:can|could|will|would) (?:buy|pay|provide|fund|feed|cover|help|treat|give|supply|save|vaccinate)',
      'you (?:fund|provide|give|help|pay for|buy|feed|treat|vaccinate|support)',
    ],
    versionWords: VERSION_WORDS,
    // What a screen or a program counts, not the world: `items` only per page (`500 items` may be a distribution).
    settingNouns: [
      'rows?', 'columns?', 'results?', 'entries', 'fields?', 'files?', 'attachments?', 'uploads?', 'tabs?',
      'tags?', 'keywords?', 'options?', 'digits?', 'widgets?', 'tiles?', 'thumbnails?', 'segments?',
      'custom reports?', 'domains?', 'records?', 'API (?:calls?|requests?)', 'retries', 'login attempts',
      'items?(?=\\s+per\\s+page)',
    ],
    limitBefore: ['up to', 'at most', '(?:no|not) more than', 'max\\.?', 'maximum'],
    limitAfter: [
      'per (?:page|screen|request|call|query|file|upload|form|field|account)', 'at (?:a time|once)',
      'max(?:imum)?', 'at most', 'by default', '(?:are |is )?allowed',
    ],
    settingVerbs: ['set', 'setting', 'reset', 'defaults?', 'configured?'],
  },
  fr: {
    scale: ['mille', 'millions?', 'milliards?', 'billions?'],
    scaleSymbols: ['Mds?', 'Mrds?', 'M'],
    percent: ['%', 'pour\\s?cent', 'p\\. ?100', 'points? de pourcentage'],
    units: [
      ...SHARED_UNITS,
      'millisecondes?', 'secondes?', 'minutes?', 'min', 'heures?', 'jours?', 'nuits?', 'semaines?', 'mois', 'ans?',
      'années?', 'décennies?', 'siècles?', 'trimestres?', 'semestres?', 'millimètres?', 'centimètres?',
      'mètres?', 'kilomètres?', 'grammes?', 'kilos?', 'kilogrammes?', 'litres?', 'degrés?', 'pixels?',
      'points?', 'pages?', 'diapositives?', 'caractères?', 'mots?', 'x', 'fois', 'octets?', 'billets?',
      '(?:kilo)?calories?', '(?:kilo)?joules?',
    ],
    // French puts most after the unit (`60 jours ouvrés`); these come before it: `24 derniers mois`.
    unitQualifiers: ['derniers', 'dernières', 'prochains', 'prochaines', 'premiers', 'premières'],
    clock: ['h(?:\\s?\\d{2})?', 'heures? (?:du matin|du soir)'],
    months: [
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre', 'janv\\.', 'févr\\.', 'avr\\.', 'juil\\.', 'sept\\.', 'oct\\.', 'nov\\.',
      'déc\\.',
    ],
    labels: [
      'sections?', '§+', 'titres?', 'chapitres?', 'parties?', 'articles?', 'n°', 'no\\.?', 'numéros?',
      'niveaux?', 'étapes?', 'phases?', 'pages?', 'p\\.', 'tomes?', 'vol\\.',
      'salles?', 'bureaux?', 'bureau', 'étages?', 'routes?', 'classes?', 'annexes?', 'tableaux?',
      'tableau', 'figures?', 'décrets?', 'lois?', 'isbn(?:-1[03])?', 'issn', 'doi', 'iso', 'codes?',
      'semaines?', 'jours?', 'séances?', 'modules?', 'top', 'âgée?s? de', 'âge de', "l['’]âge de",
      'de moins de', 'de plus de', 'à partir de', 'boîte postale', 'bp', 'cedex', 'loi n°',
      // Un code HTTP : `erreur 404`.
      'erreurs?',
      // Des identifiants : résolution de l’ONU, numéro SIRET, semaine épidémiologique.
      'résolutions?', 'siret', 'siren', 'semaines? épidémiologiques?', 'S\\.? ?E\\.?',
      // Une mesure d’un plan : `la mesure 50 du Plan Eau`.
      'mesures?',
    ],
    per: ['pour', 'sur', '\\d\\s+sur', 'pour chaque'],
    streets: [
      'rue', 'avenue', 'av\\.', 'boulevard', 'bd', 'place', 'chemin', 'allée', 'impasse', 'quai', 'route',
      'cours',
    ],
    people: ['enfants', 'personnes', 'adultes', 'jeunes', 'femmes', 'hommes', 'filles', 'garçons', 'patients'],
    ageAfter: ['ans et plus', 'et plus', 'ans révolus'],
    // Codes HTTP.
    namedNumbers: ['[345]\\d\\d\\s+(?:redirections?|erreurs?|not found)'],
    listJoiners: ['ou', 'et', 'à'],
    unitElidedJoiners: ['sur'],
    functionWords: [
      'et', 'ou', 'pendant', 'dans', 'par', 'pour', 'à', 'au', 'aux', 'de', 'du', 'des', 'en', 'sur',
      'avec', 'le', 'la', 'les', 'un', 'une', 'chaque', 'tout', 'toute', 'tous', 'toutes', 'depuis',
      'sauf', 'y',
    ],
    countingUnits: ['x', 'fois', 'pages?', 'points?', 'diapositives?', 'caractères?', 'mots?', 'billets?'],
    streetsFirst: STREETS_FIRST,
    appealBefore: [
      '(?:un |votre |mon )?dons? (?:mensuel |ponctuel )?(?:de|d[\'’]un montant de)(?: seulement| juste)?',
      'donne[zr]?(?: seulement| juste)?', '(?:avec|pour) (?:seulement|juste)',
      // Ce que le don coûte après réduction d’impôt : `il ne vous coûte que 10,20 €`.
      '(?:ne )?vous (?:coûte|coûtera|reviendra|revient)(?: plus)?(?: que| qu[\'’]à)?(?: seulement)?',
    ],
    appealAfter: [
      '(?:par mois |mensuels? )?(?:permet(?:tent)?|peu(?:ven)?t|suffi(?:sen)?t|financen?t|paien?t|offren?t|achètent|nourrissent|soignent)',
      'vous (?:financez|permettez|offrez|aidez|donnez|soignez|nourrissez|vaccinez|soutenez)',
    ],
    versionWords: VERSION_WORDS,
    // Ce qu’un écran ou un logiciel compte, pas le monde : `éléments` seulement par page.
    settingNouns: [
      'lignes?', 'colonnes?', 'résultats?', 'entrées', 'champs?', 'fichiers?', 'pièces? jointes?', 'onglets?',
      'mots?-clés?', 'options?', 'widgets?', 'tuiles?', 'vignettes?', 'enregistrements?', 'domaines?',
      'appels? (?:à l[\'’]|d[\'’])API', 'requêtes? API', 'tentatives de connexion',
      'éléments?(?=\\s+par\\s+page)',
    ],
    limitBefore: [
      'jusqu[\'’]?(?:à|au)', 'au maximum', 'au plus', 'maximum', 'max\\.?', 'pas plus de',
      '(?:limitée?s?|plafonnée?s?) à',
    ],
    limitAfter: [
      'par (?:page|écran|requête|appel|fichier|envoi|formulaire|champ|compte)', 'à la fois', 'au maximum',
      'maximum', 'max\\.?', 'au plus', 'par défaut', 'autorisée?s?',
    ],
    settingVerbs: [
      'réglez', 'régler', 'réglée?s?', 'paramétrez', 'paramétrer', 'paramétrée?s?', 'configurez',
      'configurer', 'configurée?s?',
    ],
  },
};

/** Currency symbols and codes written before or after an amount: `€32.3 million`, `5 000 €`. */
export const CURRENCIES = [
  'US\\$',
  '\\$',
  '€',
  '£',
  '¥',
  'USD',
  'EUR',
  'CHF',
  'GBP',
  'CAD',
  'FCFA',
  'XOF',
  'F CFA',
];

/**
 * Programs and standards named with their version, as they are spelled
 * (case matters: `the office 12 nurses work in` is a count); names that
 * are also places or first names (Java, Ruby, Hugo) are left out: `In Java
 * 120 people died` is a count. All-capital names
 * (`WCAG`, `USWDS`, `DSFR`, `PHP`) need no entry: an acronym before a plain
 * number already names a code (`codeBefore`).
 */
// prettier-ignore
export const PRODUCTS = [
  'Node(?:\\.js)?', 'Deno', 'Python', 'Rails', 'Perl', 'TypeScript', 'Kotlin', 'Django', 'Laravel',
  'Symfony', 'React', 'Angular(?:JS)?', 'Vue(?:\\.js)?', 'Svelte',
  'Ember', 'Bootstrap', 'jQuery', 'Drupal', 'WordPress', 'Joomla', 'Jekyll', 'PostgreSQL',
  'Postgres', 'MySQL', 'MariaDB', 'MongoDB', 'Elasticsearch', 'Redis', 'Kubernetes', 'Docker', 'Ubuntu',
  'Debian', 'Fedora', 'Windows', 'Windows Server', 'Android', 'iOS', 'iPadOS', 'macOS', 'OS X', 'Mac OS X',
  'Internet Explorer', 'Chrome', 'Chromium', 'Firefox', 'Safari', 'Edge', 'Opera', 'Xcode',
  'Visual Studio', 'Microsoft', 'Analytics',
];
