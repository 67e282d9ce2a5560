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
    padding: var(--alima-space-xs, 0.5rem) var(--alima-space-l, 1.5rem);
    border: 2px solid var(--alima-donate-button-background, var(--alima-color-action, #b3261e));
    border-radius: var(--alima-donate-button-radius, var(--alima-radius-m, 0.5rem));
    background-color: var(--alima-donate-button-background, var(--alima-color-action, #b3261e));
    color: var(--alima-donate-button-color, var(--alima-color-on-action, #ffffff));
    font: inherit;
    font-weight: var(--alima-font-weight-bold, 700);
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 0.15s ease-out,
      color 0.15s ease-out;
  }

  .base:hover {
    background-color: var(--alima-donate-button-background-hover, var(--alima-color-action-hover, #8c1d18));
    border-color: var(--alima-donate-button-background-hover, var(--alima-color-action-hover, #8c1d18));
  }

  :host([variant='inverted']) .base {
    background-color: var(--alima-color-on-action, #ffffff);
    color: var(--alima-donate-button-background, var(--alima-color-action, #b3261e));
  }

  :host([variant='inverted']) .base:hover {
    background-color: var(--alima-color-surface-muted, #f6e9e8);
  }

  .base[aria-disabled='true'] {
    border-color: var(--alima-color-border, #767676);
    background-color: var(--alima-color-surface-muted, #f0f0f0);
    color: var(--alima-color-text-muted, #595959);
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
