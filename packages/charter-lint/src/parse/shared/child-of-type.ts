import type { MicromarkToken } from 'markdownlint';

/** The first child of `token` of type `type`, if any. */
export function childOfType(token: MicromarkToken, type: string): MicromarkToken | undefined {
  for (const child of token.children) if (child.type === type) return child;
  return undefined;
}
