import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateChromium } from '../find-chromium.js';

const CLI = fileURLToPath(new URL('../../dist/cli/provision-browser.js', import.meta.url));

let folder: string;
let shims: string;
let installLog: string;

/**
 * Puts `apt-get`, `npx` and `sudo` first on PATH as programs that only record
 * that they ran, so the real command shows whether it would have installed
 * anything, and never does.
 */
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the package first (npx turbo run build).`);
  folder = mkdtempSync(join(tmpdir(), 'provision-cli-'));
  shims = join(folder, 'bin');
  installLog = join(folder, 'installs.log');
  mkdirSync(shims);
  for (const program of ['apt-get', 'npx', 'sudo']) {
    const shim = join(shims, program);
    writeFileSync(shim, `#!/bin/sh\necho "${program} $*" >> "${installLog}"\nexit 1\n`);
    chmodSync(shim, 0o755);
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function provision(env: Record<string, string>) {
  return spawnSync(process.execPath, [CLI], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, PATH: `${shims}${delimiter}${process.env.PATH ?? ''}`, TMPDIR: folder, ...env },
  });
}

const installsRun = () => (existsSync(installLog) ? readFileSync(installLog, 'utf8') : '');

describe('provision-browser on this machine', () => {
  it('exits 0 at once, naming the Chromium it found, without installing or waiting on a held lock', () => {
    const here = locateChromium();
    expect(here, 'this test needs the Chromium that `npm test` provisions first').toBeDefined();
    // A lock held by a live process (this one): the fast path must not even look at it.
    writeFileSync(join(folder, 'alima-test-browser-provision.lock'), String(process.pid));
    const result = provision({});
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `Chromium for the browser tests: ${here?.executablePath ?? "Playwright's own download"} (${here?.origin})\n`,
    );
    expect(result.stderr).toBe('');
    expect(installsRun()).toBe('');
  });

  it('exits 1 naming a CHROMIUM_PATH that points at nothing, and installs nothing', () => {
    const result = provision({ CHROMIUM_PATH: join(folder, 'no-such-chrome') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `CHROMIUM_PATH is set to ${join(folder, 'no-such-chrome')}, but no file is there.`,
    );
    expect(installsRun()).toBe('');
  });
});
