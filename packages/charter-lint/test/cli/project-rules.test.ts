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
      'report.fr.md:8 translation-parity: "298 000" differs from "332,957" in its translation report.en.md:8',
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
      `${join('fr', 'mali.md')}:10 translation-parity: This page has 1 note, its translation ${join('en', 'mali.md')} has 2`,
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
      'appel.md:9 translation-parity: Image nurse.jpg credits "John Roe / ALIMA", its translation appeal.md:9 "Jane Doe / ALIMA"',
      'appel.md:11 translation-parity: The donate target is https://alima.ngo/don, in its translation appeal.md https://alima.ngo/donate',
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
      'report.fr.md:8 translation-parity: "332 957" differs from "340,000" in its translation report.en.md:8',
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
