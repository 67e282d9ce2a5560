import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { BATCH_V8_FLAGS, tuneV8ForBatch } = await import('./batch-v8-flags.js');

describe('tuneV8ForBatch', () => {
  it('sets every batch flag on Node 20', () => {
    setFlagsFromString.mockClear();
    tuneV8ForBatch([], '20.20.2');
    expect(setFlagsFromString.mock.calls).toEqual([
      [`--interrupt-budget=${BATCH_V8_FLAGS['interrupt-budget']}`],
      [`--heap-growing-percent=${BATCH_V8_FLAGS['heap-growing-percent']}`],
    ]);
  });

  it.each([['--interrupt-budget=1000'], ['--interrupt_budget=1000'], ['--interrupt-budget']])(
    'keeps a flag given on the node command line (%s) and sets the others',
    (flag) => {
      setFlagsFromString.mockClear();
      tuneV8ForBatch(['--enable-source-maps', flag], '20.19.0');
      expect(setFlagsFromString.mock.calls).toEqual([
        [`--heap-growing-percent=${BATCH_V8_FLAGS['heap-growing-percent']}`],
      ]);
    },
  );

  it('sets the budget when node was given another flag that starts with its name', () => {
    setFlagsFromString.mockClear();
    tuneV8ForBatch(['--interrupt-budget-for-feedback-allocation=940'], '20.20.2');
    expect(setFlagsFromString).toHaveBeenCalledWith(
      `--interrupt-budget=${BATCH_V8_FLAGS['interrupt-budget']}`,
    );
  });

  it.each([['22.13.0'], ['24.1.0']])(
    'leaves V8 alone on Node %s, where the flags were not measured',
    (version) => {
      setFlagsFromString.mockClear();
      tuneV8ForBatch([], version);
      expect(setFlagsFromString).not.toHaveBeenCalled();
    },
  );
});
