/** Whether a path names a Word document (`.docx`, any case): it is read as one, whatever its bytes. */
export const isDocxPath = (path: string): boolean => /\.docx$/i.test(path);
