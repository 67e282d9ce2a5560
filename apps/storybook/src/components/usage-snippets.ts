import { render, type TemplateResult } from 'lit';

/** The ways a page can hold an element, each as code to paste. */
export interface UsageSnippets {
  html: string;
  react: string;
  server: string;
}

/**
 * The HTML a template renders to, as written: rendered into a detached
 * element (custom elements there do not connect, so they add nothing of
 * their own), without Lit's markers, dedented.
 */
export function templateHtml(template: TemplateResult): string {
  const container = document.createElement('div');
  render(template, container);
  const lines = container.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const indent = Math.min(
    ...lines.slice(1).map((line) => line.length - line.trimStart().length),
    Number.POSITIVE_INFINITY,
  );
  return lines.map((line, index) => (index === 0 ? line.trim() : line.slice(indent))).join('\n');
}

/** `max-width: 24rem` → `{ maxWidth: '24rem' }`. */
function styleObject(css: string): string {
  const entries = css
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim()))
    .filter(([name, value]) => name && value)
    .map(
      ([name = '', value = '']) =>
        `${name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}: '${value}'`,
    );
  return `{{ ${entries.join(', ')} }}`;
}

/** HTML of custom elements and plain tags as JSX: React 19 passes attributes to custom elements as written. */
function toJsx(html: string): string {
  return html
    .replace(/\sclass="/g, ' className="')
    .replace(/\sstyle="([^"]*)"/g, (_, css: string) => ` style=${styleObject(css)}`)
    .replace(/<(img|br|input)\b([^>]*?)\s*\/?>/g, '<$1$2 />');
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');

/** The element's example as plain HTML, as React 19 JSX, and as a template rendered on a Node server. */
export function usageSnippets(template: TemplateResult): UsageSnippets {
  const html = templateHtml(template);
  return {
    html: `<script type="module" src="https://cdn.jsdelivr.net/npm/@alima/components/dist/cdn/alima-components.js"></script>\n\n${html}`,
    react: `import '@alima/components';
import type {} from '@alima/components/jsx';

export function Example() {
  return (
    <>
${indent(toJsx(html), '      ')}
    </>
  );
}`,
    server: `import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@alima/components';

// Declarative shadow DOM; load the same elements in the browser to hydrate.
const markup = await collectResult(
  render(html\`
${indent(html, '    ')}
  \`),
);`,
  };
}
