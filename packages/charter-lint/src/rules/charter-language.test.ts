import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixText } from '../fix/fix-text.js';
import type { CharterMessage } from '../report/finding.js';
import { severityOf } from '../report/severity.js';
import { charterLanguage } from './charter-language.js';
import type { RuleConfig } from './define-rule.js';
import type { CharterLanguageOptions } from './charter-language.js';
import { lintMarkdown } from './lint-markdown.js';

const lint = (markdown: string, config?: RuleConfig<CharterLanguageOptions>): Promise<CharterMessage[]> =>
  lintMarkdown(charterLanguage, markdown, config);
const fr = (body: string) => `---\nlang: fr\n---\n\n${body}\n`;
const actuals = async (markdown: string) => (await lint(markdown)).map((message) => message.actual);

// Every example of content-rules.md §4, in a sentence a writer would type.
const SECTION_4: Record<string, { en: [string, string][]; fr: [string, string][] }> = {
  'health-stigma': {
    en: [
      ['The clinic counselled an AIDS victim and her husband.', 'AIDS victim'],
      ['A prostitute came for her HIV test.', 'prostitute'],
      ['Each TB suspect gives two sputum samples.', 'TB suspect'],
      ['The defaulter was traced by a community worker.', 'defaulter'],
    ],
    fr: [
      ['Un sidéen a témoigné à la radio.', 'sidéen'],
      ['Les malades du sida reçoivent un traitement gratuit.', 'malades du sida'],
      ['Une prostituée est venue faire son test.', 'prostituée'],
    ],
  },
  'victim-framing': {
    en: [['Most malaria victims are children under five.', 'malaria victims']],
    fr: [
      ['Les victimes du paludisme sont surtout des enfants.', 'victimes du paludisme'],
      ['Les enfants frappés de paludisme arrivent la nuit.', 'frappés de paludisme'],
    ],
  },
  'person-first': {
    en: [
      ['Malnourished children are treated as outpatients.', 'Malnourished children'],
      ['SAM kids are referred to the URENI.', 'SAM kids'],
    ],
    fr: [['Les enfants malnutris sont traités en ambulatoire.', 'enfants malnutris']],
  },
  pity: {
    en: [
      ['Helpless children wait for food.', 'Helpless children'],
      ['Desperate mothers walk for hours.', 'Desperate mothers'],
      ['We serve the poorest of the poor.', 'poorest of the poor'],
      ['Photos of starving children raise money.', 'starving children'],
    ],
    fr: [
      ['Nous soignons les plus démunis.', 'les plus démunis'],
      ['Des enfants sans défense attendent.', 'sans défense'],
      ['Des enfants affamés arrivent au centre.', 'affamés'],
      ['Ces misérables n’ont rien.', 'misérables'],
    ],
  },
  saviour: {
    en: [
      ['Our mission is to give a voice to the voiceless.', 'give a voice to the voiceless'],
      ['Without us they would die.', 'Without us they would die'],
    ],
    fr: [['Nous voulons donner une voix aux sans-voix.', 'donner une voix aux sans-voix']],
  },
  othering: {
    en: [
      ['Third world hospitals lack oxygen.', 'Third world'],
      ['Poor Africans cannot afford care.', 'Poor Africans'],
    ],
    fr: [
      ['Les hôpitaux du tiers-monde manquent d’oxygène.', 'tiers-monde'],
      ['Les Africains pauvres n’ont pas accès aux soins.', 'Les Africains pauvres'],
    ],
  },
  neutrality: {
    en: [
      ['Terrorists attacked the health centre.', 'Terrorists'],
      ['Rebels took control of the town.', 'Rebels'],
      ['Jihadists attacked the convoy.', 'Jihadists'],
    ],
    fr: [
      ['Des terroristes ont attaqué le centre.', 'terroristes'],
      ['Les rebelles ont pris la ville.', 'rebelles'],
      ['Des djihadistes ont attaqué le convoi.', 'djihadistes'],
    ],
  },
  identity: {
    en: [
      ['Fulani militants burned the village.', 'Fulani militants'],
      ['Muslim extremists are blamed.', 'Muslim extremists'],
    ],
    fr: [['Des Peuls armés ont incendié le village.', 'Peuls armés']],
  },
  displacement: {
    en: [['Illegal migrants fear going to hospital.', 'Illegal migrants']],
    fr: [
      ['Des migrants illégaux ont été arrêtés.', 'migrants illégaux'],
      ['Des clandestins ont traversé le désert.', 'Des clandestins'],
    ],
  },
  disability: {
    en: [
      ['Handicapped children attend the school.', 'Handicapped'],
      ['Ramps help the disabled reach the ward.', 'the disabled'],
      ['A class for pupils with special needs.', 'pupils with special needs'],
    ],
    fr: [
      ['Le centre accueille les handicapés.', 'les handicapés'],
      ['Il est handicapé mental depuis sa naissance.', 'handicapé mental'],
    ],
  },
  gender: {
    en: [
      ['The chairman opened the meeting.', 'chairman'],
      ['A spokesman for the ministry confirmed it.', 'spokesman'],
      ['The project lacks manpower.', 'manpower'],
    ],
    fr: [['Madame le directeur a ouvert la séance.', 'Madame le directeur']],
  },
  claims: {
    en: [
      ['ALIMA is the only NGO in Ménaka.', 'the only NGO'],
      ['This is the worst famine in decades.', 'the worst famine in decades'],
      ['The protocol gives a 100% cure.', '100% cure'],
      ['Our clinics are eco-friendly.', 'eco-friendly'],
    ],
    fr: [
      ['ALIMA est la seule ONG à Ménaka.', 'la seule ONG'],
      ['C’est la pire famine depuis des décennies.', 'la pire famine'],
      ['Le protocole donne 100 % de guérison.', '100 % de guérison'],
      ['Nos cliniques sont neutres en carbone.', 'neutres en carbone'],
    ],
  },
  'child-identity': {
    en: [['Aïcha, 12, survivor of rape, now goes to school.', 'survivor of rape']],
    fr: [['Aïcha, 12 ans, survivante de viol, va à l’école.', 'survivante de viol']],
  },
};

