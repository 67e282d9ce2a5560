import { phraseWords, type Token } from './tokens.js';

interface TrieNode<Value> {
  next: Map<string, TrieNode<Value>>;
  values: Value[];
}

/** A phrase found in a token list: tokens `[first, last]`, characters `[start, end)`, and what was stored for it. */
export interface PhraseMatch<Value> {
  first: number;
  last: number;
  start: number;
  end: number;
  values: Value[];
}

const NO_MATCHES: readonly never[] = [];

const node = <Value>(): TrieNode<Value> => ({ next: new Map(), values: [] });

/**
 * Every phrase of a lexicon in one trie over normalised words: matching costs
 * a map lookup per word and per step into a phrase, whatever the number of
 * phrases, so a lexicon can grow without slowing the linter down.
 */
export class PhraseSet<Value> {
  readonly #root: TrieNode<Value> = node();
  #size = 0;

  /** Adds a phrase; a phrase added twice keeps both values. */
  add(phrase: string, value: Value): void {
    const words = phraseWords(phrase);
    if (words.length === 0) throw new Error(`phrase ${JSON.stringify(phrase)} has no words`);
    let current = this.#root;
    for (const word of words) {
      let child = current.next.get(word);
      if (child === undefined) current.next.set(word, (child = node()));
      current = child;
    }
    if (current.values.length === 0) this.#size++;
    current.values.push(value);
  }

  /** How many distinct phrases it holds. */
  get size(): number {
    return this.#size;
  }

  /** The phrases starting at token `first`, longest first. */
  matchesAt(tokens: readonly Token[], first: number, limit = tokens.length): readonly PhraseMatch<Value>[] {
    // Asked at every word of every page, and almost always empty: no array unless something matches.
    let found: PhraseMatch<Value>[] | undefined;
    let current: TrieNode<Value> | undefined = this.#root;
    const start = tokens[first]?.start ?? 0;
    for (let index = first; index < limit; index++) {
      const token = tokens[index];
      if (token === undefined || (index > first && !token.joined)) break;
      current = current.next.get(token.norm);
      if (current === undefined) break;
      if (current.values.length > 0)
        (found ??= []).unshift({ first, last: index, start, end: token.end, values: current.values });
    }
    return found ?? NO_MATCHES;
  }

  /** Whether any phrase occurs in tokens `[from, to)`. */
  occursIn(tokens: readonly Token[], from: number, to: number): boolean {
    for (let index = from; index < to; index++) if (this.matchesAt(tokens, index, to).length > 0) return true;
    return false;
  }
}
