import { unzipSync } from 'fflate';
import { DocxError } from './docx-error.js';

/**
 * The most a document's XML parts may hold unzipped, all together. Word's
 * XML for a 300-page report is a few megabytes; the cap bounds the work a
 * zip bomb can cause, and images are never unzipped at all.
 */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * The parts of a zip whose names `wanted` accepts, unzipped.
 * fflate inflates each part into a buffer of the size its directory
 * declares, so a part that lies about its size is cut there, not grown:
 * the cap holds whatever the zip says.
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        declared += file.originalSize;
        if (declared > MAX_UNZIPPED_BYTES)
          throw new DocxError(
            `its text parts unzip to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MiB (a zip bomb?); not read`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocxError(`not a readable zip archive (${reason})`);
  }
  return new Map(Object.entries(files));
}
