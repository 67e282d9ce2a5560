import { loadFigureRegistry } from '@alima/charter-lint/node';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftTree, elements, props, text } from './hast-query.js';
import { runIn } from './run-cli.js';

const REGISTRY = `mali.population:
  value: 20250000
  year: 2020
  source: { en: World Bank 2020, fr: Banque mondiale 2020 }
  scope: mali
  labels:
    en: [inhabitants, population]
    fr: [habitants, population]
mali.displaced:
  value: 332957
  year: 2020
  source: IOM 2020
  labels: { en: [displaced persons], fr: [personnes déplacées] }
mali.stunting:
  value: 26.4
  percent: true
  year: 2019
  source: UNICEF 2019
  labels: { en: [of children stunted] }
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alima-render-registry-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const registry = () => {
  writeFileSync(join(dir, 'figures.yml'), REGISTRY);
  return loadFigureRegistry(join(dir, 'figures.yml'));
};

/** Each card as a reader and a script see it: its attributes and its text. */
const cards = (tree: Awaited<ReturnType<typeof draftTree>>) =>
  elements(tree, 'alima-stat-card').map((card): Record<string, string | undefined> => ({
    ...props(card),
    text: text(card),
  }));

describe('{{figure id}} key-figure items', () => {
  it('fill the card’s value, label and source from the registry, in the draft’s language', async () => {
    const figures = registry();
    const draft = (lang: string) =>
      `---\nlang: ${lang}\n---\n\n- {{figure mali.population}}\n- {{figure mali.displaced}}\n`;
    expect(cards(await draftTree(draft('en'), { figures }))).toEqual([
      {
        value: '20250000',
        notation: 'compact',
        source: 'World Bank 2020',
        text: '20.25 million inhabitants',
      },
      { value: '332957', source: 'IOM 2020', text: '332,957 displaced persons' },
    ]);
    expect(cards(await draftTree(draft('fr'), { figures }))).toEqual([
      {
        value: '20250000',
        notation: 'compact',
        source: 'Banque mondiale 2020',
        text: '20,25 millions habitants',
      },
      {
        value: '332957',
        source: 'IOM 2020',
        text: '332\u202f957 personnes déplacées' /* Intl's narrow no-break space */,
      },
    ]);
  });

  it('keep a label the writer wrote, a footnote marker instead of the source, and percentages', async () => {
    const tree = await draftTree(
      [
        '## Key figures',
        '',
        '- {{figure mali.population}} people in Mali[^wb]',
        '- {{ figure mali.stunting }}',
        '',
        '[^wb]: World Bank 2020',
      ].join('\n'),
      { figures: registry() },
    );
    expect(cards(tree)).toEqual([
      {
        value: '20250000',
        notation: 'compact',
        footnote: 'note-wb',
        text: '20.25 million people in Mali1',
      },
      { value: '26.4', format: 'percent', source: 'UNICEF 2019', text: '26.4% of children stunted' },
    ]);
  });

  it('mix with figures as written, in a :::key-figures block', async () => {
    const tree = await draftTree(
      ':::key-figures{variant=own}\n- {{figure mali.displaced}}\n- 14,442 children treated\n:::\n',
      { figures: registry() },
    );
    expect(cards(tree).map((card) => [card.value, card.variant, card.source])).toEqual([
      ['332957', 'own', 'IOM 2020'],
      ['14442', 'own', 'ALIMA'],
    ]);
  });

  it('an id the registry does not hold stops the render, naming the draft, the line and the id', async () => {
    await expect(
      draftTree('# Mali\n\n- {{figure mali.population}}\n- {{figure mali.populaton}}\n', {
        figures: registry(),
      }),
    ).rejects.toThrow(/figure "mali\.populaton" is not in the figure registry .*figures\.yml/u);
    await expect(draftTree('\n- {{figure mali.population}}\n')).rejects.toMatchObject({
      line: 2,
      file: 'draft.md',
      reason: expect.stringMatching(/figure "mali\.population" needs a figure registry/u),
    });
  });
});

const run = (args: string[]) => runIn(dir, args);

const DRAFT = '---\nlang: en\nscope: mali\n---\n\n# Mali\n\n- {{figure mali.population}}\n';

describe('alima-render finds the registry as charter-lint does', () => {
  it('figures.yml at the repository root fills a draft in a sub-folder; --check passes the draft', async () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'figures.yml'), REGISTRY);
    writeFileSync(join(dir, 'drafts/mali.md'), DRAFT);
    const { code, stderr } = await run(['drafts', '--out', 'site', '--check']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const page = readFileSync(join(dir, 'site/mali.html'), 'utf8');
    expect(page).toMatch(/<alima-stat-card\s+value="20250000" notation="compact" source="World Bank 2020">/u);
    expect(page).toContain('20.25 million');
  });

  it('the configuration’s figures.registry names another file', async () => {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/key-figures.yml'), REGISTRY.replace('20250000', '21900000'));
    writeFileSync(
      join(dir, '.charter-lintrc.json'),
      JSON.stringify({ root: true, figures: { registry: 'data/key-figures.yml' } }),
    );
    writeFileSync(join(dir, 'mali.md'), DRAFT);
    expect((await run(['mali.md', '--out', 'site'])).code).toBe(0);
    expect(readFileSync(join(dir, 'site/mali.html'), 'utf8')).toContain('value="21900000"');
  });

  it('an unknown id: the draft, line and id, exit 2, nothing written', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'figures.yml'), REGISTRY);
    writeFileSync(join(dir, 'mali.md'), `${DRAFT}- {{figure mali.refugees}}\n`);
    const { code, stderr } = await run(['mali.md', '--out', 'site']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^alima-render: mali\.md:9:1: figure "mali\.refugees" is not in the figure registry/u,
    );
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });

  it('a bad registry: its file and entry, exit 2; a draft that does not use it still renders', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'figures.yml'), REGISTRY.replace('  year: 2020\n', ''));
    writeFileSync(join(dir, 'niger.md'), '# Niger\n\nNo figures here.\n');
    expect((await run(['niger.md', '--out', 'site'])).code).toBe(0);
    writeFileSync(join(dir, 'mali.md'), DRAFT);
    const { code, stderr } = await run(['mali.md', '--out', 'site']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/figures\.yml: "mali\.population\.year" is missing/u);
  });
});
