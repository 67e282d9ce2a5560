/**
 * Control characters (C0 but tab, DEL, C1: ESC, OSC's BEL, CR, the 8-bit
 * CSI) and the bidirectional overrides and isolates that reorder a line
 * ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNPRINTABLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const escape = (character: string) => {
  const code = character.charCodeAt(0);
  return code > 0xff
    ? `\\u${code.toString(16).toUpperCase()}`
    : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
};

/**
 * Text that came from a file or a file name, made safe to print on a
 * terminal: every control character shows as `\xNN` (`\uNNNN` for the
 * bidirectional ones) instead of moving the cursor, setting the window
 * title, writing the clipboard or starting a new line.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}
