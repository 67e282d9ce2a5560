import { resolveAliases, type ResolvedToken } from './aliases.js';
import { cssValue } from './css-value.js';
import { TokenError } from './token-error.js';
import { dottedPath, flattenTokens, isRecord, type SourceToken, type TokenType } from './token-tree.js';

/** Every custom property starts with this. */
export const CSS_PREFIX = '--alima-';

/** The reverse-domain key under `$extensions` where ALIMA keeps its own token data. */
export const EXTENSION_KEY = 'ngo.alima';

/** A JSON document and the file it came from. */
export interface SourceFile {
  readonly file: string;
  readonly document: unknown;
}

/** One built token: its name, documentation and CSS value in every context. */
export interface TokenEntry {
  /** Name without the prefix, as `cssVar()` takes it: `color-text-muted`. */
  readonly name: string;
  /** The custom property: `--alima-color-text-muted`. */
  readonly cssVar: string;
  readonly path: readonly string[];
  readonly type: TokenType;
  readonly description: string;
  /** CSS value in the default (light) theme. */
  readonly value: string;
  /** The token this one refers to in the source, e.g. `color.neutral.900`. */
  readonly aliasOf?: string;
  /** CSS value under the dark theme, when it differs. */
  readonly dark?: string;
  /** CSS system colour used under `forced-colors: active`. */
  readonly forcedColor?: string;
  /** CSS value under `prefers-reduced-motion: reduce`. */
  readonly reducedMotion?: string;
}

/** CSS system colours a token may map to in forced-colors mode. */
export const SYSTEM_COLORS = [
  'AccentColor',
  'AccentColorText',
  'ActiveText',
  'ButtonBorder',
  'ButtonFace',
  'ButtonText',
  'Canvas',
  'CanvasText',
  'Field',
  'FieldText',
  'GrayText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'VisitedText',
] as const;

/**
 * Builds the token set from the base sources and the dark theme overrides.
 * The dark theme replaces values of existing tokens only; aliases are resolved
 * again with the overrides in place, so a token that refers to an overridden
 * token follows it.
 */
export function buildTokenSet(base: readonly SourceFile[], dark: SourceFile): TokenEntry[] {
  const tokens = base.flatMap(({ file, document }) => flattenTokens(document, file));
  checkUniqueNames(tokens);
  const light = resolveAliases(tokens);
  const darkResolved = new Map(
    resolveAliases(applyOverrides(tokens, flattenTokens(dark.document, dark.file))).map((token) => [
      dottedPath(token.path),
      token,
    ]),
  );
  return light.map((token) => {
    const name = token.path.join('-');
    const value = cssValue(token);
    const darkToken = darkResolved.get(dottedPath(token.path));
    const darkValue = darkToken && cssValue(darkToken);
    return {
      name,
      cssVar: `${CSS_PREFIX}${name}`,
      path: token.path,
      type: token.type,
      description: token.description ?? '',
      value,
      ...(token.aliasOf === undefined ? {} : { aliasOf: token.aliasOf }),
      ...(darkValue === undefined || darkValue === value ? {} : { dark: darkValue }),
      ...readExtensions(token),
    };
  });
}

function checkUniqueNames(tokens: readonly SourceToken[]): void {
  const seen = new Map<string, SourceToken>();
  for (const token of tokens) {
    const name = token.path.join('-');
    const first = seen.get(name);
    if (first) {
      const where = first.source === token.source ? '' : ` (${first.source})`;
      throw new TokenError(
        token.source,
        dottedPath(token.path),
        `${dottedPath(first.path)}${where} already becomes ${CSS_PREFIX}${name}`,
      );
    }
    seen.set(name, token);
  }
}

function applyOverrides(tokens: readonly SourceToken[], overrides: readonly SourceToken[]): SourceToken[] {
  const byPath = new Map(overrides.map((override) => [dottedPath(override.path), override]));
  const known = new Set(tokens.map((token) => dottedPath(token.path)));
  for (const override of overrides) {
    const where = dottedPath(override.path);
    if (!known.has(where))
      throw new TokenError(override.source, where, 'overrides a token that does not exist');
  }
  return tokens.map((token) => {
    const override = byPath.get(dottedPath(token.path));
    return override ? { ...token, value: override.value, source: override.source } : token;
  });
}

function readExtensions(token: ResolvedToken): Pick<TokenEntry, 'forcedColor' | 'reducedMotion'> {
  const own = token.extensions?.[EXTENSION_KEY];
  if (own === undefined) return {};
  const fail = (problem: string): never => {
    throw new TokenError(token.source, dottedPath(token.path), `$extensions["${EXTENSION_KEY}"]: ${problem}`);
  };
  if (!isRecord(own)) return fail('must be an object');
  const { forcedColor, reducedMotion, ...unknown } = own;
  const [extra] = Object.keys(unknown);
  if (extra !== undefined) fail(`unknown key "${extra}" (expected forcedColor or reducedMotion)`);
  const entry: { forcedColor?: string; reducedMotion?: string } = {};
  if (forcedColor !== undefined) {
    if (token.type !== 'color') fail('forcedColor is for color tokens');
    if (!(SYSTEM_COLORS as readonly unknown[]).includes(forcedColor)) {
      fail(
        `forcedColor must be a CSS system colour (${SYSTEM_COLORS.join(', ')}), not ${JSON.stringify(forcedColor)}`,
      );
    }
    entry.forcedColor = forcedColor as string;
  }
  if (reducedMotion !== undefined) {
    if (token.type !== 'duration') fail('reducedMotion is for duration tokens');
    entry.reducedMotion = cssValue({ ...token, value: reducedMotion });
  }
  return entry;
}
