import { locateChromium } from '../../find-chromium.js';
import type { Command, MachineFacts } from '../plan.js';
import { NOT_FOUND, type ProvisionHost } from '../provision-chromium.js';

/** A machine for the provisioning tests: which files exist, who runs, what each command does. */
export interface FakeMachineSetup {
  files?: string[];
  env?: Record<string, string | undefined>;
  facts?: MachineFacts;
  /** Exit code and, on success, the file each command leaves behind; commands not listed are not found. */
  commands?: Record<string, { code: number; creates?: string }>;
  /** How long each command takes, in milliseconds, so that concurrent runs overlap. */
  commandMs?: number;
  withLock?: ProvisionHost['withLock'];
}

/** The fake machine's host plus what happened on it. */
export function fakeMachine(setup: FakeMachineSetup) {
  const files = new Set(setup.files ?? []);
  const ran: string[] = [];
  const log: string[] = [];
  let factsAsked = 0;
  let locksTaken = 0;
  const host: ProvisionHost = {
    locate: () =>
      locateChromium({
        env: setup.env ?? {},
        exists: (path) => files.has(path),
        playwrightExecutable: () => '/home/me/.cache/ms-playwright/chromium-1234/chrome-linux/chrome',
      }),
    facts: () => {
      factsAsked += 1;
      return setup.facts ?? { isRoot: false, hasAptGet: false, hasAptLists: false };
    },
    run: async (command: Command) => {
      const line = command.join(' ');
      ran.push(line);
      if (setup.commandMs) await new Promise((resolve) => setTimeout(resolve, setup.commandMs));
      const effect = setup.commands?.[line];
      if (!effect) return NOT_FOUND;
      if (effect.code === 0 && effect.creates) files.add(effect.creates);
      return effect.code;
    },
    withLock: (work) => {
      locksTaken += 1;
      return setup.withLock ? setup.withLock(work) : work();
    },
    log: (line) => log.push(line),
  };
  return {
    host,
    files,
    ran,
    log,
    get factsAsked() {
      return factsAsked;
    },
    get locksTaken() {
      return locksTaken;
    },
  };
}
