import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-types.js';
import { ConfigResolver } from './find-config.js';
import { loadConfigFile } from './load-config.js';
import { validateConfig } from './validate-config.js';

const known = ['sourced-figures', 'photo-credit'];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'charter-lint-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const problem = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('validateConfig', () => {
  it('accepts every documented key', () => {
    const config = {
      rules: { 'sourced-figures': 'warning', 'photo-credit': ['error', { exempt: ['**/logos/**'] }] },
      ownSources: ['ALIMA', 'AMCP-SP'],
      ignore: ['archive/**'],
      lang: 'fr',
      markdownlint: { MD033: false },
    };
    expect(validateConfig(config, 'c.json', known)).toEqual(config);
    expect(validateConfig({ markdownlint: false }, 'c.json', known)).toEqual({ markdownlint: false });
  });

  it('reads "warn" as "warning", alone or with options', () => {
    expect(
      validateConfig(
        { rules: { 'sourced-figures': 'warn', 'photo-credit': ['warn', { exempt: [] }] } },
        'c.json',
        known,
      ),
    ).toEqual({ rules: { 'sourced-figures': 'warning', 'photo-credit': ['warning', { exempt: [] }] } });
  });

  it.each([
    [
      { rule: {} },
      'c.json: "rule" is not a charter-lint setting (expected one of $schema, root, extends, rules, ownSources, allow, ignore, lang, markdownlint, maxFileSize, figures). Did you mean "rules"?',
    ],
    [
      { rules: { 'sourced-figure': 'error' } },
      'c.json: "rules.sourced-figure" is not a charter-lint rule. Did you mean "sourced-figures"?',
    ],
    [
      { rules: { 'no-such-thing-at-all': 'error' } },
      'c.json: "rules.no-such-thing-at-all" is not a charter-lint rule.',
    ],
    [
      { rules: { 'photo-credit': 'fatal' } },
      'c.json: "rules.photo-credit" must be a severity ("off", "info", "warning", "error") or [severity, options]; got "fatal".',
    ],
    [
      { rules: { 'photo-credit': ['error', 'x'] } },
      'c.json: "rules.photo-credit" must be [severity, options] with options an object.',
    ],
    [{ rules: [] }, 'c.json: "rules" must be an object of rule ids to severities.'],
    [{ ownSources: 'ALIMA' }, 'c.json: "ownSources" must be an array of names, e.g. ["ALIMA"].'],
    [{ ignore: [1] }, 'c.json: "ignore" must be an array of globs, e.g. ["drafts/archive/**"].'],
    [{ lang: 'de' }, 'c.json: "lang" must be one of en, fr; got "de".'],
    [{ markdownlint: true }, 'c.json: "markdownlint" must be an object of markdownlint settings, or false.'],
    [[], 'c.json: must contain an object of settings.'],
  ])('rejects %j', (config, message) => {
    expect(problem(() => validateConfig(config, 'c.json', known))).toBe(message);
  });
});

describe('loadConfigFile', () => {
  it('reads JSON, YAML and a package.json key', () => {
    const root = tree({
      'a/.charter-lintrc.json': '{"lang": "fr"}',
      'b/.charter-lintrc.yaml': 'lang: fr\nownSources: [ALIMA, AMCP]\n',
      'c/package.json': '{"name": "x", "charter-lint": {"lang": "en"}}',
      'd/package.json': '{"name": "x"}',
      'e/.charter-lintrc.yml': '',
    });
    expect(loadConfigFile(join(root, 'a/.charter-lintrc.json'), known)).toEqual({ lang: 'fr' });
    expect(loadConfigFile(join(root, 'b/.charter-lintrc.yaml'), known)).toEqual({
      lang: 'fr',
      ownSources: ['ALIMA', 'AMCP'],
    });
    expect(loadConfigFile(join(root, 'c/package.json'), known)).toEqual({ lang: 'en' });
    expect(loadConfigFile(join(root, 'd/package.json'), known)).toBeUndefined();
    expect(loadConfigFile(join(root, 'e/.charter-lintrc.yml'), known)).toEqual({});
  });

  it('names the file for unparsable, unreadable and invalid files', () => {
    const root = tree({
      'bad.json/.keep': '',
      '.charter-lintrc.json': '{"lang": "fr",}',
      'x/.charter-lintrc.yaml': 'lang: [fr',
      'y/package.json': '{"charter-lint": {"lang": 3}}',
    });
    expect(problem(() => loadConfigFile(join(root, '.charter-lintrc.json'), known))).toMatch(
      new RegExp(`^${join(root, '.charter-lintrc.json')}: is not valid JSON: `),
    );
    expect(problem(() => loadConfigFile(join(root, 'x/.charter-lintrc.yaml'), known))).toContain(
      'is not valid YAML',
    );
    expect(problem(() => loadConfigFile(join(root, 'missing.json'), known))).toBe(
      `${join(root, 'missing.json')}: cannot be read (ENOENT).`,
    );
    expect(problem(() => loadConfigFile(join(root, 'bad.json'), known))).toBe(
      `${join(root, 'bad.json')}: cannot be read (EISDIR).`,
    );
    expect(problem(() => loadConfigFile(join(root, 'y/package.json'), known))).toBe(
      `${join(root, 'y/package.json')} ("charter-lint" key): "lang" must be one of en, fr; got 3.`,
    );
  });
});

describe('ConfigResolver', () => {
  it('uses the nearest configuration file alone, skipping package.json files without the key', () => {
    const root = tree({
      '.charter-lintrc.json': '{"lang": "en", "ownSources": ["ALIMA"]}',
      'fr/.charter-lintrc.yml': 'lang: fr',
      'fr/deep/package.json': '{"name": "deep"}',
      'fr/deep/page.md': '',
      'en/page.md': '',
    });
    const resolver = new ConfigResolver(undefined, known);
    expect(resolver.forFile(join(root, 'fr/deep/page.md'))).toEqual({
      file: join(root, 'fr/.charter-lintrc.yml'),
      config: { lang: 'fr' },
    });
    expect(resolver.forFile(join(root, 'en/page.md')).config).toEqual({ lang: 'en', ownSources: ['ALIMA'] });
  });

  it('prefers .charter-lintrc.json over the other names in one folder', () => {
    const root = tree({
      '.charter-lintrc.json': '{"lang": "fr"}',
      'charter-lint.config.json': '{"lang": "en"}',
      'p.md': '',
    });
    expect(new ConfigResolver(undefined, known).forFile(join(root, 'p.md')).config).toEqual({ lang: 'fr' });
  });

  it('uses an explicit --config file for every file without searching', () => {
    const root = tree({ '.charter-lintrc.json': '{"lang": "fr"}', 'other.yaml': 'lang: en', 'p.md': '' });
    const resolver = new ConfigResolver(join(root, 'other.yaml'), known);
    expect(resolver.forFile(join(root, 'p.md'))).toEqual({
      file: join(root, 'other.yaml'),
      config: { lang: 'en' },
    });
  });
});
