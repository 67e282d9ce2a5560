import { isServer } from 'lit';

/*
 * Registers `<alima-footnote>` and `<alima-footnote-ref>` for the source
 * list's entry point (footnotes.js), which registers the three footnote
 * elements. A browser loads them with `import()` right after the list, so a
 * page that imports the list alone does not wait for them (the per-element
 * size budget, bench/components-size.js); `customElements.whenDefined()`
 * tells when they are there. A server renders as soon as the list's module
 * is imported, so there this module waits for them. The CDN file, which holds
 * every element already, leaves this module out (vite.cdn.config.ts).
 */
const defined = Promise.all([import('../footnote.js'), import('../footnote-ref.js')]);
if (isServer) await defined;
