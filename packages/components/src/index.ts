export * from './all.js';
export { registerTranslation, registeredLanguages } from './internal/localize.js';
export type { Translation } from './internal/translations.js';
export { setDevWarnings } from './internal/dev-warnings.js';
