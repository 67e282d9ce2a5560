import type { TokenEntry } from '@alima/tokens';
import built from '@alima/tokens/tokens.json';

/** Every token as @alima/tokens built it: names, values per theme, descriptions. */
export const tokenEntries: readonly TokenEntry[] = (built as { tokens: TokenEntry[] }).tokens;

/** The tokens whose path starts with these segments, in source order. */
export function tokensUnder(...path: string[]): TokenEntry[] {
  return tokenEntries.filter((entry) => path.every((segment, index) => entry.path[index] === segment));
}

/** The token with this name (`color-surface`), or a clear error naming it. */
export function token(name: string): TokenEntry {
  const found = tokenEntries.find((entry) => entry.name === name);
  if (!found) throw new Error(`@alima/tokens has no token named "${name}"`);
  return found;
}
