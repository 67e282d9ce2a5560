import { describe, expect, it } from 'vitest';
import { cssValue } from './css-value.js';
import type { TokenType } from './token-tree.js';

const css = (type: TokenType, value: unknown) =>
  cssValue({ type, value, source: 'src/tokens/test.tokens.json', path: ['test', 'token'] });
const srgb = (components: number[], extra: object = {}) => ({ colorSpace: 'srgb', components, ...extra });

describe('cssValue', () => {
  it('writes sRGB colours as hex, with alpha as a fourth byte', () => {
    expect(css('color', srgb([0.8863, 0, 0.102], { hex: '#E2001A' }))).toBe('#e2001a');
    expect(css('color', srgb([0.0667, 0.0667, 0.0745], { alpha: 0.8 }))).toBe('#111113cc');
  });

  it.each([
    ['#e2001a', 'a color is {"colorSpace": "srgb"'],
    [srgb([1, 0, 0], { hex: '#00ff00' }), 'hex "#00ff00" disagrees with components (#ff0000)'],
    [srgb([255, 0, 26]), 'color components must be three numbers from 0 to 1'],
    [srgb([1, 0, 0], { alpha: 80 }), 'color alpha must be a number from 0 to 1'],
    [{ colorSpace: 'oklch', components: [0.6, 0.2, 25] }, 'a color is {"colorSpace": "srgb"'],
  ])('rejects the colour %j naming the token', (value, message) => {
    expect(() => css('color', value)).toThrow(`src/tokens/test.tokens.json: test.token: ${message}`);
  });

  it('writes dimensions and durations with their units', () => {
    expect(css('dimension', { value: 1.25, unit: 'rem' })).toBe('1.25rem');
    expect(css('dimension', { value: 2, unit: 'px' })).toBe('2px');
    expect(css('duration', { value: 200, unit: 'ms' })).toBe('200ms');
    expect(() => css('dimension', '16px')).toThrow('a dimension is {"value": number, "unit": "px" | "rem"}');
    expect(() => css('duration', { value: 2, unit: 'px' })).toThrow('a duration is');
  });

  it('quotes font names that are not single identifiers, and never generic families', () => {
    expect(css('fontFamily', ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'])).toBe(
      'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    );
    expect(css('fontFamily', 'Noto Sans')).toBe('"Noto Sans"');
    expect(() => css('fontFamily', [])).toThrow('a fontFamily is a name or a list of names');
  });

  it('writes easings, weights and plain numbers', () => {
    expect(css('cubicBezier', [0.2, 0, 0, 1])).toBe('cubic-bezier(0.2, 0, 0, 1)');
    expect(() => css('cubicBezier', [2, 0, 0, 1])).toThrow('x1 and x2 from 0 to 1');
    expect(css('fontWeight', 600)).toBe('600');
    expect(() => css('fontWeight', 'bold')).toThrow('a fontWeight is a number from 1 to 1000');
    expect(css('number', 1.5)).toBe('1.5');
  });

  it('writes shadows layer by layer', () => {
    const layer = (y: number, inset?: boolean) => ({
      color: srgb([0, 0, 0], { alpha: 0.2 }),
      offsetX: { value: 0, unit: 'px' },
      offsetY: { value: y, unit: 'px' },
      blur: { value: 4, unit: 'px' },
      spread: { value: 0, unit: 'px' },
      ...(inset ? { inset } : {}),
    });
    expect(css('shadow', layer(1))).toBe('0px 1px 4px 0px #00000033');
    expect(css('shadow', [layer(1), layer(2, true)])).toBe(
      '0px 1px 4px 0px #00000033, inset 0px 2px 4px 0px #00000033',
    );
    expect(() => css('shadow', { ...layer(1), blur: 4 })).toThrow('a shadow blur is');
  });
});
