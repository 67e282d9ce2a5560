import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/engine/report-types.js';
import { ensureBuilt } from './built.js';
import { folderWith } from './fixtures.js';
import { runJson, runMain } from './run-main.js';
import { spawnCli } from './spawn-cli.js';

// Entries judged against today's year: a fresh one is of this year, a stale one twenty years old.
const THIS_YEAR = new Date().getFullYear();
const STALE_YEAR = THIS_YEAR - 20;

const REGISTRY = `mali.population:
  value: 20250000
  year: ${THIS_YEAR}
  source: { en: World Bank, fr: Banque mondiale }
  url: https://data.worldbank.org/country/mali
  scope: mali
  labels:
    en: [inhabitants, population]
    fr: [habitants, population]
`;

const en = (body: string, extra = '') => `---\nlang: en\nscope: mali\n${extra}---\n\n# Mali\n\n${body}`;
const fr = (body: string, extra = '') => `---\nlang: fr\nscope: mali\n${extra}---\n\n# Mali\n\n${body}`;
const note = (source: string) => `\n\n[^1]: ${source} ${THIS_YEAR}.\n`;

/** `file rule: message` of each finding of the given rules. */
const said = (reports: readonly FileReport[], ...rules: string[]) =>
  reports.flatMap((report) =>
    report.messages
      .filter((message) => rules.includes(message.ruleId))
      .map((message) => `${report.filePath}:${message.line} ${message.ruleId}: ${message.message}`),
  );

