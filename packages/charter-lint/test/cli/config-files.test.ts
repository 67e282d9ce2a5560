import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from './fixtures.js';
import { findings, runJson, runMain } from './run-main.js';

// One unused note, one image without alt text (and no credit), one <div>, two blank lines.
const DRAFT = '# T\n\nText.\n\n[^who]: WHO 2021\n\n![](a.jpg)\n\n<div>x</div>\n\n\nEnd.\n';

describe("markdownlint's own configuration files", () => {
  it.each([
    ['.markdownlint.json', '{"MD033": false, "no-multiple-blanks": false}'],
    ['.markdownlint.jsonc', '// house style\n{"MD033": false, "MD012": false,}'],
    ['.markdownlint.yaml', 'MD033: false\nMD012: false\n'],
    ['.markdownlint.yml', 'MD033: false\nMD012: false\n'],
    ['.markdownlint-cli2.jsonc', '{"globs": ["**/*.md"], "config": {"MD033": false, "MD012": false}}'],
    ['.markdownlint-cli2.yaml', 'config:\n  MD033: false\n  MD012: false\n'],
  ])('honours %s in a folder above', async (name, text) => {
    const root = folderWith({ [name]: text, 'docs/a.md': DRAFT });
    const before = await runJson(['docs/a.md'], folderWith({ 'docs/a.md': DRAFT }));
    expect(findings(before.reports)).toEqual(
      expect.arrayContaining(['docs/a.md MD033:9', 'docs/a.md MD012:11']),
    );
    const { reports } = await runJson(['docs/a.md'], root);
    expect(findings(reports).filter((finding) => /MD033|MD012/.test(finding))).toEqual([]);
    expect(findings(reports)).toContain('docs/a.md MD045:7');
  });

  it("puts charter-lint's markdownlint key on top, and the nearest markdownlint file alone", async () => {
    const root = folderWith({
      '.markdownlint.json': '{"MD033": false, "MD012": false}',
      '.charter-lintrc.json': '{"markdownlint": {"MD012": true}}',
      'docs/a.md': DRAFT,
      'other/.markdownlint.yaml': 'MD045: false\n',
      'other/a.md': DRAFT,
    });
    const { reports } = await runJson(['docs', 'other'], root);
    const ids = findings(reports).filter((finding) => / MD/.test(finding));
    // docs/: the root file turns MD033 and MD012 off, the charter key turns MD012 back on.
    expect(ids).toContain('docs/a.md MD012:11');
    expect(ids).toContain('docs/a.md MD045:7');
    // other/: its own file applies alone (MD033 and MD012 keep the defaults), the charter key on top.
    expect(ids).toContain('other/a.md MD033:9');
    expect(ids).not.toContain('other/a.md MD045:7');
    expect(ids).not.toContain('docs/a.md MD033:9');
  });

  it.each([
    ['.markdownlint.json', '{"MD999": true}', '.markdownlint.json: "MD999" is not a markdownlint'],
    [
      '.markdownlint.json',
      '{"MD033": "eror"}',
      '.markdownlint.json: "MD033" must be one of "error", "warning"; got "eror". Did you mean "error"?',
    ],
    [
      '.markdownlint.yaml',
      'MD033:\n  allowed_element: [div]\n',
      '.markdownlint.yaml: "MD033.allowed_element" is not an option',
    ],
    [
      '.markdownlint-cli2.jsonc',
      '{"config": {"MD013": {"line_length": "80"}}}',
      '.markdownlint-cli2.jsonc: "config.MD013.line_length" must be an integer; got "80".',
    ],
    [
      '.charter-lintrc.json',
      '{"markdownlint": {"MD33": false}}',
      '.charter-lintrc.json: "markdownlint.MD33" is not a markdownlint',
    ],
    ['.markdownlint.json', '{"MD033": false,', '.markdownlint.json: is not valid JSON'],
  ])('%s %s is a configuration error naming file and key (exit 2)', async (name, text, message) => {
    const root = folderWith({ [name]: text, 'a.md': DRAFT });
    const result = await runMain(['a.md'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(root, message));
    expect(result.stdout).toBe('');
  });

  it('reads "default": false as "only the rules listed here", prose defaults included', async () => {
    const root = folderWith({ '.markdownlint.yaml': 'default: false\nMD012: true\n', 'a.md': DRAFT });
    const ids = findings((await runJson(['a.md'], root)).reports).filter((id) => / MD/.test(id));
    expect(ids).toEqual(['a.md MD012:11']);
  });

  it("says that markdownlint's JavaScript configuration is not read, once", async () => {
    const root = folderWith({
      '.markdownlint.cjs': 'module.exports = { MD033: false };',
      'a.md': DRAFT,
      'b.md': DRAFT,
    });
    const result = await runJson(['.'], root);
    expect(result.stderr).toBe(
      `charter-lint: ${join(root, '.markdownlint.cjs')}: not read (charter-lint never runs code from a configuration); put its markdownlint settings in .markdownlint.json or .markdownlint.yaml.\n`,
    );
    expect(findings(result.reports)).toContain('a.md MD033:9');
  });

  it('follows extends in a markdownlint file', async () => {
    const root = folderWith({
      'shared/base.json': '{"MD033": false}',
      'docs/.markdownlint.jsonc': '{"extends": "../shared/base.json", "MD012": false}',
      'docs/a.md': DRAFT,
    });
    const ids = findings((await runJson(['docs'], root)).reports);
    expect(ids.filter((id) => /MD033|MD012/.test(id))).toEqual([]);
  });

  it('reports a problem once: the charter rule over the markdownlint rule it supersedes', async () => {
    const root = folderWith({
      'a.md': '# T\n\nCases rose.[^gone]\n\n[^who]: WHO 2021\n\n[site]: https://alima.ngo\n',
    });
    const ids = findings((await runJson(['a.md'], root)).reports);
    expect(ids).toContain('a.md footnote-unused:5');
    expect(ids).toContain('a.md footnote-undefined:3');
    expect(ids).not.toContain('a.md MD053:5');
    expect(ids).not.toContain('a.md MD052:3');
    // An unused link definition is markdownlint's alone.
    expect(ids).toContain('a.md MD053:7');
    // With the charter rule off, markdownlint's finding is back.
    const off = folderWith({
      '.charter-lintrc.json': '{"rules": {"footnote-unused": "off"}}',
      'a.md': '# T\n\nText.\n\n[^who]: WHO 2021\n',
    });
    expect(findings((await runJson(['a.md'], off)).reports)).toContain('a.md MD053:5');
  });
});

describe('configuration lookup', () => {
  it('stops at the repository root: a configuration above the folder holding .git does not apply', async () => {
    const outer = folderWith({
      '.charter-lintrc.json': '{"rules": {"footnote-undefined": "off"}}',
      '.markdownlint.json': '{"MD045": false}',
      'repo/a.md': 'A claim.[^missing]\n\n![](photo.jpg)\n',
    });
    mkdirSync(join(outer, 'repo/.git'));
    const result = await runJson(['a.md'], join(outer, 'repo'));
    expect(result.code).toBe(1);
    expect(findings(result.reports)).toEqual(
      expect.arrayContaining(['a.md footnote-undefined:1', 'a.md MD045:3']),
    );
  });

  it('stops at a configuration with "root": true', async () => {
    const outer = folderWith({
      '.charter-lintrc.json': '{"rules": {"footnote-undefined": "off"}}',
      '.markdownlint.json': '{"MD045": false}',
      'repo/.charter-lintrc.json': '{"root": true}',
      'repo/docs/a.md': 'A claim.[^missing]\n\n![](photo.jpg)\n',
    });
    const ids = findings((await runJson(['docs'], join(outer, 'repo'))).reports);
    expect(ids).toEqual(expect.arrayContaining(['docs/a.md footnote-undefined:1', 'docs/a.md MD045:3']));
  });

  it('applies the ignore globs to --stdin-filename: an ignored path gives an empty report', async () => {
    const root = folderWith({ '.charter-lintrc.json': '{"ignore": ["archive/**"]}' });
    const ignored = await runJson(['--stdin-filename', 'archive/old.md', '-'], root, 'A claim.[^missing]\n');
    expect(ignored).toMatchObject({ code: 0, reports: [] });
    const linted = await runJson(['--stdin-filename', 'docs/new.md', '-'], root, 'A claim.[^missing]\n');
    expect(findings(linted.reports)).toEqual(['docs/new.md footnote-undefined:1']);
  });

  it('-c with ignore globs works from any folder (globs relative to the working folder)', async () => {
    const root = folderWith({
      'conf/x.json': '{"ignore": ["docs/archive/**"], "rules": {"photo-credit": "off"}}',
      'docs/a.md': 'A claim.[^missing]\n',
      'docs/archive/old.md': 'A claim.[^missing]\n',
    });
    const result = await runJson(['-c', 'conf/x.json', 'docs'], root);
    expect(result.stderr).toBe('');
    expect(result.reports.map((report) => report.filePath)).toEqual(['docs/a.md']);
    // From inside docs/, the globs still read from the working folder: nothing under ../ is ignored.
    const inside = await runJson(['-c', '../conf/x.json', '.'], join(root, 'docs'));
    expect(inside.stderr).toBe('');
    expect(inside.reports.map((report) => report.filePath)).toEqual(['a.md', 'archive/old.md']);
  });
});

describe('charter-lint configuration', () => {
  it('extends a relative file and an installed package (its data file), this file winning', async () => {
    const root = folderWith({
      'node_modules/@org/charter-config/package.json':
        '{"name": "@org/charter-config", "main": "charter-lintrc.json"}',
      'node_modules/@org/charter-config/charter-lintrc.json':
        '{"rules": {"footnote-undefined": "off", "photo-credit": "off"}, "markdownlint": {"MD045": false}}',
      'team.yaml': 'rules:\n  photo-credit: error\n',
      '.charter-lintrc.json':
        '{"extends": ["@org/charter-config", "./team.yaml"], "rules": {"footnote-undefined": "warn"}}',
      'a.md': 'A claim.[^missing]\n\n![](photo.jpg)\n',
    });
    const { reports } = await runJson(['a.md'], root);
    const messages = reports[0]?.messages ?? [];
    expect(messages.map((message) => `${message.ruleId}:${message.severity}`).sort()).toEqual([
      'footnote-undefined:warning',
      'photo-credit:error',
    ]);
  });

  it.each([
    [{ extends: 'org-config' }, '"extends" names "org-config", which is neither a file path'],
    [{ extends: './base.js' }, 'which is not a JSON or YAML file; configurations never run code'],
    [{ extends: './loop.json' }, 'loop.json: "extends" loops back to'],
    [
      { rules: { 'photo-credit': ['error', { exempts: ['logo-*'] }] } },
      '"rules.photo-credit.exempts" is not an option (expected one of "exempt"). Did you mean "exempt"?',
    ],
    [
      { rules: { 'photo-credit': ['error', { exempt: 'logo-*' }] } },
      '"rules.photo-credit.exempt" must be an array of strings; got "logo-*".',
    ],
    [
      { rules: { 'sourced-figures': ['error', { lang: 'de' }] } },
      '"rules.sourced-figures.lang" must be one of "en", "fr"; got "de".',
    ],
    [
      { rules: { 'footnote-unused': ['error', { lang: 'fr' }] } },
      '"rules.footnote-unused.lang" is not an option (there are none here).',
    ],
    [{ rules: { 'photo-credit': 'warnning' } }, 'Did you mean "warning"?'],
  ])('rejects %j naming the file and key, exit 2 and no internal error', async (config, message) => {
    const root = folderWith({
      'loop.json': '{"extends": "./.charter-lintrc.json"}',
      'base.js': 'module.exports = {}',
      '.charter-lintrc.json': JSON.stringify(config),
      'a.md': 'Text.\n',
    });
    const result = await runMain(['a.md'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('.charter-lintrc.json');
    expect(result.stderr).not.toContain('internal error');
  });
});
