import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../footnotes.js';
// The list's entry point loads these after it: import them so they are defined before the tests run.
import '../footnote.js';
import '../footnote-ref.js';
import { footnotesSettled } from '../internal/footnote-registry.js';
import type { AlimaFootnote } from './footnote.js';
import type { AlimaFootnoteRef } from './footnote-ref.js';
import { expectNoAxeViolations } from '../internal/test/axe.js';
import { fixture, settle } from '../internal/test/fixture.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { emulateMedia, emulatePrint } from '../internal/test/media.js';

/** Text a reader sees (or hears) in a shadow root, spaces collapsed. */
function shadowText(element: Element | null | undefined, selector: string): string {
  const node = element?.shadowRoot?.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible marker of each reference, in document order. */
function markers(root: Element): string[] {
  return [...root.querySelectorAll('alima-footnote-ref')].map((ref) =>
    shadowText(ref, '[part="link"] [aria-hidden], [part="missing"] [aria-hidden]'),
  );
}

function noteNumber(root: Element, id: string): string {
  return shadowText(root.querySelector(`alima-footnote#${id}`), '[part="number"]');
}

async function page(html: string, lang = 'en'): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(`<div>${html}</div>`, { lang });
  await footnotesSettled();
  await settle(container);
  return container;
}

const SOURCES = `
  <alima-footnotes>
    <alima-footnote id="wb2020" source="World Bank" year="2020" href="https://data.worldbank.org/country/mali"></alima-footnote>
    <alima-footnote id="ocha2020" source="UNOCHA" year="2020"></alima-footnote>
    <alima-footnote id="unicef2020" source="UNICEF" year="2020"></alima-footnote>
  </alima-footnotes>`;

