import type { Root } from 'hast';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements, props, text } from '../hast-query.js';
import { mali } from '../mali.js';

const require = createRequire(import.meta.url);
/** The site's dependencies, as installed in the monorepo: Astro from the registry, the packages as built. */
const DEPENDENCIES = ['astro', '@alima/render', '@alima/components', '@alima/tokens'];
const packageFolder = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/** The site's files, as the render README's Astro section tells a developer to write them. */
const SITE: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'alima-site', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { remarkAlima } from '@alima/render';

export default defineConfig({
  markdown: { remarkPlugins: [remarkAlima] },
});
`,
  // One page per draft, with the components' script and the tokens in the layout.
  'src/pages/[draft].astro': `---
import '@alima/tokens/tokens.css';
import '@alima/components/fallback.css';

export function getStaticPaths() {
  const drafts = import.meta.glob('../drafts/*.md', { eager: true });
  return Object.entries(drafts).map(([path, draft]) => ({
    params: { draft: path.split('/').pop().replace(/\\.md$/, '') },
    props: { draft },
  }));
}
const { Content, frontmatter } = Astro.props.draft;
---
<html lang={frontmatter.lang}>
  <head>
    <meta charset="utf-8" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main><Content /></main>
    <script>
      import '@alima/components/all.js';
    </script>
  </body>
</html>
`,
  'src/drafts/mali.md': mali,
  // A French draft: the language comes from the front matter Astro parses itself.
  'src/drafts/niger.md': `---
title: Niger
lang: fr
---

# Niger

- 20,25 millions d’habitants¹

¹ Banque mondiale 2020

[faire un don](https://alima.ngo/faire-un-don/)
`,
};

/** Runs `astro build` in `root` as a developer runs it, resolving with its output once it exits. */
function astroBuild(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

let site: string;
const page = (name: string): string => readFileSync(join(site, 'dist', name, 'index.html'), 'utf8');
const tree = (html: string): Root => unified().use(rehypeParse).parse(html);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'alima-astro-'));
  for (const [path, content] of Object.entries(SITE)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  for (const name of DEPENDENCIES) {
    mkdirSync(dirname(join(site, 'node_modules', name)), { recursive: true });
    symlinkSync(packageFolder(name), join(site, 'node_modules', name), 'dir');
  }
  const { code, output } = await astroBuild(site);
  expect(code, output).toBe(0);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('an Astro site with remarkAlima, built by astro build', () => {
  it('renders the Mali draft’s key figures as 3 country and 2 own stat cards with the seed’s values', () => {
    const html = tree(page('mali'));
    expect(elements(html, 'alima-stat-group')).toHaveLength(2);
    const cards = elements(html, 'alima-stat-card').map((card): Record<string, string | undefined> => ({
      ...props(card),
      text: text(card),
    }));
    expect(
      cards.map(({ value, notation, variant, footnote }) => ({ value, notation, variant, footnote })),
    ).toEqual([
      { value: '20250000', notation: 'compact', variant: undefined, footnote: 'note-1' },
      { value: '3500000', notation: 'compact', variant: undefined, footnote: 'note-2' },
      { value: '185000', notation: undefined, variant: undefined, footnote: 'note-3' },
      { value: '14442', notation: undefined, variant: 'own', footnote: undefined },
      { value: '133452', notation: undefined, variant: 'own', footnote: undefined },
    ]);
    expect(cards[0]?.text).toBe('20.25 million inhabitants1');
  });

  it('numbers the notes in order of first reference, each reference linking to its note', () => {
    const html = tree(page('mali'));
    expect(
      elements(html, 'alima-footnote-ref').map((ref) => [
        props(ref).footnote,
        props(elements(ref, 'a')[0] as never).href,
        text(ref),
      ]),
    ).toEqual([
      ['note-1', '#note-1', '1'],
      ['note-2', '#note-2', '2'],
      ['note-3', '#note-3', '3'],
      ['note-5', '#note-5', '4'],
    ]);
    const lists = elements(html, 'alima-footnotes');
    expect(lists).toHaveLength(1);
    expect(
      elements(lists[0] as never, 'alima-footnote').map((note) => [props(note).id, props(note).year]),
    ).toEqual([
      ['note-1', '2020'],
      ['note-2', '2020'],
      ['note-3', '2020'],
      ['note-5', '2020'],
      ['note-4', '2020'],
    ]);
    // The note lines left the body.
    expect(elements(html, 'p').map((paragraph) => text(paragraph))).not.toContainEqual(
      expect.stringMatching(/World bank/u),
    );
  });

  it('credits the two photos and makes the donate link the donate button', () => {
    const html = tree(page('mali'));
    const photos = elements(html, 'alima-photo-credit');
    expect(photos.map((photo) => [props(photo).photographer, props(photo).organization])).toEqual([
      ['Nana Kofi Acquah', 'ALIMA'],
      ['Nana Kofi Acquah', 'ALIMA'],
    ]);
    expect(photos.map((photo) => elements(photo, 'img')).every((images) => images.length === 1)).toBe(true);
    const donate = elements(html, 'alima-donate-button');
    expect(donate.map((button) => [props(button).href, text(button)])).toEqual([
      ['https://alima.ngo/faire-un-don/', 'Donate'],
    ]);
  });

  it('reads a French draft in French: the language from the front matter Astro took off', () => {
    const html = tree(page('niger'));
    expect(page('niger')).toContain('<html lang="fr"');
    expect(elements(html, 'alima-stat-card').map((card) => props(card).value)).toEqual(['20250000']);
    expect(elements(html, 'alima-donate-button').map((button) => text(button))).toEqual(['Faire un don']);
  });

  it('loads the components’ script and the tokens on the page', () => {
    const html = tree(page('mali'));
    const scripts = elements(html, 'script')
      .map((script) => props(script).src)
      .filter((src) => src !== undefined);
    expect(scripts).toHaveLength(1);
    const bundle = readFileSync(join(site, 'dist', String(scripts[0])), 'utf8');
    expect(bundle).toContain('alima-stat-card');
    const styles = elements(html, 'link')
      .filter((link) => props(link).rel === 'stylesheet')
      .map((link) => readFileSync(join(site, 'dist', String(props(link).href)), 'utf8'))
      .join('');
    expect(styles).toMatch(/--alima-/u);
    expect(existsSync(join(site, 'dist/mali/index.html'))).toBe(true);
  });
});
