import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { expandPattern, lexicons, type LexiconEntry } from '@alima/charter-lint';
import '../docs-blocks.css';

type Language = keyof typeof lexicons;

/** Forms shown before the rest fold into "all forms". */
const SHOWN_FORMS = 8;

const LABELS = {
  en: {
    flagged: 'Flagged',
    instead: 'Write instead',
    rephrase: 'Rephrase the sentence',
    severity: 'Severity',
    why: 'Why',
    allForms: (count: number) => `All ${count} forms`,
  },
  fr: {
    flagged: 'Signalé',
    instead: 'Écrire plutôt',
    rephrase: 'Reformuler la phrase',
    severity: 'Gravité',
    why: 'Pourquoi',
    allForms: (count: number) => `Les ${count} formes`,
  },
} as const;

/** Every form an entry matches, written out as writers type them. */
export function entryForms(entry: LexiconEntry): string[] {
  return [...new Set(entry.phrases.flatMap(expandPattern))];
}

/**
 * One lexicon entry on a vocabulary page: the forms it flags, written out
 * (never the `{a|b}` pattern syntax), what to write instead, its severity,
 * and why, with the guidance it follows. Read from the lexicon the linter
 * loads, so the page cannot drift from what is flagged.
 *
 * @summary A charter-language lexicon entry, for writers.
 */
@customElement('lexicon-entry')
export class LexiconEntryView extends LitElement {
  /** The lexicon's language: `en` or `fr`. */
  @property() override lang: Language = 'en';

  /** The entry's id in that lexicon. */
  @property() entry = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Everything the filter box searches: forms and replacements. */
  get searchText(): string {
    const found = this.found();
    return found ? [...entryForms(found), ...found.replacements].join(' ').toLowerCase() : '';
  }

  private found(): LexiconEntry | undefined {
    return lexicons[this.lang].entries.find((candidate) => candidate.id === this.entry);
  }

  protected override render() {
    const found = this.found();
    if (!found) throw new Error(`No entry ${this.entry} in the ${this.lang} lexicon`);
    const labels = LABELS[this.lang];
    const forms = entryForms(found);
    const list = (items: readonly string[]) =>
      html`${items.map((form, index) => html`${index ? ', ' : ''}<q>${form}</q>`)}`;
    return html`<dl class="lexicon-entry">
      <div>
        <dt>${labels.flagged}</dt>
        <dd>
          ${list(forms.slice(0, SHOWN_FORMS))}
          ${
            forms.length > SHOWN_FORMS
              ? html`<details>
                  <summary>${labels.allForms(forms.length)}</summary>
                  ${list(forms)}
                </details>`
              : nothing
          }
        </dd>
      </div>
      <div>
        <dt>${labels.instead}</dt>
        <dd>${found.replacements.length ? list(found.replacements) : labels.rephrase}</dd>
      </div>
      <div>
        <dt>${labels.severity}</dt>
        <dd><span class="severity severity--${found.severity}" lang="en">${found.severity}</span></dd>
      </div>
      <div>
        <dt>${labels.why}</dt>
        <dd>
          ${found.note}
          <a href=${found.url} target="_blank" rel="noopener noreferrer">${new URL(found.url).hostname}</a>
        </dd>
      </div>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lexicon-entry': LexiconEntryView;
  }
}
