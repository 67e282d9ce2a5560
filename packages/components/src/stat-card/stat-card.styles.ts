import { css } from 'lit';
import { hostStyles } from '../internal/host-styles.js';

export default [
  hostStyles,
  css`
    :host {
      --alima-stat-card-value-color: var(--alima-color-stat-country, #2a2a2e);
      --alima-stat-card-value-size: var(--alima-font-size-2xl, 1.953rem);
      --alima-stat-card-background: var(--alima-color-surface-raised, #f6f6f7);
      --alima-stat-card-accent: var(--alima-color-border-strong, #74747b);

      min-inline-size: 0;
      color: var(--alima-color-text, #18181b);
      font-family: var(--alima-font-family-sans, system-ui, sans-serif);
    }

    :host([variant='own']) {
      --alima-stat-card-value-color: var(--alima-color-stat-own, #c00016);
      --alima-stat-card-accent: var(--alima-color-accent, #e2001a);
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
      border-inline-start: 0.25rem solid var(--alima-stat-card-accent);
      background: var(--alima-stat-card-background);
      overflow-wrap: break-word;
      hyphens: auto;
    }

    [part='value'] {
      color: var(--alima-stat-card-value-color);
      font-size: var(--alima-stat-card-value-size);
      font-weight: var(--alima-font-weight-bold, 700);
      line-height: var(--alima-font-line-height-tight, 1.2);
      font-variant-numeric: tabular-nums;
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
