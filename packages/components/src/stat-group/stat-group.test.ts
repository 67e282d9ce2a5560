import { describe, expect, it } from 'vitest';
import '../stat-group.js';
import '../stat-card.js';
import type { AlimaStatGroup } from './stat-group.js';
import { expectNoAxeViolations } from '../internal/test/axe.js';
import { fixture, settle } from '../internal/test/fixture.js';

const cards = `
  <alima-stat-card value="20250000" notation="compact" label="inhabitants" source="World Bank 2020"></alima-stat-card>
  <alima-stat-card value="3500000" notation="compact" label="people face food insecurity" source="UNOCHA 2020"></alima-stat-card>
  <alima-stat-card value="185000" label="children with severe acute malnutrition" source="UNICEF 2020"></alima-stat-card>`;

function heading(group: AlimaStatGroup): HTMLElement {
  return group.shadowRoot?.querySelector('[part="heading"]') as HTMLElement;
}

describe('<alima-stat-group>', () => {
  it('is headed "Key figures" in English and "Chiffres-clés" in French, as a level-2 heading', async () => {
    const en = await fixture<AlimaStatGroup>(`<alima-stat-group>${cards}</alima-stat-group>`);
    const fr = await fixture<AlimaStatGroup>(`<alima-stat-group>${cards}</alima-stat-group>`, { lang: 'fr' });
    expect(heading(en).textContent?.trim()).toBe('Key figures');
    expect(heading(en).getAttribute('role')).toBe('heading');
    expect(heading(en).getAttribute('aria-level')).toBe('2');
    expect(heading(fr).textContent?.trim()).toBe('Chiffres-clés');
  });

  it('follows a lang change on an ancestor', async () => {
    const group = await fixture<AlimaStatGroup>(`<alima-stat-group>${cards}</alima-stat-group>`);
    group.parentElement?.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await settle(group);
    expect(heading(group).textContent?.trim()).toBe('Chiffres-clés');
  });

  it('takes its heading from the attribute or the heading slot', async () => {
    const fromAttribute = await fixture<AlimaStatGroup>(
      `<alima-stat-group heading="Our figures">${cards}</alima-stat-group>`,
    );
    const fromSlot = await fixture<AlimaStatGroup>(
      `<alima-stat-group><span slot="heading">Our <em>2020</em> figures</span>${cards}</alima-stat-group>`,
    );
    expect(heading(fromAttribute).textContent?.trim()).toBe('Our figures');
    const slot = fromSlot.shadowRoot?.querySelector<HTMLSlotElement>('slot[name="heading"]');
    expect(slot?.assignedElements()[0]?.textContent).toBe('Our 2020 figures');
  });

  it('uses heading-level 2 to 6 and falls back to 2 otherwise', async () => {
    const group = await fixture<AlimaStatGroup>(
      `<alima-stat-group heading-level="3">${cards}</alima-stat-group>`,
    );
    expect(heading(group).getAttribute('aria-level')).toBe('3');
    for (const [attribute, level] of [
      ['6', '6'],
      ['1', '2'],
      ['9', '2'],
      ['two', '2'],
    ]) {
      group.setAttribute('heading-level', attribute as string);
      await group.updateComplete;
      expect(heading(group).getAttribute('aria-level')).toBe(level);
    }
  });

  it('lays cards side by side when wide and stacks them when narrow', async () => {
    const group = await fixture<AlimaStatGroup>(
      `<alima-stat-group style="width: 60rem">${cards}</alima-stat-group>`,
    );
    const tops = () =>
      [...group.querySelectorAll('alima-stat-card')].map((card) => card.getBoundingClientRect().top);
    expect(new Set(tops()).size).toBe(1);
    group.style.width = '15rem';
    expect(new Set(tops()).size).toBe(3);
  });

  it('renders a hostile heading as text', async () => {
    const group = await fixture<AlimaStatGroup>(
      `<alima-stat-group heading="<img src=x onerror=alert(1)>">${cards}</alima-stat-group>`,
    );
    expect(group.shadowRoot?.querySelector('img')).toBeNull();
    expect(heading(group).textContent?.trim()).toBe('<img src=x onerror=alert(1)>');
  });

  for (const lang of ['en', 'fr']) {
    it(`has no axe violations (${lang})`, async () => {
      const group = await fixture<AlimaStatGroup>(
        `<alima-stat-group>${cards}<alima-stat-card variant="own" value="14442" label="children treated" source="ALIMA 2020"></alima-stat-card></alima-stat-group>`,
        { lang },
      );
      await expectNoAxeViolations(group.parentElement as Element);
    });
  }
});
