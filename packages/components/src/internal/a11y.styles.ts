import { css } from 'lit';

/**
 * Shared accessibility styles: text for screen readers only, a focus ring that
 * stays visible in forced-colors mode, and no motion for people who asked.
 */
export const a11yStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: var(--alima-focus-ring-width, 2px) solid var(--alima-color-focus-ring, #0b5cad);
    outline-offset: var(--alima-focus-ring-offset, 2px);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    :host {
      transition: none !important;
      animation: none !important;
    }
  }
`;
