const SPECIAL = /[.+^${}()|[\]\\]/g;

function toRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (pattern.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (pattern.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += (character ?? '').replace(SPECIAL, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

/**
 * A matcher for path globs: `*` and `?` within one path segment, `**` across
 * segments; `**` then a slash stands for any number of folders, none included. A pattern
 * without `/` matches the file name anywhere, as in `.gitignore`. Case does
 * not matter (uploads are often renamed in case). Small and dependency-free
 * so the rules run in the browser too.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const tests = patterns.map((pattern) => {
    const expression = toRegExp(pattern);
    return pattern.includes('/')
      ? (path: string) => expression.test(path)
      : (path: string) => expression.test(path.slice(path.lastIndexOf('/') + 1));
  });
  return (path) => {
    const bare = path.replace(/[?#].*$/, '');
    return tests.some((test) => test(bare));
  };
}
