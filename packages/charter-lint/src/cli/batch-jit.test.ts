import { describe, expect, it, vi } from 'vitest';

const setFlagsFromString = vi.fn();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { BATCH_INTERRUPT_BUDGET, tuneJitForBatch } = await import('./batch-jit.js');

describe('tuneJitForBatch', () => {
  it('raises the interrupt budget for the batch run', () => {
    setFlagsFromString.mockClear();
    tuneJitForBatch([]);
    expect(setFlagsFromString).toHaveBeenCalledWith(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
  });

  it.each([['--interrupt-budget=1000'], ['--interrupt_budget=1000']])(
    'keeps a budget given on the node command line (%s)',
    (flag) => {
      setFlagsFromString.mockClear();
      tuneJitForBatch(['--enable-source-maps', flag]);
      expect(setFlagsFromString).not.toHaveBeenCalled();
    },
  );
});
