/**
 * Expands a lexicon pattern into the phrases it stands for: each `{a|b}`
 * group multiplies the alternatives, `{a|}` makes a part optional. Writing
 * `prostitu{é|ée|és|ées}` once keeps the data readable and every inflection covered.
 */
export function expandPattern(pattern: string): string[] {
  return expand(pattern).map((phrase) => phrase.replace(/\s+/g, ' ').trim());
}

function expand(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = pattern.indexOf('}');
  const problem = (what: string) => new Error(`${what} in pattern ${JSON.stringify(pattern)}`);
  if (open === -1) {
    if (close !== -1) throw problem('unbalanced "}"');
    return [pattern];
  }
  if (close === -1) throw problem('unclosed "{"');
  if (close < open) throw problem('unbalanced "}"');
  const group = pattern.slice(open + 1, close);
  if (group.includes('{')) throw problem('nested "{"');
  if (!group.includes('|')) throw problem('a group needs "|" alternatives');
  const head = pattern.slice(0, open);
  const tails = expand(pattern.slice(close + 1));
  return group.split('|').flatMap((choice) => tails.map((tail) => head + choice + tail));
}
