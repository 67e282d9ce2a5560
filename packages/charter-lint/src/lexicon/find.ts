import type { CompiledLexicon } from './compile.js';
import { firstIndexWhere } from '../text/first-index-where.js';
import { sentenceFinder, sentences } from '../text/sentences.js';
import { childNames, overlaps, quotationSpans } from './sentence.js';
import { tokenize, type Token } from './tokens.js';
import type { LexiconEntry } from './types.js';

/** A phrase of the lexicon found in a block of prose, characters `[start, end)`. */
export interface Hit {
  entry: LexiconEntry;
  start: number;
  end: number;
}

/**
 * The lexicon's phrases in one block of prose, leftmost-longest: at each word
 * the longest phrase that applies wins, so an allowed name or an exception
 * (`Office for Victims of Crime`) shields the shorter phrases inside it.
 */
export function findPhrases(
  compiled: CompiledLexicon,
  text: string,
  nameChangedFor: (names: readonly string[]) => boolean,
): Hit[] {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  const context: SentenceContext = {
    sentenceOf: sentenceFinder(text, compiled.lexicon.lang),
    judged: new Map(),
    nameChangedFor,
  };
  let quotes: ReturnType<typeof quotationSpans> | undefined;
  for (let index = 0; index < tokens.length; index++) {
    for (const match of compiled.matcher.matchesAt(tokens, index)) {
      const { start, end } = match;
      const flagged = match.values.find(
        (value) =>
          value.kind === 'allow' ||
          (applies(compiled, value.entry, text, tokens, start, context) &&
            !(value.entry.skipBeforeName === true && beforeName(text, tokens, match.last))),
      );
      if (flagged === undefined) continue;
      index = match.last;
      if (flagged.kind === 'allow' || isProperName(text, tokens, match.first, match.last)) break;
      quotes ??= quotationSpans(text);
      if (!overlaps(quotes, start, end)) hits.push({ entry: flagged.entry, start, end });
      break;
    }
  }
  return hits;
}

const capitalised = (text: string, token: Token | undefined): boolean =>
  token !== undefined && /^\p{Lu}/u.test(text.slice(token.start, token.end));

/**
 * Whether tokens `first`…`last`, all capitalised, belong to a longer proper
 * name (`Third World Network`, `the Rebel Alliance`): a capitalised word right
 * after them, or right before them in mid-sentence. An organisation or
 * programme name is not the writer's wording.
 */
function isProperName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (!capitalised(text, tokens[index])) return false;
  const next = tokens[last + 1];
  const end = tokens[last]?.end ?? 0;
  if (capitalised(text, next) && /^[ \t\-\u2010\u2011]$/.test(text.slice(end, next?.start))) return true;
  const previous = tokens[first - 1];
  const start = tokens[first]?.start ?? 0;
  if (
    previous === undefined ||
    !capitalised(text, previous) ||
    !/^[ \t]$/.test(text.slice(previous.end, start))
  )
    return false;
  // A capitalised word opening the sentence is no part of a name.
  return !/(?:^|[.!?…:]\s+|["“«(]\s*)$/u.test(text.slice(Math.max(0, previous.start - 4), previous.start));
}

/** Whether the word after token `last` is a capitalised name, right after a space: “Chairman Hochberg”. */
function beforeName(text: string, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const end = tokens[last]?.end ?? 0;
  return (
    next !== undefined && /^\s+$/.test(text.slice(end, next.start)) && /^\p{Lu}/u.test(text.slice(next.start))
  );
}

/** What judging entries' sentence contexts in one block needs, shared across its matches. */
interface SentenceContext {
  sentenceOf: ReturnType<typeof sentenceFinder>;
  /** Verdicts by sentence and entry: many matches in one long sentence are judged once. */
  judged: Map<string, boolean>;
  nameChangedFor: (names: readonly string[]) => boolean;
}

/** Whether an entry's context, if any, lets its match stand. */
function applies(
  compiled: CompiledLexicon,
  entry: LexiconEntry,
  text: string,
  tokens: readonly Token[],
  start: number,
  context: SentenceContext,
): boolean {
  if (entry.context === undefined) return true;
  // The same sentence boundaries as every other rule: abbreviations (`Dr.`, `U.S.`) do not end one.
  const { range: sentence } = context.sentenceOf(start);
  // An attribution speaks for its own clause: in "X are not here, but Y are accused of …", it clears Y, not X.
  const range = clauseAround(text, sentence, start);
  const key = `${range.start}\u0000${entry.id}`;
  let verdict = context.judged.get(key);
  if (verdict === undefined) {
    verdict = sentenceAllows(
      compiled,
      entry,
      text.slice(sentence.start, sentence.end),
      tokens,
      range,
      context,
    );
    context.judged.set(key, verdict);
  }
  return verdict;
}

// Where a sentence turns to another subject: a semicolon, or a comma before "but", "mais", "while"….
const CLAUSE_BREAK = /;|,\s+(?:but|while|whereas|mais|alors que|tandis que)(?![\p{L}])/giu;

/** The clause of `sentence` (a range of `text`) that holds character `at`. */
function clauseAround(text: string, sentence: { start: number; end: number }, at: number) {
  let start = sentence.start;
  let end = sentence.end;
  const within = text.slice(sentence.start, sentence.end);
  for (const match of within.matchAll(CLAUSE_BREAK)) {
    const offset = sentence.start + match.index;
    if (offset < at) start = offset;
    else {
      end = offset;
      break;
    }
  }
  return { start, end };
}

function sentenceAllows(
  compiled: CompiledLexicon,
  entry: LexiconEntry,
  sentence: string,
  tokens: readonly Token[],
  /** The clause the match is in: markers count there only. */
  range: { start: number; end: number },
  context: SentenceContext,
): boolean {
  if (entry.context?.namedChild === true) {
    // Judged per child: one "(name changed)" for one child does not clear another.
    const names = childNames(sentence);
    if (names.length === 0 || context.nameChangedFor(names)) return false;
  }
  const first = firstIndexWhere(tokens, (token) => token.start >= range.start);
  const last = firstIndexWhere(tokens, (token) => token.end > range.end);
  const only = compiled.ifSentence.get(entry.id);
  if (only !== undefined && !only.occursIn(tokens, first, last)) return false;
  const unless = compiled.unlessSentence.get(entry.id);
  return unless === undefined || !unless.occursIn(tokens, first, last);
}

/**
 * The sentences of a document that say a name was changed ("(name changed)",
 * "(prénom modifié)"), for telling which children they cover.
 */
export function nameChangedSentences(compiled: CompiledLexicon, texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    if (!compiled.nameChanged.occursIn(tokens, 0, tokens.length)) continue;
    for (const range of sentences(text, compiled.lexicon.lang)) {
      const first = firstIndexWhere(tokens, (token) => token.start >= range.start);
      const last = firstIndexWhere(tokens, (token) => token.end > range.end);
      if (compiled.nameChanged.occursIn(tokens, first, last)) found.push(text.slice(range.start, range.end));
    }
  }
  return found;
}
