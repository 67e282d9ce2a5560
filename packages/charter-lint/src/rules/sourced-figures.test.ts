import { describe, expect, it } from 'vitest';
import { lintText } from '../engine/lint-text.js';
import { lintMarkdown } from './lint-markdown.js';
import type { RuleConfig } from './define-rule.js';
import { sourcedFigures, type SourcedFiguresOptions } from './sourced-figures.js';

const lint = (markdown: string, config?: RuleConfig<SourcedFiguresOptions>) =>
  lintMarkdown(sourcedFigures, markdown, config);

const actuals = async (markdown: string, config?: RuleConfig<SourcedFiguresOptions>) =>
  (await lint(markdown, config)).map((message) => message.actual);

describe('sourced-figures', () => {
  it('reports an unsourced statistic on the number itself, naming it', async () => {
    const markdown = 'Intro.\n\nIn 2020 there were 332,957 displaced persons.\n';
    const [message, ...rest] = await lint(markdown);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      ruleId: 'sourced-figures',
      source: 'charter-lint',
      actual: '332,957',
      fatal: true,
      line: 3,
      column: 20,
      place: { start: { line: 3, column: 20, offset: 27 }, end: { line: 3, column: 27, offset: 34 } },
    });
    expect(message?.reason).toBe(
      '"332,957" has no source: add a footnote, name the source ("according to …") or link to it',
    );
    expect(message?.url).toMatch(/sourced-figures\.md$/);
  });

  it('covers the scale word, percent and currency in the position', async () => {
    const [message] = await lint('Donors gave €32.3 million last year.\n');
    expect(message?.actual).toBe('€32.3 million');
    expect(message?.place).toMatchObject({ start: { column: 13 }, end: { column: 26 } });
  });

  it.each([
    ['a GFM footnote', 'There were 332,957 displaced persons.[^1]\n\n[^1]: UNHCR 2020.\n'],
    ['a GFM footnote mid-sentence', 'There were 332,957[^1] displaced persons.\n\n[^1]: UNHCR 2020.\n'],
    ['a superscript digit', 'There were 332,957 displaced persons¹.\n'],
    ['a marker after the final period', 'Nearly 979,000 people suffer from acute malnutrition.⁵\n'],
    ['<sup>n</sup>', 'There were 332,957 displaced persons.<sup>3</sup>\n'],
    ['according to', 'According to UNHCR, there were 332,957 displaced persons.\n'],
    ['source:', 'There were 332,957 displaced persons (source: UNHCR).\n'],
    ['a link', 'There were 332,957 displaced persons, says [UNHCR](https://unhcr.org).\n'],
    ['a reference link', 'There were 332,957 [displaced persons][u].\n\n[u]: https://unhcr.org\n'],
    ['the organisation named', 'In 2020, ALIMA treated 14,442 children.\n'],
    ['we', 'In 2020 we treated 14,442 children.\n'],
    ['our', 'Our teams treated 14,442 children.\n'],
    [
      'a heading above naming the organisation',
      '## ALIMA key figures\n\n### 2020\n\nThe teams treated 14,442 children.\n',
    ],
    ['a heading above in the first person', '## Our fieldwork\n\nThe teams treated 14,442 children.\n'],
    ['a marker in the same list item', '- 20.25 million inhabitants¹ in the country\n'],
    ['a marker in the same table cell', '| Figure |\n| --- |\n| 20.25 million people² |\n'],
    [
      'a source in the same table row',
      '| Cases | Source |\n| --- | --- |\n| 14,442 | [WHO](https://who.int) |\n',
    ],
    ['a marker in the same heading', '## 3.5 million people face food insecurity²\n'],
    [
      'a sourced lead-in to a list',
      'The [Pew report](https://pew.org) found:\n\n- 64% of tablet owners\n- 62% of smartphone owners\n',
    ],
    [
      'a source line after a table',
      '| Year | Cases |\n| --- | --- |\n| 2020 | 14,442 |\n\nSource: WHO, 2021.\n',
    ],
  ])('accepts a statistic sourced by %s', async (_how, markdown) => {
    expect(await lint(markdown)).toEqual([]);
  });

  it('accepts French attributions', async () => {
    const french = '---\nlang: fr\n---\n\n';
    for (const sentence of [
      'Selon l’OCHA, 332 957 personnes sont déplacées.',
      'D’après le HCR, 332 957 personnes sont déplacées.',
      "D'après le HCR, 332 957 personnes sont déplacées.",
      '332 957 personnes sont déplacées (source : HCR).',
      'En 2020, nous avons soigné 14 442 enfants.',
      'Nos équipes ont soigné 14 442 enfants.',
    ]) {
      expect(await lint(`${french}${sentence}\n`), sentence).toEqual([]);
    }
  });

  it('does not let a source in another sentence count', async () => {
    expect(await actuals('There were 332,957 displaced persons. UNHCR counted them.¹\n')).toEqual([
      '332,957',
    ]);
    expect(await actuals('According to UNHCR, it is bad. There were 332,957 displaced persons.\n')).toEqual([
      '332,957',
    ]);
  });

  it('reports each unsourced cell of a table without sources', async () => {
    expect(await actuals('| Year | Cases |\n| --- | --- |\n| 2020 | 14,442 |\n| 2021 | 12.5% |\n')).toEqual([
      '14,442',
      '12.5%',
    ]);
  });

  it('stops own data at the end of its section', async () => {
    const markdown =
      '## ALIMA key figures\n\n- 14,442 children\n\n## Country context\n\nThere were 332,957 displaced persons.\n';
    expect(await actuals(markdown)).toEqual(['332,957']);
  });

  it('reads the own sources from the options', async () => {
    const markdown = 'MSF treated 14,442 children and ALIMA 5,000 more.\n';
    expect(await actuals(markdown)).toEqual([]);
    expect(await actuals('MSF treated 14,442 children.\n', ['error', { ownSources: ['MSF'] }])).toEqual([]);
    expect(await actuals('MSF treated 14,442 children.\n')).toEqual(['14,442']);
  });

  it('ignores numbers outside prose', async () => {
    const markdown = [
      '---',
      'title: 14,442 children',
      'count: 332957',
      '---',
      '',
      '```',
      'There were 332,957 displaced persons.',
      '```',
      '',
      'Run `report --limit 332,957` on ![chart of 14,442 cases](chart-2020-332957.png).',
      '',
      'See [the page](https://example.org/stats/332957) and <span data-count="14442">this</span>.',
      '',
      '<div data-count="332,957"><!-- There were 332,957 displaced persons. --></div>',
      '',
      'A note.[^1]',
      '',
      '[^1]: UNHCR counted 332,957 displaced persons in 2020.',
      '',
    ].join('\n');
    expect(await lint(markdown)).toEqual([]);
  });

  it('speaks French in a French document and reads French numbers', async () => {
    const [message, ...rest] = await lint(
      '---\nlang: fr\n---\n\nEn 2020, 332 957 personnes étaient déplacées.\n',
    );
    expect(rest).toEqual([]);
    expect(message?.actual).toBe('332 957');
    expect(message?.reason).toBe(
      '« 332 957 » n’a pas de source : ajoutez une note de bas de page, citez la source (« selon … ») ou un lien vers elle',
    );
    expect(message?.place).toMatchObject({ start: { line: 5, column: 10 }, end: { line: 5, column: 17 } });
  });

  it('takes the language from the option, then from the words of the page', async () => {
    expect(await actuals('En 2020, 332 957 personnes.\n', ['error', { lang: 'fr' }])).toEqual(['332 957']);
    expect(await actuals('Les équipes de la région ont vu 12,5 % des enfants dans les centres.\n')).toEqual([
      '12,5 %',
    ]);
    expect(
      await actuals('---\nlang: en\n---\n\nThere were 20,25 cases.\n', ['error', { lang: 'fr' }]),
    ).toEqual(['20', '25']);
  });

  it('names the bad option when the configuration is wrong', async () => {
    const [message] = await lint('14,442 children.\n', ['error', { ownSources: 'ALIMA' as never }]);
    expect(message?.reason).toMatch(/`ownSources` must be a list of names/);
    const [other] = await lint('14,442 children.\n', ['error', { lang: 'de' as never }]);
    expect(other?.reason).toMatch(/`lang` must be one of en, fr, got "de"/);
  });

  it('can be turned off or down', async () => {
    expect(await lint('There were 332,957 displaced persons.\n', 'off')).toEqual([]);
    const [message] = await lint('There were 332,957 displaced persons.\n', 'warning');
    expect(message?.fatal).toBe(false);
  });
});

