import { describe, expect, it } from 'vitest';
import {
  DEBIAN_CHROMIUM,
  findChromium,
  locateChromium,
  type ChromiumSearchContext,
} from './find-chromium.js';

function context(overrides: Partial<ChromiumSearchContext> & { files?: string[] }): ChromiumSearchContext {
  const files = new Set(overrides.files ?? []);
  return {
    env: overrides.env ?? {},
    exists: (path) => files.has(path),
    playwrightExecutable: overrides.playwrightExecutable ?? (() => undefined),
  };
}

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over everything else', () => {
    const found = findChromium(
      context({
        env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
        files: ['/opt/chrome/chrome', DEBIAN_CHROMIUM],
      }),
    );
    expect(found).toEqual({ executablePath: '/opt/chrome/chrome', origin: 'CHROMIUM_PATH' });
  });

  it('names a CHROMIUM_PATH that points at nothing', () => {
    expect(() => findChromium(context({ env: { CHROMIUM_PATH: '/nope/chromium' } }))).toThrow(
      /CHROMIUM_PATH is set to \/nope\/chromium, but no file is there/,
    );
  });

  it("falls back to Debian's Chromium", () => {
    expect(findChromium(context({ files: [DEBIAN_CHROMIUM] }))).toEqual({
      executablePath: DEBIAN_CHROMIUM,
      origin: 'debian',
    });
  });

  it("then to Playwright's own download, letting Playwright pick the path", () => {
    const found = findChromium(
      context({
        files: ['/home/me/.cache/ms-playwright/chromium'],
        playwrightExecutable: () => '/home/me/.cache/ms-playwright/chromium',
      }),
    );
    expect(found).toEqual({ executablePath: undefined, origin: 'playwright' });
  });

  it('fails with instructions when there is no browser at all', () => {
    expect(() => findChromium(context({ playwrightExecutable: () => '/not/downloaded' }))).toThrow(
      /apt-get install -y chromium/,
    );
  });
});

describe('locateChromium', () => {
  it('answers undefined rather than throwing when there is no browser, so provisioning can install one', () => {
    expect(locateChromium(context({ playwrightExecutable: () => '/not/downloaded' }))).toBeUndefined();
  });

  it('still throws for a CHROMIUM_PATH that points at nothing: installing would not fix it', () => {
    expect(() =>
      locateChromium(context({ env: { CHROMIUM_PATH: '/nope/chromium' }, files: [DEBIAN_CHROMIUM] })),
    ).toThrow(/CHROMIUM_PATH is set to \/nope\/chromium/);
  });
});
