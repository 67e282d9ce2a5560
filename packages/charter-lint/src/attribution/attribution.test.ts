import { describe, expect, it } from 'vitest';
import { HeadingTrail } from './heading-trail.js';
import { hasInTextAttribution, hasNoteMark } from './in-text.js';
import { ownDataPattern } from './own-data.js';

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

describe('ownDataPattern', () => {
  const own = ownDataPattern(['ALIMA', 'AMCP-SP']);
  it.each([
    'ALIMA teams',
    'ALIMA’s impact',
    'with AMCP-SP',
    'We trained',
    'our teams',
    'nous avons',
    'nos équipes',
    'notre action',
  ])('finds own data in %j', (text) => expect(own.test(text)).toBe(true));
  it.each(['Alimak', 'the US and the UK', 'were there', 'hours of work', 'Nosy Be', 'answer'])(
    'does not in %j',
    (text) => expect(own.test(text)).toBe(false),
  );
  it('compiles a list of names once', () => {
    expect(ownDataPattern(['ALIMA', 'AMCP-SP'])).toBe(own);
  });
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
