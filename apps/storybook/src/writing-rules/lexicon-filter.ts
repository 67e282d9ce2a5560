import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LexiconEntryView } from './lexicon-entry.js';
import '../docs-blocks.css';

const LABELS = {
  en: {
    label: 'Filter the vocabulary',
    shown: (shown: number, total: number) => `${shown} of ${total} entries`,
  },
  fr: {
    label: 'Filtrer le vocabulaire',
    shown: (shown: number, total: number) => `${shown} entrées sur ${total}`,
  },
} as const;

/** Lower case without accents, as the linter matches. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A search box over a vocabulary page: typing keeps the entries whose forms
 * or replacements contain the text (ignoring case and accents), hiding the
 * others with their headings, and says how many are shown.
 *
 * @summary The filter box of a vocabulary page.
 */
@customElement('lexicon-filter')
export class LexiconFilter extends LitElement {
  /** The page's language, for the labels: `en` or `fr`. */
  @property() override lang: 'en' | 'fr' = 'en';

  @state() private shown = 0;
  @state() private total = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private entries(): LexiconEntryView[] {
    return [...document.querySelectorAll<LexiconEntryView>('lexicon-entry')];
  }

  override firstUpdated(): void {
    this.total = this.shown = this.entries().length;
  }

  private filter(query: string): void {
    const wanted = fold(query.trim());
    const entries = this.entries();
    let shown = 0;
    for (const entry of entries) {
      const match = !wanted || fold(entry.searchText).includes(wanted);
      entry.hidden = !match;
      // The entry's heading (the generated page puts it just before) goes with it.
      const heading = entry.previousElementSibling;
      if (heading?.matches('h3')) (heading as HTMLElement).hidden = !match;
      if (match) shown++;
    }
    this.total = entries.length;
    this.shown = shown;
  }

  protected override render() {
    const labels = LABELS[this.lang];
    return html`<p class="lexicon-filter">
      <label for="lexicon-filter-input">${labels.label}</label>
      <input
        id="lexicon-filter-input"
        type="search"
        @input=${(event: Event) => this.filter((event.target as HTMLInputElement).value)}
      />
      <output aria-live="polite">${labels.shown(this.shown, this.total)}</output>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lexicon-filter': LexiconFilter;
  }
}
