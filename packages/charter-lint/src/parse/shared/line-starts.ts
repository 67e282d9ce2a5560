/** The offset at which each line of `text` starts, with CRLF, CR and LF endings as micromark reads them. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most files end lines with LF alone: a native search finds them many times faster than a loop.
  if (!text.includes('\r')) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
      starts.push(index + 1);
    return starts;
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index++;
      starts.push(index + 1);
    } else if (code === 0x0a) {
      starts.push(index + 1);
    }
  }
  return starts;
}
