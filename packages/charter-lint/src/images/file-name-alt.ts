/** Shapes of alt text that a CMS or a camera wrote, not a person. */
const FILE_NAME_SHAPES: readonly RegExp[] = [
  // A file name: `IMG_2041.jpg`, `photo.png`.
  /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic|bmp)$/iu,
  // A camera or archive number: `IMG_2041`, `DSC_0042`, `A7303717`, `PXL20230611`.
  /^[a-z_]{1,5}[_-]?\d{3,}$/iu,
  // WordPress's upload suffixes: `CONTEXTE 4 scaled`, `mali 1024x683`, `photo e1589467`.
  /(?:^|[\s_-])(?:scaled|rotated|e\d{7,}|\d{2,4}x\d{2,4})$/iu,
  // A capitalised slug and its number: `IMPACT 7`, `CONTEXTE-4`.
  /^\p{Lu}{3,}(?:[\s_-]\p{Lu}{3,})*[\s_-]\d{1,3}$/u,
  // A slug: `mopti_clinic`, `mopti-clinic-2020`.
  /^[\p{L}\d]+(?:_[\p{L}\d]+)+$|^[\p{L}\d]+(?:-[\p{L}\d]+){2,}$/u,
];

/** Whether alt text is a file name or CMS slug rather than a description. */
export function looksLikeFileName(alt: string): boolean {
  const text = alt.trim();
  return text !== '' && FILE_NAME_SHAPES.some((shape) => shape.test(text));
}