describe.each(Object.entries(SECTION_4))('§4 %s', (category, { en, fr: french }) => {
  it.each(en)('flags in English: %s', async (sentence, actual) => {
    const messages = await lint(sentence);
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    expect(messages[0]?.reason).toContain(`(${category})`);
  });
  it.each(french)('flags in French: %s', async (sentence, actual) => {
    const messages = await lint(fr(sentence));
    expect(messages.map((message) => message.actual)).toEqual([actual]);
    expect(messages[0]?.reason).toContain(`(${category})`);
    expect(messages[0]?.reason).toMatch(/^(Évitez|«)/);
  });
});

describe('precision', () => {
  it.each([
    [
      'charter wording',
      'ALIMA’s purpose is to save lives and provide care for the most vulnerable populations.',
    ],
    ['charter wording in French', fr('Notre mission : sauver des vies et soigner les plus vulnérables.')],
    ['victims in protection writing', 'Victims of violence are referred to the one-stop centre.'],
    ['victimes in protection writing', fr('Les victimes de violences sexuelles sont prises en charge.')],
    ['a programme name', '133,452 mothers joined MUAC for Mothers in 2020.'],
    ['a French programme name', fr('Le Programme national de lutte contre le sida finance les tests.')],
    ['famine with an IPC phase 5 classification', 'Famine (IPC Phase 5) was confirmed in two districts.'],
    [
      'famine with a Cadre Harmonisé phase 5 classification',
      fr('Le Cadre Harmonisé classe 2 500 personnes en phase 5 (famine).'),
    ],
    ['an attributed label', 'What the government calls terrorists attacked the health centre.'],
    ['an attributed French label', fr('Selon les autorités, des terroristes ont attaqué le centre.')],
    [
      'a named child whose name was changed',
      'Aïcha (name changed), 12, survivor of rape, now goes to school.',
    ],
    [
      'a French named child whose name was changed',
      fr('Aïcha (prénom modifié), 12 ans, survivante de viol, va à l’école.'),
    ],
    ['a survivor who is not named', 'A 12-year-old survivor of rape now goes to school.'],
    ['French feminine adjectives that are correct', fr('Les personnes handicapées ont accès au centre.')],
  ])('accepts %s', async (_title, markdown) => {
    expect(await lint(markdown)).toEqual([]);
  });

  it('raises at most info for “suffering from malnutrition”, in both languages', async () => {
    const messages = [
      ...(await lint('Children suffering from malnutrition are treated at home.')),
      ...(await lint(fr('Les enfants souffrant de malnutrition sont soignés à domicile.'))),
    ];
    expect(messages.filter((message) => severityOf(message) !== 'info')).toEqual([]);
  });

  it.each([
    ['a curly quotation', 'The nurse said: “We felt helpless children were left behind.”'],
    ['a straight quotation', 'He told us "the rebels came at night".'],
    ['a French quotation', fr('Elle raconte : « Les rebelles sont venus la nuit. »')],
    ['a blockquote', '> Terrorists came to the village at night.'],
    ['inline code', 'Set `terrorists` to false.'],
    ['a code block', '```\nmalaria victims\n```'],
    ['a link URL', 'Read [the report](https://example.org/malaria-victims-2020).'],
    ['image alt text', '![malaria victims](photo.jpg)'],
    ['front matter', '---\ntitle: Malaria victims\n---\n\nA report.'],
    ['HTML attributes and comments', '<p title="malaria victims"><!-- malaria victims --></p>'],
  ])('skips %s', async (_title, markdown) => {
    expect(await lint(markdown)).toEqual([]);
  });

  it('does not join words across a sentence end or inline code', async () => {
    expect(await lint('We met the poor. Africans in the diaspora donated.')).toEqual([]);
    expect(await lint('Malaria `x` victims.')).toEqual([]);
  });
});

