/** One program run with its arguments, e.g. `['apt-get', 'install', '-y', 'chromium']`. */
export type Command = readonly [program: string, ...args: string[]];

/** One way to get a Chromium: its commands run in order and all must succeed. */
export interface ProvisionAttempt {
  /** What the attempt is, as the log and the failure message name it. */
  label: string;
  commands: readonly Command[];
}

/** What the machine offers, as far as installing a browser goes. */
export interface MachineFacts {
  /** Running as root (uid 0): apt-get may install system packages. */
  isRoot: boolean;
  /** `apt-get` is on PATH. */
  hasAptGet: boolean;
  /** apt has package lists already (a fresh container image has none until `apt-get update`). */
  hasAptLists: boolean;
}

export const APT_UPDATE: Command = ['apt-get', 'update'];
export const APT_INSTALL_CHROMIUM: Command = ['apt-get', 'install', '-y', 'chromium'];
// Playwright is a root devDependency: --no-install keeps npx from ever asking the registry for it.
export const PLAYWRIGHT_INSTALL_CHROMIUM: Command = [
  'npx',
  '--no-install',
  'playwright',
  'install',
  'chromium',
];

/**
 * The ways to try, best first. Debian's package comes first where it can be
 * installed (root with apt-get): it works on machines that block browser
 * downloads and brings the system libraries Chromium needs. Stale package
 * lists make `apt-get install` fail, so a failed install is retried once after
 * `apt-get update`; lists that are missing are fetched up front. Playwright's
 * download is the fallback everywhere, and the only way without root.
 */
export function planProvisioning(facts: MachineFacts): ProvisionAttempt[] {
  const attempts: ProvisionAttempt[] = [];
  if (facts.isRoot && facts.hasAptGet) {
    if (facts.hasAptLists) {
      attempts.push({ label: "Debian's chromium package", commands: [APT_INSTALL_CHROMIUM] });
    }
    attempts.push({
      label: "Debian's chromium package, after apt-get update",
      commands: [APT_UPDATE, APT_INSTALL_CHROMIUM],
    });
  }
  attempts.push({ label: "Playwright's Chromium download", commands: [PLAYWRIGHT_INSTALL_CHROMIUM] });
  return attempts;
}
