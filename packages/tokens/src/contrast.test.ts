import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance } from './contrast.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 is the classic lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('does not depend on which colour is the foreground', () => {
    expect(contrastRatio('#e2001a', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#e2001a'), 10);
    expect(contrastRatio('#e2001a', '#ffffff')).toBeCloseTo(4.94, 2);
  });

  it('judges text on a translucent backdrop against the worst of white and black behind it', () => {
    // 80 % black over white is #333; white text on it is ~12.6:1, over black it is 21:1.
    expect(contrastRatio('#ffffff', '#000000cc')).toBeCloseTo(contrastRatio('#ffffff', '#333333'), 1);
    // A half-transparent grey backdrop fails for white text once a white photo shows through.
    expect(contrastRatio('#ffffff', '#80808080')).toBeLessThan(3);
  });

  it('paints a translucent foreground over its background first', () => {
    expect(contrastRatio('#00000000', '#ffffff')).toBe(1);
  });
});

describe('parseHex and relativeLuminance', () => {
  it('read short, long and alpha hex', () => {
    expect(parseHex('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseHex('#11111380').a).toBeCloseTo(0.502, 3);
    expect(() => parseHex('CanvasText')).toThrow('not a hex colour: "CanvasText"');
    expect(relativeLuminance(parseHex('#808080'))).toBeCloseTo(0.2159, 4);
  });
});
