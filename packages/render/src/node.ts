// Node entry (`@alima/render/node`): server rendering with @lit-labs/ssr and the command.
export { renderDraft, draftToHtml } from './ssr/render-draft.js';
export type { RenderDraftOptions, RenderedDraft } from './ssr/render-draft.js';
export { PAGE_ASSETS } from './ssr/assets.js';
export { main } from './cli/main.js';
