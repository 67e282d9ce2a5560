import { describe, expect, it } from 'vitest';
import { resolveAliases } from './aliases.js';
import { flattenTokens } from './token-tree.js';

const SOURCE = 'src/tokens/test.tokens.json';
const resolve = (document: unknown) => resolveAliases(flattenTokens(document, SOURCE));
const valueOf = (document: unknown, path: string) =>
  resolve(document).find((token) => token.path.join('.') === path);

describe('resolveAliases', () => {
  it('follows chains of aliases to the final value and remembers the direct target', () => {
    const token = valueOf(
      {
        color: {
          $type: 'color',
          red: { $value: '#e2001a' },
          brand: { $value: '{color.red}' },
          accent: { $value: '{color.brand}' },
        },
      },
      'color.accent',
    );
    expect(token).toMatchObject({ value: '#e2001a', type: 'color', aliasOf: 'color.brand' });
  });

  it('takes the type of the referenced token when the alias has none', () => {
    const token = valueOf(
      { space: { md: { $type: 'dimension', $value: 1 } }, gap: { $value: '{space.md}' } },
      'gap',
    );
    expect(token?.type).toBe('dimension');
  });

  it('resolves references inside composite values', () => {
    const token = valueOf(
      {
        ink: { $type: 'color', $value: '#111113' },
        shadow: { $type: 'shadow', sm: { $value: { color: '{ink}', offsetY: 1 } } },
      },
      'shadow.sm',
    );
    expect(token?.value).toEqual({ color: '#111113', offsetY: 1 });
    expect(token?.aliasOf).toBeUndefined();
  });

  it('names the token and the missing reference', () => {
    expect(() => resolve({ color: { $type: 'color', text: { $value: '{color.nuetral.900}' } } })).toThrow(
      `${SOURCE}: color.text: refers to {color.nuetral.900}, which does not exist`,
    );
  });

  it('shows the chain that led to a missing reference', () => {
    expect(() =>
      resolve({ color: { $type: 'color', a: { $value: '{color.b}' }, b: { $value: '{color.gone}' } } }),
    ).toThrow('color.b: refers to {color.gone}, which does not exist (via color.a → color.b)');
  });

  it('reports a cycle with every token in it', () => {
    expect(() =>
      resolve({
        color: {
          $type: 'color',
          a: { $value: '{color.b}' },
          b: { $value: '{color.c}' },
          c: { $value: '{color.a}' },
        },
      }),
    ).toThrow(`${SOURCE}: color.a: alias cycle: color.a → color.b → color.c → color.a`);
  });

  it('reports a token that refers to itself', () => {
    expect(() => resolve({ color: { $type: 'color', a: { $value: '{color.a}' } } })).toThrow(
      'alias cycle: color.a → color.a',
    );
  });

  it('rejects an alias to a token of another type', () => {
    expect(() =>
      resolve({
        space: { $type: 'dimension', md: { $value: 1 } },
        color: { $type: 'color', x: { $value: '{space.md}' } },
      }),
    ).toThrow('color.x: is a color but refers to a dimension');
  });

  it('rejects a token with no type anywhere', () => {
    expect(() => resolve({ misc: { x: { $value: 3 } } })).toThrow('misc.x: has no $type');
  });
});
