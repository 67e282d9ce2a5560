import type { Position } from 'unist';

/** How an image is written: `![alt](src)`, `![alt][ref]`, or HTML `<img>` (in a `<figure>` or not). */
export type ImageKind = 'markdown' | 'reference' | 'html';

/** Where an image's credit was found. */
export type CreditPlace = 'title' | 'line' | 'figcaption' | 'element';

/** The credit of an image, as written. */
export interface Credit {
  place: CreditPlace;
  /** The credit from its marker on: `© Nana Kofi Acquah / ALIMA`, `Photo : Jane Doe`. */
  text: string;
  /** Who is credited, after `©` or `Photo:`: `Nana Kofi Acquah / ALIMA`. */
  name: string;
  /** Where the credit is; the image itself for `<alima-photo-credit>`. */
  position: Position;
  /** Source offset of `text`, when the credit is written out in the source (for fixes). */
  offset?: number;
}

/** An image in a document, with its credit when it has one. */
export interface Image {
  kind: ImageKind;
  src: string;
  /** The alt text; `undefined` when an `<img>` has no `alt` attribute. */
  alt: string | undefined;
  position: Position;
  credit?: Credit;
}

/** What the writer calls an image in a message: its alt text, else its file name. */
export const imageLabel = (image: Image): string =>
  image.alt?.trim() ||
  image.src
    .replace(/[?#].*$/, '')
    .split('/')
    .pop() ||
  image.src;
