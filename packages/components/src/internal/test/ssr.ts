import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

/** Renders a template as a server would: elements become declarative shadow DOM. */
export function renderToString(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}

/** The markup of the first declarative shadow root in `html`, comments (Lit's part markers) removed. */
export function shadowMarkup(html: string): string {
  const match = /<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/.exec(html);
  return (match?.[1] ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
}
