import { afterEach, vi } from 'vitest';

/**
 * Records development warnings (`console.warn`) from now until the end of the
 * test, without printing them. Returns the warning messages seen so far.
 */
export function captureWarnings(): () => string[] {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => spy.mock.calls.map((call) => String(call[0]));
}

afterEach(() => {
  vi.restoreAllMocks();
});
