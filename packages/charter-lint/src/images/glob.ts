/**
 * One step of a compiled glob: a character (compared without case), `?` (one
 * character but `/`), `*` (a run without `/`), `**` (any run), or `**` then a
 * slash (any number of folders, none included: nothing, or a run ending in `/`).
 */
type Step = { kind: 'char'; char: string } | { kind: 'one' | 'star' | 'globstar' | 'folders' };

function compile(pattern: string): Step[] {
  const steps: Step[] = [];
  for (let index = 0; index < pattern.length; index++) {
    if (pattern.startsWith('**/', index)) {
      steps.push({ kind: 'folders' });
      index += 2;
    } else if (pattern.startsWith('**', index)) {
      steps.push({ kind: 'globstar' });
      index += 1;
    } else if (pattern[index] === '*') steps.push({ kind: 'star' });
    else if (pattern[index] === '?') steps.push({ kind: 'one' });
    else steps.push({ kind: 'char', char: (pattern[index] ?? '').toLowerCase() });
  }
  return steps;
}

/**
 * Whether `steps` match all of `text`, by running every way through the
 * pattern at once (a Thompson automaton): `at[i]` means "step i comes next",
 * `inFolders[i]` "inside step i's folders, before their final slash". Time
 * is the text's length times the pattern's, whatever the pattern: the
 * regular expression this replaced backtracked exponentially on `*a*a*a…`
 * (21.5 s on a 32-character name).
 */
function matches(steps: readonly Step[], text: string): boolean {
  const count = steps.length;
  let at = new Uint8Array(count + 1);
  let inFolders = new Uint8Array(count);
  let nextAt = new Uint8Array(count + 1);
  let nextInFolders = new Uint8Array(count);
  // Steps that may match nothing let the next step start at once.
  const close = (states: Uint8Array) => {
    for (let index = 0; index < count; index++) {
      const kind = steps[index]?.kind;
      if (states[index] && kind !== 'char' && kind !== 'one') states[index + 1] = 1;
    }
  };

  at[0] = 1;
  close(at);
  const lower = text.toLowerCase();
  for (let position = 0; position < lower.length; position++) {
    const char = lower[position];
    nextAt.fill(0);
    nextInFolders.fill(0);
    const slash = char === '/';
    let alive = false;
    for (let index = 0; index < count; index++) {
      if (inFolders[index]) {
        nextInFolders[index] = 1;
        if (slash) nextAt[index + 1] = 1;
        alive = true;
      }
      const step = steps[index];
      if (!at[index] || step === undefined) continue;
      if (step.kind === 'char') {
        if (step.char === char) nextAt[index + 1] = 1;
      } else if (step.kind === 'one') {
        if (!slash) nextAt[index + 1] = 1;
      } else if (step.kind === 'star') {
        if (!slash) nextAt[index] = 1;
      } else if (step.kind === 'globstar') {
        nextAt[index] = 1;
      } else {
        nextInFolders[index] = 1;
        if (slash) nextAt[index + 1] = 1;
      }
      alive = true;
    }
    if (!alive) return false;
    close(nextAt);
    [at, nextAt] = [nextAt, at];
    [inFolders, nextInFolders] = [nextInFolders, inFolders];
  }
  return at[count] === 1;
}

/**
 * A matcher for path globs: `*` and `?` within one path segment, `**` across
 * segments; `**` then a slash stands for any number of folders, none included. A pattern
 * without `/` matches the file name anywhere, as in `.gitignore`. Case does
 * not matter (uploads are often renamed in case). Small and dependency-free
 * so the rules run in the browser too, and linear in the path's length.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const tests = patterns.map((pattern) => {
    const steps = compile(pattern);
    return pattern.includes('/')
      ? (path: string) => matches(steps, path)
      : (path: string) => matches(steps, path.slice(path.lastIndexOf('/') + 1));
  });
  return (path) => {
    const end = path.search(/[?#]/);
    const bare = end < 0 ? path : path.slice(0, end);
    return tests.some((test) => test(bare));
  };
}
