import type { Html } from 'mdast';
import type { Marker } from 'mdast-comment-marker';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** `<!-- charter-lint ignore rule -- why -->`: the text after a free-standing `--` is the reason. */
const REASON = /(?:^|\s)--(?:\s+([^]*))?$/;

/** A verb and rule ids separated by spaces: `ignore sourced-figures MD013`. */
const WELL_FORMED_DIRECTIVE = /^[A-Za-z]+(?:\s+[\w-]+)*$/;

const CHARTER_COMMENT = /^<!--\s*charter-lint(?:\s+([^]*?))?\s*-->$/;

/**
 * The marker of a `<!-- charter-lint … -->` comment whose reason
 * mdast-comment-marker cannot parse as attributes (quotes, `=`).
 */
export function charterMarker(node: Node): Marker | undefined {
  if (node.type !== 'html') return undefined;
  const html = node as Html;
  const match = CHARTER_COMMENT.exec(html.value);
  if (!match) return undefined;
  const attributes = (match[1] ?? '').trim();
  // Only the reason may hold what comment-marker cannot read: commas or colons among the ids stay malformed.
  const reason = REASON.exec(attributes);
  const directive = reason ? attributes.slice(0, reason.index) : attributes;
  if (!WELL_FORMED_DIRECTIVE.test(directive.trim())) return undefined;
  return { name: 'charter-lint', attributes, parameters: {}, node: html };
}

/** A suppression comment as read: what it does, to which rules, and why. */
interface Suppressor {
  verb: string;
  ruleIds: string[];
  reason: string | undefined;
  offset: number;
}

/** A finding a suppression comment silenced, with the comment's reason. */
export interface SuppressedMessage {
  message: VFileMessage;
  justification: string | undefined;
}

const SUPPRESSED = 'charterLintSuppressed';

/**
 * Reads the reasons of suppression comments and, once the comments are
 * applied, which findings each silenced. Call `read` on each marker before
 * unified-message-control sees it (it returns the marker without the
 * reason), `record` with the messages before and after.
 */
export class SuppressionReasons {
  private readonly suppressors: Suppressor[] = [];

  /** The marker without its reason, so the reason's words are not taken for rule ids. */
  read(marker: Marker): Marker {
    const match = REASON.exec(marker.attributes);
    const attributes = match ? marker.attributes.slice(0, match.index).trim() : marker.attributes;
    const [verb = '', ...ruleIds] = attributes.split(/\s+/).filter(Boolean);
    const offset = marker.node.position?.start.offset ?? 0;
    this.suppressors.push({ verb, ruleIds, reason: match?.[1]?.trim() || undefined, offset });
    return { ...marker, attributes };
  }

  /** Keeps on `file` the messages that were removed, each with the reason of the latest comment that covers it. */
  record(file: VFile, before: readonly VFileMessage[], offsetOf: (message: VFileMessage) => number): void {
    const kept = new Set(file.messages);
    const suppressed: SuppressedMessage[] = [];
    for (const message of before) {
      if (kept.has(message)) continue;
      const offset = offsetOf(message);
      const covering = this.suppressors.findLast(
        (suppressor) =>
          suppressor.offset <= offset &&
          suppressor.verb !== 'enable' &&
          (suppressor.ruleIds.length === 0 || suppressor.ruleIds.includes(message.ruleId ?? '')),
      );
      suppressed.push({ message, justification: covering?.reason });
    }
    if (suppressed.length > 0) (file.data as Record<string, unknown>)[SUPPRESSED] = suppressed;
  }
}

/** The findings suppression comments silenced on `file`, with their reasons. */
export const suppressedMessages = (file: VFile): readonly SuppressedMessage[] =>
  ((file.data as Record<string, unknown>)[SUPPRESSED] as SuppressedMessage[] | undefined) ?? [];
