import { css } from 'lit';

export default css`
  :host {
    display: inline;
  }

  .marker {
    font-size: var(--alima-footnote-ref-font-size, 0.75em);
    line-height: 0;
    vertical-align: super;
  }

  .link {
    padding-inline: 0.15em;
    color: var(--alima-footnote-ref-color, var(--alima-color-link, #c00016));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:hover {
    text-decoration-thickness: 0.15em;
  }

  .missing {
    color: var(--alima-color-danger, #9e0012);
    cursor: help;
  }

  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
    .missing {
      color: CanvasText;
    }
  }
`;
