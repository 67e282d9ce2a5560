import { describe, expect, it } from 'vitest';
import { HeadingTrail } from './heading-trail.js';
import { hasInTextAttribution, hasNoteMark } from './in-text.js';
import { ownData } from './own-data.js';

describe('hasInTextAttribution', () => {
  it.each([
    'according to UNICEF',
    'Source: OCHA',
    '(source : OCHA)',
    'sources\u00A0: OMS',
    'selon l’OMS',
    'd’après le HCR',
    "d'après le HCR",
    'as reported by WFP',
  ])('finds %j', (text) => expect(hasInTextAttribution(text)).toBe(true));

  it.each(['resources: none', 'the sourcing team', 'nonselon'])('ignores %j', (text) =>
    expect(hasInTextAttribution(text)).toBe(false),
  );
});

describe('hasNoteMark', () => {
  it('finds superscript digits and flattened references, not plain digits', () => {
    expect(hasNoteMark('malnutrition.⁵')).toBe(true);
    expect(hasNoteMark('malnutrition.\uE000')).toBe(true);
    expect(hasNoteMark('malnutrition 5.')).toBe(false);
  });
});

describe('ownData', () => {
  const own = ownData(['ALIMA', 'AMCP-SP']);
  it.each([
    'ALIMA teams treated 14,442 children',
    'ALIMA’s 2,300 staff work in 12 countries',
    'with AMCP-SP, 97 surgeries were performed',
    'We trained 833 health workers',
    'our teams conducted 13,000 consultations',
    'nous avons soigné 14 442 enfants',
    'nos équipes ont réalisé 3 000 accouchements',
    'notre action a touché 17 173 personnes',
  ])('counts own activity in %j', (text) => expect(own.counts(text)).toBe(true));
  it.each([
    'We are alarmed that 45% of children are malnourished',
    'We estimate that 1.2 million people need aid',
    'ALIMA is deeply concerned: 3.4 million people face hunger',
    'Nous constatons que 45 % des enfants sont malnutris',
    'Selon nos estimations, 2 millions de personnes ont besoin d’aide',
    'Alimak and the US saw 45 people',
    'Nosy Be had 12,000 visitors',
    'Our teams in Ouallam estimate that 6 in 10 families have sold their livestock',
    'Nos équipes sur le terrain constatent que 30 % des puits sont à sec',
  ])('does not in %j', (text) => expect(own.counts(text)).toBe(false));
  it('reads section headings about the organisation’s own work', () => {
    expect(own.heads('ALIMA key figures')).toBe(true);
    expect(own.heads('Our fieldwork')).toBe(true);
    expect(own.heads('L’impact d’ALIMA')).toBe(true);
    expect(own.heads('Why we are alarmed')).toBe(false);
    expect(own.heads('Context')).toBe(false);
  });
  it('compiles a list of names once', () => {
    expect(ownData(['ALIMA', 'AMCP-SP'])).toBe(own);
  });
});

describe('hasInTextAttribution: speech, reports and what is no source', () => {
  it.each([
    '45 people died, said the mayor',
    'the army said 45 soldiers were killed',
    'UNICEF reports that 3 million children',
    'OCHA found 12,000 displaced people',
    '45 morts, a déclaré le ministre',
    '12 000 réfugiés, indique le HCR',
    'l’OMS estime que 3 millions',
    'plus de 100.000 démissions chaque mois (DARES, 2018)',
  ])('finds %j', (text) => expect(hasInTextAttribution(text)).toBe(true));
  it.each([
    'selon les régions, 20 à 45 %',
    'selon les cas, 30 %',
    'depending on the region, 20 to 45%',
    'selon nos estimations, 2 millions',
    'An estimated 2.3 million people',
    '3,000 cases were reported',
    'la population estimée à 2 millions',
    'the cases reported in 2020',
    '45 cases (see page 12, 2018)',
  ])('ignores %j', (text) => expect(hasInTextAttribution(text)).toBe(false));
});

describe('HeadingTrail', () => {
  it('knows whether a heading above announces own data, closing sections as headings of the same depth come', () => {
    const trail = new HeadingTrail();
    expect(trail.enter(1, false)).toBe(false);
    expect(trail.enter(2, true)).toBe(false);
    expect(trail.ownAbove).toBe(true);
    expect(trail.enter(3, false)).toBe(true);
    expect(trail.ownAbove).toBe(true);
    expect(trail.enter(2, false)).toBe(false);
    expect(trail.ownAbove).toBe(false);
    expect(trail.enter(3, false)).toBe(false);
  });
});
