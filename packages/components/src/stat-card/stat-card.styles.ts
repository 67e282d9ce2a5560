import { css } from 'lit';
import { hostStyles } from '../internal/host-styles.js';

/*
 * The custom properties are read with their defaults where they are used, not
 * declared on :host, so a page can set them on any ancestor (or on the card)
 * and every variant follows.
 */
export default [
  hostStyles,
  css`
    :host {
      /* fallback.css draws the card's box until the element runs; a shadow root draws its own. */
      --alima-fallback-box: 0;
      min-inline-size: 0;
      color: var(--alima-color-text, #18181b);
      font-family: var(--alima-font-family-sans, system-ui, sans-serif);
    }

    [part='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--alima-space-xs, 0.25rem);
      block-size: 100%;
      margin: 0;
      padding: var(--alima-space-md, 1rem);
      /* Transparent borders turn visible in forced colours, where backgrounds are dropped. */
      border: 1px solid transparent;
      border-inline-start: 0.25rem solid
        var(--alima-stat-card-accent, var(--alima-color-border-strong, #74747b));
      background: var(--alima-stat-card-background, var(--alima-color-surface-raised, #f6f6f7));
      overflow-wrap: break-word;
      hyphens: auto;
    }

    .own {
      border-inline-start-color: var(--alima-stat-card-accent, var(--alima-color-accent, #e2001a));
    }

    [part='value'] {
      color: var(--alima-stat-card-value-color, var(--alima-color-stat-country, #2a2a2e));
      font-size: var(--alima-stat-card-value-size, var(--alima-font-size-2xl, 1.953rem));
      font-weight: var(--alima-font-weight-bold, 700);
      line-height: var(--alima-font-line-height-tight, 1.2);
      font-variant-numeric: tabular-nums;
    }

    .own [part='value'] {
      color: var(--alima-stat-card-value-color, var(--alima-color-stat-own, #c00016));
    }

    [part='label'] {
      font-size: var(--alima-font-size-md, 1rem);
      line-height: var(--alima-font-line-height-snug, 1.35);
    }

    [part='source'] {
      color: var(--alima-color-text-muted, #56565c);
      font-size: var(--alima-font-size-sm, 0.8rem);
    }

    @media (forced-colors: active) {
      [part='base'] {
        border-color: CanvasText;
      }

      [part='value'] {
        color: CanvasText;
      }
    }
  `,
];
