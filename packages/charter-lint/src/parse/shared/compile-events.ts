import type { Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import type { Construct, Event, Extension } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    charterInjectedEvents: 'charterInjectedEvents';
  }
}

/** A private-use character: the whole "document" the injecting construct parses. */
const PLACEHOLDER = 0xe000;

/**
 * A micromark extension whose only construct swaps the document's events for
 * `events` when the document is resolved. mdast-util-from-markdown exposes
 * its compiler only behind a parse; this feeds it events parsed elsewhere.
 */
function injecting(events: Event[]): Extension {
  const construct: Construct = {
    name: 'charterInjectedEvents',
    tokenize(effects, ok) {
      return (code) => {
        effects.enter('charterInjectedEvents');
        effects.consume(code);
        effects.exit('charterInjectedEvents');
        return ok;
      };
    },
    continuation: { tokenize: (_effects, _ok, nok) => nok },
    exit() {},
    resolveAll: () => events,
  };
  return { document: { [PLACEHOLDER]: construct } };
}

/** The mdast tree mdast-util-from-markdown compiles from micromark `events`. */
export function compileEvents(events: Event[], mdastExtensions: MdastExtension[]): Root {
  return fromMarkdown(String.fromCharCode(PLACEHOLDER), {
    extensions: [injecting(events)],
    mdastExtensions,
  });
}
