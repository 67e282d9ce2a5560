import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-size: var(--alima-footnotes-font-size, var(--alima-font-size-s, 0.875rem));
    color: var(--alima-color-text, #1f1f1f);
  }

  .heading {
    margin-block: 0 var(--alima-space-s, 0.75rem);
    font-size: var(--alima-font-size-l, 1.25rem);
    font-weight: var(--alima-font-weight-bold, 700);
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--alima-space-2xs, 0.25rem);
  }
`;