describe('matching', () => {
  it('reads a phrase across emphasis and link text, and points at it in the source', async () => {
    const markdown = 'We treated **malaria** [victims](https://example.org) in Mopti.';
    const [message] = await lint(markdown);
    expect(message?.actual).toBe('malaria victims');
    expect(message?.place).toMatchObject({ start: { line: 1, column: 14 }, end: { line: 1, column: 32 } });
    expect(message?.fix).toBeUndefined();
  });

  it('handles capitals, plurals, feminine forms, elision, apostrophes and hyphens', async () => {
    expect(await actuals(fr('Des prostituées et un prostitué.'))).toEqual(['prostituées', 'prostitué']);
    expect(await actuals(fr("L'handicapée et l’handicapé."))).toEqual(["L'handicapée", 'l’handicapé']);
    expect(await actuals(fr("Les victimes d’Ebola et les victimes d'Ebola."))).toEqual([
      'victimes d’Ebola',
      "victimes d'Ebola",
    ]);
    expect(await actuals('Wheelchair-bound, wheelchair bound and wheelchair‑bound.')).toHaveLength(3);
    expect(await actuals('THIRD WORLD and Third-World.')).toEqual(['THIRD WORLD', 'Third-World']);
  });

  it('reads list items, headings and table cells', async () => {
    const markdown = '# Malaria victims\n\n- helpless children\n\n| a |\n| - |\n| rebels |\n';
    expect(await actuals(markdown)).toEqual(['Malaria victims', 'helpless children', 'rebels']);
  });
});

describe('messages', () => {
  it('carries actual, expected, a note with the guidance link, and the entry’s severity', async () => {
    const [message] = await lint('The centre cared for 40 AIDS victims.');
    if (message === undefined) throw new Error('no message');
    expect(message).toMatchObject({
      ruleId: 'charter-language',
      source: 'charter-lint',
      actual: 'AIDS victims',
      expected: ['person living with HIV', 'people living with HIV'],
      reason:
        'Avoid “AIDS victims” (health-stigma): write “person living with HIV” or “people living with HIV”',
    });
    expect(message?.note).toMatch(/UNAIDS.*https:\/\/www\.unaids\.org/);
    expect(severityOf(message)).toBe('error');
  });

  it('writes French messages for French documents', async () => {
    const [message] = await lint(fr('Une victime du choléra est arrivée.'));
    expect(message?.reason).toBe(
      'Évitez « victime du choléra » (victim-framing) : écrivez « patients atteints de choléra » ou « personnes atteintes de choléra »',
    );
    expect(message?.note).toMatch(/^Appeler les patients/);
  });

  it('uses each entry’s severity unless the writer configures one', async () => {
    const markdown = 'The chairman met third world leaders and rebels.';
    const severities = (messages: CharterMessage[]) => messages.map((message) => severityOf(message));
    expect(severities(await lint(markdown))).toEqual(['info', 'error', 'warning']);
    expect(severities(await lint(markdown, 'warning'))).toEqual(['warning', 'warning', 'warning']);
    expect(await lint(markdown, 'off')).toEqual([]);
  });

  it('gives the named-child finding its own explanation', async () => {
    const [message] = await lint('Moussa (14), a former child soldier, trains as a mechanic.');
    expect(message?.reason).toContain('(child-identity)');
    expect(message?.reason).toContain('(name changed)');
  });
});

