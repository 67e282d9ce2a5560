import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { baselineOf, comparePixels, comparePng } from '../visual/compare-png.js';

/** A 200 × 100 picture: a grey gradient with dark "text" strokes, as screenshots mostly are. */
function picture(change: (x: number, y: number) => number[] | undefined = () => undefined): Buffer {
  const image = new PNG({ width: 200, height: 100 });
  for (let y = 0; y < 100; y += 1) {
    for (let x = 0; x < 200; x += 1) {
      const grey = (y % 10 < 2 && x % 7 < 4 ? 40 : 255 - x / 4) | 0;
      const [r = grey, g = grey, b = grey] = change(x, y) ?? [];
      image.data.set([r, g, b, 255], (y * 200 + x) * 4);
    }
  }
  return PNG.sync.write(image);
}

describe('comparing a screenshot with its baseline', () => {
  it('matches the screenshot the baseline was made from, by its hash', () => {
    expect(comparePng(baselineOf(picture()), picture())).toEqual({ same: true, changed: 0 });
  });

  it('keeps the screenshot’s look in the 256-colour baseline, pixel for pixel within the threshold', () => {
    expect(comparePixels(baselineOf(picture()), picture())).toEqual({ same: true, changed: 0 });
  });

  it('tolerates a few stray pixels', () => {
    const stray = picture((x, y) => (x === 50 && y === 50 ? [0, 0, 0] : undefined));
    expect(comparePng(baselineOf(picture()), stray)).toMatchObject({ same: true, changed: 1 });
  });

  it('fails on a changed colour, says how many pixels moved and paints them', () => {
    const recoloured = picture((x, y) => (x < 40 && y < 20 ? [220, 0, 0] : undefined));
    const result = comparePng(baselineOf(picture()), recoloured);
    if (result.same) throw new Error('A recoloured block passed as the same picture');
    // 800 pixels changed; pixelmatch may take a corner of the block for anti-aliasing.
    expect(result.changed).toBeGreaterThan(780);
    expect(result.reason).toMatch(/^\d+ of 20000 pixels changed \(at most 10 may\)$/);
    expect(result.diff && PNG.sync.read(result.diff).width).toBe(200);
  });

  it('fails on a changed size', () => {
    const taller = new PNG({ width: 200, height: 101 });
    expect(comparePng(baselineOf(picture()), PNG.sync.write(taller))).toMatchObject({
      same: false,
      reason: 'size changed from 200×100 to 200×101 px',
    });
  });
});
