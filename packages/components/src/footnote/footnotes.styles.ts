import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-size: var(--alima-footnotes-font-size, var(--alima-font-size-sm, 0.8rem));
    color: var(--alima-color-text, #1a1a1d);
  }

  .heading {
    margin-block: 0 var(--alima-space-md, 1rem);
    font-size: var(--alima-font-size-lg, 1.25rem);
    font-weight: var(--alima-font-weight-bold, 700);
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--alima-space-xs, 0.25rem);
  }
`;
