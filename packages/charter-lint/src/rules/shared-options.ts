import { LANGS } from '../config/langs.js';
import type { OptionSchema } from './rule-meta.js';

/** The `lang` option of rules that read text in a language (the engine passes the configured `lang`). */
export const LANG_OPTION: OptionSchema = {
  type: 'string',
  enum: LANGS,
  description: 'The language of documents whose front matter has no lang:.',
};
