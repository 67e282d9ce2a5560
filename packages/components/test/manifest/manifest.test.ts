import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementTags } from '../element-tags.js';

/** The parts of the manifest these tests read. */
interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Element {
  tagName: string;
  description: string;
  summary?: string;
  status?: string;
  since?: string;
  attributes?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  events?: Item[];
}
interface Module {
  path: string;
  declarations?: (Element & { customElement?: boolean })[];
}

const read = <T>(file: string) =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as T;
const manifest = read<{ modules: Module[] }>('custom-elements.json');
const packageJson = read<{ 'web-types': string; customElements: string; files: string[] }>('package.json');
const elementsWithModule = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((element) => ({ element, module })),
);
const elements = elementsWithModule.map(({ element }) => element);
const byTag = (tag: string) => elements.find((element) => element.tagName === tag);

describe('custom-elements.json', () => {
  it('documents every element the entry points register', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual([...elementTags].sort());
  });

  it.each(elementsWithModule.map(({ element, module }) => [element.tagName, element, module] as const))(
    '%s: description is the JSDoc body, summary its one line, with status and since',
    (_tag, element, module) => {
      const source = readFileSync(new URL(`../../${module.path}`, import.meta.url), 'utf8');
      const jsdoc = /\/\*\*\n((?: \*.*\n)+?) \*\/\nexport class/.exec(source)?.[1] ?? '';
      const firstParagraph = (jsdoc.split(' *\n')[0] ?? '').replace(/^ \* ?/gm, '').trim();
      expect(firstParagraph).not.toBe('');
      expect(element.description.length).toBeGreaterThan(60);
      expect(element.description.startsWith(firstParagraph)).toBe(true);
      expect(element.description).not.toContain('@');
      expect(element.summary).toBeTruthy();
      expect(element.summary).not.toContain('\n');
      expect(element.status).toMatch(/^(experimental|stable|deprecated)$/);
      expect(element.since).toMatch(/^\d+\.\d+\.\d+$/);
    },
  );

  it.each(elementsWithModule.map(({ element, module }) => [element.tagName, element, module] as const))(
    '%s: every CSS custom property has the default its stylesheet gives it',
    (_tag, element, module) => {
      const styles = readFileSync(
        new URL(`../../${module.path.replace(/\.ts$/, '.styles.ts')}`, import.meta.url),
        'utf8',
      );
      expect(element.cssProperties?.length).toBeGreaterThan(0);
      for (const property of element.cssProperties ?? []) {
        expect(property.default, property.name).toBeTruthy();
        const written = [
          `${property.name}: ${property.default};`,
          `var(${property.name}, ${property.default})`,
        ];
        expect(
          written.some((text) => styles.includes(text)),
          `${property.name} = ${property.default}`,
        ).toBe(true);
      }
    },
  );

  it('writes variant types as the values they allow', () => {
    const type = (tag: string, attribute: string) =>
      byTag(tag)?.attributes?.find((entry) => entry.name === attribute)?.type?.text;
    expect(type('alima-stat-card', 'variant')).toBe("'country' | 'own'");
    expect(type('alima-stat-card', 'notation')).toBe("'standard' | 'compact'");
    expect(type('alima-photo-credit', 'placement')).toBe("'below' | 'overlay'");
    expect(type('alima-stat-group', 'heading-level')).toBe('2 | 3 | 4 | 5 | 6');
  });
});

interface VsCodeData {
  tags: { name: string; description: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}
interface WebTypes {
  name: string;
  contributions: {
    html: {
      elements: {
        name: string;
        description: string;
        attributes: { name: string; values?: { name: string }[] }[];
        slots: Item[];
        events: Item[];
        css: { properties: Item[]; parts: Item[] };
      }[];
    };
  };
}

describe('editor data generated from the manifest', () => {
  const vscode = read<VsCodeData>('vscode.html-custom-data.json');
  const webTypes = read<WebTypes>(packageJson['web-types']);

  it('gives VS Code every element and attribute, with the allowed values', () => {
    for (const element of elements) {
      const tag = vscode.tags.find((entry) => entry.name === element.tagName);
      expect(tag?.description).toContain(element.description);
      expect(tag?.attributes.map((attribute) => attribute.name)).toEqual(
        element.attributes?.map((attribute) => attribute.name) ?? [],
      );
    }
    const variant = vscode.tags
      .find((tag) => tag.name === 'alima-donate-button')
      ?.attributes.find((attribute) => attribute.name === 'variant');
    expect(variant?.values?.map((value) => value.name)).toEqual(['primary', 'inverted']);
  });

  it('gives JetBrains IDEs every element with attributes, slots, events, parts and CSS properties', () => {
    expect(webTypes.name).toBe('@alima/components');
    for (const element of elements) {
      const entry = webTypes.contributions.html.elements.find(
        (candidate) => candidate.name === element.tagName,
      );
      expect(entry?.description).toBe(element.description);
      expect(entry?.attributes.map((attribute) => attribute.name)).toEqual(
        element.attributes?.map((attribute) => attribute.name) ?? [],
      );
      expect(entry?.slots.map((slot) => slot.name)).toEqual(element.slots?.map((slot) => slot.name) ?? []);
      expect(entry?.events.map((event) => event.name)).toEqual(
        element.events?.map((event) => event.name) ?? [],
      );
      expect(entry?.css.parts.map((part) => part.name)).toEqual(
        element.cssParts?.map((part) => part.name) ?? [],
      );
      expect(entry?.css.properties.map((property) => property.name)).toEqual(
        element.cssProperties?.map((property) => property.name) ?? [],
      );
    }
  });

  it('ships both files and the manifest in the package', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: new URL('../../', import.meta.url),
        encoding: 'utf8',
      }),
    ) as [{ files: { path: string }[] }];
    const files = pack.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        packageJson.customElements,
        'vscode.html-custom-data.json',
        packageJson['web-types'].replace(/^\.\//, ''),
      ]),
    );
  });
});
