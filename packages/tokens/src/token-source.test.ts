import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from './build/build-outputs.js';

const { entries, files } = buildOutputs(fileURLToPath(new URL('..', import.meta.url)));
const ofType = (type: string) => entries.filter((entry) => entry.type === type);

describe('the ALIMA token source', () => {
  it('documents every token', () => {
    expect(entries.filter((entry) => entry.description.trim() === '').map((entry) => entry.name)).toEqual([]);
  });

  it('keeps the logo red as the brand primary', () => {
    expect(entries.find((entry) => entry.name === 'color-brand-primary')?.value).toBe('#e2001a');
  });

  it('sizes type on a modular scale of 1.25', () => {
    const sizes = entries
      .filter((entry) => entry.path[0] === 'font' && entry.path[1] === 'size')
      .map((entry) => Number.parseFloat(entry.value));
    expect(sizes.length).toBeGreaterThan(4);
    for (let step = 1; step < sizes.length; step++) {
      expect((sizes[step] ?? 0) / (sizes[step - 1] ?? 1)).toBeCloseTo(1.25, 2);
    }
  });

  it('uses installed system fonts only, each stack ending in a generic family', () => {
    expect(files['tokens.css']).not.toMatch(/@font-face|url\(/);
    for (const entry of ofType('fontFamily')) expect(entry.value).toMatch(/, (sans-serif|serif|monospace)$/);
  });

  it('stops all motion under prefers-reduced-motion', () => {
    const durations = ofType('duration');
    expect(durations.length).toBeGreaterThan(0);
    for (const entry of durations) expect([entry.name, entry.reducedMotion]).toEqual([entry.name, '0ms']);
  });

  it('gives the dark theme its own surface, text and link colours', () => {
    const dark = new Map(entries.filter((entry) => entry.dark).map((entry) => [entry.name, entry.dark]));
    for (const name of [
      'color-surface',
      'color-surface-raised',
      'color-text',
      'color-text-muted',
      'color-link',
    ]) {
      expect(dark.has(name), name).toBe(true);
    }
  });
});
