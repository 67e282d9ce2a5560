import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { lintKeymap, linter, type LintSource } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, type DOMEventHandlers, type ViewUpdate } from '@codemirror/view';

/** The editor's colours and focus ring from the toolkit's tokens, so both surfaces (and axe) agree. */
const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--alima-color-border-strong)',
    borderRadius: '0.25rem',
    background: 'var(--alima-color-surface)',
    color: 'var(--alima-color-text)',
    height: '100%',
    fontSize: '1rem',
  },
  '&.cm-focused': { outline: '3px solid var(--alima-color-focus-ring)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'var(--alima-font-family-mono, ui-monospace, monospace)', lineHeight: '1.5' },
  '.cm-content': { padding: '0.75rem', caretColor: 'var(--alima-color-text)' },
  '.cm-line': { overflowWrap: 'anywhere' },
  '.cm-cursor': { borderLeftColor: 'var(--alima-color-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    background: 'var(--alima-color-info-surface)',
  },
  '.cm-tooltip, .cm-panels': {
    background: 'var(--alima-color-surface-raised)',
    color: 'var(--alima-color-text)',
    border: '1px solid var(--alima-color-border-strong)',
  },
  '.cm-diagnostic': { padding: '0.4rem 0.6rem', maxWidth: '40rem', whiteSpace: 'normal' },
  // CodeMirror fades the rule id to 70 %: below 4.5:1 on the dark surface.
  '.cm-diagnosticSource': { opacity: '1', color: 'var(--alima-color-text-muted)' },
  '.cm-diagnosticAction': {
    background: 'var(--alima-color-surface)',
    color: 'var(--alima-color-link)',
    border: '1px solid var(--alima-color-border-strong)',
    borderRadius: '0.25rem',
    padding: '0.2rem 0.5rem',
    font: 'inherit',
  },
  '.cm-diagnosticAction:focus-visible, .cm-panel button:focus-visible': {
    outline: '3px solid var(--alima-color-focus-ring)',
    outlineOffset: '2px',
  },
  '.cm-panel.cm-panel-lint ul [aria-selected]': {
    background: 'var(--alima-color-info-surface)',
    color: 'inherit',
  },
  '.cm-panel.cm-panel-lint ul:focus [aria-selected]': {
    background: 'var(--alima-color-info-surface)',
    color: 'var(--alima-color-text)',
  },
  '.cm-panel.cm-panel-lint button[name=close]': {
    color: 'var(--alima-color-text)',
    minWidth: '24px',
    minHeight: '24px',
  },
  // The panel's items are options of a list box, which may hold no buttons: fixes are in the hover card and the table.
  '.cm-panel.cm-panel-lint .cm-diagnosticAction': { display: 'none' },
});

export interface CheckerEditorOptions {
  parent: HTMLElement;
  doc: string;
  /** Runs in the idle time after each change, at most once per `delay`; its answer replaces the findings. */
  lint: LintSource;
  delay: number;
  /** Attributes of the editable region: its accessible name and description, its language. */
  contentAttributes: Record<string, string>;
  /** CodeMirror's own words (its findings panel), translated. */
  phrases: Record<string, string>;
  onUpdate: (update: ViewUpdate) => void;
  /** Run before CodeMirror's own (a paste of rich text); a handler returning `true` takes the event. */
  handlers: DOMEventHandlers<unknown>;
}

/** The draft checker's CodeMirror editor, and a way to change its language once the draft's is known. */
export function createCheckerEditor(options: CheckerEditorOptions) {
  const language = new Compartment();
  const languageExtensions = (
    attributes: Record<string, string>,
    phrases: Record<string, string>,
  ): Extension => [EditorView.contentAttributes.of(attributes), EditorState.phrases.of(phrases)];
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        history(),
        // No Tab binding: Tab leaves the editor, as keyboard users expect of a form field.
        keymap.of([...lintKeymap, ...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        theme,
        linter(options.lint, { delay: options.delay }),
        language.of(languageExtensions(options.contentAttributes, options.phrases)),
        EditorView.updateListener.of(options.onUpdate),
        EditorView.domEventHandlers(options.handlers),
      ],
    }),
  });
  return {
    view,
    setLanguage(attributes: Record<string, string>, phrases: Record<string, string>): void {
      view.dispatch({ effects: language.reconfigure(languageExtensions(attributes, phrases)) });
    },
  };
}
