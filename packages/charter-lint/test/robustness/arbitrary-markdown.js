import fc from 'fast-check';
/**
 * Pieces a draft is made of, weighted toward what the rules read: numbers in
 * every format, footnote markers and definitions of all three styles, images
 * and credits, HTML, front matter, code, and the Unicode that breaks naive
 * parsers (superscripts, narrow no-break spaces, right-to-left marks, astral
 * characters).
 */
export const fragments = [
    '332,957',
    '332 957',
    '332\u00a0957',
    '332\u202f957',
    '20.25 million',
    '20,25 millions',
    '12,2 %',
    '12.2%',
    '3,5',
    '1er janvier 2024',
    '6–59 months',
    'COVID-19',
    'A7303717',
    '€32.3 million',
    '553 deaths per 100,000 births',
    '¹',
    '²³',
    '⁵',
    '⁰',
    '[^1]',
    '[^note]',
    '\n\n[^1]: World Bank 2020\n',
    '<sup>4</sup>',
    '\n\n¹ UNICEF 2020\n',
    '![CONTEXTE 4 scaled](img.jpg)',
    '![alt][ref]',
    '\n[ref]: /a.png "© A / ALIMA"\n',
    '\n© Nana Kofi Acquah / ALIMA\n',
    '<img src="x.jpg">',
    '<figure><img src="a.png" alt="a"><figcaption>© ALIMA</figcaption></figure>',
    '<alima-photo-credit photographer="X">',
    '</alima-photo-credit>',
    '<!-- charter-lint disable sourced-figures -->',
    '<!-- charter-lint ignore nope -->',
    '<!-- charter-lint enable -->',
    '\n---\nlang: fr\n---\n',
    '\n```js\n1,000,000\n```\n',
    '`1,000`',
    '# ',
    '## ALIMA key figures\n',
    '> ',
    '- ',
    '1. ',
    '| a | 1,000 |\n|---|---|\n| b | 2 |\n',
    '\n\n',
    '\n',
    ' ',
    '.',
    ', ',
    'according to UNICEF',
    'selon l’OMS',
    'we treated',
    'AIDS victims',
    'malnourished children',
    'chairman',
    'terrorists',
    '“quoted terrorists”',
    '« les rebelles »',
    'famine',
    'Aïcha, 12, survivor of rape',
    '\u200f',
    '😀',
    '\ud800',
    '\\',
    '*',
    '_',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '&amp;',
    'http://example.org/1,000',
];
/** An arbitrary draft: a random sequence of fragments and random text. */
export const arbitraryMarkdown = fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string() }), {
    maxLength: 60,
})
    .map((parts) => parts.join(''));
/** A mutation of a real draft: a slice removed, and random text inserted somewhere. */
export function mutatedDraft(draft) {
    return fc
        .tuple(fc.nat(draft.length), fc.nat(200), fc.nat(draft.length), arbitraryMarkdown)
        .map(([cut, length, at, insert]) => {
        const cutDraft = draft.slice(0, cut) + draft.slice(cut + length);
        const position = Math.min(at, cutDraft.length);
        return cutDraft.slice(0, position) + insert + cutDraft.slice(position);
    });
}
//# sourceMappingURL=arbitrary-markdown.js.map