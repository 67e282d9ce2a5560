import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { textOf, withText } from '../visual/png-text.js';

const picture = () => {
  const image = new PNG({ width: 3, height: 2 });
  image.data.fill(200);
  return PNG.sync.write(image);
};

describe('a note in a PNG', () => {
  it('is read back by its keyword', () => {
    const noted = withText(picture(), 'Screenshot-SHA256', 'abc123');
    expect(textOf(noted, 'Screenshot-SHA256')).toBe('abc123');
    expect(textOf(noted, 'Other')).toBeUndefined();
    expect(textOf(picture(), 'Screenshot-SHA256')).toBeUndefined();
  });

  it('leaves a valid PNG with the same pixels (the decoder checks every chunk’s CRC)', () => {
    const noted = PNG.sync.read(withText(picture(), 'Screenshot-SHA256', 'abc123'), { checkCRC: true });
    expect(noted.data.equals(PNG.sync.read(picture()).data)).toBe(true);
  });

  it('refuses what is not a PNG', () => {
    expect(() => withText(Buffer.from('not a picture at all'), 'key', 'value')).toThrow(/Not a PNG/);
  });
});
