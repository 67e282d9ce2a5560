import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicApi } from '../../.storybook/public-api.js';

interface Declaration {
  tagName?: string;
  members?: { name: string; privacy?: string }[];
}
type Manifest = { modules: { declarations?: Declaration[] }[] };

const manifest = JSON.parse(
  readFileSync(new URL('../../../../packages/components/custom-elements.json', import.meta.url), 'utf8'),
) as Manifest;

const membersOf = (from: Manifest, tag: string) =>
  from.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)
    ?.members?.map((member) => member.name) ?? [];

describe('the API Storybook shows', () => {
  it('drops what the components keep private, such as the localization controller', () => {
    expect(membersOf(manifest, 'alima-stat-card')).toContain('localize');
    expect(membersOf(publicApi(manifest), 'alima-stat-card')).not.toContain('localize');
  });

  it('keeps every public property', () => {
    expect(membersOf(publicApi(manifest), 'alima-stat-card')).toEqual(
      expect.arrayContaining(['value', 'notation', 'label', 'footnote', 'source', 'variant']),
    );
  });
});
