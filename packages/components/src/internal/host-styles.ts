import { css } from 'lit';

/**
 * Styles every element starts from: block layout that the `hidden` attribute
 * can still hide, and sizes that include borders, so no element forces a width.
 * A server-rendered element is not defined until its script runs, so
 * fallback.css also gives it generated text (a group's heading, a credit, a
 * note's number and source) that its shadow root already shows: hidden here,
 * important so these shadow styles win, or it would show twice and vanish on
 * hydration, moving the page.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host::before,
  :host::after {
    content: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
