import { describe, expect, it } from 'vitest';
import { isSoftwareSetting } from './settings.js';
import { findStatistics } from './statistics.js';
import type { Lang } from '../config/langs.js';

const found = (text: string, lang: Lang = 'en') =>
  findStatistics(text, lang).map((statistic) => statistic.text);

describe('isSoftwareSetting: settings and limits of a program are not statistics', () => {
  it.each([
    ['Show 100 rows per page in the table.', 'en'],
    ['The page shows 25 items per page by default.', 'en'],
    ['Export up to 500 search results items to a CSV file.', 'en'],
    ['Each DAP user can create up to 100 advanced custom segments.', 'en'],
    ['Set the threshold to 0.05 % before you deploy. Set to 140.', 'en'],
    ['The field accepts at most 20 attachments, 30 fields max.', 'en'],
    // Units of software were measurements already; ms joins them.
    ['a timeout of 30 seconds, up to 25 MB per file, a maximum of 500 characters, less than 200 ms', 'en'],
    ['Affichez 50 résultats par page.', 'fr'],
    ['Jusqu’à 20 pièces jointes par dossier, 30 champs au maximum.', 'fr'],
    ['Réglez le seuil à 5 % puis paramétrez la pagination sur 50.', 'fr'],
    ['Le champ est limité à 200 caractères ; 10 Mo maximum.', 'fr'],
  ] as const)('%j has none', (text, lang) => {
    expect(found(text, lang)).toEqual([]);
  });

  it.each([
    ['Up to 500 children and their files were lost.', ['500'], 'en'],
    ['Up to 500 non-food items were given to displaced families.', ['500'], 'en'],
    ['We grew the data set to 12,000 patients and set up to 20 clinics.', ['12,000', '20'], 'en'],
    ['The budget was set to $500,000. The rate was set to rise by 20%.', ['$500,000', '20%'], 'en'],
    ['The hotline receives up to 150 calls a day; 30% of clinics closed.', ['150', '30%'], 'en'],
    ['Jusqu’à 500 enfants ont été soignés.', ['500'], 'fr'],
    ['Le taux est fixé à 20 % et 45 dossiers ont été traités.', ['20 %', '45'], 'fr'],
  ] as const)('still counts %j', (text, statistics, lang) => {
    expect(found(text, lang)).toEqual(statistics);
  });

  it('needs a limit or a setting word around what a program counts', () => {
    expect(isSoftwareSetting('you can export up to ', ' rows to a file', 'en')).toBe(true);
    expect(isSoftwareSetting('the database now holds ', ' records going back', 'en')).toBe(false);
    expect(isSoftwareSetting('the database now holds ', ' records per page', 'en')).toBe(true);
  });
});
