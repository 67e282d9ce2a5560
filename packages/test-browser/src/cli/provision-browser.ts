import { describeLocation, provisionChromium } from '../provision/provision-chromium.js';
import { systemHost } from '../provision/system-host.js';

/**
 * `provision-browser`: makes sure the browser tests have a Chromium, installing
 * one when there is none. Exit 0 with the browser's path on stdout, or exit 1
 * with what was tried and what to do on stderr.
 */
try {
  const outcome = await provisionChromium(systemHost());
  console.log(`Chromium for the browser tests: ${describeLocation(outcome.location)}`);
} catch (error) {
  // A bad CHROMIUM_PATH and a failed install both carry their instructions in the message.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
