import { findChromium, type ChromiumLocation } from './find-chromium.js';

/**
 * Flags that keep headless Chromium off the network and working as root in
 * containers; without the background-networking ones it keeps trying to reach
 * Google's hosts, which closed networks refuse.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Playwright launch options for the Chromium `findChromium` picks. */
export function chromiumLaunchOptions(location: ChromiumLocation = findChromium()) {
  return {
    ...(location.executablePath ? { executablePath: location.executablePath } : {}),
    args: [...CHROMIUM_ARGS],
  };
}
