/** Heading levels an element's own heading can take; a page's `<h1>` is its title, so 1 is not one of them. */
export const headingLevels = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

/** The level to render: the one asked for when it is 2 to 6, otherwise 2. */
export function validHeadingLevel(level: number): HeadingLevel {
  return headingLevels.find((allowed) => allowed === level) ?? 2;
}
