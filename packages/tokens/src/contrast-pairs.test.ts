import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from './build/build-outputs.js';
import { contrastRatio } from './contrast.js';
import { contrastKinds, contrastPairs } from './contrast-pairs.js';

const { entries } = buildOutputs(fileURLToPath(new URL('..', import.meta.url)));
const byName = new Map(entries.map((entry) => [entry.name, entry]));
const themes = {
  light: (name: string) => byName.get(name)?.value,
  dark: (name: string) => {
    const entry = byName.get(name);
    return entry?.dark ?? entry?.value;
  },
};

describe('contrast pairs', () => {
  it('name existing colour tokens', () => {
    const unknown = contrastPairs
      .flatMap((pair) => [pair.fg, pair.bg])
      .filter((name) => byName.get(name)?.type !== 'color');
    expect(unknown).toEqual([]);
  });

  describe.each(Object.entries(themes))('in the %s theme', (_theme, valueOf) => {
    it.each(contrastPairs.map((pair) => [`${pair.fg} on ${pair.bg} (${pair.usage})`, pair] as const))(
      '%s meets its minimum',
      (_label, pair) => {
        const ratio = contrastRatio(valueOf(pair.fg) ?? '', valueOf(pair.bg) ?? '');
        expect(ratio, `${valueOf(pair.fg)} on ${valueOf(pair.bg)}`).toBeGreaterThanOrEqual(
          contrastKinds[pair.kind],
        );
      },
    );
  });
});
