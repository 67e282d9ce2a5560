import { describe, expect, it } from 'vitest';
import { findStatistics } from './statistics.js';
import { isVersion } from './versions.js';
import type { Lang } from '../config/langs.js';

const found = (text: string, lang: Lang = 'en') =>
  findStatistics(text, lang).map((statistic) => statistic.text);

describe('isVersion: a number right after a program, a standard or a version word', () => {
  it.each([
    ['We run Node 20 and Node.js 18 on the servers.', 'en'],
    ['It works with React 19, Angular 17 and Vue 3.', 'en'],
    ['a 45 year old user with Internet Explorer 10 or Chrome 120', 'en'],
    ['servers on Ubuntu 22.04 and Windows 11', 'en'],
    ['DAP uses Google Analytics 360 to measure traffic.', 'en'],
    ['the site moved from Drupal 7 to Drupal 10, then to version 12 of the theme', 'en'],
    ['see versión 12 of the notes', 'en'],
    ['Nous utilisons la version 14 du DSFR et Node 20.', 'fr'],
    ['Le site passe à Drupal 10 et à la v 12 du thème.', 'fr'],
  ] as const)('%j has none', (text, lang) => {
    expect(found(text, lang)).toEqual([]);
  });

  it('reads the words before the number, case as written for a program', () => {
    expect(isVersion('users of React ', 'en')).toBe(true);
    expect(isVersion('la VERSION ', 'fr')).toBe(true);
    // A common word written in lower case names no program: `the office 12 nurses work in`.
    expect(isVersion('at the edge ', 'en')).toBe(false);
  });

  it.each([
    // A place or a first name is no program, and a table column after one is a count.
    ['In Java 120 people died in the floods.', ['120']],
    ['  * Android    108.7  182.6', ['108.7', '182.6']],
    ['Chrome 120 million users and 30% of Android phones', ['120 million', '30%']],
    ['In the office 12 nurses treated 500 children.', ['12', '500']],
    ['Windows 10,000 devices were replaced.', ['10,000']],
  ])('still counts %j', (text, statistics) => {
    expect(found(text, 'en')).toEqual(statistics);
  });
});
