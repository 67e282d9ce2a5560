import { css } from 'lit';

export default css`
  :host {
    display: flex;
    gap: var(--alima-space-2xs, 0.25rem) var(--alima-space-xs, 0.5rem);
    align-items: baseline;
    padding-block: var(--alima-space-2xs, 0.25rem);
    border-radius: var(--alima-radius-s, 0.25rem);
    transition: background-color 0.6s ease-out;
  }

  /* Following a marker lands here: show where. */
  :host(:target) {
    background-color: var(--alima-footnote-target-background, var(--alima-color-highlight, #fff4c2));
  }

  .number {
    min-width: 1.5em;
    font-variant-numeric: tabular-nums;
    font-weight: var(--alima-font-weight-bold, 700);
  }

  .body {
    flex: 1;
    overflow-wrap: anywhere;
  }

  .source {
    font-style: normal;
  }

  a {
    color: var(--alima-footnote-link-color, var(--alima-color-link, #0b4fa8));
    text-underline-offset: 0.15em;
  }

  .backlink {
    padding-inline: 0.2em;
    text-decoration: none;
  }

  @media (forced-colors: active) {
    :host(:target) {
      outline: 2px solid Highlight;
    }
    a {
      color: LinkText;
    }
  }
`;
