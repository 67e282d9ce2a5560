import { describe, expect, it } from 'vitest';
import { extractArgTypes, extractComponentDescription } from '../../.storybook/arg-types.js';

const rows = (tag: string) => Object.entries(extractArgTypes(tag));
const attributeRows = (tag: string) =>
  rows(tag).filter(([, argType]) => argType.table?.category === 'attributes' && !argType.table.disable);

describe('the props tables and controls', () => {
  it('keep the stat card attributes that share a name with a part or slot', () => {
    expect(attributeRows('alima-stat-card').map(([, argType]) => argType.name)).toEqual([
      'value',
      'notation',
      'format',
      'currency',
      'unit',
      'label',
      'footnote',
      'source',
      'variant',
      'unsourced',
    ]);
    expect(rows('alima-stat-card').map(([key]) => key)).toEqual(
      expect.arrayContaining(['part:value', 'part:label', 'part:source', 'slot:label', 'slot:footnote']),
    );
  });

  it.each([
    ['alima-footnote', 'source'],
    ['alima-stat-group', 'heading'],
    ['alima-photo-credit', 'caption'],
  ])('list %s %s as an attribute', (tag, attribute) => {
    expect(attributeRows(tag).map(([, argType]) => argType.name)).toContain(attribute);
  });

  it('key attributes by the property the stories set, shown under the attribute name', () => {
    const [key, argType] =
      attributeRows('alima-stat-group').find(([, row]) => row.name === 'heading-level') ?? [];
    expect(key).toBe('headingLevel');
    expect(argType?.options).toEqual([2, 3, 4, 5, 6]);
  });

  it('give controls to attributes only: slots, parts, CSS properties and events have none', () => {
    for (const tag of ['alima-stat-card', 'alima-donate-button', 'alima-footnotes']) {
      for (const [key, argType] of rows(tag)) {
        const isAttribute = argType.table?.category === 'attributes';
        expect(argType.control === false, key).toBe(!isAttribute);
        if (!isAttribute) expect(argType.table?.disable, key).toBe(true);
      }
    }
    expect(attributeRows('alima-stat-card').find(([key]) => key === 'variant')?.[1].options).toEqual([
      'country',
      'own',
    ]);
  });

  it('describe each component with its JSDoc body', () => {
    expect(extractComponentDescription('alima-stat-card')).toMatch(/^A key figure/);
  });
});
