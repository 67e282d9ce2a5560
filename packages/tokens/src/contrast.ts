/** An sRGB colour with channels from 0 to 255 and alpha from 0 to 1. */
interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

/** Reads `#rgb`, `#rrggbb` or `#rrggbbaa`. */
export function parseHex(hex: string): Rgba {
  const digits = /^#([\da-f]{3}|[\da-f]{6}|[\da-f]{8})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`not a hex colour: ${JSON.stringify(hex)}`);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const byte = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` painted over an opaque `bottom`. */
function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const ratio = (a: Rgba, b: Rgba) => {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
};

/**
 * WCAG 2.x contrast ratio (1 to 21) of a foreground on a background, both hex.
 * A translucent background (such as a credit overlay on a photo) is judged on
 * the worst backdrop, white or black; a translucent foreground is painted over
 * the background first.
 */
export function contrastRatio(foreground: string, background: string): number {
  const fg = parseHex(foreground);
  const bg = parseHex(background);
  const backdrops = bg.a === 1 ? [bg] : [composite(bg, WHITE), composite(bg, BLACK)];
  return Math.min(...backdrops.map((backdrop) => ratio(composite(fg, backdrop), backdrop)));
}
