// The script of a server-rendered page: Lit's hydration support first (it
// patches LitElement as Lit loads), then the elements. Bundled by the page tests.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/all.js';
