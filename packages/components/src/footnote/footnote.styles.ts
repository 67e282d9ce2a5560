import { css } from 'lit';

export default css`
  :host {
    display: flex;
    gap: var(--alima-space-xs, 0.25rem) var(--alima-space-sm, 0.5rem);
    align-items: baseline;
    /* One line is as tall as a back link, cited or not, before the script runs (fallback.css) or after. */
    min-height: calc(24px + 2 * var(--alima-space-xs, 0.25rem));
    padding-block: var(--alima-space-xs, 0.25rem);
    border-radius: var(--alima-radius-md, 4px);
    transition: background-color var(--alima-duration-slow, 320ms) var(--alima-easing-standard, ease-out);
  }

  /* Following a marker lands here: show where. */
  :host(:target) {
    background-color: var(--alima-footnote-target-background, var(--alima-color-warning-surface, #fdf1dc));
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
    color: var(--alima-footnote-link-color, var(--alima-color-link, #c00016));
    text-underline-offset: 0.15em;
  }

  /* WCAG 2.2 target size: at least 24 × 24 px, whatever the list's font size. */
  .backlink {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
    padding-inline: 0.2em;
    text-decoration: none;
  }

  .arrow {
    display: inline-block;
  }

  /* ↩ points back along the line: the other way in right-to-left text. */
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }

  /* On paper a link cannot be followed: print its address after the source, and no back links. */
  @media print {
    .source[href]::after {
      content: ' (' attr(href) ')';
    }
    .backlink {
      display: none;
    }
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
