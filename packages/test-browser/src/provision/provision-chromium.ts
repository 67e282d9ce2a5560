import { HOW_TO_GET_CHROMIUM, type ChromiumLocation } from '../find-chromium.js';
import { planProvisioning, type Command, type MachineFacts } from './plan.js';

/** The exit code shells and `ProvisionHost.run` give for a program that does not exist. */
export const NOT_FOUND = 127;

/** Everything `provisionChromium` touches on the machine; injectable so each decision can be tested. */
export interface ProvisionHost {
  /** `locateChromium` on this machine: the browser, or `undefined` when there is none. */
  locate: () => ChromiumLocation | undefined;
  /** Only asked when no browser is found, so the fast path looks at nothing else. */
  facts: () => MachineFacts;
  /** Runs one command with the terminal attached; resolves to its exit code. */
  run: (command: Command) => Promise<number>;
  /** Serialises installs between processes (see `withInstallLock`). */
  withLock: <T>(work: () => Promise<T>) => Promise<T>;
  /** One line of progress for the person waiting. */
  log: (line: string) => void;
}

/** How the browser came to be there. */
export type ProvisionOutcome =
  | { status: 'found'; location: ChromiumLocation }
  | { status: 'installed'; location: ChromiumLocation; via: string };

/** Thrown when no attempt produced a browser; the message says what was tried and what to do. */
export class ProvisionError extends Error {
  override name = 'ProvisionError';
}

/** The browser's path and origin, for messages. */
export function describeLocation(location: ChromiumLocation): string {
  return location.executablePath
    ? `${location.executablePath} (${location.origin})`
    : "Playwright's own download (playwright)";
}

function show(command: Command): string {
  return command.join(' ');
}

async function runAll(host: ProvisionHost, commands: readonly Command[]): Promise<string | undefined> {
  for (const command of commands) {
    host.log(`$ ${show(command)}`);
    const code = await host.run(command);
    if (code === NOT_FOUND) return `\`${command[0]}\` was not found`;
    if (code !== 0) return `\`${show(command)}\` exited with ${code}`;
  }
  return undefined;
}

async function installUnderLock(host: ProvisionHost): Promise<ProvisionOutcome> {
  // Another process may have installed one while this one waited for the lock.
  const meanwhile = host.locate();
  if (meanwhile) return { status: 'found', location: meanwhile };

  const failures: string[] = [];
  for (const attempt of planProvisioning(host.facts())) {
    host.log(`No Chromium for the browser tests yet; trying ${attempt.label}.`);
    const failure = await runAll(host, attempt.commands);
    const location = host.locate();
    if (location) return { status: 'installed', location, via: attempt.label };
    failures.push(`  - ${attempt.label}: ${failure ?? 'the commands succeeded, but no Chromium appeared'}`);
  }
  throw new ProvisionError(
    ['Could not install a Chromium for the browser tests. Tried:', ...failures, '', HOW_TO_GET_CHROMIUM].join(
      '\n',
    ),
  );
}

/**
 * Makes sure the browser tests have a Chromium. When one is found nothing else
 * happens: no lock, no command, no network. Otherwise it tries, under a lock,
 * each way `planProvisioning` lists until a browser is found, and throws a
 * `ProvisionError` naming every failed attempt when none worked.
 */
export async function provisionChromium(host: ProvisionHost): Promise<ProvisionOutcome> {
  const found = host.locate();
  if (found) return { status: 'found', location: found };
  const outcome = await host.withLock(() => installUnderLock(host));
  host.log(
    outcome.status === 'installed'
      ? `Installed Chromium with ${outcome.via}: ${describeLocation(outcome.location)}.`
      : `Chromium appeared while waiting: ${describeLocation(outcome.location)}.`,
  );
  return outcome;
}
