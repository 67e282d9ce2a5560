/** The `--format` values, each the name of a reporter (see `reporters`). */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
