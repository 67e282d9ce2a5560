export { findChromium, locateChromium, DEBIAN_CHROMIUM, HOW_TO_GET_CHROMIUM } from './find-chromium.js';
export type { ChromiumLocation, ChromiumSearchContext } from './find-chromium.js';
export { chromiumLaunchOptions, CHROMIUM_ARGS } from './launch-options.js';
export { chromiumBrowserMode } from './browser-mode.js';
