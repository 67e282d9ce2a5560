import { describe, expect, it } from 'vitest';
import { findStatistics } from './statistics.js';
import { VOCABULARY } from './vocabulary.js';
import type { Lang } from '../config/langs.js';

const found = (text: string, lang: Lang = 'en') =>
  findStatistics(text, lang).map((statistic) => statistic.text);

describe('findStatistics: what content-rules.md §1 counts as a statistic', () => {
  it.each([
    ['14,442 children were treated', '14,442'],
    ['nearly 979,000 people', '979,000'],
    ['12.2% of households', '12.2%'],
    ['12.2 % of households', '12.2 %'],
    ['45 per cent of them', '45 per cent'],
    ['45 percent of them', '45 percent'],
    ['a 5 percentage point drop', '5 percentage point'],
    ['3 million people', '3 million'],
    ['20.25 million inhabitants', '20.25 million'],
    ['a 321.4 Million population', '321.4 Million'],
    ['€32.3 million in funding', '€32.3 million'],
    ['$5M from donors', '$5M'],
    ['a budget of $150,000', '$150,000'],
    ['2 billion doses', '2 billion'],
    ['553 deaths per 100,000 births', '553'],
    ['between 10-20% of children', '10-20%'],
    ['6 to 12 percent', '6 to 12 percent'],
    ['more than 900 prize competitions', '900'],
    ['over 4700 partner URLs', '4700'],
    ['reached 10 districts', '10'],
  ])('English %j → %j', (text, statistic) => {
    expect(found(text, 'en')).toEqual([statistic]);
  });

  it.each([
    ['376 809 personnes', '376 809'],
    ['376\u00A0809 personnes', '376\u00A0809'],
    ['376\u202F809 personnes', '376\u202F809'],
    ['14 442 enfants', '14 442'],
    ['En 2019, 14 442 enfants', '14 442'],
    ['12,2 % des ménages', '12,2 %'],
    ['12,2\u00A0% des ménages', '12,2\u00A0%'],
    ['12,2\u202F% des ménages', '12,2\u202F%'],
    ['12,2% des ménages', '12,2%'],
    ['45 pour cent', '45 pour cent'],
    ['1,4 million de personnes', '1,4 million'],
    ['20,25 millions d’habitants', '20,25 millions'],
    ['2 milliards de dollars', '2 milliards'],
    ['un budget de 5 000 €', '5 000 €'],
    ['3 M€ de dons', '3 M€'],
    ['1 234 567 repas', '1 234 567'],
  ])('French %j → %j', (text, statistic) => {
    expect(found(text, 'fr')).toEqual([statistic]);
  });
});