describe('footnotes', () => {
  describe('numbering', () => {
    it('numbers notes by first reference, and repeats the number for repeated references', async () => {
      captureWarnings(); // the list is deliberately out of citation order
      const root = await page(`
        <p>Displaced<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref>,
           inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>,
           again<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref>,
           children<alima-footnote-ref footnote="unicef2020"></alima-footnote-ref></p>
        ${SOURCES}`);
      expect(markers(root)).toEqual(['1', '2', '1', '3']);
      expect(['ocha2020', 'wb2020', 'unicef2020'].map((id) => noteNumber(root, id))).toEqual([
        '1.',
        '2.',
        '3.',
      ]);
    });

    it('renumbers when references are added, removed or retargeted', async () => {
      captureWarnings(); // the list is deliberately out of citation order
      const root = await page(`
        <p id="text">A<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>
           B<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref></p>
        ${SOURCES}`);
      const text = root.querySelector('#text');
      const first = document.createElement('alima-footnote-ref');
      first.footnote = 'unicef2020';
      text?.prepend(first);
      await footnotesSettled();
      expect(markers(root)).toEqual(['1', '2', '3']);
      expect(noteNumber(root, 'unicef2020')).toBe('1.');

      first.remove();
      const retargeted = root.querySelector<AlimaFootnoteRef>('alima-footnote-ref[footnote="ocha2020"]');
      if (retargeted) retargeted.footnote = 'wb2020';
      await footnotesSettled();
      expect(markers(root)).toEqual(['1', '1']);
      expect(noteNumber(root, 'ocha2020')).toBe('');
    });

    it('numbers a note that appears after its references were written, and one whose id changes', async () => {
      captureWarnings();
      const root = await page(
        `<p>A<alima-footnote-ref footnote="late"></alima-footnote-ref></p><alima-footnotes></alima-footnotes>`,
      );
      expect(markers(root)).toEqual(['?']);
      const note = document.createElement('alima-footnote');
      note.id = 'early';
      note.source = 'IOM';
      root.querySelector('alima-footnotes')?.append(note);
      await footnotesSettled();
      expect(markers(root)).toEqual(['?']);
      note.id = 'late';
      await footnotesSettled();
      expect(markers(root)).toEqual(['1']);
      expect(noteNumber(root, 'late')).toBe('1.');
    });

    it('writes numbers the language’s way', async () => {
      const refs = Array.from(
        { length: 3 },
        (_, i) => `<alima-footnote-ref footnote="n${i}"></alima-footnote-ref>`,
      );
      const notes = Array.from(
        { length: 3 },
        (_, i) => `<alima-footnote id="n${i}" source="S${i}"></alima-footnote>`,
      );
      const root = await page(
        `<p>${refs.join('')}</p><alima-footnotes>${notes.join('')}</alima-footnotes>`,
        'ar-EG',
      );
      expect(markers(root)).toEqual(['١', '٢', '٣']);
    });
  });

  describe('links', () => {
    it('links each marker to its note and each note back to every reference', async () => {
      captureWarnings(); // UNICEF is listed but not cited here
      const root = await page(`
        <p>A<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>
           B<alima-footnote-ref id="my-ref" footnote="wb2020"></alima-footnote-ref>
           C<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref></p>
        ${SOURCES}`);
      const [a, b, c] = root.querySelectorAll('alima-footnote-ref');
      const link = (ref: Element | undefined) => ref?.shadowRoot?.querySelector('a');
      expect(link(a)?.getAttribute('href')).toBe('#wb2020');
      expect(link(a)?.getAttribute('role')).toBe('doc-noteref');
      expect(link(c)?.getAttribute('href')).toBe('#ocha2020');
      // Anchors are light-DOM ids, generated unless the author wrote one, and
      // written only when a back link is followed (nothing changes the markup before that).
      expect([a?.id, b?.id, c?.id]).toEqual(['', 'my-ref', '']);

      const backlinks = (id: string) =>
        [...(root.querySelector(`#${id}`)?.shadowRoot?.querySelectorAll('[part="backlink"]') ?? [])].map(
          (back) => ({
            href: back.getAttribute('href'),
            role: back.getAttribute('role'),
            name: back.textContent?.replace(/\s+/g, ' ').trim(),
          }),
        );
      expect(backlinks('wb2020')).toEqual([
        { href: '#ref-wb2020-1', role: 'doc-backlink', name: '↩aBack to reference 1a' },
        { href: '#my-ref', role: 'doc-backlink', name: '↩bBack to reference 1b' },
      ]);
      expect(backlinks('ocha2020')).toEqual([
        { href: '#ref-ocha2020-1', role: 'doc-backlink', name: '↩Back to reference 2' },
      ]);
      expect(backlinks('unicef2020')).toEqual([]);

      root.querySelector('#ocha2020')?.shadowRoot?.querySelector<HTMLElement>('[part="backlink"]')?.click();
      expect(c?.id).toBe('ref-ocha2020-1');
      expect(location.hash).toBe('#ref-ocha2020-1');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('takes a keyboard user to the note and back', async () => {
      captureWarnings();
      const root = await page(
        `<p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>${SOURCES}`,
      );
      const ref = root.querySelector('alima-footnote-ref');
      await userEvent.tab();
      expect(ref?.shadowRoot?.activeElement?.getAttribute('role')).toBe('doc-noteref');
      const focused = ref?.shadowRoot?.activeElement as HTMLElement;
      expect(getComputedStyle(focused).outlineStyle).toBe('solid');
      await userEvent.keyboard('{Enter}');
      expect(location.hash).toBe('#wb2020');
      expect(root.querySelector('#wb2020')?.matches(':target')).toBe(true);

      // Sequential focus continues from the note: the next Tab reaches its links.
      await userEvent.tab();
      const note = root.querySelector('#wb2020');
      expect(note?.shadowRoot?.activeElement?.getAttribute('part')).toBe('source');
      await userEvent.tab();
      expect(note?.shadowRoot?.activeElement?.getAttribute('role')).toBe('doc-backlink');
      await userEvent.keyboard('{Enter}');
      expect(location.hash).toBe('#ref-wb2020-1');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('anchors a reference rendered in another element’s shadow root on that element', async () => {
      const root = await page(`<p><span id="figure-host"></span></p>
        <alima-footnotes><alima-footnote id="wb2020" source="World Bank"></alima-footnote></alima-footnotes>`);
      const host = root.querySelector('#figure-host');
      host?.removeAttribute('id');
      const shadowRef = document.createElement('alima-footnote-ref');
      shadowRef.footnote = 'wb2020';
      host?.attachShadow({ mode: 'open' }).append(shadowRef);
      await footnotesSettled();
      // The back link must target the light-DOM host: ids inside a shadow root cannot be linked to.
      const back = root
        .querySelector('#wb2020')
        ?.shadowRoot?.querySelector<HTMLElement>('[role="doc-backlink"]');
      expect(back?.getAttribute('href')).toBe('#ref-wb2020-1');
      back?.click();
      expect(host?.id).toBe('ref-wb2020-1');
      expect(host?.matches(':target')).toBe(true);
      history.replaceState(null, '', location.pathname + location.search);
      expect(shadowText(shadowRef, '[aria-hidden]')).toBe('1');
    });

    it('links the source only when its href is https: or relative', async () => {
      const warnings = captureWarnings();
      const root = await page(`
        <p><alima-footnote-ref footnote="a"></alima-footnote-ref><alima-footnote-ref footnote="b"></alima-footnote-ref></p>
        <alima-footnotes>
          <alima-footnote id="a" source="Safe" href="/sources/a.pdf"></alima-footnote>
          <alima-footnote id="b" source="Hostile" href="javascript:alert(1)"></alima-footnote>
        </alima-footnotes>`);
      const source = (id: string) =>
        root.querySelector(`#${id}`)?.shadowRoot?.querySelector('[part="source"]');
      expect(source('a')?.getAttribute('href')).toBe('/sources/a.pdf');
      expect(source('b')?.localName).toBe('cite');
      expect(source('b')?.hasAttribute('href')).toBe(false);
      expect(warnings()).toEqual([
        expect.stringMatching(/<alima-footnote> refused href "javascript:alert\(1\)"/),
      ]);
    });
  });

  describe('mistakes', () => {
    it('shows "?" with a localized label for a missing note, warns, and never throws', async () => {
      const warnings = captureWarnings();
      const root = await page(
        `<p>A<alima-footnote-ref footnote="nowhere"></alima-footnote-ref>
        B<alima-footnote-ref></alima-footnote-ref></p>`,
        'fr',
      );
      const ref = root.querySelector('alima-footnote-ref');
      expect(markers(root)).toEqual(['?', '?']);
      expect(shadowText(ref, '[part="missing"]')).toBe('?source manquante');
      expect(ref?.shadowRoot?.querySelector('a')).toBeNull();
      expect(warnings()).toEqual([
        expect.stringMatching(
          /<alima-footnote-ref> cites footnote "nowhere", but no <alima-footnote id="nowhere"> is in its footnote scope/,
        ),
        expect.stringMatching(/<alima-footnote-ref> needs a footnote attribute/),
      ]);
    });

    it('warns about a note nobody cites, a note without id and a duplicate id', async () => {
      const warnings = captureWarnings();
      await page(`<p><alima-footnote-ref footnote="dup"></alima-footnote-ref></p>
        <alima-footnotes>
          <alima-footnote id="dup" source="One"></alima-footnote>
          <alima-footnote id="dup" source="Two"></alima-footnote>
          <alima-footnote source="No id"></alima-footnote>
          <alima-footnote id="iom2020" source="IOM"></alima-footnote>
        </alima-footnotes>`);
      expect(warnings()).toEqual([
        expect.stringMatching(/<alima-footnote> has id "dup" like an earlier note/),
        expect.stringMatching(/<alima-footnote> needs an id/),
        expect.stringMatching(/<alima-footnote> "iom2020" is never cited/),
      ]);
    });

    it('warns about a note listed out of the order the text cites it', async () => {
      const warnings = captureWarnings();
      const root = await page(`<p><alima-footnote-ref footnote="wb2020"></alima-footnote-ref>
        <alima-footnote-ref footnote="unicef2020"></alima-footnote-ref><alima-footnote-ref footnote="ocha2020"></alima-footnote-ref></p>${SOURCES}`);
      expect(['wb2020', 'ocha2020', 'unicef2020'].map((id) => noteNumber(root, id))).toEqual([
        '1.',
        '3.',
        '2.',
      ]);
      expect(warnings()).toEqual([
        expect.stringMatching(/<alima-footnote> "unicef2020" is source 2 but is listed after source 3/),
      ]);
    });

    it('reads a footnote attribute with stray spaces', async () => {
      const warnings = captureWarnings();
      const root = await page(`<p><alima-footnote-ref footnote=" wb2020 "></alima-footnote-ref></p>
        <alima-footnotes><alima-footnote id="wb2020" source="World Bank"></alima-footnote></alima-footnotes>`);
      expect(markers(root)).toEqual(['1']);
      expect(warnings()).toEqual([]);
    });

    it('does not warn when every reference and note match', async () => {
      const warnings = captureWarnings();
      await page(`<p><alima-footnote-ref footnote="wb2020"></alima-footnote-ref><alima-footnote-ref footnote="ocha2020"></alima-footnote-ref>
        <alima-footnote-ref footnote="unicef2020"></alima-footnote-ref></p>${SOURCES}`);
      expect(warnings()).toEqual([]);
    });

    it('renders hostile attribute values as text', async () => {
      captureWarnings();
      const root = await page(`<p><alima-footnote-ref footnote="x"></alima-footnote-ref></p>
        <alima-footnotes><alima-footnote id="x"></alima-footnote></alima-footnotes>`);
      const note = root.querySelector<AlimaFootnote>('#x');
      if (!note) throw new Error('note not rendered');
      note.source = '<img src=x onerror="window.hacked=1">';
      note.year = '<script>window.hacked=1</script>';
      await note.updateComplete;
      expect(note.shadowRoot?.querySelector('img, script')).toBeNull();
      expect(shadowText(note, '[part="body"]')).toBe(
        '<img src=x onerror="window.hacked=1">, <script>window.hacked=1</script>.',
      );
      expect('hacked' in window).toBe(false);
    });
  });

  describe('motion', () => {
    it('highlights the note a marker led to without animating when the user asks for reduced motion', async () => {
      const root = await page(`<p><alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>
        <alima-footnotes><alima-footnote id="wb2020" source="World Bank"></alima-footnote></alima-footnotes>`);
      const note = root.querySelector('#wb2020');
      if (!note) throw new Error('note not rendered');
      expect(getComputedStyle(note).transitionDuration).not.toBe('0s');
      await emulateMedia({ name: 'prefers-reduced-motion', value: 'reduce' });
      expect(getComputedStyle(note).transitionDuration).toBe('0s');
    });
  });

  describe('print', () => {
    it('prints each source’s URL after its name and no back links; the screen shows neither change', async () => {
      captureWarnings(); // UNOCHA and UNICEF are listed but not cited here
      const root = await page(
        `<p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref></p>${SOURCES}`,
      );
      const note = root.querySelector('#wb2020');
      const source = note?.shadowRoot?.querySelector('[part="source"]') as Element;
      const backlink = note?.shadowRoot?.querySelector('[part="backlink"]') as Element;
      const uncited = root
        .querySelector('#ocha2020')
        ?.shadowRoot?.querySelector('[part="source"]') as Element;
      const seen = () => [
        getComputedStyle(source, '::after').content,
        getComputedStyle(uncited, '::after').content,
        getComputedStyle(backlink).display,
      ];
      expect(seen()).toEqual(['none', 'none', 'flex']);
      await emulatePrint();
      // A note without a URL prints nothing after its source.
      expect(seen()).toEqual(['" (https://data.worldbank.org/country/mali)"', 'none', 'none']);
    });
  });

  describe('list', () => {
    it('is a section headed "Sources", at the level asked for', async () => {
      captureWarnings();
      const root = await page(`<alima-footnotes heading-level="3"></alima-footnotes>`, 'fr');
      const list = root.querySelector('alima-footnotes');
      const section = list?.shadowRoot?.querySelector('section');
      expect(section?.hasAttribute('role')).toBe(false);
      const heading = list?.shadowRoot?.querySelector('[role="heading"]');
      expect(heading?.getAttribute('aria-level')).toBe('3');
      expect(shadowText(list, '[part="heading"]')).toBe('Sources');
      list?.setAttribute('heading-level', '9');
      await list?.updateComplete;
      expect(heading?.getAttribute('aria-level')).toBe('2');
    });

    it('shows the source, year and details of each note, and follows lang changes', async () => {
      const root = await page(`<p><alima-footnote-ref footnote="ipc"></alima-footnote-ref></p>
        <alima-footnotes><alima-footnote id="ipc" source="Cadre Harmonisé" year="2020">Analysis of March 2020</alima-footnote></alima-footnotes>`);
      const note = root.querySelector('#ipc');
      // A full stop ends the citation, so the details do not run on after the year.
      expect(shadowText(note, '[part="body"]')).toBe('Cadre Harmonisé, 2020.');
      expect(note?.textContent).toBe('Analysis of March 2020');
      expect(shadowText(note, '[part="backlink"]')).toBe('↩Back to reference 1');
      root.setAttribute('lang', 'fr');
      await new Promise((resolve) => setTimeout(resolve));
      await settle(root);
      expect(shadowText(note, '[part="backlink"]')).toBe('↩Retour à l’appel de note 1');
    });

    it('has no axe violations, in English and French, with a missing note and a custom heading level', async () => {
      captureWarnings();
      const text = `<p>Inhabitants<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>
        displaced<alima-footnote-ref footnote="ocha2020"></alima-footnote-ref>
        again<alima-footnote-ref footnote="wb2020"></alima-footnote-ref>
        lost<alima-footnote-ref footnote="gone"></alima-footnote-ref></p>`;
      await expectNoAxeViolations(await page(`<h2>Mali</h2>${text}${SOURCES}`));
      await expectNoAxeViolations(
        await page(
          `<h2>Mali</h2><h3>Context</h3>${text}${SOURCES.replace('<alima-footnotes>', '<alima-footnotes heading-level="4">')}`,
          'fr',
        ),
      );
    });
  });
});
