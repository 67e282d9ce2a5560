import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }

  .base {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem; /* WCAG 2.5.8 target size, with room to spare */
    padding: var(--alima-space-sm, 0.5rem) var(--alima-space-lg, 1.5rem);
    border: 2px solid var(--alima-donate-button-background, var(--alima-color-accent, #e2001a));
    border-radius: var(--alima-donate-button-radius, var(--alima-radius-lg, 8px));
    background-color: var(--alima-donate-button-background, var(--alima-color-accent, #e2001a));
    color: var(--alima-donate-button-color, var(--alima-color-on-accent, #ffffff));
    font: inherit;
    font-weight: var(--alima-font-weight-bold, 700);
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--alima-duration-fast, 100ms) var(--alima-easing-standard, ease-out),
      color var(--alima-duration-fast, 100ms) var(--alima-easing-standard, ease-out);
  }

  .base:hover {
    background-color: var(--alima-donate-button-background-hover, var(--alima-color-accent-hover, #c00016));
    border-color: var(--alima-donate-button-background-hover, var(--alima-color-accent-hover, #c00016));
  }

  :host([variant='inverted']) .base {
    background-color: var(--alima-color-surface, #ffffff);
    color: var(--alima-donate-button-background, var(--alima-color-accent, #e2001a));
  }

  :host([variant='inverted']) .base:hover {
    color: var(--alima-donate-button-background-hover, var(--alima-color-accent-hover, #c00016));
  }

  .base[aria-disabled='true'] {
    border-color: var(--alima-color-border-strong, #74747b);
    background-color: var(--alima-color-surface-raised, #f6f6f7);
    color: var(--alima-color-text-muted, #56565c);
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .base {
      border-color: ButtonText;
      background-color: ButtonFace;
      color: LinkText;
    }
    .base[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
