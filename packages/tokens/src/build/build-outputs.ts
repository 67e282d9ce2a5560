import { emitCss } from './emit-css.js';
import { emitDts, emitJs } from './emit-js.js';
import { loadSources } from './load-sources.js';
import { buildTokenSet, type TokenEntry } from './token-set.js';

/** Everything the build writes to dist/, by file name, plus the entries they came from. */
export function buildOutputs(root: string): { entries: TokenEntry[]; files: Record<string, string> } {
  const { base, dark } = loadSources(root);
  const entries = buildTokenSet(base, dark);
  return {
    entries,
    files: {
      'tokens.css': emitCss(entries),
      'index.js': emitJs(entries),
      'index.d.ts': emitDts(entries),
      'tokens.json': `${JSON.stringify({ tokens: entries }, null, 2)}\n`,
    },
  };
}
