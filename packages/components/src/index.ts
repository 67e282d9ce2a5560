// The package root: every element's class, types and registration, re-exported
// from the element's own entry point. This module has no side effects of its
// own, so a bundler keeps only the entry points whose exports a page imports:
// `import { AlimaStatCard } from '@alima/components'` registers and ships the
// stat card (and the footnote marker it creates), not the other elements.
// To register every element, import '@alima/components/all.js'.
export * from './stat-card.js';
export * from './stat-group.js';
export * from './photo-credit.js';
export * from './footnote-ref.js';
export * from './footnote.js';
export * from './footnotes.js';
export * from './donate-button.js';
export { registerTranslation, registeredLanguages } from './internal/localize.js';
export type { PartialTranslation, Translation } from './internal/translations.js';
export { setDevWarnings } from './internal/dev-warnings.js';