describe('findStatistics: what is not a statistic', () => {
  it.each([
    ['years', 'in 2020, since 2009, by 1776'],
    ['year ranges', 'during 2019-2020 and 2014–15'],
    ['decades', 'in the 1980s'],
    ['dates', 'on 14 March 2024, on March 14, 2024, July 4, 1776, on Jan. 12'],
    ['numeric dates', 'on 14/03/2024 or 2024-03-14'],
    ['times', 'at 7:30, at 10 a.m., at 3 PM, at 11:20-11:35, 3:00pm'],
    ['ages', 'an 8-month-old baby, children aged 6–59 months, under five years of age'],
    ['age thresholds', 'children under 18, people 65 and older, aged 15 to 49'],
    ['durations', 'for 6 weeks, 9 years, 12 months, 24 hours, 60 business days, 30 minutes'],
    ['compound adjectives', 'a 24-hour hotline and a 10-point plan'],
    ['ordinals', 'the 1st, the 5th, the 21st and 16th-century'],
    ['identifiers', 'COVID-19, H1N1, A7303717, 18F, 4G and HTML5'],
    ['ISBNs', 'ISBN 978-2-07-036002-4 and ISBN 9782070360024'],
    ['phone numbers', 'call (202) 555-0100 or 1-800-333-4636 or +223 20 22 33 44'],
    ['street numbers', 'at 1800 F Street NW and 123 Main Street'],
    ['ZIP codes and long codes', 'Washington, DC 20405'],
    ['versions', 'version 2.3.1, v10 and release 12'],
    ['section numbers', 'Section 508, Title 42, chapter 11, Executive Order 13571, No. 12, #45'],
    ['measurements', 'gained 1.2 kg, 500 km away, 16 px, 1,200 px wide, 37 °C, 200 megabytes'],
    ['energy', 'a 92 g sachet gives 500 kcal (2,100 kJ); 100 kilocalories and 30 calories; 12 MJ'],
    ['a unit left out after "out of"', 'open 5 days out of 7 and 20 hours out of 24'],
    ['a unit left out, then a preposition', 'staffed 20 hours out of 24 in the lean season'],
    // `over` and `under` name an age only with a number: `over time` is no age.
    ['words between a small number and a joiner', 'One nurse worked over time in 3 clinics'],
    ['small numbers', '3 mobile clinics and 9 nurses'],
    ['rate denominators', 'per 1,000 and per 10,000'],
    ['URLs', 'see https://example.org/report-2020/123456 and www.example.org/12345'],
    ['e-mail addresses', 'write to team42@example.org'],
    ['shortcodes', '{{< img src="photo-2020-123.jpg" width="600" >}}'],
    ['citation markers written as text', 'as shown [12] and “404”'],
    ['enumerators', '12. Personas and journey mapping'],
    ['leading zeros', 'file 007 and code 0123'],
  ])('%s: %j', (_kind, text) => {
    expect(found(text, 'en')).toEqual([]);
  });

  it.each([
    ['dates', 'le 1er janvier 2024, en janvier 2012, le 14 mars'],
    ['ages', 'enfants âgés de 3 à 59 mois, de moins de 5 ans'],
    ['durations', 'pendant 6 semaines et 12 mois, 15 jours'],
    ['times', 'à 14 h 30, à 14h30, à 9 h'],
    ['ordinals', 'le 2e, la 3ème, le XXIe siècle'],
    ['phone numbers', 'au 01 23 45 67 89 ou +33 1 23 45 67 89'],
    ['street numbers', 'au 12 rue de la Paix, 15 avenue Foch'],
    ['identifiers', 'la loi n° 2020-290 et l’article 12'],
    ['decimals below ten', '3,5 kilos'],
    ['energy', 'un sachet de 92 g apporte 500 kcal (2 100 kJ), soit 500 kilocalories'],
    ['a unit left out after "sur"', 'ouvert 24 heures sur 24, 5 jours sur 7 et 365 jours sur 365.'],
    ['a unit left out, then a preposition', 'ouvert 24 heures sur 24 pendant la saison des pluies'],
  ])('French %s: %j', (_kind, text) => {
    expect(found(text, 'fr')).toEqual([]);
  });
});

describe('findStatistics: positions', () => {
  it('covers the number with its currency, scale word and percent, and nothing else', () => {
    const text = 'In 2020 there were 332,957 displaced, €32.3 million spent and 12.5 % more.';
    for (const statistic of findStatistics(text, 'en')) {
      expect(text.slice(statistic.start, statistic.end)).toBe(statistic.text);
    }
    expect(found(text, 'en')).toEqual(['332,957', '€32.3 million', '12.5 %']);
    expect(findStatistics(text, 'en')[0]).toMatchObject({ start: 19, end: 26 });
  });

  it('reads a number once, in the language of the document', () => {
    expect(found('332 957 people', 'en')).toEqual(['332', '957']);
    expect(found('332 957 personnes', 'fr')).toEqual(['332 957']);
    expect(found('20,25 millions', 'fr')).toEqual(['20,25 millions']);
    expect(found('20.25 million', 'en')).toEqual(['20.25 million']);
  });

  it('reports a range once', () => {
    expect(found('between 10 and 20 people were there', 'en')).toEqual(['10 and 20']);
  });
});

