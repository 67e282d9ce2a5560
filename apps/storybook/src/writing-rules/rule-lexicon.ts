import { html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { CATEGORIES, lexicons, type LexiconEntry } from '@alima/charter-lint';
import '../docs-blocks.css';

/** The rule whose page lists the lexicon. */
export const LEXICON_RULE = 'charter-language';

const LANGUAGE_NAMES = { en: 'English', fr: 'Français' } as const;
type Language = keyof typeof LANGUAGE_NAMES;

/**
 * Every charter-language category, in English and French, from the lexicon
 * data the linter itself loads: what is flagged, what to write instead, the
 * severity, and why, with a link to the guidance it follows.
 *
 * @summary The charter vocabulary, generated from the lexicon.
 */
@customElement('rule-lexicon')
export class RuleLexicon extends LitElement {
  // Light DOM, so the page takes the docs theme's typography.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private renderEntry(lang: Language, entry: LexiconEntry) {
    return html`<tr lang=${lang}>
      <td>${LANGUAGE_NAMES[lang]}</td>
      <td>${entry.phrases.map((pattern, index) => html`${index ? ', ' : ''}<code>${pattern}</code>`)}</td>
      <td>
        ${
          entry.replacements.length
            ? entry.replacements.map((replacement, index) => html`${index ? ', ' : ''}<q>${replacement}</q>`)
            : html`<span lang="en">rephrase</span>`
        }
      </td>
      <td lang="en"><span class="severity severity--${entry.severity}">${entry.severity}</span></td>
      <td>
        ${entry.note}
        <a href=${entry.url} target="_blank" rel="noopener noreferrer">${new URL(entry.url).hostname}</a>
      </td>
    </tr>`;
  }

  protected override render() {
    const languages = Object.keys(LANGUAGE_NAMES) as Language[];
    return html`<h2>Vocabulary, category by category</h2>
      <p>
        What <code>${LEXICON_RULE}</code> looks for, straight from the lexicon it loads
        (${languages
          .map((lang) => `${lexicons[lang].entries.length} ${LANGUAGE_NAMES[lang]} entries`)
          .join(', ')}).
        The language of a draft comes from its front matter <code>lang:</code>, then the configuration, then
        the words it uses. Quotations, code, and the names of programmes and organisations are never flagged.
      </p>
      <p>
        Patterns are written once for every form: <code>{a|b}</code> stands for either <code>a</code> or
        <code>b</code>, and <code>{a|}</code> makes a part optional. Matching ignores case, accents, hyphens
        and the style of apostrophes.
      </p>
      ${CATEGORIES.map((category) => {
        const entries = languages.flatMap((lang) =>
          lexicons[lang].entries
            .filter((entry) => entry.category === category)
            .map((entry) => [lang, entry] as const),
        );
        return html`<section class="lexicon-category" aria-labelledby="lexicon-${category}">
          <h3 id="lexicon-${category}">
            ${lexicons.en.categories[category].title}
            <span lang="fr">/ ${lexicons.fr.categories[category].title}</span> <code>${category}</code>
          </h3>
          <p>${lexicons.en.categories[category].description}</p>
          <p lang="fr">${lexicons.fr.categories[category].description}</p>
          ${
            entries.length
              ? html`<table class="token-table">
                  <caption class="visually-hidden">
                    ${lexicons.en.categories[category].title}: phrases flagged in English and French
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Language</th>
                      <th scope="col">Flagged</th>
                      <th scope="col">Write instead</th>
                      <th scope="col">Severity</th>
                      <th scope="col">Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${entries.map(([lang, entry]) => this.renderEntry(lang, entry))}
                  </tbody>
                </table>`
              : nothing
          }
        </section>`;
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rule-lexicon': RuleLexicon;
  }
}
