/** The organisation's own name: its programme data needs no other source. */
export const DEFAULT_OWN_SOURCES: readonly string[] = ['ALIMA'];

// "us" is left out: it cannot be told from "US", the United States.
const FIRST_PERSON_PLURAL = ['we', 'our', 'ours', 'ourselves', 'nous', 'nos', 'notre', 'nôtre', 'nôtres'];

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new Map<string, RegExp>();

/**
 * A pattern for text that presents the organisation's own data: it names
 * one of `ownSources` or speaks in the first person plural. Compiled once per
 * list of names.
 */
export function ownDataPattern(ownSources: readonly string[]): RegExp {
  const key = ownSources.join('\u0000');
  let pattern = cache.get(key);
  if (!pattern) {
    const names = [...ownSources.filter((name) => name.trim() !== '').map(escape), ...FIRST_PERSON_PLURAL];
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    cache.set(key, pattern);
  }
  return pattern;
}
