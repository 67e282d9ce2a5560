import type { CompiledLexicon } from './compile.js';
import { firstIndexWhere } from '../text/first-index-where.js';
import { sentenceFinder } from '../text/sentences.js';
import { namesChild, overlaps, quotationSpans } from './sentence.js';
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
export function findPhrases(compiled: CompiledLexicon, text: string, namesChanged: () => boolean): Hit[] {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  const context: SentenceContext = {
    sentenceOf: sentenceFinder(text, compiled.lexicon.lang),
    judged: new Map(),
    namesChanged,
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
      if (flagged.kind === 'allow') break;
      quotes ??= quotationSpans(text);
      if (!overlaps(quotes, start, end)) hits.push({ entry: flagged.entry, start, end });
      break;
    }
  }
  return hits;
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
  namesChanged: () => boolean;
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
  const { range, ordinal } = context.sentenceOf(start);
  const key = `${ordinal}\u0000${entry.id}`;
  let verdict = context.judged.get(key);
  if (verdict === undefined) {
    verdict = sentenceAllows(compiled, entry, text.slice(range.start, range.end), tokens, range, context);
    context.judged.set(key, verdict);
  }
  return verdict;
}

function sentenceAllows(
  compiled: CompiledLexicon,
  entry: LexiconEntry,
  sentence: string,
  tokens: readonly Token[],
  range: { start: number; end: number },
  context: SentenceContext,
): boolean {
  if (entry.context?.namedChild === true && (!namesChild(sentence) || context.namesChanged())) return false;
  const unless = compiled.unlessSentence.get(entry.id);
  if (unless === undefined) return true;
  const first = firstIndexWhere(tokens, (token) => token.start >= range.start);
  const last = firstIndexWhere(tokens, (token) => token.end > range.end);
  return !unless.occursIn(tokens, first, last);
}

/** Whether a document says anywhere that names were changed ("(name changed)", "(prénom modifié)"). */
export function saysNamesChanged(compiled: CompiledLexicon, texts: readonly string[]): boolean {
  return texts.some((text) => {
    const tokens = tokenize(text);
    return compiled.nameChanged.occursIn(tokens, 0, tokens.length);
  });
}
