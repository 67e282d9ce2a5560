import { ReactiveElement } from 'lit';
import { describe, expect, it } from 'vitest';
import '../all.js';
import * as components from '../index.js';
import { AlimaStatGroup } from '../stat-group/stat-group.js';
import { fixture } from './test/fixture.js';

describe('attributes named after camelCase properties (as React writes them)', () => {
  it('set the property, as the dash-case attribute does', async () => {
    const group = await fixture<AlimaStatGroup>('<alima-stat-group headingLevel="4"></alima-stat-group>');
    expect(group.headingLevel).toBe(4);
    group.setAttribute('heading-level', '5');
    expect(group.headingLevel).toBe(5);
  });

  it('are accepted by every element whose property and attribute names differ', () => {
    // Only those elements pass acceptPropertyNameAttributes to defineElement: one left out would fail here.
    const elements = (Object.values(components) as unknown[]).filter(
      (value): value is typeof ReactiveElement =>
        typeof value === 'function' && value.prototype instanceof ReactiveElement,
    );
    expect(elements).toHaveLength(7);
    const missing = elements.flatMap((element) =>
      [...element.elementProperties]
        .filter(
          ([name, { attribute }]) =>
            typeof attribute === 'string' && attribute !== String(name).toLowerCase(),
        )
        .map(([name]) => String(name).toLowerCase())
        .filter((alias) => !element.observedAttributes.includes(alias))
        .map((alias) => `${element.name} ${alias}`),
    );
    expect(missing).toEqual([]);
    expect(AlimaStatGroup.observedAttributes).toContain('headinglevel');
  });

  it('leave a subclass observing its own attributes too', async () => {
    class CountryFigures extends AlimaStatGroup {
      static override properties = { country: {} };
      declare country: string | undefined;
    }
    customElements.define('test-country-figures', CountryFigures);
    const element = await fixture<CountryFigures>(
      '<test-country-figures country="Mali" headinglevel="3"></test-country-figures>',
    );
    expect([element.country, element.headingLevel]).toEqual(['Mali', 3]);
  });
});
