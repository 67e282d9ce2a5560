import { describe, expect, it } from 'vitest';
import '../photo-credit.js';
import type { AlimaPhotoCredit } from './photo-credit.js';
import { photoCreditPlacements } from './photo-credit.js';
import { expectNoAxeViolations } from '../internal/test/axe.js';
import { fixture } from '../internal/test/fixture.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { emulateMedia } from '../internal/test/media.js';
import { computedColor } from '../internal/test/system-color.js';

/** A 4×3 photo-sized image that needs no network. */
const photo = (alt = 'alt="A nurse measures a child’s arm with a MUAC bracelet"') =>
  `<img ${alt} width="400" height="300" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='300'%3E%3Crect width='400' height='300' fill='%23fff'/%3E%3C/svg%3E">`;

function part(credit: AlimaPhotoCredit, name: string): HTMLElement | null {
  return credit.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

describe('<alima-photo-credit>', () => {
  it('credits the photographer and ALIMA in a figure around the light-DOM image', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit photographer="Nana Kofi Acquah">${photo()}</alima-photo-credit>`,
    );
    expect(part(credit, 'credit')?.textContent?.trim()).toBe('© Nana Kofi Acquah / ALIMA');
    expect(part(credit, 'base')?.localName).toBe('figure');
    expect(part(credit, 'credit')?.closest('figcaption')).not.toBeNull();
    expect(credit.querySelector(':scope > img')).not.toBeNull();
  });

  it('names another organization and shows a caption', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit photographer="A. Diallo" organization="AMCP-SP" caption="Mopti, 2020">${photo()}</alima-photo-credit>`,
    );
    expect(part(credit, 'credit')?.textContent?.trim()).toBe('© A. Diallo / AMCP-SP');
    expect(part(credit, 'caption')?.textContent?.trim()).toBe('Mopti, 2020');
  });

  it('has no caption part when there is no caption', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit photographer="N. K. Acquah">${photo()}</alima-photo-credit>`,
    );
    expect(part(credit, 'caption')).toBeNull();
  });

  it('puts the credit over the bottom of the photo, on an opaque background, in overlay placement', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit placement="overlay" photographer="Nana Kofi Acquah" style="width: 400px">${photo()}</alima-photo-credit>`,
    );
    const image = credit.querySelector('img')?.getBoundingClientRect() as DOMRect;
    const box = part(credit, 'credit')?.getBoundingClientRect() as DOMRect;
    expect(box.bottom).toBeLessThanOrEqual(image.bottom + 0.5);
    expect(box.top).toBeGreaterThan(image.top);
    const background = getComputedStyle(part(credit, 'credit') as HTMLElement).backgroundColor;
    expect(background).toMatch(/^rgb\(/);
  });

  it('keeps the overlay credit on a photo narrower than its column', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<div style="width: 600px"><alima-photo-credit placement="overlay" photographer="N. K. Acquah" caption="A caption long enough to be wider than the narrow photo it describes">${photo().replace('width="400" height="300"', 'width="240" height="180"')}</alima-photo-credit></div>`,
    );
    const element = credit.querySelector('alima-photo-credit') as AlimaPhotoCredit;
    const image = element.querySelector('img')?.getBoundingClientRect() as DOMRect;
    const box = part(element, 'credit')?.getBoundingClientRect() as DOMRect;
    expect(image.width).toBe(240);
    expect(Math.abs(box.right - image.right)).toBeLessThanOrEqual(0.5);
    expect(box.bottom).toBeLessThanOrEqual(image.bottom + 0.5);
    expect(part(element, 'caption')?.getBoundingClientRect().width).toBeLessThanOrEqual(240);
  });

  it('puts the overlay credit at the photo’s start-side corner mirrored in right-to-left text', async () => {
    const container = await fixture(
      `<div dir="rtl" style="width: 600px"><alima-photo-credit placement="overlay" photographer="N. K. Acquah">${photo()}</alima-photo-credit></div>`,
    );
    const element = container.querySelector('alima-photo-credit') as AlimaPhotoCredit;
    const image = element.querySelector('img')?.getBoundingClientRect() as DOMRect;
    const box = part(element, 'credit')?.getBoundingClientRect() as DOMRect;
    // In right-to-left text the photo sits on the right and its end edge is its left.
    expect(Math.abs(image.right - 600 - container.getBoundingClientRect().left)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box.left - image.left)).toBeLessThanOrEqual(0.5);
  });

  it('draws the overlay credit in system colours, with a border, in forced-colours mode', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit placement="overlay" photographer="Nana Kofi Acquah">${photo()}</alima-photo-credit>`,
    );
    await emulateMedia({ name: 'forced-colors', value: 'active' });
    const style = getComputedStyle(part(credit, 'credit') as HTMLElement);
    expect(style.backgroundColor).toBe(computedColor('Canvas'));
    expect(style.color).toBe(computedColor('CanvasText'));
    expect(style.borderTopColor).toBe(computedColor('CanvasText'));
    expect(style.borderTopWidth).toBe('1px');
  });

  it('puts the credit under the photo in below placement (the default)', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit photographer="Nana Kofi Acquah">${photo()}</alima-photo-credit>`,
    );
    expect(credit.placement).toBe('below');
    const image = credit.querySelector('img')?.getBoundingClientRect() as DOMRect;
    expect(part(credit, 'credit')?.getBoundingClientRect().top).toBeGreaterThanOrEqual(image.bottom - 0.5);
  });

  it('warns when the photographer is missing, and still credits the organization', async () => {
    const warnings = captureWarnings();
    const credit = await fixture<AlimaPhotoCredit>(`<alima-photo-credit>${photo()}</alima-photo-credit>`);
    expect(part(credit, 'credit')?.textContent?.trim()).toBe('© ALIMA');
    expect(warnings()).toEqual([expect.stringMatching(/<alima-photo-credit> has no photographer/)]);
  });

  it('warns when the image has no alt, and not when alt is empty on purpose', async () => {
    const warnings = captureWarnings();
    await fixture(`<alima-photo-credit photographer="N. K. Acquah">${photo('')}</alima-photo-credit>`);
    await fixture(`<alima-photo-credit photographer="N. K. Acquah">${photo('alt=""')}</alima-photo-credit>`);
    expect(warnings()).toEqual([expect.stringMatching(/<alima-photo-credit> image has no alt/)]);
  });

  it('checks an image added after the element upgraded', async () => {
    const warnings = captureWarnings();
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit photographer="N. K. Acquah"></alima-photo-credit>`,
    );
    credit.insertAdjacentHTML('beforeend', photo(''));
    await new Promise((resolve) => setTimeout(resolve));
    expect(warnings()).toEqual([expect.stringMatching(/image has no alt/)]);
  });

  it('renders hostile attributes as text', async () => {
    const credit = await fixture<AlimaPhotoCredit>(
      `<alima-photo-credit photographer="<script>alert(1)</script>" organization="<img src=x onerror=alert(2)>" caption="<b>x</b>">${photo()}</alima-photo-credit>`,
    );
    expect(credit.shadowRoot?.querySelector('script, img, b')).toBeNull();
    expect(part(credit, 'credit')?.textContent?.trim()).toBe(
      '© <script>alert(1)</script> / <img src=x onerror=alert(2)>',
    );
  });

  for (const placement of photoCreditPlacements) {
    for (const lang of ['en', 'fr']) {
      it(`has no axe violations: ${placement}, ${lang}`, async () => {
        const credit = await fixture<AlimaPhotoCredit>(
          `<alima-photo-credit placement="${placement}" photographer="Nana Kofi Acquah" caption="Mali, 2020">${photo()}</alima-photo-credit>`,
          { lang },
        );
        await expectNoAxeViolations(credit.parentElement as Element);
      });
    }
  }
});
