import { css } from 'lit';

/**
 * Styles every element starts from: block layout that the `hidden` attribute
 * can still hide, and sizes that include borders, so no element forces a width.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
