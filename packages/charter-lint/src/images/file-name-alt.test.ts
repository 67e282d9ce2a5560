import { describe, expect, it } from 'vitest';
import { looksLikeFileName } from './file-name-alt.js';

describe('looksLikeFileName', () => {
  it.each([
    'CONTEXTE 4 scaled',
    'IMPACT 7 scaled',
    'A7303717',
    'IMG_2041.jpg',
    'DSC_0042',
    'IMPACT-7',
    'mali 1024x683',
    'mopti_clinic',
    'mopti-clinic-2020',
    'photo.webp',
  ])('flags %s', (alt) => expect(looksLikeFileName(alt)).toBe(true));

  it.each([
    'map mali',
    'A nurse measures a child’s arm',
    'Mali 2020',
    'COVID-19 triage tent',
    'Well-being',
    '',
    'Une infirmière à Mopti',
  ])('accepts %s', (alt) => expect(looksLikeFileName(alt)).toBe(false));
});
