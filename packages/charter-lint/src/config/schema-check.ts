import { didYouMean } from './did-you-mean.js';

/**
 * The JSON Schema subset that rule options use, in charter-lint's catalogue
 * and in markdownlint's configuration schema.
 */
export interface SchemaNode {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  oneOf?: readonly SchemaNode[];
  properties?: Readonly<Record<string, SchemaNode>>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** A value that breaks a schema: where (a dotted key under the checked one) and why. */
export interface SchemaProblem {
  /** The key path below the checked value, `""` for the value itself. */
  at: string;
  problem: string;
}

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

const allows = (types: readonly string[], value: unknown): boolean => {
  const actual = typeOf(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
};

const join = (at: string, key: string | number): string =>
  typeof key === 'number' ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`;

const listed = (values: readonly unknown[]): string =>
  values.map((value) => JSON.stringify(value)).join(', ');

/** What a schema accepts, in words, for messages. */
function expected(schema: SchemaNode): string {
  if (schema.oneOf) return schema.oneOf.map(expected).join(', or ');
  if (schema.enum) return `one of ${listed(schema.enum)}`;
  const types = [schema.type ?? 'any'].flat();
  return types
    .map((type) =>
      type === 'array' && schema.items
        ? `an array of ${[schema.items.type ?? 'value'].flat().join(' or ')}s`
        : type,
    )
    .join(' or ')
    .replace(/^(object|integer|array)\b/, (word) => (word === 'integer' ? 'an integer' : `an ${word}`));
}

/**
 * Checks `value` against `schema`; returns the first problem or `undefined`.
 * Unknown object keys get a "did you mean" among the known ones.
 */
export function checkSchema(schema: SchemaNode, value: unknown, at = ''): SchemaProblem | undefined {
  if (schema.oneOf) {
    const branch = schema.oneOf.find((option) =>
      option.enum ? typeof value === typeof option.enum[0] : allows([option.type ?? []].flat(), value),
    );
    if (branch) return checkSchema(branch, value, at);
    return { at, problem: `must be ${expected(schema)}; got ${JSON.stringify(value)}.` };
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const hint = typeof value === 'string' ? didYouMean(value, schema.enum.map(String)) : '';
    return { at, problem: `must be ${expected(schema)}; got ${JSON.stringify(value)}.${hint}` };
  }
  if (schema.type !== undefined && !allows([schema.type].flat(), value)) {
    return { at, problem: `must be ${expected(schema)}; got ${JSON.stringify(value)}.` };
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      return { at, problem: `must be at least ${schema.minimum}; got ${value}.` };
    if (schema.maximum !== undefined && value > schema.maximum)
      return { at, problem: `must be at most ${schema.maximum}; got ${value}.` };
  }
  if (typeof value === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
    return { at, problem: `must match ${schema.pattern}; got ${JSON.stringify(value)}.` };
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const found = checkSchema(schema.items, item, join(at, index));
      if (found) return found;
    }
  }
  if (typeOf(value) === 'object' && schema.properties) {
    const known = Object.keys(schema.properties);
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const property = schema.properties[key];
      if (property === undefined) {
        if (schema.additionalProperties === false) {
          const options = known.length === 0 ? 'there are none here' : `expected one of ${listed(known)}`;
          return { at: join(at, key), problem: `is not an option (${options}).${didYouMean(key, known)}` };
        }
        continue;
      }
      const found = checkSchema(property, item, join(at, key));
      if (found) return found;
    }
  }
  return undefined;
}
