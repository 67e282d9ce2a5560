import { describe, expect, it } from 'vitest';
import { flattenTokens } from './token-tree.js';

const SOURCE = 'src/tokens/test.tokens.json';

describe('flattenTokens', () => {
  it('lists tokens with their paths, inheriting $type and $description from groups', () => {
    const tokens = flattenTokens(
      {
        color: {
          $type: 'color',
          brand: {
            $description: 'ALIMA red.',
            500: { $value: '#e2001a' },
            primary: { $value: '{color.brand.500}', $description: 'The logo red.' },
          },
        },
      },
      SOURCE,
    );
    expect(tokens.map((token) => [token.path.join('.'), token.type, token.description])).toEqual([
      ['color.brand.500', 'color', 'ALIMA red.'],
      ['color.brand.primary', 'color', 'The logo red.'],
    ]);
    expect(tokens[0]?.source).toBe(SOURCE);
  });

  it('keeps $extensions for the build to read', () => {
    const [token] = flattenTokens(
      { space: { md: { $type: 'dimension', $value: 1, $extensions: { 'ngo.alima': { x: 1 } } } } },
      SOURCE,
    );
    expect(token?.extensions).toEqual({ 'ngo.alima': { x: 1 } });
  });

  it.each([
    [{ color: { Text: { $value: '#000' } } }, 'color.Text: names use lowercase letters'],
    [{ color: { 'text muted': { $value: '#000' } } }, 'color.text muted: names use lowercase'],
    [{ color: { text: { $type: 'colour', $value: '#000' } } }, 'color.text: unknown $type "colour"'],
    [{ color: { text: { $value: '#000', $descripton: 'x' } } }, 'color.text: $descripton is not supported'],
    [{ color: { text: 'red' } }, 'color.text: expected a group or a token'],
    [{ space: { $description: 3 } }, 'space: $description must be a string'],
    [{ $value: 1 }, 'a token needs a name'],
  ])('rejects %j naming the file and token path', (document, message) => {
    expect(() => flattenTokens(document, SOURCE)).toThrow(`${SOURCE}: ${message}`);
  });
});
