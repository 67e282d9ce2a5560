import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { RuleMeta } from '../rules/rule-meta.js';
import { MARKDOWNLINT_SOURCE } from './run-markdownlint.js';

export interface DropSupersededOptions {
  /** The rules that ran; their `supersedes` lists name the markdownlint rules they overlap. */
  rules: readonly { meta: RuleMeta }[];
}

/**
 * Reports a problem once: where a charter rule and the markdownlint rule it
 * supersedes (`footnote-unused` and MD053) both report on a line, the
 * markdownlint finding is dropped, since the charter one says more. Runs
 * after the rules and before the suppression comments.
 */
export function remarkDropSuperseded(options: DropSupersededOptions) {
  const superseding = new Map<string, readonly string[]>();
  for (const { meta } of options.rules) if (meta.supersedes) superseding.set(meta.id, meta.supersedes);
  return (_tree: Root, file: VFile): void => {
    const covered = new Set<string>();
    for (const message of file.messages) {
      const ids = message.ruleId ? superseding.get(message.ruleId) : undefined;
      if (ids === undefined || message.source === MARKDOWNLINT_SOURCE) continue;
      const first = message.line ?? 1;
      const last = message.place && 'end' in message.place ? message.place.end.line : first;
      for (let line = first; line <= last; line++) for (const id of ids) covered.add(`${id}:${line}`);
    }
    if (covered.size === 0) return;
    file.messages = file.messages.filter(
      (message) =>
        message.source !== MARKDOWNLINT_SOURCE || !covered.has(`${message.ruleId}:${message.line}`),
    );
  };
}
