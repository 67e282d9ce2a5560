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
  for (const pattern of lexicon.allowed)
    for (const phrase of expandPattern(pattern)) matcher.add(phrase, ALLOW);
  for (const entry of lexicon.entries) {
    const payload: Payload = { kind: 'flag', entry };
    for (const pattern of entry.phrases)
      for (const phrase of expandPattern(pattern)) matcher.add(phrase, payload);
    // An exception is a longer phrase; the matcher prefers the longest, so it shields what it contains.
    for (const pattern of entry.exceptions)
      for (const phrase of expandPattern(pattern)) matcher.add(phrase, ALLOW);
    const unless = entry.context?.unlessSentence;
    if (unless !== undefined) {
      const patterns = unless.flatMap((item) =>
        item.startsWith('@') ? (lexicon.markers[item.slice(1)] ?? []) : [item],
      );
      unlessSentence.set(entry.id, setOf(patterns));
    }
  }
  return { lexicon, matcher, unlessSentence, nameChanged: setOf(lexicon.nameChanged) };
}
