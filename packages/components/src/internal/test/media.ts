/// <reference types="@vitest/browser-playwright" />
import { afterEach } from 'vitest';
import { cdp } from 'vitest/browser';

/** A media feature to emulate, e.g. `{ name: 'prefers-reduced-motion', value: 'reduce' }`. */
export interface MediaFeature {
  name: 'prefers-reduced-motion' | 'forced-colors' | 'prefers-color-scheme';
  value: string;
}

/** Makes Chromium report the given media features (as a user's settings would) until the test ends. */
export async function emulateMedia(...features: MediaFeature[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

/** Renders the page as for printing (`@media print`) until the test ends. */
export async function emulatePrint(): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
}

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
});
