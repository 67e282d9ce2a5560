import type { Root } from 'mdast';
import { commentMarker, type Marker } from 'mdast-comment-marker';
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { didYouMean } from '../config/did-you-mean.js';
import { MARKDOWNLINT_RULE_IDS, MARKDOWNLINT_SOURCE } from '../markdownlint/markdownlint-plugin.js';
import { setSeverity } from '../report/severity.js';
import { SOURCE } from '../rules/define-rule.js';
import { ruleIds } from '../rules/catalogue.js';
import { charterMarker, SuppressionReasons } from './reasons.js';

/** The marker name in `<!-- charter-lint disable RULE -->`. */
export const MARKER_NAME = 'charter-lint';
/** The rule id of findings about the suppression comments themselves. */
export const SUPPRESSION_RULE_ID = 'suppression-comment';

const VERBS = ['enable', 'disable', 'ignore'];

/** A marker name that means ours but is not it: `charter-lint-disable`, `charterlint`, `Charter-Lint`. */
const MISSPELT_MARKER = /^charter-?lint/i;
/** A comment that starts like ours but that comment-marker cannot read (`charter-lint: …`, `a, b`, text after it). */
const MALFORMED_COMMENT = /<!--\s*charter-?lint/i;
const MALFORMED_MESSAGE =
  'Malformed suppression comment, not applied: write `<!-- charter-lint disable RULE… -->` (or enable, ignore) alone on its line, rule ids separated by spaces.';

export interface SuppressionOptions {
  /** Rule ids a comment may name; others are reported. Default: the catalogue and markdownlint ids. */
  known?: readonly string[];
}

function reportComment(file: VFile, node: Marker['node'], reason: string): void {
  const message = file.message(reason, { place: node.position, ruleId: SUPPRESSION_RULE_ID, source: SOURCE });
  setSeverity(message, 'warning');
}

/**
 * Enable, disable and ignore findings with comments, through
 * unified-message-control (the engine of remark-message-control). Must run
 * after every rule: it filters the messages already on the file. Unlike
 * remark-message-control, a comment with an unknown keyword is reported
 * instead of aborting the file, unknown rule ids get a "did you mean", and a
 * comment that looks meant for charter-lint but cannot be read (a misspelt
 * marker, commas between ids, text after it) is reported instead of ignored.
 */
export function remarkCharterSuppression(options: SuppressionOptions = {}) {
  const known = options.known ?? [...ruleIds, ...MARKDOWNLINT_RULE_IDS];
  return (tree: Root, file: VFile): void => {
    // Without the marker name there is no comment to read: skip the walk over the whole tree.
    if (!/charter-?lint/i.test(String(file.value))) return;
    // messageControl removes suppressed messages from the list: remember the ones before it, not an index.
    const before = [...file.messages];
    const earlier = new Set(before);
    const reasons = new SuppressionReasons();
    messageControl(tree, {
      file,
      name: MARKER_NAME,
      known: [...known],
      source: [SOURCE, MARKDOWNLINT_SOURCE],
      test: 'html',
      marker(node) {
        const found = commentMarker(node) ?? charterMarker(node);
        if (found?.name !== MARKER_NAME) {
          const value = 'value' in node ? String(node.value) : '';
          if (MISSPELT_MARKER.test(found?.name ?? '') || (!found && MALFORMED_COMMENT.test(value))) {
            reportComment(file, node as Marker['node'], MALFORMED_MESSAGE);
            return undefined;
          }
          return found;
        }
        const marker = reasons.read(found);
        const verb = marker.attributes.split(/\s+/)[0] ?? '';
        if (VERBS.includes(verb)) return marker;
        reportComment(
          file,
          marker.node,
          `Unknown suppression keyword "${verb}": expected enable, disable or ignore.${didYouMean(verb, VERBS)}`,
        );
        return undefined;
      },
    });
    const toOffset = location(file).toOffset;
    reasons.record(
      file,
      before,
      (message) => toOffset({ line: message.line ?? 1, column: message.column ?? 1 }) ?? 0,
    );
    // unified-message-control words its own messages about unknown ids; ours name the fix.
    for (const message of file.messages) {
      if (earlier.has(message) || message.source !== 'unified-message-control') continue;
      const id = /`'(.+)'`/.exec(message.reason)?.[1] ?? '';
      message.reason =
        message.message = `Unknown rule "${id}" in a suppression comment.${didYouMean(id, known)}`;
      message.ruleId = SUPPRESSION_RULE_ID;
      message.source = SOURCE;
      setSeverity(message, 'warning');
    }
  };
}
