import { TokenError } from './token-error.js';
import { dottedPath, isRecord, type SourceToken, type TokenType } from './token-tree.js';

/** A token whose value holds no more `{alias}` references. */
export interface ResolvedToken extends SourceToken {
  readonly type: TokenType;
  /** The token this one's whole value refers to, e.g. `color.brand.500`. */
  readonly aliasOf: string | undefined;
}

const ALIAS = /^\{([^{}]+)\}$/;

/** The path an alias string points to, or undefined when the string is a plain value. */
export function aliasTarget(value: unknown): string | undefined {
  return typeof value === 'string' ? ALIAS.exec(value)?.[1] : undefined;
}

/**
 * Replaces every `{group.token}` reference (a whole value, or a member of a
 * composite value such as a shadow's colour) with the referenced token's value.
 * Cycles and references to missing tokens fail with the chain that led there.
 */
export function resolveAliases(tokens: readonly SourceToken[]): ResolvedToken[] {
  const byPath = new Map(tokens.map((token) => [dottedPath(token.path), token]));
  const done = new Map<string, { value: unknown; type: TokenType | undefined }>();

  const resolveToken = (
    token: SourceToken,
    chain: readonly string[],
  ): { value: unknown; type: TokenType | undefined } => {
    const key = dottedPath(token.path);
    const cached = done.get(key);
    if (cached) return cached;
    if (chain.includes(key)) {
      throw new TokenError(token.source, chain[0] ?? key, `alias cycle: ${[...chain, key].join(' → ')}`);
    }
    const next = [...chain, key];
    const target = aliasTarget(token.value);
    const result =
      target === undefined
        ? { value: resolveValue(token.value, token, next), type: token.type }
        : resolveReference(target, token, next);
    done.set(key, result);
    return result;
  };

  const resolveReference = (target: string, from: SourceToken, chain: readonly string[]) => {
    const referenced = byPath.get(target);
    if (!referenced) {
      const via = chain.length > 1 ? ` (via ${chain.join(' → ')})` : '';
      throw new TokenError(
        from.source,
        dottedPath(from.path),
        `refers to {${target}}, which does not exist${via}`,
      );
    }
    return resolveToken(referenced, chain);
  };

  const resolveValue = (value: unknown, token: SourceToken, chain: readonly string[]): unknown => {
    const target = aliasTarget(value);
    if (target !== undefined) return resolveReference(target, token, chain).value;
    if (Array.isArray(value)) return value.map((item) => resolveValue(item, token, chain));
    if (isRecord(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, resolveValue(item, token, chain)]),
      );
    }
    return value;
  };

  return tokens.map((token) => {
    const { value, type } = resolveToken(token, []);
    const where = dottedPath(token.path);
    if (type === undefined)
      throw new TokenError(token.source, where, 'has no $type (set it on the token or a group)');
    if (token.type !== undefined && token.type !== type) {
      throw new TokenError(token.source, where, `is a ${token.type} but refers to a ${type}`);
    }
    return { ...token, type, value, aliasOf: aliasTarget(token.value) };
  });
}
