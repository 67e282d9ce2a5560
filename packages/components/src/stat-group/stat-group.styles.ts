import { css } from 'lit';
import { hostStyles } from '../internal/host-styles.js';

export default [
  hostStyles,
  css`
    :host {
      /* fallback.css keeps this space for its heading until the element runs; a shadow root shows its own. */
      --alima-fallback-heading-space: 0;
      color: var(--alima-color-text, #18181b);
      font-family: var(--alima-font-family-sans, system-ui, sans-serif);
    }

    [part='heading'] {
      margin-block-end: var(--alima-space-md, 1rem);
      font-size: var(--alima-font-size-xl, 1.563rem);
      font-weight: var(--alima-font-weight-bold, 700);
      line-height: var(--alima-font-line-height-tight, 1.2);
    }

    [part='grid'] {
      display: grid;
      /* min() keeps one column from overflowing a container narrower than the minimum. */
      grid-template-columns: repeat(
        auto-fit,
        minmax(min(100%, var(--alima-stat-group-column-min, 14rem)), 1fr)
      );
      gap: var(--alima-stat-group-gap, var(--alima-space-md, 1rem));
    }
  `,
];
