import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serverPage } from './server-page.js';
import { en, fr, type Translation } from './translations.js';

const translations = new Map<string, Translation>([
  ['en', en],
  ['fr', fr],
]);
const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
/** Formatters by locale and options: creating one costs more than formatting, and a page has hundreds of figures. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Registers (or replaces) the strings of a language, so elements under
 * `lang="…"` render in it. Elements already on the page update at once.
 */
export function registerTranslation(...list: Translation[]): void {
  for (const translation of list) translations.set(translation.$code.toLowerCase(), translation);
  for (const controller of connected) controller.host.requestUpdate();
}

/** Languages with registered strings, e.g. `['en', 'fr']`. */
export function registeredLanguages(): string[] {
  return [...translations.keys()];
}

/** Finds the closest `lang`, crossing shadow roots, as the browser does for `:lang()`. */
function closestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * One observer for the whole document: `lang` changes anywhere re-render the
 * elements below, without each element watching its own ancestors.
 */
function observeLangChanges(): void {
  if (observer || isServer) return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language (from the closest `lang`, following changes),
 * its strings (falling back from `fr-CA` to `fr` to English) and `Intl`
 * number formatting in that language.
 */
export class LocalizeController implements ReactiveController {
  /**
   * True while a server-rendered element hydrates: the server only saw the
   * element's own `lang`, and hydration adopts the server's text as is, so the
   * first client render must use the same language; the real one follows.
   */
  private hydrating: boolean;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // A declarative shadow root is already attached when a parsed element upgrades.
    this.hydrating = !isServer && host.shadowRoot !== null;
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    // After this update completes, so Lit does not see an update scheduled inside one.
    if (closestLang(this.host) !== this.host.getAttribute('lang'))
      void this.host.updateComplete.then(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    connected.add(this);
    observeLangChanges();
    // Moved under another `lang`: render in it (no attribute changed, so the observer saw nothing).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /**
   * The language the element renders in, as written in the closest `lang`
   * (default `en`). On the server: its own `lang`, else the page's, given to
   * `renderPage()`.
   */
  get lang(): string {
    if (isServer) return this.host.getAttribute('lang') ?? serverPage.lang ?? 'en';
    if (this.hydrating) return this.host.getAttribute('lang') ?? 'en';
    return closestLang(this.host) ?? 'en';
  }

  /** A locale `Intl` accepts: an invalid `lang` value falls back to English rather than throwing. */
  get locale(): string {
    try {
      return Intl.getCanonicalLocales(this.lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** Strings for the element's language, or the closest registered one. */
  get strings(): Translation {
    const locale = this.locale.toLowerCase();
    return translations.get(locale) ?? translations.get(locale.split('-')[0] ?? '') ?? en;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const key = `${this.locale} ${JSON.stringify(options ?? {})}`;
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(this.locale, options)));
    return format.format(value);
  }
}