describe('sourced-figures in the linter', () => {
  it('takes ownSources from the configuration and obeys suppression comments', async () => {
    const ids = async (markdown: string, options = {}) =>
      (await lintText(markdown, options)).messages
        .filter((message) => message.ruleId === 'sourced-figures')
        .map((message) => message.actual);
    const page = '# Page\n\nMSF treated 14,442 children.\n';
    expect(await ids(page)).toEqual(['14,442']);
    expect(await ids(page, { ownSources: ['MSF'] })).toEqual([]);
    const suppressed =
      '# Page\n\n<!-- charter-lint disable sourced-figures -->\n\nMSF treated 14,442 children.\n\n<!-- charter-lint enable sourced-figures -->\n\nThere were 332,957 displaced persons.\n';
    expect(await ids(suppressed)).toEqual(['332,957']);
  });
});

describe('sourced-figures: own data is the organisation counting its own work', () => {
  it('does not take the page title as an own-work section', async () => {
    const markdown =
      '# ALIMA scales up its measles response in Chad\n\n## Context\n\nSome 1.2 million children are unvaccinated and 3.4 million people live in the affected provinces.\n\n## Our response\n\n- 45,000 children vaccinated\n';
    expect(await actuals(markdown)).toEqual(['1.2 million', '3.4 million']);
  });

  it.each([
    ['We are alarmed that 45% of children under five are acutely malnourished.\n', ['45%']],
    ['ALIMA estimates that 1.2 million people need aid.\n', ['1.2 million']],
    ['---\nlang: fr\n---\n\nNous constatons que 45 % des enfants sont malnutris.\n', ['45 %']],
    [
      '---\nlang: fr\n---\n\nSelon nos estimations, 2 millions de personnes ont besoin d’aide.\n',
      ['2 millions'],
    ],
    ['In 2023, our teams treated 14,442 children and trained 833 health workers.\n', []],
    ['---\nlang: fr\n---\n\nEn 2023, nos équipes ont réalisé 13 000 consultations.\n', []],
  ])('%j → %j', async (markdown, expected) => {
    expect(await actuals(markdown)).toEqual(expected);
  });
});

