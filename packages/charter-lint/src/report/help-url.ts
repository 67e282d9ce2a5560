import { getVersion } from 'markdownlint';
import { ruleIds } from '../rules/catalogue.js';
import { ruleUrl } from '../rules/rule-meta.js';

/** The package's documentation, where the checks of the engine itself (unreadable files, suppression comments) are listed. */
export const INFORMATION_URI = 'https://github.com/alima-ngo/toolkit/tree/main/packages/charter-lint';
const ENGINE_CHECKS_URI = `${INFORMATION_URI}#checks-of-the-linter-itself`;

/** Where a finding's rule is documented: its charter rule page, markdownlint's page, or the engine's checks. */
export function helpUrl(id: string, charterIds: ReadonlySet<string> = new Set(ruleIds)): string {
  if (charterIds.has(id)) return ruleUrl(id);
  if (/^MD\d{3}$/.test(id)) {
    return `https://github.com/DavidAnson/markdownlint/blob/v${getVersion()}/doc/${id.toLowerCase()}.md`;
  }
  return ENGINE_CHECKS_URI;
}
