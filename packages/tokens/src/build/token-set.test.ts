import { describe, expect, it } from 'vitest';
import { buildTokenSet, type SourceFile } from './token-set.js';

const color = (hex: string) => ({
  colorSpace: 'srgb',
  components: [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255),
});
const base = (document: unknown): SourceFile[] => [{ file: 'src/tokens/color.tokens.json', document }];
const noDark: SourceFile = { file: 'src/themes/dark.tokens.json', document: {} };
const palette = {
  color: {
    $type: 'color',
    black: { $value: color('#000000') },
    white: { $value: color('#ffffff') },
    text: { $value: '{color.black}', $description: 'Body text.' },
    link: { $value: '{color.text}', $description: 'Links.' },
  },
};

describe('buildTokenSet', () => {
  it('names each token after its path and gives its CSS value and alias', () => {
    const [, , text] = buildTokenSet(base(palette), noDark);
    expect(text).toEqual({
      name: 'color-text',
      cssVar: '--alima-color-text',
      path: ['color', 'text'],
      type: 'color',
      description: 'Body text.',
      value: '#000000',
      aliasOf: 'color.black',
    });
  });

  it('gives dark values only where the dark theme changes them, following aliases to overridden tokens', () => {
    const dark = {
      file: 'src/themes/dark.tokens.json',
      document: { color: { text: { $value: '{color.white}' } } },
    };
    const entries = buildTokenSet(base(palette), dark);
    expect(entries.filter((entry) => entry.dark).map((entry) => [entry.name, entry.dark])).toEqual([
      ['color-text', '#ffffff'],
      ['color-link', '#ffffff'],
    ]);
  });

  it('rejects a dark override of a token that does not exist', () => {
    const dark = {
      file: 'src/themes/dark.tokens.json',
      document: { color: { txet: { $value: '{color.white}' } } },
    };
    expect(() => buildTokenSet(base(palette), dark)).toThrow(
      'src/themes/dark.tokens.json: color.txet: overrides a token that does not exist',
    );
  });

  it('reports a missing reference in the dark theme against the dark file', () => {
    const dark = {
      file: 'src/themes/dark.tokens.json',
      document: { color: { text: { $value: '{color.grey}' } } },
    };
    expect(() => buildTokenSet(base(palette), dark)).toThrow(
      'src/themes/dark.tokens.json: color.text: refers to {color.grey}, which does not exist',
    );
  });

  it('rejects two tokens that would share a custom property', () => {
    const document = {
      color: {
        $type: 'color',
        'text-muted': { $value: color('#555555') },
        text: { muted: { $value: color('#666666') } },
      },
    };
    expect(() => buildTokenSet(base(document), noDark)).toThrow(
      'color.text.muted: color.text-muted already becomes --alima-color-text-muted',
    );
  });

  it('reads forced colours and reduced-motion values from $extensions', () => {
    const document = {
      color: {
        $type: 'color',
        text: { $value: color('#000000'), $extensions: { 'ngo.alima': { forcedColor: 'CanvasText' } } },
      },
      duration: {
        $type: 'duration',
        fast: {
          $value: { value: 100, unit: 'ms' },
          $extensions: { 'ngo.alima': { reducedMotion: { value: 0, unit: 'ms' } } },
        },
      },
    };
    const [text, fast] = buildTokenSet(base(document), noDark);
    expect(text?.forcedColor).toBe('CanvasText');
    expect(fast?.reducedMotion).toBe('0ms');
  });

  it.each([
    [{ forcedColor: 'black' }, 'forcedColor must be a CSS system colour'],
    [{ reducedMotion: { value: 0, unit: 'ms' } }, 'reducedMotion is for duration tokens'],
    [{ forcedcolor: 'Canvas' }, 'unknown key "forcedcolor"'],
  ])('rejects the extension %j', (extension, message) => {
    const document = {
      color: { $type: 'color', text: { $value: color('#000000'), $extensions: { 'ngo.alima': extension } } },
    };
    expect(() => buildTokenSet(base(document), noDark)).toThrow(
      `src/tokens/color.tokens.json: color.text: $extensions["ngo.alima"]: ${message}`,
    );
  });
});
