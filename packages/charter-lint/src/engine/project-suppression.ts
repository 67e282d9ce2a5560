import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { FileFacts, Place, SuppressedPlace } from '../project/facts.js';
import { TOP } from '../project/project-file.js';
import { SOURCE } from '../rules/define-rule.js';
import { projectRules } from '../rules/catalogue.js';
import { remarkCharterSuppression } from '../suppression/message-control.js';
import { suppressedMessages } from '../suppression/reasons.js';

const MARKER = /charter-?lint/i;

/**
 * Where a finding about the whole file (placed at its top) is tested: the
 * start of its body, after any front matter, so a comment opening the body
 * (`<!-- charter-lint disable translation-parity -- reason -->`) covers it.
 */
function bodyStart(tree: Root): Place {
  const start = tree.children.find((node) => node.type !== 'yaml')?.position?.start;
  return start === undefined
    ? TOP
    : { line: start.line, column: start.column, endLine: start.line, endColumn: start.column };
}

/**
 * The places where the file's suppression comments silence a project rule.
 * Project findings come after every file's own lint, from facts, when the
 * file's tree is long gone; so each place a project finding can take (a
 * figure, a note, a picture, a donate button, the file's top) is tried here,
 * through the same suppression engine as every other finding, with one probe
 * message per project rule. `undefined` when the file has no suppression
 * comment (nearly always: nothing is tried).
 */
export function suppressedProjectPlaces(
  tree: Root,
  text: string,
  facts: FileFacts,
): SuppressedPlace[] | undefined {
  if (!MARKER.test(text)) return undefined;
  const probes = new VFile({ value: text });
  const top = bodyStart(tree);
  const places: [Place, Place][] = [
    [top, TOP],
    ...[...facts.figures, ...facts.notes, ...facts.images, ...facts.donate].map((place): [Place, Place] => [
      place,
      place,
    ]),
  ];
  // Which reported place each probe stands for: a finding at the top is reported at 1:1.
  const reportedAt = new Map<object, Place>();
  for (const rule of projectRules) {
    for (const [tried, reported] of places) {
      const probe = probes.message('probe', {
        place: { line: tried.line, column: tried.column },
        ruleId: rule.meta.id,
        source: SOURCE,
      });
      reportedAt.set(probe, reported);
    }
  }
  remarkCharterSuppression()(tree, probes);
  const suppressed = suppressedMessages(probes).flatMap(({ message, justification }) => {
    const place = reportedAt.get(message);
    return place === undefined
      ? []
      : [
          {
            ruleId: message.ruleId ?? '',
            line: place.line,
            column: place.column,
            justification: justification ?? '',
          },
        ];
  });
  return suppressed.length > 0 ? suppressed : undefined;
}
