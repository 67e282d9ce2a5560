import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serverPage } from './server-page.js';
import { warnOnce } from './dev-warnings.js';
import {
  builtInLanguages,
  type BuiltInStrings,
  type PartialTranslation,
  type StringKey,
  type Translation,
} from './translations.js';

/** Translations the page registered, by lower-case code. */
const translations = new Map<string, PartialTranslation>();
const connected = new Set<{ readonly host: ReactiveControllerHost }>();
let observer: MutationObserver | undefined;
/** Formatters by locale and options: creating one costs more than formatting, and a page has hundreds of figures. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Registers (or replaces) the strings of a language, so elements under
 * `lang="…"` render in it. Elements already on the page update at once.
 * A translation may leave keys out: each missing key falls back to the base
 * language (`fr` for `fr-CA`, the shipped French for `fr`), then to English.
 */
export function registerTranslation(...list: PartialTranslation[]): void {
  for (const translation of list) translations.set(translation.$code.toLowerCase(), translation);
  for (const controller of connected) controller.host.requestUpdate();
}

/**
 * An element's strings in `locale`: its shipped English, overlaid with its
 * shipped strings in the base language, then the page's translations of the
 * base language and of the region.
 */
function resolveStrings<K extends StringKey>(
  builtIn: BuiltInStrings<K>,
  locale: string,
): Pick<Translation, K> {
  // Merged on each read rather than cached: a few small objects, cheaper than keeping a cache per element and locale.
  const base = locale.split('-')[0] ?? '';
  const layers = [
    (builtIn as Partial<Record<string, Partial<Pick<Translation, K>>>>)[base],
    translations.get(base),
    base === locale ? undefined : translations.get(locale),
  ];
  // Once per page, not per element: the page's root is where the problem is reported.
  if (!layers.some(Boolean) && !isServer)
    warnOnce(document.documentElement, `lang:${base}`, `lang="${locale}" has no translation: using English.`);
  return Object.assign({}, builtIn.en, ...layers) as Pick<Translation, K>;
}

/** Every translation the page registered, as registered (partial ones included). */
export function registeredTranslations(): PartialTranslation[] {
  return [...translations.values()];
}

/** Languages with registered strings, e.g. `['en', 'fr']`. */
export function registeredLanguages(): string[] {
  return [...new Set([...builtInLanguages, ...translations.keys()])];
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
export class LocalizeController<K extends StringKey> implements ReactiveController {
  /**
   * True while a server-rendered element hydrates: hydration adopts the
   * server's text as is (whichever language it was in: the element's own
   * `lang`, or the page's under `renderPage()`), so the first client render
   * only binds; the real language follows in the next update.
   */
  private hydrating: boolean;

  /** The shipped strings of the keys the element shows (translations.ts). */
  private readonly builtIn: BuiltInStrings<K>;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    builtIn: BuiltInStrings<K>,
  ) {
    this.builtIn = builtIn;
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
    const lang = this.lang;
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      if (!isServer)
        warnOnce(
          document.documentElement,
          `lang:${lang}`,
          `lang="${lang}" is not a language tag: using English.`,
        );
      return 'en';
    }
  }

  /** Strings for the element's language; keys it does not translate come from its base language, then English. */
  get strings(): Pick<Translation, K> {
    return resolveStrings(this.builtIn, this.locale.toLowerCase());
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const key = `${this.locale} ${JSON.stringify(options ?? {})}`;
    let format = numberFormats.get(key);
    if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(this.locale, options)));
    return format.format(value);
  }
}
