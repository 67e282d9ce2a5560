import { css } from 'lit';

/*
 * The link is the author's light-DOM <a>, styled through ::slotted(). Page
 * rules for links (`a { color: … }`) outrank a shadow root's normal
 * declarations, so the few a link rule usually sets are !important here, where
 * the shadow root wins; the custom properties remain the way to restyle.
 * fallback.css repeats the box (padding, border, line height, nowrap) so
 * the link keeps its size when the element upgrades.
 */
export default css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* --_fill and --_text: the colours of the current state, set once per state below. */
  ::slotted(a) {
    --_fill: var(--alima-donate-button-background, var(--alima-color-accent, #e2001a));
    --_text: var(--alima-donate-button-color, var(--alima-color-on-accent, #ffffff));
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-block-size: 2.75rem; /* WCAG 2.5.8 target size, with room to spare */
    padding: var(--alima-space-sm, 0.5rem) var(--alima-space-lg, 1.5rem);
    border: 2px solid var(--_fill);
    border-radius: var(--alima-donate-button-radius, var(--alima-radius-lg, 8px));
    background-color: var(--_fill) !important;
    color: var(--_text) !important;
    font: inherit;
    font-weight: var(--alima-font-weight-bold, 700);
    line-height: 1.2;
    text-align: center;
    text-decoration: none !important;
    /* A short label on one line: in a narrow flex row the French label must not stack one word per line. */
    white-space: nowrap;
    cursor: pointer;
    transition-property: background-color, color;
    transition-duration: var(--alima-duration-fast, 100ms);
    transition-timing-function: var(--alima-easing-standard, ease-out);
  }

  ::slotted(a:hover) {
    --_fill: var(--alima-donate-button-background-hover, var(--alima-color-accent-hover, #c00016));
  }

  /* Inverted: the surface as fill, the accent as text. */
  .inverted::slotted(a) {
    --_text: var(--alima-donate-button-background, var(--alima-color-accent-text, #e2001a));
    background-color: var(--alima-color-surface, #ffffff) !important;
  }

  .inverted::slotted(a:hover) {
    --_text: var(--alima-donate-button-background-hover, var(--alima-color-accent-text-hover, #c00016));
  }

  ::slotted(a[aria-disabled='true']) {
    border-color: var(--alima-color-border-strong, #74747b);
    background-color: var(--alima-color-surface-raised, #f6f6f7) !important;
    color: var(--alima-color-text-muted, #56565c) !important;
    cursor: not-allowed;
  }

  ::slotted(a:focus-visible) {
    outline: var(--alima-focus-ring-width, 2px) solid var(--alima-color-focus-ring, #0b5cad);
    outline-offset: var(--alima-focus-ring-offset, 2px);
  }

  @media (prefers-reduced-motion: reduce) {
    ::slotted(a) {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    ::slotted(a) {
      border-color: ButtonText;
      background-color: ButtonFace !important;
      color: LinkText !important;
    }
    ::slotted(a[aria-disabled='true']) {
      border-color: GrayText;
      color: GrayText !important;
    }
    ::slotted(a:focus-visible) {
      outline-color: Highlight;
    }
  }

  /* A donate button means nothing on paper. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
