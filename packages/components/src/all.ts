// Importing this module registers every ALIMA element (the CDN bundle's entry);
// import one entry point (`@alima/components/stat-card.js`, …), or named
// exports from the package root, to ship only what a page uses.
export * from './index.js';
import './stat-card.js';
import './stat-group.js';
import './photo-credit.js';
import './footnote-ref.js';
import './footnote.js';
import './footnotes.js';
import './donate-button.js';

// The footnote registry loads its development checks lazily; everything is
// loaded here anyway, so the CDN bundle stays one file.
import './internal/footnote-checks.js';
