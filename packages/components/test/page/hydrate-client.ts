// The script of a server-rendered page: Lit's hydration support first (it
// patches LitElement as Lit loads), then every element (all.js registers them;
// the package root only exports). Bundled by the page tests, which also read
// when numbering has settled.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { footnotesSettled } from '../../src/all.js';

(globalThis as { alimaFootnotesSettled?: () => Promise<void> }).alimaFootnotesSettled = footnotesSettled;
