/** A draft that cannot be rendered as written (an unknown registry figure, a bad registry): its message names the file, exit 2. */
export class DraftError extends Error {}
