import { createHash } from 'node:crypto';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import UPNG from 'upng-js';
import { textOf, withText } from './png-text.js';

/**
 * How different two screenshots may be and still count as the same picture.
 * A pixel differs when its colour moves more than `threshold` (pixelmatch's
 * perceptual distance, 0 to 1; anti-aliased edges are recognised and
 * ignored); the picture differs when more than `maxDiffRatio` of its pixels
 * do. A colour, spacing or wording change moves hundreds of pixels or more;
 * a rounding difference in text rendering moves a handful.
 */
export const TOLERANCE = { threshold: 0.1, maxDiffRatio: 0.0005 } as const;

/** The baseline's note naming the screenshot it was made from, so that screenshot matches without decoding. */
const SOURCE_KEY = 'Screenshot-SHA256';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export type Comparison =
  { same: true; changed: number } | { same: false; changed: number; reason: string; diff?: Buffer };

/** Compares a new screenshot with its baseline; when they differ, says how and paints the differences. */
export function comparePng(baseline: Buffer, actual: Buffer, tolerance = TOLERANCE): Comparison {
  // The usual case: Chromium drew the very screenshot the baseline was made from.
  if (textOf(baseline, SOURCE_KEY) === sha256(actual)) return { same: true, changed: 0 };
  return comparePixels(baseline, actual, tolerance);
}

/** Compares two pictures pixel by pixel, within `tolerance`. */
export function comparePixels(baseline: Buffer, actual: Buffer, tolerance = TOLERANCE): Comparison {
  const expected = PNG.sync.read(baseline);
  const shown = PNG.sync.read(actual);
  if (expected.width !== shown.width || expected.height !== shown.height) {
    return {
      same: false,
      changed: Math.max(expected.width * expected.height, shown.width * shown.height),
      reason: `size changed from ${expected.width}×${expected.height} to ${shown.width}×${shown.height} px`,
    };
  }
  const { width, height } = expected;
  const diff = new PNG({ width, height });
  const changed = pixelmatch(expected.data, shown.data, diff.data, width, height, {
    threshold: tolerance.threshold,
  });
  const allowed = Math.floor(width * height * tolerance.maxDiffRatio);
  if (changed <= allowed) return { same: true, changed };
  return {
    same: false,
    changed,
    reason: `${changed} of ${width * height} pixels changed (at most ${allowed} may)`,
    diff: PNG.sync.write(diff),
  };
}

/**
 * A baseline as committed: the screenshot in 256 colours (a palette PNG,
 * about a third of Chromium's size), noting the screenshot's hash. No pixel
 * of it moves past the comparison's threshold (a test checks this on real
 * screenshots), so it compares as the screenshot itself would.
 */
export function baselineOf(screenshot: Buffer): Buffer {
  const { width, height, data } = PNG.sync.read(screenshot);
  const pixels = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  const palette = Buffer.from(UPNG.encode([pixels as ArrayBuffer], width, height, 256));
  return withText(palette, SOURCE_KEY, sha256(screenshot));
}