describe('sourced-figures: tables, quotes and speech', () => {
  it.each(['Source', 'sources', 'Source(s)', 'Fuente'])(
    'a column headed %j sources its row, and only its row',
    async (header) => {
      const markdown = `According to OCHA, needs are rising:\n\n| Region | People in need | ${header} |\n| --- | --- | --- |\n| Mopti | 332,957 | OCHA 2020 |\n| Gao | 207,751 | |\n`;
      expect(await actuals(markdown)).toEqual(['207,751']);
    },
  );

  it('takes a signed blockquote as attributed', async () => {
    const markdown = '> Some 3.5 million people face hunger this year.\n>\n> — UNICEF, 2024\n';
    expect(await actuals(markdown)).toEqual([]);
    expect(await actuals('> Some 3.5 million people face hunger this year.\n')).toEqual(['3.5 million']);
  });

  it.each([
    ['At least 45 people died in the attack, said the mayor.\n', []],
    ['UNICEF reports that 3.5 million children are out of school.\n', []],
    ['---\nlang: fr\n---\n\n« 45 morts », a déclaré le ministre.\n', []],
    ['---\nlang: fr\n---\n\nPrès de 12 000 réfugiés sont arrivés, indique le HCR.\n', []],
    ['Depending on the region, 20 to 45% of children are stunted.\n', ['20 to 45%']],
    ['---\nlang: fr\n---\n\nSelon les régions, 20 à 45 % des enfants sont concernés.\n', ['20 à 45 %']],
  ])('%j → %j', async (markdown, expected) => {
    expect(await actuals(markdown)).toEqual(expected);
  });
});

describe('sourced-figures: HTML blocks are prose', () => {
  it('reads figures inside <p>, <li>, <td> and <figcaption>, on their source position', async () => {
    const markdown =
      '<div class="intro">\n<p>Some 2.3 million people need aid.</p>\n<ul><li>45,000 children are out of school</li></ul>\n<table><tr><td>12.5%</td></tr></table>\n<figure><img src="a.jpg" alt=""><figcaption>3,000 families fled</figcaption></figure>\n</div>\n';
    const messages = await lint(markdown);
    expect(messages.map((message) => message.actual)).toEqual(['2.3 million', '45,000', '12.5%', '3,000']);
    for (const message of messages) {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      expect(markdown.slice(place.start.offset, place.end.offset)).toBe(message.actual);
    }
  });

  it('accepts <sup> notes and links in HTML, and skips attributes, comments, scripts and code', async () => {
    const markdown =
      '<p>Some 2.3 million people need aid.<sup>1</sup> Over <a href="https://unhcr.org">12,000 refugees</a> arrived.</p>\n<p data-count="45,000"><!-- 99,999 --><code>12,345</code></p>\n<script>const n = "45,000 people";</script>\n';
    expect(await actuals(markdown)).toEqual([]);
  });
});

describe('sourced-figures: exponents are no note markers', () => {
  it.each([
    'The region covers 79,017 km² and holds 1.2 million people.\n',
    'Its ST(SI)² score rose for 45,000 pupils.\n',
  ])('%j still needs a source', async (markdown) => {
    expect(await actuals(markdown)).toHaveLength(1);
  });
});
