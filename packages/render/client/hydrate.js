// The script of a rendered page (`alima-render --hydrate`): Lit's hydration
// support first (it patches LitElement as Lit loads), then every element, which
// take over the server-rendered declarative shadow DOM without changing it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@alima/components/all.js';
