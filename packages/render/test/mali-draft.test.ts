import { describe, expect, it } from 'vitest';
import { draftTree, elements, props, text } from './hast-query.js';
import { mali } from './mali.js';

describe('the Mali draft through the plugins', () => {
  it('gives 3 country and 2 own stat cards with the seed’s values, read by charter-lint’s number reader', async () => {
    const tree = await draftTree(mali);
    const groups = elements(tree, 'alima-stat-group');
    expect(groups).toHaveLength(2);
    const cards = elements(tree, 'alima-stat-card').map((card): Record<string, string | undefined> => ({
      ...props(card),
      text: text(card),
    }));
    expect(cards.map(({ value, notation, variant }) => ({ value, notation, variant }))).toEqual([
      { value: '20250000', notation: 'compact', variant: undefined },
      { value: '3500000', notation: 'compact', variant: undefined },
      { value: '185000', notation: undefined, variant: undefined },
      { value: '14442', notation: undefined, variant: 'own' },
      { value: '133452', notation: undefined, variant: 'own' },
    ]);
    // The figure as written is the card's text for readers without JavaScript.
    expect(cards[0]?.text).toBe('20.25 million inhabitants1');
    expect(cards[4]?.text).toMatch(/^133,452 mothers trained to use the MUAC bracelet/u);
    // Country figures cite their note; own figures are the organisation's (the heading says so).
    expect(cards.slice(0, 3).map((card) => card.footnote)).toEqual(['note-1', 'note-2', 'note-3']);
    expect(cards.slice(3).map((card) => [card.footnote, card.source])).toEqual([
      [undefined, 'ALIMA'],
      [undefined, 'ALIMA'],
    ]);
    expect(props(groups[1] as never)).toMatchObject({ heading: 'ALIMA key figures', 'heading-level': '2' });
    // The heading became the group's: not twice on the page.
    expect(elements(tree, 'h2').map((heading) => text(heading))).not.toContain('ALIMA key figures');
  });

  it('numbers the notes in order of first reference, each reference linking to its note', async () => {
    const tree = await draftTree(mali);
    const references = elements(tree, 'alima-footnote-ref').map((ref) => ({
      footnote: props(ref).footnote,
      link: props(elements(ref, 'a')[0] as never).href,
      number: text(ref),
    }));
    expect(references).toEqual([
      { footnote: 'note-1', link: '#note-1', number: '1' },
      { footnote: 'note-2', link: '#note-2', number: '2' },
      { footnote: 'note-3', link: '#note-3', number: '3' },
      // The seed cites ⁵ and never ⁴ (its fourth marker was lost), so ⁵ is the fourth note cited.
      { footnote: 'note-5', link: '#note-5', number: '4' },
    ]);
    const lists = elements(tree, 'alima-footnotes');
    expect(lists).toHaveLength(1);
    const notes = elements(lists[0] as never, 'alima-footnote').map((note) => props(note));
    expect(notes).toEqual([
      { id: 'note-1', source: 'World bank', year: '2020' },
      {
        id: 'note-2',
        source: 'UNOCHA (United Nation’s Office for the Coordination of Humanitarian)',
        year: '2020',
      },
      { id: 'note-3', source: 'United Nations Children’s Fund (UNICEF)', year: '2020' },
      { id: 'note-5', source: 'According to the Harmonized Framework', year: '2020' },
      // The note that lost its marker, numbered 4 as charter-lint guesses; nothing cites it, so it comes last.
      { id: 'note-4', source: 'International Organization for Migration (OIM)', year: '2020' },
    ]);
    // The note lines left the body: no paragraph still reads "¹ World bank 2020".
    expect(elements(tree, 'p').map((paragraph) => text(paragraph))).not.toContainEqual(
      expect.stringMatching(/World bank|OIM|Harmonized/u),
    );
  });

  it('credits the two photos and leaves the uncredited map an ordinary image', async () => {
    const tree = await draftTree(mali);
    const photos = elements(tree, 'alima-photo-credit');
    expect(
      photos.map((photo) => ({ ...props(photo), src: props(elements(photo, 'img')[0] as never).src })),
    ).toEqual([
      {
        photographer: 'Nana Kofi Acquah',
        organization: 'ALIMA',
        src: '/wp-content/uploads/CONTEXTE-4-scaled.jpg',
      },
      {
        photographer: 'Nana Kofi Acquah',
        organization: 'ALIMA',
        src: '/wp-content/uploads/IMPACT-7-scaled.jpg',
      },
    ]);
    // The credit lines are the elements' now; only the cover picture's credit (no image) stays text.
    expect(text(tree).match(/©[^\n]*/gu)).toEqual(['© Nana Kofi Acquah / ALIMA']);
    expect(text(tree)).toContain('Cover picture © Nana Kofi Acquah / ALIMA');
    expect(elements(tree, 'img')).toHaveLength(3);
  });

  it('turns the closing “faire un don” link into the donate button, a real link inside', async () => {
    const tree = await draftTree(mali);
    const buttons = elements(tree, 'alima-donate-button');
    expect(buttons.map((button) => props(button))).toEqual([{ href: 'https://alima.ngo/faire-un-don/' }]);
    const link = elements(buttons[0] as never, 'a')[0];
    expect(link && props(link)).toEqual({ href: 'https://alima.ngo/faire-un-don/' });
    // The button's built-in label, in the page's language, as the element shows it once it runs.
    expect(link && text(link)).toBe('Donate');
    // The other links stay links.
    expect(elements(tree, 'a').map((a) => props(a).href)).toContain('https://alima.ngo/en/malnutrition/');
  });
});
