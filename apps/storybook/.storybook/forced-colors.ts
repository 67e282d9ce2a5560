import { tokenEntries } from '../src/foundations/token-entries.js';

/**
 * The tokens' forced-colours set as inline custom properties: a preview of
 * what `@media (forced-colors: active)` in tokens.css applies. Page scripts
 * cannot switch the real mode on; DevTools' Rendering panel can emulate it.
 */
export function forcedColorProperties(): Record<string, string> {
  return Object.fromEntries(
    tokenEntries.flatMap((entry) => (entry.forcedColor ? [[entry.cssVar, entry.forcedColor]] : [])),
  );
}
