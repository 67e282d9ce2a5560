import { describe, expect, it } from 'vitest';
import '../stat-group.js';
import { AlimaStatGroup } from '../stat-group/stat-group.js';
import { fixture } from './test/fixture.js';

describe('attributes named after camelCase properties (as React writes them)', () => {
  it('set the property, as the dash-case attribute does', async () => {
    const group = await fixture<AlimaStatGroup>('<alima-stat-group headingLevel="4"></alima-stat-group>');
    expect(group.headingLevel).toBe(4);
    group.setAttribute('heading-level', '5');
    expect(group.headingLevel).toBe(5);
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
