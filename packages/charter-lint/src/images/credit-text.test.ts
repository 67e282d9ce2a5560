import { describe, expect, it } from 'vitest';
import { findCredit } from './credit-text.js';

describe('findCredit', () => {
  it.each([
    ['© Nana Kofi Acquah / ALIMA', 'Nana Kofi Acquah / ALIMA'],
    ['©Alexandre Bonneau / ALIMA', 'Alexandre Bonneau / ALIMA'],
    ['*© Nana Kofi Acquah / ALIMA*', 'Nana Kofi Acquah / ALIMA'],
    ['<em>Photo: Jane Doe</em>', 'Jane Doe'],
    ['Photo : Jane Doe / ALIMA', 'Jane Doe / ALIMA'],
    ['Crédit photo : Jane Doe', 'Jane Doe'],
    ['Credit: Jane Doe', 'Jane Doe'],
    ['Text and photos: © Jane Doe / ALIMA', 'Jane Doe / ALIMA'],
    ['Texte et photos : © Jane Doe', 'Jane Doe'],
    ['(c) Jane Doe', 'Jane Doe'],
    ['\\* Cover picture © Nana Kofi Acquah / ALIMA', 'Nana Kofi Acquah / ALIMA'],
    ['The Goundam hospital. Photo: Jane Doe', 'Jane Doe'],
  ])('reads %s', (line, name) => {
    expect(findCredit(line)?.name).toBe(name);
  });

  it.each([
    ['The clinic opened in 2020.'],
    ['Our photo: a mother and child'],
    ['Photo:'],
    ['© 2020'],
    ['Options (a), (b) and (c) apply'],
  ])('finds no credit in %s', (line) => {
    expect(findCredit(line)).toBeUndefined();
  });

  it('says where the credit starts and keeps its marker', () => {
    expect(findCredit('*A clinic. © Jane Doe*')).toEqual({ index: 11, text: '© Jane Doe', name: 'Jane Doe' });
  });
});
