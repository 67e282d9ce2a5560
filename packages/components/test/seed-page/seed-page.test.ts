import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import maliHtml from '../../examples/mali.html?raw';
import { expectNoAxeViolations } from '../../src/internal/test/axe.js';
import { settle } from '../../src/internal/test/fixture.js';
import { footnotesSettled } from '../../src/internal/footnote-registry.js';

// Lit's development build announces itself once; that notice is Lit's, not a problem on the page.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings = new Set(['dev-mode']);

/** The example page's content, without its CDN script and styles (the test imports the elements itself). */
const page = new DOMParser().parseFromString(maliHtml, 'text/html').querySelector('main')?.outerHTML ?? '';

const problems: string[] = [];
const container = document.createElement('div');

/** Text as a reader gets it from a shadow root part, spaces normalized. */
function partText(host: Element | null | undefined, selector: string): string {
  return (host?.shadowRoot?.querySelector(selector)?.textContent ?? '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

beforeAll(async () => {
  for (const method of ['warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      problems.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
  window.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  container.lang = 'en';
  container.innerHTML = page;
  document.body.append(container);
  // Defined after the page is in place, as with a CMS page and one module script.
  await import('../../src/all.js');
  await settle(container);
  await footnotesSettled();
  await settle(container);
});

afterAll(() => {
  container.remove();
  vi.restoreAllMocks();
});

describe('the Mali country page (seed 000)', () => {
  it('renders with no console errors or warnings', () => {
    expect(problems).toEqual([]);
  });

  it('shows the key figures with their sources numbered 1 to 3', () => {
    const cards = [...container.querySelectorAll('alima-stat-card:not([variant="own"])')];
    expect(cards.map((card) => partText(card, '[part="value"]'))).toEqual([
      '20.25 million',
      '3.5 million',
      '185,000',
    ]);
    const markers = cards.map((card) => partText(card.querySelector('alima-footnote-ref'), '[aria-hidden]'));
    expect(markers).toEqual(['1', '2', '3']);
    expect(cards.some((card) => card.hasAttribute('unsourced'))).toBe(false);
  });

  it('shows ALIMA’s own figures under their heading, sourced to ALIMA', () => {
    const group = container.querySelectorAll('alima-stat-group')[1];
    expect(partText(group, '[part="heading"]')).toBe('ALIMA key figures');
    const cards = [...(group?.querySelectorAll('alima-stat-card[variant="own"]') ?? [])];
    expect(cards.map((card) => partText(card, '[part="value"]'))).toEqual(['14,442', '133,452']);
  });

  it('numbers the body text’s references after the figures', () => {
    const refs = [...container.querySelectorAll('p alima-footnote-ref')];
    expect(refs.map((ref) => partText(ref, '[aria-hidden]'))).toEqual(['4', '5']);
  });

  it('lists the five sources in order, each linking back', () => {
    const notes = [...container.querySelectorAll('alima-footnote')];
    expect(notes.map((note) => partText(note, '[part="number"]'))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(partText(notes[0], '[part="body"]')).toBe('World bank, 2020.');
    for (const note of notes) {
      const back = note.shadowRoot?.querySelector<HTMLAnchorElement>('[role="doc-backlink"]');
      back?.click(); // the reference gets its id as the link is followed
      expect(container.querySelector(back?.hash ?? '#none')?.localName, `back link of #${note.id}`).toBe(
        'alima-footnote-ref',
      );
    }
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('credits the CONTEXTE photo', () => {
    const credit = container.querySelector('alima-photo-credit');
    expect(credit?.shadowRoot?.textContent).toContain('© Nana Kofi Acquah / ALIMA');
    // The draft's alt is the file name ("CONTEXTE 4 scaled"): the seed as written, a photo-alt-text
    // finding for its writer, not text this test invents.
    expect(credit?.querySelector('img')?.alt).not.toBe('');
  });

  it('offers the donate link with its campaign, firing alima-donate', async () => {
    const button = container.querySelector('alima-donate-button');
    const link = button?.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Donate');
    expect(link?.getAttribute('href')).toBe(
      'https://alima.ngo/faire-un-don/?utm_campaign=mali&utm_source=country-page&utm_medium=website',
    );
    const donations: string[] = [];
    const onDonate = (event: CustomEvent<{ campaign?: string }>) => {
      donations.push(event.detail.campaign ?? '');
      event.preventDefault();
    };
    container.addEventListener('alima-donate', onDonate);
    if (link) await userEvent.click(link);
    container.removeEventListener('alima-donate', onDonate);
    expect(donations).toEqual(['mali']);
  });

  it('passes axe', async () => {
    await expectNoAxeViolations(container);
  });

  it('reads in French when the page switches language, still without warnings', async () => {
    container.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await settle(container);
    expect(container.querySelector('alima-donate-button a')?.textContent).toBe('Faire un don');
    expect(partText(container.querySelector('alima-stat-card'), '[part="value"]')).toBe('20,25 millions');
    expect(partText(container.querySelector('alima-stat-group'), '[part="heading"]')).toBe('Chiffres-clés');
    await expectNoAxeViolations(container);
    expect(problems).toEqual([]);
  });
});
