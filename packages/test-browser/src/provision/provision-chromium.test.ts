import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM } from '../find-chromium.js';
import { withInstallLock } from './install-lock.js';
import { provisionChromium, ProvisionError } from './provision-chromium.js';
import { fakeMachine } from './test/fake-machine.js';

const PLAYWRIGHT_CHROME = '/home/me/.cache/ms-playwright/chromium-1234/chrome-linux/chrome';
const APT_INSTALL = 'apt-get install -y chromium';
const APT_UPDATE = 'apt-get update';
const PLAYWRIGHT_INSTALL = 'npx --no-install playwright install chromium';
const ROOT_WITH_APT = { isRoot: true, hasAptGet: true, hasAptLists: true };

describe('provisionChromium', () => {
  it('does nothing when a Chromium is found: no machine facts, no lock, no command', async () => {
    const machine = fakeMachine({ files: [DEBIAN_CHROMIUM], facts: ROOT_WITH_APT });
    const outcome = await provisionChromium(machine.host);
    expect(outcome).toEqual({
      status: 'found',
      location: { executablePath: DEBIAN_CHROMIUM, origin: 'debian' },
    });
    expect(machine.ran).toEqual([]);
    expect(machine.factsAsked).toBe(0);
    expect(machine.locksTaken).toBe(0);
  });

  it('takes CHROMIUM_PATH as found, whatever else the machine lacks', async () => {
    const machine = fakeMachine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      files: ['/opt/chrome/chrome'],
    });
    expect((await provisionChromium(machine.host)).status).toBe('found');
    expect(machine.ran).toEqual([]);
  });

  it('installs nothing for a CHROMIUM_PATH that points at nothing, and names it', async () => {
    const machine = fakeMachine({
      env: { CHROMIUM_PATH: '/nope/chrome' },
      facts: ROOT_WITH_APT,
      commands: { [APT_INSTALL]: { code: 0, creates: DEBIAN_CHROMIUM } },
    });
    await expect(provisionChromium(machine.host)).rejects.toThrow(/CHROMIUM_PATH is set to \/nope\/chrome/);
    expect(machine.ran).toEqual([]);
  });

  it("as root with apt-get installs Debian's chromium and stops there", async () => {
    const machine = fakeMachine({
      facts: ROOT_WITH_APT,
      commands: { [APT_INSTALL]: { code: 0, creates: DEBIAN_CHROMIUM } },
    });
    const outcome = await provisionChromium(machine.host);
    expect(outcome).toMatchObject({ status: 'installed', location: { executablePath: DEBIAN_CHROMIUM } });
    expect(machine.ran).toEqual([APT_INSTALL]);
    expect(machine.locksTaken).toBe(1);
    expect(machine.log.at(-1)).toBe(
      `Installed Chromium with Debian's chromium package: ${DEBIAN_CHROMIUM} (debian).`,
    );
  });

  it('runs apt-get update first when the package lists are missing', async () => {
    const machine = fakeMachine({
      facts: { ...ROOT_WITH_APT, hasAptLists: false },
      commands: { [APT_UPDATE]: { code: 0 }, [APT_INSTALL]: { code: 0, creates: DEBIAN_CHROMIUM } },
    });
    await provisionChromium(machine.host);
    expect(machine.ran).toEqual([APT_UPDATE, APT_INSTALL]);
  });

  it('retries after apt-get update when stale lists make the install fail', async () => {
    let installs = 0;
    const machine = fakeMachine({ facts: ROOT_WITH_APT, commands: { [APT_UPDATE]: { code: 0 } } });
    const run = machine.host.run;
    machine.host.run = async (command) => {
      if (command.join(' ') !== APT_INSTALL) return run(command);
      installs += 1;
      // The first install meets stale lists (404s); after the update it works.
      if (installs === 1) return 100;
      machine.files.add(DEBIAN_CHROMIUM);
      return 0;
    };
    expect((await provisionChromium(machine.host)).status).toBe('installed');
    expect(installs).toBe(2);
  });

  it("falls back to Playwright's download when apt-get cannot install the package", async () => {
    const machine = fakeMachine({
      facts: ROOT_WITH_APT,
      commands: {
        [APT_INSTALL]: { code: 100 },
        [APT_UPDATE]: { code: 100 },
        [PLAYWRIGHT_INSTALL]: { code: 0, creates: PLAYWRIGHT_CHROME },
      },
    });
    const outcome = await provisionChromium(machine.host);
    expect(outcome).toEqual({
      status: 'installed',
      location: { executablePath: undefined, origin: 'playwright' },
      via: "Playwright's Chromium download",
    });
    expect(machine.ran).toEqual([APT_INSTALL, APT_UPDATE, PLAYWRIGHT_INSTALL]);
  });

  it('without root goes straight to Playwright and never runs apt-get', async () => {
    const machine = fakeMachine({
      facts: { isRoot: false, hasAptGet: true, hasAptLists: true },
      commands: { [PLAYWRIGHT_INSTALL]: { code: 0, creates: PLAYWRIGHT_CHROME } },
    });
    await provisionChromium(machine.host);
    expect(machine.ran).toEqual([PLAYWRIGHT_INSTALL]);
  });

  it('fails with every attempt, its exit code and what to do when nothing works', async () => {
    const machine = fakeMachine({
      facts: ROOT_WITH_APT,
      commands: {
        [APT_INSTALL]: { code: 100 },
        [APT_UPDATE]: { code: 100 },
        [PLAYWRIGHT_INSTALL]: { code: 1 },
      },
    });
    const failure = await provisionChromium(machine.host).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProvisionError);
    const message = (failure as Error).message;
    expect(message).toContain("Debian's chromium package: `apt-get install -y chromium` exited with 100");
    expect(message).toContain(
      "Debian's chromium package, after apt-get update: `apt-get update` exited with 100",
    );
    expect(message).toContain(
      "Playwright's Chromium download: `npx --no-install playwright install chromium` exited with 1",
    );
    expect(message).toMatch(/sudo apt-get install -y chromium/);
    expect(message).toMatch(/point CHROMIUM_PATH at any Chromium/);
  });

  it('says which program is missing rather than quoting exit code 127', async () => {
    const machine = fakeMachine({});
    await expect(provisionChromium(machine.host)).rejects.toThrow(
      "Playwright's Chromium download: `npx` was not found",
    );
  });

  it('says so when a command succeeds but leaves no browser behind', async () => {
    const machine = fakeMachine({ commands: { [PLAYWRIGHT_INSTALL]: { code: 0 } } });
    await expect(provisionChromium(machine.host)).rejects.toThrow(
      /the commands succeeded, but no Chromium appeared/,
    );
  });

  it('installs nothing when another process installed a browser while this one waited for the lock', async () => {
    const machine = fakeMachine({
      facts: ROOT_WITH_APT,
      commands: { [APT_INSTALL]: { code: 0, creates: DEBIAN_CHROMIUM } },
      withLock: async (work) => {
        machine.files.add(DEBIAN_CHROMIUM);
        return work();
      },
    });
    const outcome = await provisionChromium(machine.host);
    expect(outcome.status).toBe('found');
    expect(machine.ran).toEqual([]);
  });
});

describe('provisionChromium run twice at once', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('installs once: the second run waits on the lock file, then finds the first run’s browser', async () => {
    folder = mkdtempSync(join(tmpdir(), 'provision-lock-'));
    const lockPath = join(folder, 'provision.lock');
    const machine = fakeMachine({
      facts: ROOT_WITH_APT,
      commands: { [APT_INSTALL]: { code: 0, creates: DEBIAN_CHROMIUM } },
      commandMs: 50,
      withLock: (work) => withInstallLock(lockPath, work, { pollMs: 5 }),
    });
    const outcomes = await Promise.all([provisionChromium(machine.host), provisionChromium(machine.host)]);
    expect(machine.ran).toEqual([APT_INSTALL]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['found', 'installed']);
  });
});
