import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../donate-button.js';
import { donateButtonVariants, type AlimaDonateButton, type DonateEventDetail } from './donate-button.js';
import { expectNoAxeViolations } from '../internal/test/axe.js';
import { fixture } from '../internal/test/fixture.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { emulateMedia, emulatePrint } from '../internal/test/media.js';

function link(button: AlimaDonateButton): HTMLAnchorElement {
  const anchor = button.querySelector<HTMLAnchorElement>(':scope > a');
  if (!anchor) throw new Error('no link rendered');
  return anchor;
}

/** The label as read, with Intl's no-break spaces as plain spaces. */
function label(button: AlimaDonateButton): string {
  return (link(button).textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
}

/**
 * Records `alima-donate` events and whether the click that caused them went
 * on to navigate; the navigation itself is stopped so the test page stays.
 */
function watchDonations(button: AlimaDonateButton, options: { cancel?: boolean } = {}) {
  const events: DonateEventDetail[] = [];
  const navigations: boolean[] = [];
  const onDonate = (event: CustomEvent<DonateEventDetail>) => {
    events.push(event.detail);
    if (options.cancel) event.preventDefault();
  };
  const onClick = (event: MouseEvent) => {
    navigations.push(!event.defaultPrevented);
    event.preventDefault();
  };
  // Listening on the link itself runs after the element's own handler, before anything else on the page.
  const anchor = link(button);
  document.addEventListener('alima-donate', onDonate);
  anchor.addEventListener('click', onClick);
  return {
    events,
    navigations,
    stop() {
      document.removeEventListener('alima-donate', onDonate);
      anchor.removeEventListener('click', onClick);
    },
  };
}

describe('<alima-donate-button>', () => {
  describe('label', () => {
    it('says "Donate" in English and "Faire un don" in French', async () => {
      const en = await fixture<AlimaDonateButton>('<alima-donate-button href="/don"></alima-donate-button>');
      const fr = await fixture<AlimaDonateButton>('<alima-donate-button href="/don"></alima-donate-button>', {
        lang: 'fr',
      });
      expect(label(en)).toBe('Donate');
      expect(label(fr)).toBe('Faire un don');
    });

    it('formats the amount in the currency and language of the page', async () => {
      const en = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="30" currency="EUR"></alima-donate-button>',
      );
      const fr = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="30" currency="EUR"></alima-donate-button>',
        { lang: 'fr' },
      );
      const cents = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="12.5" currency="USD"></alima-donate-button>',
      );
      expect(label(en)).toBe('Donate €30');
      expect(label(fr)).toBe('Faire un don de 30 €');
      expect(label(cents)).toBe('Donate $12.50');
    });

    it('defaults to euros', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="50"></alima-donate-button>',
      );
      expect(label(button)).toBe('Donate €50');
    });

    it('follows a change of lang on an ancestor', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="30"></alima-donate-button>',
      );
      button.parentElement?.setAttribute('lang', 'fr-FR');
      await new Promise((resolve) => setTimeout(resolve));
      await button.updateComplete;
      expect(label(button)).toBe('Faire un don de 30 €');
    });

    it('falls back to English for a language without strings, or an invalid lang', async () => {
      const swahili = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"></alima-donate-button>',
        {
          lang: 'sw',
        },
      );
      const invalid = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"></alima-donate-button>',
        {
          lang: '!!not a language',
        },
      );
      expect(label(swahili)).toBe('Donate');
      expect(label(invalid)).toBe('Donate');
    });

    it('ignores an amount that is not a positive number, or an unknown currency, and warns', async () => {
      const warnings = captureWarnings();
      const words = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="thirty"></alima-donate-button>',
      );
      const negative = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="-5"></alima-donate-button>',
      );
      const currency = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="30" currency="euros!"></alima-donate-button>',
      );
      expect([label(words), label(negative), label(currency)]).toEqual(['Donate', 'Donate', 'Donate']);
      expect(warnings()).toEqual([
        expect.stringMatching(/<alima-donate-button> ignores amount "NaN"/),
        expect.stringMatching(/<alima-donate-button> ignores amount "-5"/),
        expect.stringMatching(/<alima-donate-button> ignores currency "euros!"/),
      ]);
    });
  });

  describe('href', () => {
    it('links to https: and relative URLs', async () => {
      for (const href of ['https://www.alima.ngo/don', '/fr/faire-un-don', 'don?x=1', '#give']) {
        const button = await fixture<AlimaDonateButton>(
          `<alima-donate-button href="${href}"></alima-donate-button>`,
        );
        expect(link(button).getAttribute('href')).toBe(href);
      }
    });

    it.each([
      ['javascript:alert(1)', /"javascript:" scheme is not allowed/],
      ['JaVa\tScRiPt:alert(1)', /"javascript:" scheme is not allowed/],
      ['  javascript:alert(1)', /"javascript:" scheme is not allowed/],
      ['data:text/html,<script>alert(1)</script>', /"data:" scheme is not allowed/],
      ['http://www.alima.ngo/don', /"http:" scheme is not allowed/],
      ['//evil.example/don', /starting with "\/\/"/],
      ['/\\evil.example/don', /backslash/],
      ['', /needs an href/],
    ])('refuses %j, renders a disabled link and warns', async (href, reason) => {
      const warnings = captureWarnings();
      const button = document.createElement('alima-donate-button');
      button.href = href;
      const container = await fixture('<div></div>');
      container.append(button);
      await button.updateComplete;
      const anchor = link(button);
      expect(anchor.hasAttribute('href')).toBe(false);
      expect(anchor.getAttribute('aria-disabled')).toBe('true');
      expect(anchor.getAttribute('role')).toBe('link');
      expect(warnings()).toEqual([expect.stringMatching(reason)]);
    });

    it('checks a 100,000-character href in linear time, trimming only its ends', async () => {
      // A backtracking trim took 11 s on this; the test's timeout is the bound.
      const interior = ' '.repeat(100_000);
      const href = `\u0001 https://www.alima.ngo/don/a${interior}b \u0000`;
      const button = document.createElement('alima-donate-button');
      button.href = href;
      const container = await fixture('<div></div>');
      container.append(button);
      await button.updateComplete;
      expect(link(button).getAttribute('href')).toBe(`https://www.alima.ngo/don/a${interior}b`);
    }, 5_000);

    it('is skipped by Tab and fires no event when disabled', async () => {
      captureWarnings();
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="javascript:alert(1)"></alima-donate-button>',
      );
      const watch = watchDonations(button);
      // A pointer cannot click a disabled link; a script still can.
      link(button).click();
      watch.stop();
      expect(watch.events).toEqual([]);
      await userEvent.tab();
      expect(document.activeElement).not.toBe(link(button));
    });

    it('adds campaign parameters, replacing the ones already there and keeping the fragment', async () => {
      const button = await fixture<AlimaDonateButton>(
        `<alima-donate-button href="https://www.alima.ngo/don?lang=fr&utm_campaign=old#form" campaign="mali-2020"
          campaign-source="country-page" campaign-medium="website"></alima-donate-button>`,
      );
      expect(link(button).getAttribute('href')).toBe(
        'https://www.alima.ngo/don?lang=fr&utm_campaign=mali-2020&utm_source=country-page&utm_medium=website#form',
      );
    });

    it('keeps a relative URL relative', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="don" campaign="mali"></alima-donate-button>',
      );
      expect(link(button).getAttribute('href')).toBe('don?utm_campaign=mali');
    });

    it('protects the opener on absolute URLs only, and passes target through', async () => {
      const external = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="https://give.example/alima" target="_blank"></alima-donate-button>',
      );
      const internal = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"></alima-donate-button>',
      );
      expect(link(external).rel).toBe('noopener noreferrer');
      expect(link(external).target).toBe('_blank');
      expect(link(internal).hasAttribute('rel')).toBe(false);
      expect(link(internal).hasAttribute('target')).toBe(false);
    });
  });

  describe('progressive enhancement', () => {
    it('enhances the link written in the page, keeping its text, and adds the campaign', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button campaign="mali"><a href="/en/donate/">Give now</a></alima-donate-button>',
      );
      const anchor = button.querySelector('a');
      expect(link(button)).toBe(anchor);
      expect(button.querySelectorAll('a')).toHaveLength(1);
      expect(anchor?.textContent).toBe('Give now');
      expect(anchor?.getAttribute('href')).toBe('/en/donate/?utm_campaign=mali');
    });

    it('fills an empty written link with the localized label and follows the language', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"><a href="/don"></a></alima-donate-button>',
        { lang: 'fr' },
      );
      expect(label(button)).toBe('Faire un don');
      button.parentElement?.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await button.updateComplete;
      expect(label(button)).toBe('Donate');
    });

    it('disables a written link whose href is refused', async () => {
      const warnings = captureWarnings();
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button><a href="javascript:alert(1)">Donate</a></alima-donate-button>',
      );
      expect(link(button).hasAttribute('href')).toBe(false);
      expect(link(button).getAttribute('aria-disabled')).toBe('true');
      expect(warnings()).toEqual([expect.stringMatching(/"javascript:" scheme is not allowed/)]);
    });

    it('still warns about javascript: after first rendering without href', async () => {
      const warnings = captureWarnings();
      const button = await fixture<AlimaDonateButton>('<alima-donate-button></alima-donate-button>');
      button.href = 'javascript:alert(1)';
      await button.updateComplete;
      expect(warnings()).toEqual([
        expect.stringMatching(/needs an href/),
        expect.stringMatching(/"javascript:" scheme is not allowed/),
      ]);
    });

    it('keeps the French label on one line in a narrow row on a 375 px screen', async () => {
      const row = await fixture(
        `<div style="display: flex; gap: 1rem; width: 343px; align-items: center">
          <p style="margin: 0">Soutenez les équipes d’ALIMA au Mali, qui soignent les enfants malnutris</p>
          <alima-donate-button href="/don" amount="30"></alima-donate-button>
        </div>`,
        { lang: 'fr' },
      );
      const anchor = link(row.querySelector('alima-donate-button') as AlimaDonateButton);
      const lineHeight = parseFloat(getComputedStyle(anchor).lineHeight);
      const { height } = anchor.getBoundingClientRect();
      // One line of text plus padding and border, within the 2.75rem minimum.
      expect(height).toBeLessThanOrEqual(Math.max(44, lineHeight + 2 * 8 + 2 * 2) + 1);
    });

    it('is not printed', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"></alima-donate-button>',
      );
      await emulatePrint();
      expect(getComputedStyle(button).display).toBe('none');
    });
  });

  describe('alima-donate event', () => {
    it('fires before navigating, with the URL, amount, currency and campaign', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="30" currency="EUR" campaign="mali"></alima-donate-button>',
      );
      const watch = watchDonations(button);
      await userEvent.click(link(button));
      watch.stop();
      expect(watch.events).toEqual([
        { href: '/don?utm_campaign=mali', amount: 30, currency: 'EUR', campaign: 'mali' },
      ]);
      expect(watch.navigations).toEqual([true]);
    });

    it('stops navigation when a listener cancels it', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"></alima-donate-button>',
      );
      const watch = watchDonations(button, { cancel: true });
      await userEvent.click(link(button));
      watch.stop();
      expect(watch.events).toHaveLength(1);
      expect(watch.navigations).toEqual([false]);
    });

    it('fires on Enter like a click, reached with Tab', async () => {
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don"></alima-donate-button>',
      );
      const watch = watchDonations(button, { cancel: true });
      await userEvent.tab();
      expect(document.activeElement).toBe(link(button));
      await userEvent.keyboard('{Enter}');
      watch.stop();
      expect(watch.events).toHaveLength(1);
    });

    it('reports no amount when the amount was refused', async () => {
      captureWarnings();
      const button = await fixture<AlimaDonateButton>(
        '<alima-donate-button href="/don" amount="0"></alima-donate-button>',
      );
      const watch = watchDonations(button, { cancel: true });
      await userEvent.click(link(button));
      watch.stop();
      expect(watch.events[0]?.amount).toBeUndefined();
    });
  });

  it('shows a visible focus ring', async () => {
    const button = await fixture<AlimaDonateButton>(
      '<alima-donate-button href="/don"></alima-donate-button>',
    );
    await userEvent.tab();
    const style = getComputedStyle(link(button));
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('changes its fill under the pointer, and its text colour when inverted', async () => {
    const container = await fixture(
      `<div><alima-donate-button href="/don"></alima-donate-button>
        <alima-donate-button href="/don" variant="inverted"></alima-donate-button></div>`,
    );
    const [primary, inverted] = [...container.querySelectorAll('alima-donate-button')].map((button) =>
      link(button as AlimaDonateButton),
    ) as [HTMLAnchorElement, HTMLAnchorElement];
    // Without transitions, the computed colours are the final ones at once.
    await emulateMedia({ name: 'prefers-reduced-motion', value: 'reduce' });
    const colours = (anchor: HTMLAnchorElement) => {
      const style = getComputedStyle(anchor);
      return [style.backgroundColor, style.color];
    };
    // The pointer may rest anywhere after earlier tests: each button is read at rest while the other is hovered.
    await userEvent.hover(inverted);
    const primaryAtRest = colours(primary);
    await userEvent.hover(primary);
    const [primaryHovered, invertedAtRest] = [colours(primary), colours(inverted)];
    await userEvent.hover(inverted);
    expect(primaryHovered[0]).not.toBe(primaryAtRest[0]);
    expect(colours(inverted)[1]).not.toBe(invertedAtRest[1]);
  });

  it('stops its colour transition when the user asks for reduced motion', async () => {
    const button = await fixture<AlimaDonateButton>(
      '<alima-donate-button href="/don"></alima-donate-button>',
    );
    expect(getComputedStyle(link(button)).transitionDuration).not.toMatch(/^0s(, 0s)*$/);
    await emulateMedia({ name: 'prefers-reduced-motion', value: 'reduce' });
    expect(getComputedStyle(link(button)).transitionDuration).toMatch(/^0s(, 0s)*$/);
  });

  it('keeps a disabled link distinct from an enabled one in forced-colours mode', async () => {
    captureWarnings();
    const container = await fixture(
      '<div><alima-donate-button href="/don"></alima-donate-button><alima-donate-button></alima-donate-button></div>',
    );
    await emulateMedia({ name: 'forced-colors', value: 'active' });
    const [enabled, disabled] = [...container.querySelectorAll('alima-donate-button')].map((button) =>
      getComputedStyle(link(button)),
    );
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    // The disabled link does not look like a link.
    expect(disabled?.color).not.toBe(enabled?.color);
  });

  it('renders hostile attribute values as text', async () => {
    const button = await fixture<AlimaDonateButton>(
      '<alima-donate-button href="/don" amount="30"></alima-donate-button>',
    );
    button.currency = '<img src=x onerror=alert(1)>';
    button.campaign = '"><script>alert(1)</script>';
    captureWarnings();
    await button.updateComplete;
    expect(button.querySelector('img, script')).toBeNull();
    expect(link(button).getAttribute('href')).toBe(
      '/don?utm_campaign=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E',
    );
  });

  describe('accessibility', () => {
    it.each(donateButtonVariants)(
      'has no axe violations in the %s variant, enabled and disabled',
      async (variant) => {
        captureWarnings();
        const container = await fixture(
          `<div style="background:${variant === 'inverted' ? '#1f1f1f' : '#fff'};padding:1rem">
          <alima-donate-button variant="${variant}" href="/don" amount="30"></alima-donate-button>
          <alima-donate-button variant="${variant}" href="javascript:void(0)"></alima-donate-button>
        </div>`,
        );
        await expectNoAxeViolations(container);
      },
    );

    it('has no axe violations in French', async () => {
      const button = await fixture('<alima-donate-button href="/don" amount="30"></alima-donate-button>', {
        lang: 'fr',
      });
      await expectNoAxeViolations(button);
    });
  });
});
