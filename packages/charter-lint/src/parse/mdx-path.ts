/** Files read as MDX: JSX, expressions and `import`/`export` are code, not prose. */
export const isMdxPath = (path: string | undefined): boolean => /\.mdx$/i.test(path ?? '');
