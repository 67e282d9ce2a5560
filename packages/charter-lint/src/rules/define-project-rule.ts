import type { Project, ProjectFinding } from '../project/project-file.js';
import type { RuleMeta } from './rule-meta.js';

/**
 * A rule that needs the whole set of drafts (a registry, translations, other
 * pages): the command and the language server run it after every file's own
 * lint, on the facts each lint gathered. In a single text (the browser
 * checker, `lintText`) it does not run.
 */
export interface ProjectRule {
  meta: RuleMeta;
  check(project: Project): ProjectFinding[];
}

export function defineProjectRule(meta: RuleMeta, check: ProjectRule['check']): ProjectRule {
  return { meta: { ...meta, project: true }, check };
}
