import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { BATCH_V8_FLAGS, tuneV8ForBatch } = await import('./batch-v8-flags.js');

describe('tuneV8ForBatch', () => {
  it('sets every batch flag', () => {
    setFlagsFromString.mockClear();
    tuneV8ForBatch([]);
    expect(setFlagsFromString.mock.calls).toEqual([
      [`--interrupt-budget=${BATCH_V8_FLAGS['interrupt-budget']}`],
      [`--heap-growing-percent=${BATCH_V8_FLAGS['heap-growing-percent']}`],
    ]);
  });

  it.each([['--interrupt-budget=1000'], ['--interrupt_budget=1000']])(
    'keeps a flag given on the node command line (%s) and sets the others',
    (flag) => {
      setFlagsFromString.mockClear();
      tuneV8ForBatch(['--enable-source-maps', flag]);
      expect(setFlagsFromString.mock.calls).toEqual([
        [`--heap-growing-percent=${BATCH_V8_FLAGS['heap-growing-percent']}`],
      ]);
    },
  );
});
