import { html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { toId } from 'storybook/internal/csf';
import { CATEGORIES, lexicons, type Category } from '@alima/charter-lint';
import '../docs-blocks.css';

/** The rule whose page lists the lexicon. */
export const LEXICON_RULE = 'charter-language';

const LANGUAGE_NAMES = { en: 'English', fr: 'Français' } as const;
type Language = keyof typeof LANGUAGE_NAMES;

/** The vocabulary pages (scripts/generate-vocabulary-pages.js writes them). */
const VOCABULARY_TITLES = { en: 'English vocabulary', fr: 'Vocabulaire français' } as const;
const VOCABULARY_PAGES = {
  en: 'Writing rules/Vocabulary/English',
  fr: 'Writing rules/Vocabulary/French',
} as const;
const vocabularyHref = (lang: Language) => `./?path=/docs/${toId(VOCABULARY_PAGES[lang], 'Docs')}`;

/**
 * The charter-language categories, with how many entries each language's
 * lexicon has, and links to the vocabulary pages that list every entry.
 *
 * @summary The charter vocabulary, generated from the lexicon.
 */
@customElement('rule-lexicon')
export class RuleLexicon extends LitElement {
  // Light DOM, so the page takes the docs theme's typography.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    const languages = Object.keys(LANGUAGE_NAMES) as Language[];
    const count = (lang: Language, category: Category) =>
      lexicons[lang].entries.filter((entry) => entry.category === category).length;
    return html`<h2>Vocabulary, category by category</h2>
      <p>
        What <code>${LEXICON_RULE}</code> looks for comes from the lexicon it loads. Each language has its own
        page, with every flagged form written out, what to write instead and why, a table of contents and a
        filter box:
        ${languages.map(
          (lang, index) =>
            html`${index ? ' and ' : ''}<a href=${vocabularyHref(lang)} target="_top" lang=${lang}
                >${VOCABULARY_TITLES[lang]}</a
              >`,
        )}.
        The language of a draft comes from its front matter <code>lang:</code>, then the configuration, then
        the words it uses. Quotations, code, and the names of programmes and organisations are never flagged.
      </p>
      <table class="token-table">
        <caption class="visually-hidden">
          Lexicon categories and their number of entries in each language
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            ${languages.map((lang) => html`<th scope="col">${LANGUAGE_NAMES[lang]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${CATEGORIES.map(
            (category) =>
              html`<tr>
                <th scope="row">
                  ${lexicons.en.categories[category].title}
                  <span lang="fr">/ ${lexicons.fr.categories[category].title}</span>
                </th>
                ${languages.map((lang) => html`<td>${count(lang, category) || nothing}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rule-lexicon': RuleLexicon;
  }
}
