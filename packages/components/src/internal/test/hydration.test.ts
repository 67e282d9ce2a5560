import { afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { footnotesSettled } from '../footnote-registry.js';
import type { SsrFixtureName } from './ssr-fixtures.js';
import { settle } from './fixture.js';

beforeAll(async () => {
  // Hydration support patches LitElement as Lit loads, so it must load before
  // Lit and the elements; dynamic imports make that order explicit (static
  // imports of a test file may be reordered by the test runner's transform).
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  await Promise.all([
    import('../../donate-button.js'),
    import('../../footnotes.js'),
    import('../../footnote.js'),
    import('../../footnote-ref.js'),
    import('../../photo-credit.js'),
    import('../../stat-card.js'),
    import('../../stat-group.js'),
  ]);
});

const errors: unknown[] = [];
const onError = (event: ErrorEvent) => errors.push(event.error);
const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
let consoleProblems: ReturnType<typeof vi.spyOn>[] = [];
const containers: HTMLElement[] = [];

beforeEach(() => {
  errors.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  consoleProblems = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  for (const container of containers.splice(0)) container.remove();
});

/**
 * Puts the server's HTML on the page as a browser parses it (declarative
 * shadow roots attached), and returns the nodes the server rendered in each
 * shadow root, to check after hydration that they were adopted, not replaced.
 */
function insertServerHtml(name: SsrFixtureName): { container: HTMLElement; serverNodes: Node[] } {
  const container = document.createElement('div');
  container.setHTMLUnsafe(inject('ssrFixtures')[name]);
  const hosts = [...container.querySelectorAll('*')].filter((element) => element.shadowRoot);
  expect(hosts.length, 'the server HTML has declarative shadow roots').toBeGreaterThan(0);
  const serverNodes = hosts.flatMap((host) => [...(host.shadowRoot?.querySelectorAll('[part], slot') ?? [])]);
  document.body.append(container);
  containers.push(container);
  return { container, serverNodes };
}

async function hydrate(name: SsrFixtureName): Promise<HTMLElement> {
  const { container, serverNodes } = insertServerHtml(name);
  await settle(container);
  await footnotesSettled();
  await settle(container);
  expect(serverNodes.length).toBeGreaterThan(0);
  expect(
    serverNodes.filter((node) => !node.isConnected),
    'server-rendered nodes replaced',
  ).toEqual([]);
  expect(errors).toEqual([]);
  for (const spy of consoleProblems) expect(spy).not.toHaveBeenCalled();
  return container;
}

describe('hydration of server-rendered elements', () => {
  it('donate buttons hydrate and still fire alima-donate on click', async () => {
    const container = await hydrate('donate-button');
    const [english, french] = container.querySelectorAll('alima-donate-button');
    // The server wrote the built-in English label; hydrated under lang="fr", the link reads French.
    expect(french?.querySelector('a')?.textContent?.trim()).toBe('Faire un don');
    expect(french?.querySelector('a')?.rel).toBe('noopener noreferrer');
    const donations: string[] = [];
    container.addEventListener('alima-donate', (event) => {
      donations.push(event.detail.href);
      event.preventDefault();
    });
    const link = english?.querySelector('a');
    if (!link) throw new Error('no link');
    await userEvent.click(link);
    expect(donations).toEqual(['/don?utm_campaign=mali']);
  });

  it('footnotes and a footnoted stat card hydrate, then number their references and link both ways', async () => {
    const container = await hydrate('footnotes');
    const markers = [...container.querySelectorAll('alima-footnote-ref')].map(
      (ref) => ref.shadowRoot?.querySelector('[aria-hidden]')?.textContent,
    );
    // The stat card's marker (created by the card in its light DOM) comes first; the text cites World Bank again.
    expect(markers).toEqual(['1', '1', '2']);
    const backlink = container.querySelector('#ocha2020')?.shadowRoot?.querySelector('[role="doc-backlink"]');
    expect(backlink?.getAttribute('href')).toBe('#ref-ocha2020-1');
    expect(container.querySelector('#ref-ocha2020-1')?.localName).toBe('alima-footnote-ref');
  });

  it('stat cards and their group hydrate and keep their French formatting', async () => {
    const container = await hydrate('stat-group');
    const value = container.querySelector('alima-stat-card')?.shadowRoot?.querySelector('[part="value"]');
    expect(value?.textContent?.replace(/[\u00a0\u202f]/g, ' ').trim()).toBe('20,25 millions');
    const group = container.querySelector('alima-stat-group');
    group?.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(container);
    expect(group?.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim()).toBe('Key figures');
  });

  it('photo credits hydrate with the image still in the light DOM', async () => {
    const container = await hydrate('photo-credit');
    const credit = container.querySelector('alima-photo-credit');
    expect(credit?.querySelector('img')?.alt).toBe('A health centre in Mali');
    expect(credit?.shadowRoot?.textContent).toContain('© Nana Kofi Acquah / ALIMA');
  });
});
