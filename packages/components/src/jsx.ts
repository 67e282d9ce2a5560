/**
 * Typed JSX for React 19, which sets custom elements' properties: import
 * `@alima/components/jsx` once (e.g. `import type {} from '@alima/components/jsx'`)
 * and `<alima-stat-card value={20250000} notation="compact" />` is checked.
 * Only React users load this module, so React stays out of the dependencies.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { AlimaDonateButton, DonateEventDetail } from './donate-button/donate-button.js';
import type { AlimaFootnote } from './footnote/footnote.js';
import type { AlimaFootnoteRef } from './footnote/footnote-ref.js';
import type { AlimaFootnotes } from './footnote/footnotes.js';
import type { AlimaPhotoCredit } from './photo-credit/photo-credit.js';
import type { AlimaStatCard } from './stat-card/stat-card.js';
import type { AlimaStatGroup } from './stat-group/stat-group.js';

/** An element's public properties as optional props, with React's own HTML attributes and `ref`. */
export type ElementProps<E extends HTMLElement, Props extends keyof E> = Partial<Pick<E, Props>> &
  Omit<HTMLAttributes<E>, Props & keyof HTMLAttributes<E>> &
  RefAttributes<E>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; augmenting it needs one.
  namespace JSX {
    interface IntrinsicElements {
      'alima-stat-card': ElementProps<
        AlimaStatCard,
        'value' | 'notation' | 'format' | 'currency' | 'unit' | 'label' | 'footnote' | 'source' | 'variant'
      >;
      'alima-stat-group': ElementProps<AlimaStatGroup, 'heading' | 'headingLevel'>;
      'alima-photo-credit': ElementProps<
        AlimaPhotoCredit,
        'photographer' | 'organization' | 'caption' | 'placement'
      >;
      'alima-footnote-ref': ElementProps<AlimaFootnoteRef, 'footnote'>;
      'alima-footnotes': ElementProps<AlimaFootnotes, 'headingLevel'>;
      'alima-footnote': ElementProps<AlimaFootnote, 'id' | 'source' | 'year' | 'href'>;
      'alima-donate-button': ElementProps<
        AlimaDonateButton,
        | 'href'
        | 'amount'
        | 'currency'
        | 'campaign'
        | 'campaignSource'
        | 'campaignMedium'
        | 'target'
        | 'variant'
      > & {
        /** React 19 listens to custom events named after `on`: cancel to stay on the page. */
        'onalima-donate'?: (event: CustomEvent<DonateEventDetail>) => void;
      };
    }
  }
}
