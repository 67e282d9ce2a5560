// Importing this module registers every ALIMA element; import one entry point
// (`@alima/components/stat-card.js`, …) instead to ship only what a page uses.
export * from './stat-card.js';
export * from './stat-group.js';
export * from './photo-credit.js';
export * from './footnote-ref.js';
export * from './footnote.js';
export * from './footnotes.js';
export * from './donate-button.js';
