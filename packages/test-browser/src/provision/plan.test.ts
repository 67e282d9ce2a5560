import { describe, expect, it } from 'vitest';
import { planProvisioning, type MachineFacts } from './plan.js';

// Spelled out rather than imported, so the test states the exact commands a user's machine runs.
const aptUpdate = ['apt-get', 'update'];
const aptInstall = ['apt-get', 'install', '-y', 'chromium'];
// --no-install: npx runs the workspace's Playwright and never asks the registry for a package.
const playwrightInstall = ['npx', '--no-install', 'playwright', 'install', 'chromium'];

const commandsOf = (facts: MachineFacts) => planProvisioning(facts).map((attempt) => attempt.commands);

describe('planProvisioning', () => {
  it("as root with apt-get: Debian's package, again after apt-get update, then Playwright", () => {
    expect(commandsOf({ isRoot: true, hasAptGet: true, hasAptLists: true })).toEqual([
      [aptInstall],
      [aptUpdate, aptInstall],
      [playwrightInstall],
    ]);
  });

  it('fetches missing package lists before the first install, not after a failure', () => {
    expect(commandsOf({ isRoot: true, hasAptGet: true, hasAptLists: false })).toEqual([
      [aptUpdate, aptInstall],
      [playwrightInstall],
    ]);
  });

  it('never runs apt-get without root, even where apt-get exists', () => {
    expect(commandsOf({ isRoot: false, hasAptGet: true, hasAptLists: true })).toEqual([[playwrightInstall]]);
  });

  it('uses Playwright as root on a system without apt-get', () => {
    expect(commandsOf({ isRoot: true, hasAptGet: false, hasAptLists: false })).toEqual([[playwrightInstall]]);
  });
});