describe('fixes', () => {
  it('offers a fix that keeps the case of the text it replaces', async () => {
    const markdown = 'Chairman and spokesman spoke.';
    const fixes = (await lint(markdown)).map((message) => message.fix);
    expect(fixes).toEqual([
      { start: 0, end: 8, text: 'Chair' },
      { start: 13, end: 22, text: 'spokesperson' },
    ]);
  });

  it('are applied by fixText, and the fixed text passes', async () => {
    const { output, report } = await fixText('The chairman thanked the spokesman.\n', {
      catalogue: [charterLanguage],
      markdownlint: false,
    });
    expect(output).toBe('The chair thanked the spokesperson.\n');
    expect(report.messages).toEqual([]);
  });

  it('leaves a title before a name alone, and flags the generic role', async () => {
    expect(await actuals('Chairman Hochberg and Congressman Cantor met the chairman.')).toEqual(['chairman']);
  });

  it('never fixes context rules or entries without a single safe replacement', async () => {
    const messages = await lint('Rebels came. Helpless children cried. Aïcha, 12, was raped.');
    expect(messages).toHaveLength(3);
    expect(messages.map((message) => message.fix)).toEqual([undefined, undefined, undefined]);
  });
});

describe('language', () => {
  it('follows front matter, then the lang option, then detection', async () => {
    const french = 'Les rebelles ont pris la ville et les routes du nord.';
    expect((await lint(french))[0]?.reason).toMatch(/^Évitez/);
    expect((await lint(french, ['warning', { lang: 'en' }]))[0]?.reason).toBeUndefined();
    expect(
      (await lint(`---\nlang: en\n---\n\nThe rebels took the town.`, ['warning', { lang: 'fr' }]))[0]?.reason,
    ).toMatch(/^Avoid/);
  });

  it('leaves documents in a language without a lexicon alone', async () => {
    expect(await lint('---\nlang: es\n---\n\nLos rebels llegaron.')).toEqual([]);
  });
});

describe('the seed page', () => {
  it('raises nothing at warning or error level on the Mali country page', async () => {
    const markdown = readFileSync(new URL('../../test/fixtures/mali.md', import.meta.url), 'utf8');
    const messages = await lint(markdown);
    expect(messages.filter((message) => severityOf(message) !== 'info')).toEqual([]);
  });
});

describe('charter-language: HTML blocks are prose', () => {
  it('flags wording inside HTML paragraphs at its source position, not in attributes or quotes', async () => {
    const { lintMarkdown } = await import('./lint-markdown.js');
    const { charterLanguage } = await import('./charter-language.js');
    const markdown =
      '<div>\n<p>Aid to the third world.</p>\n<p title="third world">Fine.</p>\n<blockquote><p>“They are the third world,” he said.</p></blockquote>\n</div>\n';
    const messages = await lintMarkdown(charterLanguage, markdown);
    expect(messages.map((message) => message.actual)).toEqual(['third world']);
    const place = messages[0]?.place as { start: { offset: number } };
    expect(markdown.slice(place.start.offset).startsWith('third world.</p>')).toBe(true);
  });
});

