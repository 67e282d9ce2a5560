import type { ResolvedToken } from './aliases.js';
import { TokenError } from './token-error.js';
import { dottedPath, isRecord, type TokenType } from './token-tree.js';

type Fail = (problem: string) => never;

/** The CSS text of a resolved token's value: what its custom property is set to. */
export function cssValue(token: Pick<ResolvedToken, 'type' | 'value' | 'source' | 'path'>): string {
  const fail: Fail = (problem) => {
    throw new TokenError(token.source, dottedPath(token.path), problem);
  };
  return formatters[token.type](token.value, fail);
}

const formatters: Record<TokenType, (value: unknown, fail: Fail) => string> = {
  color: cssColor,
  dimension: (value, fail) => unitValue(value, ['px', 'rem'], 'dimension', fail),
  duration: (value, fail) => unitValue(value, ['ms', 's'], 'duration', fail),
  cubicBezier: cubicBezier,
  fontFamily: fontFamily,
  fontWeight: (value, fail) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000
      ? String(value)
      : fail(`a fontWeight is a number from 1 to 1000, not ${JSON.stringify(value)}`),
  number: (value, fail) =>
    typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : fail(`expected a number, not ${JSON.stringify(value)}`),
  shadow: (value, fail) =>
    (Array.isArray(value) ? value : [value]).map((layer) => shadowLayer(layer, fail)).join(', '),
};

/**
 * DTCG 2025.10 colours are objects: `{ colorSpace: 'srgb', components: [r, g, b], alpha?, hex? }`
 * with components from 0 to 1. The optional `hex` must agree with the components.
 */
function cssColor(value: unknown, fail: Fail): string {
  if (!isRecord(value) || value.colorSpace !== 'srgb') {
    return fail(
      `a color is {"colorSpace": "srgb", "components": [r, g, b], "hex": "#rrggbb"}, not ${JSON.stringify(value)}`,
    );
  }
  const { components, alpha = 1, hex } = value;
  const channels =
    Array.isArray(components) && components.length === 3 && components.every(isUnitInterval)
      ? (components as number[])
      : fail('color components must be three numbers from 0 to 1');
  if (!isUnitInterval(alpha)) fail('color alpha must be a number from 0 to 1');
  const opaque = `#${channels.map(byteHex).join('')}`;
  if (hex !== undefined && (typeof hex !== 'string' || hex.toLowerCase() !== opaque)) {
    fail(`hex ${JSON.stringify(hex)} disagrees with components (${opaque})`);
  }
  return alpha === 1 ? opaque : `${opaque}${byteHex(alpha as number)}`;
}

const isUnitInterval = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 1;
const byteHex = (unit: number) =>
  Math.round(unit * 255)
    .toString(16)
    .padStart(2, '0');

function unitValue(value: unknown, units: readonly string[], type: string, fail: Fail): string {
  if (
    isRecord(value) &&
    typeof value.value === 'number' &&
    Number.isFinite(value.value) &&
    units.includes(String(value.unit))
  ) {
    return `${value.value}${String(value.unit)}`;
  }
  return fail(
    `a ${type} is {"value": number, "unit": ${units.map((unit) => `"${unit}"`).join(' | ')}}, not ${JSON.stringify(value)}`,
  );
}

function cubicBezier(value: unknown, fail: Fail): string {
  const valid =
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    isUnitInterval(value[0]) &&
    isUnitInterval(value[2]);
  return valid
    ? `cubic-bezier(${value.join(', ')})`
    : fail(`a cubicBezier is [x1, y1, x2, y2] with x1 and x2 from 0 to 1, not ${JSON.stringify(value)}`);
}

const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

function fontFamily(value: unknown, fail: Fail): string {
  const names = typeof value === 'string' ? [value] : value;
  if (
    !Array.isArray(names) ||
    names.length === 0 ||
    !names.every((name) => typeof name === 'string' && name !== '')
  ) {
    return fail(`a fontFamily is a name or a list of names, not ${JSON.stringify(value)}`);
  }
  // Generic families are keywords and stop working when quoted; other names are
  // quoted unless they are a single identifier such as Roboto or -apple-system.
  return names
    .map((name: string) =>
      GENERIC_FAMILIES.has(name) || /^-?[A-Za-z][\w-]*$/.test(name)
        ? name
        : `"${name.replaceAll('"', '\\"')}"`,
    )
    .join(', ');
}

function shadowLayer(layer: unknown, fail: Fail): string {
  if (!isRecord(layer))
    return fail(`a shadow is an object or a list of objects, not ${JSON.stringify(layer)}`);
  const lengths = ['offsetX', 'offsetY', 'blur', 'spread'].map((key) =>
    unitValue(layer[key], ['px', 'rem'], `shadow ${key}`, fail),
  );
  return [layer.inset === true ? 'inset' : '', ...lengths, cssColor(layer.color, fail)]
    .filter(Boolean)
    .join(' ');
}
