import fc from 'fast-check';
/**
 * Pieces a draft is made of, weighted toward what the rules read: numbers in
 * every format, footnote markers and definitions of all three styles, images
 * and credits, HTML, front matter, code, and the Unicode that breaks naive
 * parsers (superscripts, narrow no-break spaces, right-to-left marks, astral
 * characters).
 */
export declare const fragments: string[];
/** An arbitrary draft: a random sequence of fragments and random text. */
export declare const arbitraryMarkdown: fc.Arbitrary<string>;
/** A mutation of a real draft: a slice removed, and random text inserted somewhere. */
export declare function mutatedDraft(draft: string): fc.Arbitrary<string>;
//# sourceMappingURL=arbitrary-markdown.d.ts.map