import { addons } from 'storybook/preview-api';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import type { Bilingual } from '../../../packages/components/src/internal/test/story-language.js';

/** A language code examples can be written in. */
export type CodeLanguage = 'en' | 'fr';

/** Picks a text in one language: `say({ en: '/en/donate/', fr: '/fr/faire-un-don/' })`. */
export type Say = (text: Bilingual) => string;

/** `say` for a language. */
export const sayIn =
  (language: CodeLanguage): Say =>
  (text) =>
    text[language];

let current: CodeLanguage = 'en';
const listeners = new Set<() => void>();

/**
 * The language code to paste is written in: the toolbar's Language, as the
 * reader chose it. Stories that pin both languages side by side still render
 * two columns, but their code follows the toolbar (English when it says both),
 * since a page holds one language.
 */
export const toolbarLanguage = (): CodeLanguage => current;

/** Calls `listener` whenever the toolbar's Language changes; returns the unsubscribe. */
export function onToolbarLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's own choice (`userGlobals`) wins over a story's pinned `globals`. */
function follow(event: { globals?: Record<string, unknown>; userGlobals?: Record<string, unknown> }): void {
  const next = (event.userGlobals ?? event.globals)?.['locale'] === 'fr' ? 'fr' : 'en';
  if (next === current) return;
  current = next;
  listeners.forEach((listener) => listener());
}

const channel = addons.getChannel();
channel.on(SET_GLOBALS, follow);
channel.on(GLOBALS_UPDATED, follow);
