import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateChromium } from '../find-chromium.js';
import { withInstallLock } from './install-lock.js';
import type { Command, MachineFacts } from './plan.js';
import { NOT_FOUND, type ProvisionHost } from './provision-chromium.js';

const APT_LISTS = '/var/lib/apt/lists';
/** One lock per machine and user: apt installs for everyone, Playwright into the user's cache. */
export const INSTALL_LOCK = join(tmpdir(), 'alima-test-browser-provision.lock');
// Commands run from this package, where `npx --no-install` finds the workspace's Playwright.
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

function onPath(program: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        accessSync(join(dir, program), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

function hasAptLists(): boolean {
  try {
    return readdirSync(APT_LISTS).some((name) => name.includes('_Packages'));
  } catch {
    return false;
  }
}

function machineFacts(): MachineFacts {
  return { isRoot: process.getuid?.() === 0, hasAptGet: onPath('apt-get'), hasAptLists: hasAptLists() };
}

function run([program, ...args]: Command): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      cwd: PACKAGE_DIR,
      // stdout carries the result line of the CLI; the installers' progress goes to stderr.
      stdio: ['ignore', 2, 'inherit'],
      // No prompts from apt, no npm update notice in the middle of the log.
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', npm_config_update_notifier: 'false' },
      shell: process.platform === 'win32',
    });
    child.on('error', () => resolve(NOT_FOUND));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** The real machine: its file system, its uid, its PATH, a lock in the temporary folder. */
export function systemHost(lockPath = INSTALL_LOCK): ProvisionHost {
  const log = (line: string) => console.error(line);
  return {
    locate: () => locateChromium(),
    facts: machineFacts,
    run,
    withLock: (work) =>
      withInstallLock(lockPath, work, {
        onWait: (pid) => log(`Another process (pid ${pid}) is installing Chromium; waiting for it.`),
      }),
    log,
  };
}
