/** A `.docx` that cannot be read: not a zip, a part missing or malformed, too large unzipped. */
export class DocxError extends Error {
  override name = 'DocxError';
}
