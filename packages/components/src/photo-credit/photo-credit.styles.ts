import { css } from 'lit';
import { hostStyles } from '../internal/host-styles.js';

export default [
  hostStyles,
  css`
    :host {
      color: var(--alima-color-text, #18181b);
      font-family: var(--alima-font-family-sans, system-ui, sans-serif);
    }

    [part='base'] {
      display: grid;
      /* As wide as the photo, up to the container: the overlay credit's end edge is the photo's. */
      grid-template-columns: fit-content(100%);
      gap: var(--alima-space-xs, 0.25rem);
      margin: 0;
    }

    .media {
      grid-area: 1 / 1;
    }

    ::slotted(img),
    ::slotted(picture) {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
    }

    /* The caption's children take grid cells of the figure, so the credit can sit over the photo. */
    figcaption {
      display: contents;
    }

    [part='credit'],
    [part='caption'] {
      font-size: var(--alima-font-size-sm, 0.8rem);
      line-height: var(--alima-font-line-height-snug, 1.35);
    }

    [part='credit'] {
      color: var(--alima-color-text-muted, #56565c);
    }

    /* A long caption wraps under the photo instead of widening the figure. */
    [part='caption'] {
      contain: inline-size;
    }

    .overlay [part='credit'] {
      grid-area: 1 / 1;
      align-self: end;
      justify-self: end;
      max-inline-size: 100%;
      padding: var(--alima-space-2xs, 0.125rem) var(--alima-space-sm, 0.5rem);
      /* Opaque, not translucent: the contrast must not depend on the photo. */
      background: var(--alima-photo-credit-overlay-background, var(--alima-color-credit-overlay-bg, #111113));
      color: var(--alima-photo-credit-overlay-color, var(--alima-color-credit-overlay-text, #fff));
    }

    @media (forced-colors: active) {
      .overlay [part='credit'] {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
    }
  `,
];