describe('charter-language: round two (issue 11)', () => {
  const lintIn = async (lang: 'en' | 'fr', text: string, options?: Record<string, unknown>) => {
    const { lintMarkdown } = await import('./lint-markdown.js');
    const { charterLanguage } = await import('./charter-language.js');
    return lintMarkdown(charterLanguage, `---\nlang: ${lang}\n---\n\n${text}\n`, options as never);
  };
  const actualsIn = async (lang: 'en' | 'fr', text: string, options?: Record<string, unknown>) =>
    (await lintIn(lang, text, options)).map((message) => message.actual);

  it.each([
    ['en', 'Without ALIMA, thousands of these children would die.', 'Without ALIMA'],
    ['en', 'Without your support, many of them will not survive the lean season.', 'Without your support'],
    ['fr', 'Sans nous, ces enfants mourraient.', 'Sans nous, ces enfants mourraient'],
    ['fr', 'Sans notre aide, beaucoup de ces familles ne survivraient pas.', 'Sans notre aide'],
    ['en', 'Falmata, 13, was forced to marry a fighter.', 'forced to marry'],
    ['fr', 'Mariam, 14 ans, survivante d’un viol, témoigne.', 'survivante d’un viol'],
    ['fr', 'Awa, 12 ans, séropositive, va à l’école.', 'séropositive'],
    [
      'en',
      'We are the first and only organisation to run this programme.',
      'the first and only organisation',
    ],
    ['en', 'OptiMA is the only treatment protocol that works.', 'the only treatment protocol that works'],
    ['fr', 'C’est la seule méthode efficace.', 'la seule méthode efficace'],
    ['fr', 'Un emballage 100 % écologique.', '100 % écologique'],
    ['en', 'This is the worst-ever outbreak in the region.', 'the worst-ever'],
    ['en', 'It is the worst cholera epidemic ever recorded in Chad.', 'the worst'],
    ['en', 'Many families are afflicted.', 'afflicted'],
    ['en', 'Families afflicted by the floods arrived.', 'afflicted by'],
    ['fr', 'Les femmes enceintes malnutries sont suivies.', 'femmes enceintes malnutries'],
    ['fr', 'Les enfants sévèrement malnutris sont hospitalisés.', 'enfants sévèrement malnutris'],
    ['fr', 'Des familles frappées du choléra arrivent.', 'frappées du choléra'],
    ['fr', 'Un rebelle a tiré sur le chauffeur.', 'Un rebelle'],
    ['en', 'Jihadist attacks rose in 2023.', 'Jihadist attacks'],
    ['en', 'Rebel fighters took the town.', 'Rebel fighters'],
    ['fr', 'Des miliciens arabes ont attaqué le village.', 'miliciens arabes'],
  ] as const)('%s: %j flags %j', async (lang, text, actual) => {
    expect(await actualsIn(lang, text)).toEqual([actual]);
  });

  it.each([
    ['fr', 'Les avortements clandestins restent une cause majeure de décès maternels.'],
    ['fr', 'Les services sociaux sont démunis face à la complexité des démarches.'],
    ['en', 'She works for the Third World Network in Penang.'],
    ['en', 'The team worked without us for a week.'],
    ['en', 'It is the worst outbreak since 2015, according to WHO.'],
  ] as const)('%s: %j is fine', async (lang, text) => {
    expect(await actualsIn(lang, text)).toEqual([]);
  });

  it('judges each named child on its own: one “(name changed)” does not clear another child', async () => {
    const text = 'Aïcha (name changed), 12, is HIV-positive. Falmata, 13, was forced to marry a fighter.';
    expect(await actualsIn('en', text)).toEqual(['forced to marry']);
    expect(await actualsIn('en', `${text}\n\nAll names have been changed.`)).toEqual([]);
  });

  it('takes an allow list from the options', async () => {
    expect(await actualsIn('en', 'The third world caucus met.', { allow: ['third world caucus'] })).toEqual(
      [],
    );
  });

  it('offers only text that can replace the phrase, in the case and agreement of the sentence', async () => {
    const [othering] = await lintIn('en', 'Aid to third world countries fell.');
    expect(othering?.expected).toEqual(['low- and middle-income countries']);
    expect(othering?.note).toMatch(/^Or name the country\./);
    const [claim] = await lintIn('en', 'It is the worst famine in decades.');
    expect(claim?.expected).toEqual([]);
    expect(claim?.note).toMatch(/^Name the source of the comparison\./);
    const [identity] = await lintIn('en', 'In Mopti, Fulani militants attacked the market.');
    expect(identity?.expected).toEqual(['armed men', 'armed groups']);
    const [disability] = await lintIn('fr', 'Un handicapé a été soigné.');
    expect(disability?.expected).toEqual(['Une personne handicapée']);
  });
});

describe('charter-language: --fix never damages a draft', () => {
  it('edits plain prose only: not headings, link text or URLs, code, quotations, names, shortcodes or HTML', async () => {
    const { fixText } = await import('../fix/fix-text.js');
    const draft = [
      '## Message from the chairman',
      '',
      'See the [message from the chairman](#message-from-the-chairman) and [our chairman](https://x.org/chairman).',
      '',
      'Run `chairman --help`. “The chairman agreed,” she said. The Spokesman-Review covered it.',
      '',
      '[caption]The chairman in Niono[/caption] and {{< figure caption="the chairman" >}}',
      '',
      '<p title="the chairman">A word from the chairman.</p>',
      '',
      'The chairman of the board visited Niono.',
      '',
    ].join('\n');
    const { output } = await fixText(draft, { markdownlint: false });
    expect(output).toBe(draft.replace('The chairman of the board', 'The chair of the board'));
  });
});
