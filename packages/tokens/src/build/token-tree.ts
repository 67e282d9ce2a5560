import { TokenError } from './token-error.js';

/** The DTCG types this build understands (the rest of the format is not used by ALIMA). */
export const tokenTypes = [
  'color',
  'dimension',
  'duration',
  'cubicBezier',
  'fontFamily',
  'fontWeight',
  'number',
  'shadow',
] as const;
export type TokenType = (typeof tokenTypes)[number];

/** One token as written in a source file, before aliases are resolved. */
export interface SourceToken {
  /** Group names and token name, e.g. `['color', 'text-muted']`. */
  readonly path: readonly string[];
  /** `$type` of the token or of its nearest group; undefined for an alias that inherits its target's. */
  readonly type: TokenType | undefined;
  readonly value: unknown;
  /** `$description` of the token or of its nearest described group. */
  readonly description: string | undefined;
  readonly extensions: Readonly<Record<string, unknown>> | undefined;
  /** The file the token came from, for error messages. */
  readonly source: string;
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GROUP_PROPERTIES = new Set(['$type', '$description', '$extensions']);
const TOKEN_PROPERTIES = new Set(['$value', '$type', '$description', '$extensions']);

interface Inherited {
  readonly type: TokenType | undefined;
  readonly description: string | undefined;
}

/** Flattens a DTCG document into its tokens, inheriting `$type` and `$description` from groups. */
export function flattenTokens(document: unknown, source: string): SourceToken[] {
  const tokens: SourceToken[] = [];
  walk(document, [], { type: undefined, description: undefined }, source, tokens);
  return tokens;
}

export const dottedPath = (path: readonly string[]): string => path.join('.');

function walk(node: unknown, path: string[], inherited: Inherited, source: string, out: SourceToken[]): void {
  const where = dottedPath(path);
  if (!isRecord(node)) throw new TokenError(source, where, 'expected a group or a token (a JSON object)');
  const own = {
    type: readType(node, source, where) ?? inherited.type,
    description: readDescription(node, source, where) ?? inherited.description,
  };
  if ('$value' in node) {
    rejectUnknown(node, TOKEN_PROPERTIES, source, where);
    if (path.length === 0) throw new TokenError(source, where, 'a token needs a name: put it inside a group');
    out.push({
      path,
      type: own.type,
      value: node.$value,
      description: own.description,
      extensions: readExtensions(node, source, where),
      source,
    });
    return;
  }
  rejectUnknown(node, GROUP_PROPERTIES, source, where);
  for (const [name, child] of Object.entries(node)) {
    if (name.startsWith('$')) continue;
    if (!NAME.test(name)) {
      throw new TokenError(
        source,
        dottedPath([...path, name]),
        'names use lowercase letters, digits and single hyphens (they become CSS custom property names)',
      );
    }
    walk(child, [...path, name], own, source, out);
  }
}

function readType(node: Record<string, unknown>, source: string, where: string): TokenType | undefined {
  const type = node.$type;
  if (type === undefined) return undefined;
  if (typeof type === 'string' && (tokenTypes as readonly string[]).includes(type)) return type as TokenType;
  throw new TokenError(
    source,
    where,
    `unknown $type ${JSON.stringify(type)} (expected one of ${tokenTypes.join(', ')})`,
  );
}

function readDescription(node: Record<string, unknown>, source: string, where: string): string | undefined {
  const description = node.$description;
  if (description === undefined || typeof description === 'string') return description;
  throw new TokenError(source, where, '$description must be a string');
}

function readExtensions(
  node: Record<string, unknown>,
  source: string,
  where: string,
): Record<string, unknown> | undefined {
  const extensions = node.$extensions;
  if (extensions === undefined || isRecord(extensions)) return extensions;
  throw new TokenError(source, where, '$extensions must be an object');
}

function rejectUnknown(
  node: Record<string, unknown>,
  allowed: Set<string>,
  source: string,
  where: string,
): void {
  for (const key of Object.keys(node)) {
    if (key.startsWith('$') && !allowed.has(key)) {
      throw new TokenError(source, where, `${key} is not supported here (use ${[...allowed].join(', ')})`);
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
