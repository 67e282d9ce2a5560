import type { VFile } from 'vfile';
import type { Lang } from '../config/langs.js';
import { findStatistics, type Statistic } from './statistics.js';

const cache = new WeakMap<VFile, Map<string, Statistic[]>>();

/**
 * `findStatistics` of a stretch of a file's prose, found once per file:
 * `sourced-figures` and the project rules' facts read the same blocks, and
 * finding statistics is a large part of a lint's time.
 */
export function fileStatistics(file: VFile, text: string, lang: Lang): Statistic[] {
  let byText = cache.get(file);
  if (byText === undefined) cache.set(file, (byText = new Map()));
  const key = `${lang}\u0000${text}`;
  let found = byText.get(key);
  if (found === undefined) byText.set(key, (found = findStatistics(text, lang)));
  return found;
}
