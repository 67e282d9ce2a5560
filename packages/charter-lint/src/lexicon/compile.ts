import { expandPattern } from './expand.js';
import { PhraseSet } from './phrase-set.js';
import type { Lexicon, LexiconEntry } from './types.js';

/** What a phrase in the matcher stands for: an entry to flag, or a span never to flag. */
export type Payload = { kind: 'flag'; entry: LexiconEntry } | { kind: 'allow' };

/** A lexicon ready to match: built once per language, reused for every document. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  matcher: PhraseSet<Payload>;
  /** Per entry id: phrases that, in the same sentence, clear a match. */
  unlessSentence: Map<string, PhraseSet<true>>;
  /** Per entry id: phrases one of which the sentence must contain for a match to stand. */
  ifSentence: Map<string, PhraseSet<true>>;
  nameChanged: PhraseSet<true>;
}

const ALLOW: Payload = { kind: 'allow' };

const setOf = (patterns: readonly string[]): PhraseSet<true> => {
  const set = new PhraseSet<true>();
  for (const pattern of patterns) for (const phrase of expandPattern(pattern)) set.add(phrase, true);
  return set;
};

/** Compiles every phrase, exception and allowed name of a validated lexicon into one trie. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const matcher = new PhraseSet<Payload>();
  const unlessSentence = new Map<string, PhraseSet<true>>();
  const ifSentence = new Map<string, PhraseSet<true>>();
  const listed = (items: readonly string[]) =>
    setOf(items.flatMap((item) => (item.startsWith('@') ? (lexicon.markers[item.slice(1)] ?? []) : [item])));
  for (const pattern of lexicon.allowed)
    for (const phrase of expandPattern(pattern)) matcher.add(phrase, ALLOW);
  for (const entry of lexicon.entries) {
    const payload: Payload = { kind: 'flag', entry };
    for (const pattern of entry.phrases)
      for (const phrase of expandPattern(pattern)) matcher.add(phrase, payload);
    // An exception is a longer phrase; the matcher prefers the longest, so it shields what it contains.
    for (const pattern of entry.exceptions)
      for (const phrase of expandPattern(pattern)) matcher.add(phrase, ALLOW);
    const { unlessSentence: unless, ifSentence: only } = entry.context ?? {};
    if (unless !== undefined) unlessSentence.set(entry.id, listed(unless));
    if (only !== undefined) ifSentence.set(entry.id, listed(only));
  }
  return { lexicon, matcher, unlessSentence, ifSentence, nameChanged: setOf(lexicon.nameChanged) };
}