describe('figure-registry', () => {
  it('accepts every rounding of the registry value, in English and French', async () => {
    const root = folderWith({
      '.git/HEAD': '',
      'figures.yml': REGISTRY,
      'a.md': en(`Mali has 20.25 million inhabitants.[^1]${note('World Bank')}`),
      'b.md': en(
        `- 20,250,000 inhabitants[^1]\n- A population of about 20 million.[^1]${note('World Bank')}`,
      ),
      'c.md': fr(`Le Mali compte 20,25 millions d’habitants.[^1]${note('Banque mondiale')}`),
    });
    const { code, reports } = await runJson(['.'], root);
    expect(said(reports, 'figure-registry')).toEqual([]);
    expect(code).toBe(0);
  });

  it('reports a figure that differs, with the registry value, year and source (exit 1)', async () => {
    const root = folderWith({
      '.git/HEAD': '',
      'figures.yml': REGISTRY,
      'country.md': en(`Mali has 21.9 million inhabitants.[^1]${note('World Bank')}`),
      // Another scope: the entry does not apply.
      'other.md': `---\nscope: niger\n---\n\nNiger has 21.9 million inhabitants.[^1]${note('World Bank')}`,
    });
    const { code, reports } = await runJson(['.'], root);
    expect(said(reports, 'figure-registry')).toEqual([
      `country.md:8 figure-registry: "21.9 million" differs from the figure registry: 20,250,000 (${THIS_YEAR}, World Bank, mali.population)`,
    ]);
    const message = reports[0]?.messages.find((found) => found.ruleId === 'figure-registry');
    expect(message).toMatchObject({ severity: 'error', actual: '21.9 million', expected: ['20,250,000'] });
    expect(code).toBe(1);
  });

  it('warns when the footnote cites another year, and where a stale entry is used', async () => {
    const stale = REGISTRY.replace(`year: ${THIS_YEAR}`, `year: ${STALE_YEAR}`);
    const root = folderWith({
      '.git/HEAD': '',
      'figures.yml': stale,
      'a.md': en(`Mali has 20.25 million inhabitants.[^1]\n\n[^1]: World Bank ${STALE_YEAR + 1}.\n`),
    });
    const { code, reports } = await runJson(['.'], root);
    expect(said(reports, 'figure-registry')).toEqual([
      `a.md:8 figure-registry: "20.25 million" comes from registry entry mali.population of ${STALE_YEAR}, more than 5 years old: update the registry`,
      `a.md:8 figure-registry: The note of "20.25 million" cites another year than the registry's ${STALE_YEAR} (${STALE_YEAR}, World Bank, mali.population)`,
    ]);
    expect(reports[0]?.messages.every((message) => message.severity === 'warning')).toBe(true);
    expect(code).toBe(0);
    // maxAgeYears in the configuration: twenty years is not too old under it.
    writeFileSync(join(root, '.charter-lintrc.json'), '{ "figures": { "maxAgeYears": 30 } }');
    expect(said((await runJson(['.'], root)).reports, 'figure-registry')).toHaveLength(1);
  });

  it('speaks French on a French draft: a differing figure, a note citing another year or source, a stale entry', async () => {
    const root = folderWith({
      '.git/HEAD': '',
      'figures.yml': REGISTRY,
      'chiffre.md': fr(`Le Mali compte 21,9 millions d’habitants.[^1]${note('Banque mondiale')}`),
      'source.md': fr(`Le Mali compte 20,25 millions d’habitants.[^1]${note('OCHA')}`),
    });
    const { reports } = await runJson(['.'], root);
    // The registry value as French writes it: narrow no-break spaces between thousands.
    expect(said(reports, 'figure-registry')).toEqual([
      `chiffre.md:8 figure-registry: « 21,9 millions » diffère du registre des chiffres : 20\u202f250\u202f000 (${THIS_YEAR}, Banque mondiale, mali.population)`,
      `source.md:8 figure-registry: La note de « 20,25 millions » cite une autre source que « Banque mondiale », celle du registre (${THIS_YEAR}, Banque mondiale, mali.population)`,
    ]);
    expect(reports[0]?.messages.find((found) => found.ruleId === 'figure-registry')).toMatchObject({
      actual: '21,9 millions',
      expected: ['20\u202f250\u202f000'],
    });

    const stale = folderWith({
      '.git/HEAD': '',
      'figures.yml': REGISTRY.replace(`year: ${THIS_YEAR}`, `year: ${STALE_YEAR}`),
      'a.md': fr(
        `Le Mali compte 20,25 millions d’habitants.[^1]\n\n[^1]: Banque mondiale ${STALE_YEAR + 1}.\n`,
      ),
    });
    expect(said((await runJson(['.'], stale)).reports, 'figure-registry')).toEqual([
      `a.md:8 figure-registry: « 20,25 millions » vient de l’entrée mali.population du registre, de ${STALE_YEAR}, qui a plus de 5 ans : mettez le registre à jour`,
      `a.md:8 figure-registry: La note de « 20,25 millions » cite une autre année que ${STALE_YEAR}, celle du registre (${STALE_YEAR}, Banque mondiale, mali.population)`,
    ]);
  });

  it('reads the registry the configuration names', async () => {
    const root = folderWith({
      '.charter-lintrc.json': '{ "figures": { "registry": "data/reference.json" } }',
      'data/reference.json': JSON.stringify({
        'alima.patients': { value: 13000000, year: THIS_YEAR, source: 'ALIMA', labels: { en: ['patients'] } },
      }),
      'a.md': 'Since 2009, ALIMA has treated 5 million patients.\n',
    });
    expect(said((await runJson(['.'], root)).reports, 'figure-registry')).toEqual([
      `a.md:1 figure-registry: "5 million" differs from the figure registry: 13,000,000 (${THIS_YEAR}, ALIMA, alima.patients)`,
    ]);
  });

  it('stops with exit 2 on a bad registry, naming the file, the entry and the key', async () => {
    const root = folderWith({
      '.git/HEAD': '',
      'figures.yml': REGISTRY.replace(`year: ${THIS_YEAR}`, 'year: "twenty twenty"'),
      'a.md': en('Mali has 20.25 million inhabitants.\n'),
    });
    const result = await runMain(['.'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('figures.yml: "mali.population.year" must be an integer');
    const missing = folderWith({
      '.git/HEAD': '',
      'figures.json':
        '{ "mali.population": { "value": 20250000, "year": 2020, "labels": { "en": ["inhabitants"] } } }',
      'a.md': en('Text.\n'),
    });
    const second = await runMain(['.'], missing);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('figures.json: "mali.population.source" is missing');
  });
});

describe('translation-parity', () => {
  it('reports a mismatched figure on both files of a name.en.md / name.fr.md pair, each naming the other', async () => {
    const root = folderWith({
      'report.en.md': en(`In 2020, 332,957 people were displaced.[^1]${note('OCHA')}`),
      'report.fr.md': fr(`En 2020, 298 000 personnes étaient déplacées.[^1]${note('OCHA')}`),
    });
    const { reports } = await runJson(['.'], root);
    expect(said(reports, 'translation-parity')).toEqual([
      'report.en.md:8 translation-parity: "332,957" differs from "298 000" in its translation report.fr.md:8',
      'report.fr.md:8 translation-parity: « 298 000 » diffère de « 332,957 » dans sa traduction report.en.md:8',
    ]);
  });

  it('compares figures as numbers: 332,957 = 332 957 and 20.25 million = 20,25 millions', async () => {
    const root = folderWith({
      'report.en.md': en(
        `Mali has 20.25 million inhabitants and 332,957 displaced people.[^1]${note('OCHA')}`,
      ),
      'report.fr.md': fr(`Le Mali compte 20,25 millions d’habitants et 332 957 déplacés.[^1]${note('OCHA')}`),
    });
    expect(said((await runJson(['.'], root)).reports, 'translation-parity')).toEqual([]);
  });

  it('reports a missing note on both files of an en/ fr/ pair', async () => {
    const root = folderWith({
      'en/mali.md': en(
        `A figure: 332,957 people.[^1] Another: 12,000 refugees.[^2]\n\n[^1]: OCHA 2020.\n[^2]: UNHCR 2021.\n`,
      ),
      'fr/mali.md': fr(
        `Un chiffre : 332 957 personnes.[^1] Un autre : 12 000 réfugiés.\n\n[^1]: OCHA 2020.\n`,
      ),
    });
    const { reports } = await runJson(['.'], root);
    expect(said(reports, 'translation-parity')).toEqual([
      `${join('en', 'mali.md')}:10 translation-parity: This page has 2 notes, its translation ${join('fr', 'mali.md')} has 1`,
      `${join('fr', 'mali.md')}:10 translation-parity: Cette page a 1 note, sa traduction ${join('en', 'mali.md')} en a 2`,
    ]);
  });

  it('reports a different photo credit and donate target between drafts sharing a translationKey', async () => {
    const key = 'translationKey: appeal\n';
    const root = folderWith({
      'appeal.md': en(
        '![A nurse](nurse.jpg "© Jane Doe / ALIMA")\n\n<alima-donate-button href="https://alima.ngo/donate"></alima-donate-button>\n',
        key,
      ),
      'appel.md': fr(
        '![Une infirmière](nurse.jpg "© John Roe / ALIMA")\n\n<alima-donate-button href="https://alima.ngo/don"></alima-donate-button>\n',
        key,
      ),
    });
    const { reports } = await runJson(['.'], root);
    expect(said(reports, 'translation-parity')).toEqual([
      'appeal.md:9 translation-parity: Image nurse.jpg credits "Jane Doe / ALIMA", its translation appel.md:9 "John Roe / ALIMA"',
      'appeal.md:11 translation-parity: The donate target is https://alima.ngo/donate, in its translation appel.md https://alima.ngo/don',
      'appel.md:9 translation-parity: Crédit de l’image nurse.jpg : « John Roe / ALIMA », dans sa traduction appeal.md:9 : « Jane Doe / ALIMA »',
      'appel.md:11 translation-parity: Cible du don : https://alima.ngo/don, dans sa traduction appeal.md : https://alima.ngo/donate',
    ]);
  });
});

describe('translation-parity in French', () => {
  it('tells the French page a figure is missing on one side, at the top when the page lacks it', async () => {
    const root = folderWith({
      // The French page lacks a figure the English one has…
      'a.en.md': en(`In 2020, 332,957 people were displaced and 12,000 fled.[^1]${note('OCHA')}`),
      'a.fr.md': fr(`En 2020, 332 957 personnes étaient déplacées.[^1]${note('OCHA')}`),
      // …and has one the English page lacks.
      'b.en.md': en(`In 2020, 332,957 people were displaced.[^1]${note('OCHA')}`),
      'b.fr.md': fr(`En 2020, 332 957 personnes étaient déplacées et 12 000 ont fui.[^1]${note('OCHA')}`),
    });
    expect(said((await runJson(['.'], root)).reports, 'translation-parity')).toEqual([
      'a.en.md:8 translation-parity: "12,000" is not in its translation a.fr.md',
      'a.fr.md:1 translation-parity: Sa traduction a.en.md:8 donne « 12,000 », cette page n’a pas ce chiffre',
      'b.en.md:1 translation-parity: Its translation b.fr.md:8 has "12 000", this page has no such figure',
      'b.fr.md:8 translation-parity: « 12 000 » n’est pas dans sa traduction b.en.md',
    ]);
  });

  it('counts notes (none is « aucune ») and compares their years in French', async () => {
    const root = folderWith({
      'none.en.md': en(`In 2020, 332,957 people were displaced.[^1]${note('OCHA')}`),
      'none.fr.md': fr('En 2020, 332 957 personnes étaient déplacées, selon OCHA.\n'),
      'years.en.md': en('In 2020, 332,957 people were displaced.[^1]\n\n[^1]: OCHA 2020.\n'),
      'years.fr.md': fr('En 2020, 332 957 personnes étaient déplacées.[^1]\n\n[^1]: OCHA, rapport annuel.\n'),
    });
    expect(said((await runJson(['.'], root)).reports, 'translation-parity')).toEqual([
      'none.en.md:10 translation-parity: This page has 1 note, its translation none.fr.md has 0',
      'none.fr.md:1 translation-parity: Cette page n’a aucune note, sa traduction none.en.md en a 1',
      'years.en.md:10 translation-parity: Note 1 cites 2020, in its translation years.fr.md:10 no year',
      'years.fr.md:10 translation-parity: Années citées par la note 1 : aucune, dans sa traduction years.en.md:10 : 2020',
    ]);
  });

  it('names images, credits and the donate target in French', async () => {
    const key = (name: string) => `translationKey: ${name}\n`;
    const button = '\n\n<alima-donate-button href="https://alima.ngo/donate"></alima-donate-button>\n';
    const root = folderWith({
      'photo.en.md': en('![A nurse](nurse.jpg "© Jane Doe / ALIMA")\n', key('photo')),
      'photo.fr.md': fr('Une infirmière.\n', key('photo')),
      'photo2.en.md': en('A nurse.\n', key('photo2')),
      'photo2.fr.md': fr('![Une infirmière](nurse.jpg "© Jane Doe / ALIMA")\n', key('photo2')),
      'credit.en.md': en(`![A nurse](nurse.jpg "© Jane Doe / ALIMA")${button}`, key('credit')),
      'credit.fr.md': fr('![Une infirmière](nurse.jpg)\n', key('credit')),
    });
    expect(said((await runJson(['.'], root)).reports, 'translation-parity')).toEqual([
      'credit.en.md:9 translation-parity: Image nurse.jpg credits "Jane Doe / ALIMA", its translation credit.fr.md:9 no credit',
      'credit.en.md:11 translation-parity: The donate target is https://alima.ngo/donate, in its translation credit.fr.md no donate button',
      'credit.fr.md:1 translation-parity: Cible du don : aucun bouton de don, dans sa traduction credit.en.md : https://alima.ngo/donate',
      'credit.fr.md:9 translation-parity: Crédit de l’image nurse.jpg : aucun, dans sa traduction credit.en.md:9 : « Jane Doe / ALIMA »',
      'photo.en.md:9 translation-parity: Image nurse.jpg is not in its translation photo.fr.md',
      'photo.fr.md:1 translation-parity: Sa traduction photo.en.md:9 montre nurse.jpg, pas cette page',
      'photo2.en.md:1 translation-parity: Its translation photo2.fr.md:9 shows nurse.jpg, this page does not',
      'photo2.fr.md:9 translation-parity: L’image nurse.jpg n’est pas dans sa traduction photo2.en.md',
    ]);
  });
});

describe('figure-consistency', () => {
  it('reports the same count with different values across a multi-page set, on both with the other place', async () => {
    const page = (value: string) =>
      `---\nscope: alima\n---\n\nSince 2009, ALIMA has treated ${value} patients.\n`;
    const root = folderWith({
      'about.md': page('13 million'),
      'history.md': page('13.2 million'),
      'home.md': page('5 million'),
      // Another period: not compared.
      'old.md': `---\nscope: alima\n---\n\nSince 2019, ALIMA has treated 5 million patients.\n`,
    });
    const { reports } = await runJson(['.'], root);
    expect(said(reports, 'figure-consistency')).toEqual([
      'about.md:5 figure-consistency: "13 million" patients (2009) is "5 million" in home.md:5',
      'history.md:5 figure-consistency: "13.2 million" patients (2009) is "5 million" in home.md:5',
      'home.md:5 figure-consistency: "5 million" patients (2009) is "13 million" in about.md:5',
    ]);
  });

  it('speaks French on French pages', async () => {
    const page = (value: string) =>
      `---\nlang: fr\nscope: alima\n---\n\nDepuis 2009, ALIMA a soigné ${value} de patients.\n`;
    const root = folderWith({ 'a-propos.md': page('13 millions'), 'accueil.md': page('5 millions') });
    expect(said((await runJson(['.'], root)).reports, 'figure-consistency')).toEqual([
      'a-propos.md:6 figure-consistency: « 13 millions » patients (2009) vaut « 5 millions » dans accueil.md:6',
      'accueil.md:6 figure-consistency: « 5 millions » patients (2009) vaut « 13 millions » dans a-propos.md:6',
    ]);
  });
});

describe('the project pass with --cache, --changed-since and worker threads', { timeout: 180_000 }, () => {
  // Building the command (when the sources changed) takes minutes on a busy machine.
  beforeAll(() => ensureBuilt(), 600_000);

  const pair = () =>
    folderWith({
      'report.en.md': en(`In 2020, 332,957 people were displaced.[^1]${note('OCHA')}`),
      'report.fr.md': fr(`En 2020, 332 957 personnes étaient déplacées.[^1]${note('OCHA')}`),
    });

  it('compares cached files by the facts kept in the cache', async () => {
    const root = pair();
    expect(said((await runJson(['--cache', '.'], root)).reports, 'translation-parity')).toEqual([]);
    const cache = readFileSync(join(root, 'node_modules/.cache/charter-lint/cache.json'), 'utf8');
    expect(cache).toContain('"facts"');
    // Only the English file changes: the French one comes from the cache, its facts too.
    writeFileSync(
      join(root, 'report.en.md'),
      en(`In 2020, 340,000 people were displaced.[^1]${note('OCHA')}`),
    );
    const warm = await runJson(['--cache', '.'], root);
    expect(said(warm.reports, 'translation-parity')).toEqual([
      'report.en.md:8 translation-parity: "340,000" differs from "332 957" in its translation report.fr.md:8',
      'report.fr.md:8 translation-parity: « 332 957 » diffère de « 340,000 » dans sa traduction report.en.md:8',
    ]);
  });

  it('with --changed-since, compares the changed draft with unchanged ones and reports only on the changed', async () => {
    const root = pair();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: root });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'first');
    writeFileSync(
      join(root, 'report.en.md'),
      en(`In 2020, 340,000 people were displaced.[^1]${note('OCHA')}`),
    );
    const { reports } = await runJson(['--changed-since', 'HEAD', '.'], root);
    expect(reports.map((report) => report.filePath)).toEqual(['report.en.md']);
    expect(said(reports, 'translation-parity')).toEqual([
      'report.en.md:8 translation-parity: "340,000" differs from "332 957" in its translation report.fr.md:8',
    ]);
  });

  it('finds the same across worker threads as on one thread (the installed command)', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 4; index++) {
      files[`p${index}.en.md`] = en(`In 2020, ${index + 1}32,957 people were displaced.[^1]${note('OCHA')}`);
      files[`p${index}.fr.md`] = fr(
        `En 2020, ${index + 2}32 957 personnes étaient déplacées.[^1]${note('OCHA')}`,
      );
    }
    const root = folderWith(files);
    const threads = spawnCli(['--format', 'json', '--concurrency', '2', '.'], root);
    const single = spawnCli(['--format', 'json', '--concurrency', '1', '.'], root);
    const parity = (stdout: string) => said(JSON.parse(stdout) as FileReport[], 'translation-parity');
    expect(parity(threads.stdout)).toHaveLength(8);
    expect(parity(threads.stdout)).toEqual(parity(single.stdout));
  });
});
