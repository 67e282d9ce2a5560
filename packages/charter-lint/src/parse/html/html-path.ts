/** Whether a path names a web page (`.html`, `.htm`): linted as HTML, not as Markdown. */
export const isHtmlPath = (path: string): boolean => /\.html?$/i.test(path);