describe('findStatistics: enumerators and labels', () => {
  it.each([
    '## Play 11: Use data to drive decisions',
    'Step 12. Test with users',
    'the first 100 registrants',
    'over the last 20 years',
    '54+ lines of markup',
    '30,000 megawatts of power',
    'the new $20 bill',
    'controls of NIST SP 800-53 and 800-171',
    'Q2 ’12 vs. Q2 ’13',
  ])('%j has none', (text) => {
    expect(found(text.replace(/^## /, ''), 'en')).toEqual([]);
  });

  it('still finds a figure after a colon mid-sentence', () => {
    expect(found('The results of the survey 45: a mix', 'en')).toEqual(['45']);
  });
});

describe('findStatistics: vocabulary', () => {
  it.each(['en', 'fr'] as const)('%s: every unit that counts is a unit', (lang) => {
    const { units, countingUnits } = VOCABULARY[lang];
    expect(countingUnits.filter((unit) => !units.includes(unit))).toEqual([]);
  });
});

describe('findStatistics: a unit left out is the same kind of measure, unless a word follows', () => {
  it.each([
    ['en', '5 kg out of 20 children', ['20']],
    ['fr', 'La ration de 5 kg sur 40 familles', ['40']],
    ['fr', 'Les équipes travaillent 24 heures sur 24 dans 12 centres', ['12']],
    ['en', '500 kg in 15 districts', ['15']],
  ] as const)('%s %j still counts', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });
});

describe('findStatistics: names, codes, caps and lists of units', () => {
  it.each([
    'the tool is 508 compliant and meets the Revised 508 Standards',
    'tested for 508 compliance',
    'short URLs with 301 “permanent” redirects',
    'returns a 403 error code and a 404 page not found, then 404 errors',
    'Class limit is 30 participants, limited to 25 seats',
    'give you 30, 60 or even 90 minutes of their time',
    'after 10, 20 and 30 days',
  ])('%j has none', (text) => {
    expect(found(text, 'en')).toEqual([]);
  });

  it.each([
    ['508 children were treated', ['508']],
    ['404 people and 301 households', ['404', '301']],
    ['30, 60 and 90 children', ['30', '60 and 90']],
    ['a limit of 30 seats for 250 people', ['250']],
  ])('still counts %j', (text, statistics) => {
    expect(found(text, 'en')).toEqual(statistics);
  });

  it('reads HTTP codes and lists of units in French too', () => {
    expect(found('une erreur 404, puis 301 redirections', 'fr')).toEqual([]);
    expect(found('pendant 30, 60 ou 90 minutes pour 45 patients', 'fr')).toEqual(['45']);
  });
});

describe('findStatistics: proportions, small rates and abbreviated amounts', () => {
  it.each([
    ['1 in 3 children is stunted', '1 in 3'],
    ['one in three children is stunted', 'one in three'],
    ['one child under five in eight is stunted', 'one child under five in eight'],
    // A unit that counts (times, pages) is what the proportion counts; only a measure stops one.
    ['9 times out of 10, the child recovers', '9 times out of 10'],
    ['One page in three cites no source', 'One page in three'],
    ['Nine out of ten mothers returned', 'Nine out of ten'],
    ['there is 1 surgeon per 100,000 inhabitants', '1 surgeon per 100,000'],
    ['a €3.5m appeal', '€3.5m'],
    ['USD 2.5m were pledged', 'USD 2.5m'],
    ['a $4.5bn shortfall', '$4.5bn'],
  ])('English %j → %j', (text, statistic) => {
    expect(found(text, 'en')).toEqual([statistic]);
  });

  it.each([
    ['3 enfants sur 10 sont concernés', '3 enfants sur 10'],
    ['un enfant sur cinq souffre de malnutrition', 'un enfant sur cinq'],
    [
      'un enfant de moins de cinq ans sur huit souffre de malnutrition',
      'un enfant de moins de cinq ans sur huit',
    ],
    ['une fois sur deux, l’enfant guérit', 'une fois sur deux'],
    ['on compte 1 médecin pour 10 000 habitants', '1 médecin pour 10 000'],
    ['78.000 projets financés', '78.000'],
    ['une ville de 352.000 habitants', '352.000'],
    ['3.5 millions de personnes', '3.5 millions'],
  ])('French %j → %j', (text, statistic) => {
    expect(found(text, 'fr')).toEqual([statistic]);
  });

  it('reads a French period-grouped figure as the whole number', () => {
    const [statistic] = findStatistics('Il y a 352.000 habitants.', 'fr');
    expect(statistic).toMatchObject({ text: '352.000', start: 7, end: 14 });
  });

  it.each([
    ['a workshop for ten participants', 'en'],
    ['un atelier pour dix participants', 'fr'],
    ['one in 2020', 'en'],
    ['un atelier sur trois thèmes et une formation sur deux jours', 'fr'],
    ['3 in 2 districts', 'en'],
    // A number word inside a longer word, beside a letter outside ASCII: `ôun`, `tenñ`.
    ['le chôun sur cinq', 'fr'],
    ['one in tenñ', 'en'],
    ['𝒜one in ten', 'en'],
  ] as const)('%j is no proportion', (text, lang) => {
    expect(found(text, lang)).toEqual([]);
  });
});

describe('findStatistics: ages, identifiers, exponents and appeals are not statistics', () => {
  it.each([
    ['ages after a name', 'Aïcha, 14, walks to school. Zara, 24, a nurse, agrees.'],
    ['an age in brackets', 'Aïcha (14) walks to school'],
    ['an age in a relative clause', 'a girl who is 13 and a boy who was 15'],
    ['an age after aged', 'a boy aged 12'],
    ['identifiers', 'SIRET 509 676 447 00033, Resolution 2417, epidemiological week 36, week 36'],
    ['a street written name-last', 'at 45 Rue Dembélé and 12 Avenue Foch'],
    ['exponents of units', 'the ST(SI)² index, 45 km² and 12 m³ of water'],
    ['the amount an appeal asks', 'A gift of €30 helps. €30 can buy food. Donate just $50 today.'],
    ['what a gift buys', '€50 can buy a malaria kit for 12 families.'],
  ])('English %s: %j', (_kind, text) => {
    expect(found(text, 'en')).toEqual([]);
  });

  it.each([
    ['ages', 'Mariam, 14 ans, et Aïcha, 13, âgée de 13 ans, puis Awa (12)'],
    ['identifiers', 'SIRET 509 676 447 00033, résolution 2417, semaine épidémiologique 15'],
    [
      'the amount an appeal asks',
      'Un don de 30 € permet de soigner un enfant. 50 € peuvent nourrir une famille.',
    ],
    ['what a gift costs after tax', 'Après réduction d’impôt, il ne vous coûte que 10,20 €.'],
    ['what a gift buys', 'Avec 50 €, vous financez la vaccination de 25 enfants.'],
    ['a département, a code, a measure of a plan', 'dans le 93, la DGI 320 et la mesure 50 du Plan Eau'],
    ['durations with a qualifier, powers', 'au cours des 24 derniers mois, le segment 100-500 kWc'],
  ])('French %s: %j', (_kind, text) => {
    expect(found(text, 'fr')).toEqual([]);
  });

  it('still counts large numbers after a place name and money that is spent', () => {
    expect(found('In Mopti, 14,442 children were treated with €30 million.', 'en')).toEqual([
      '14,442',
      '€30 million',
    ]);
    expect(found('Donors gave €30,000 last year.', 'en')).toEqual(['€30,000']);
    expect(found('In the DRC 45,000 people fled.', 'en')).toEqual(['45,000']);
    expect(found('€30 can buy food. In 2023, 45,000 families needed it.', 'en')).toEqual(['45,000']);
  });
});
