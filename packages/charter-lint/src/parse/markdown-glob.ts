/** What a folder argument (and no argument, the current folder) lints, in any case (`.MD`, `.Markdown`). */
export const MARKDOWN_GLOB = '**/*.{md,markdown,mdx}';
