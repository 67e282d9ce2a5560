/**
 * Aligns a text node's value with its source, which may differ by escapes
 * (`\*`), character references (`&nbsp;`) and the line prefixes of
 * containers (`> `, list indentation). `source` is the node's own source slice,
 * which starts at offset `base`; the result is the source offset of every
 * character of `value`. Linear: the source pointer only moves on, and a
 * character with no counterpart (a decoded entity) looks ahead a bounded way.
 */
export function alignToSource(value: string, source: string, base: number): Int32Array {
  const offsets = new Int32Array(value.length);
  if (source === value) {
    for (let i = 0; i < value.length; i++) offsets[i] = base + i;
    return offsets;
  }
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (source[j] === '\\' && source[j + 1] === char) j++;
    if (source[j] === '&' && source[j] !== char) {
      const semicolon = source.indexOf(';', j);
      if (semicolon !== -1 && semicolon - j <= 32) {
        offsets[i] = base + j;
        // A reference may decode to two UTF-16 units (astral characters).
        if (value.charCodeAt(i) >= 0xd800 && value.charCodeAt(i) < 0xdc00 && i + 1 < value.length) {
          offsets[++i] = base + j;
        }
        j = semicolon + 1;
        continue;
      }
    }
    const limit = Math.min(source.length, j + 64);
    let k = j;
    while (k < limit && source[k] !== char) k++;
    if (k < limit) j = k;
    offsets[i] = base + Math.min(j, source.length - 1);
    if (k < limit) j++;
  }
  return offsets;
}
