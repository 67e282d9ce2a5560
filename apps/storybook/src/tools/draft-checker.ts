import {
  forceLinting,
  setDiagnostics,
  setDiagnosticsEffect,
  type Action,
  type Diagnostic,
} from '@codemirror/lint';
import { ChangeSet, type Text } from '@codemirror/state';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  REASON_PLACEHOLDER,
  ruleIds,
  type FileReport,
  type Lang,
  type ReportedSeverity,
  type ReportMessage,
} from '@alima/charter-lint';
import { ruleHref } from '../writing-rules/rule-link.js';
import { CHECKER_LABELS, label, type CheckerLabels } from './checker-labels.js';
import { createCheckerEditor } from './checker-editor.js';
import { applyFilter, filterCounts, SEVERITY_ORDER, SHOW_ALL, type FindingFilter } from './finding-filter.js';
import { findingRange } from './finding-range.js';
import { findingSummary } from './finding-summary.js';
import { DOWNLOAD_FORMATS, type DownloadFormat } from './lint-protocol.js';
import { LintClient } from './lint-client.js';
import { ACCEPTED_FILES, openedKind, type OpenedDraft } from './opened-draft.js';
import '../docs-blocks.css';

/** Rows the findings table shows before "Show all": enough to work through, few enough to render at once. */
const ROW_LIMIT = 100;

const SEVERITY_LABEL = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

/**
 * A writer pastes a Markdown draft into an editor and sees what
 * `@alima/charter-lint` finds as they type: findings underlined in the text
 * with their message on hover, quick fixes that apply a replacement,
 * "ignore here" that inserts a suppression comment with a reason, a filter
 * by severity and rule with counts, and the findings to download as SARIF or
 * JSON. The real linter runs in a Web Worker, so typing never waits for it;
 * the labels follow the draft's language (English or French). Rich text
 * pasted over the draft (from Word, Google Docs, a web page) is checked as
 * the web page the clipboard holds, its HTML source in the editor; a file
 * dropped on the editor or opened with the file button is checked as what
 * it is: a `.docx` as a Word document (findings only), a `.html` page as
 * HTML, a `.md` file as Markdown.
 *
 * @summary The live draft checker of the Tools section.
 *
 * @event draft-checked - Fired after each check, once the findings are shown.
 */
@customElement('draft-checker')
export class DraftChecker extends LitElement {
  /** The Markdown shown when the page opens. */
  @property() draft = '';

  /** Milliseconds of quiet typing before the draft is checked again. */
  @property({ type: Number }) delay = 300;

  /** The path the draft stands for: its extension tells the linter how to read it. */
  @property({ attribute: 'file-path' }) filePath = 'draft.md';

  @state() private report: FileReport | undefined;
  @state() private draftLang: Lang = 'en';
  @state() private filter: FindingFilter = SHOW_ALL;
  @state() private failure = '';
  @state() private allRows = false;
  /** A pasted page or an opened file being checked instead of the Markdown draft. */
  @state() private opened: OpenedDraft | undefined;

  private client: LintClient | undefined;
  private editor: ReturnType<typeof createCheckerEditor> | undefined;
  /** The document the report is about, and the edits since: the table's actions map its positions through them. */
  private lintedDoc: Text | undefined;
  private sinceLint: ChangeSet | undefined;
  /** The edits made while "ignore here" waits for the worker, one record per waiting request. */
  private readonly waiting = new Set<{ changes: ChangeSet }>();
  /** Counts the documents shown, so a Word document's late answer cannot replace a newer document's findings. */
  private shownCount = 0;

  // Light DOM, so the docs theme and the page's own styles reach the findings table.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The findings of the last check, `undefined` before the first one or when it failed. */
  get findings(): FileReport | undefined {
    return this.report;
  }

  /** The text the findings are about: the draft as it stood at the last check. */
  get checkedText(): string | undefined {
    return this.lintedDoc?.toString();
  }

  /** The draft as it stands in the editor. */
  get text(): string {
    return this.editor?.view.state.doc.toString() ?? this.draft;
  }

  /** The path the checked document stands for: the draft's, or the pasted page's or opened file's. */
  private get checkedPath(): string {
    return this.opened?.filePath ?? this.filePath;
  }

  private get labels(): CheckerLabels {
    return CHECKER_LABELS[this.draftLang];
  }

  protected override updated(): void {
    if (this.editor) return;
    this.client = new LintClient();
    this.editor = createCheckerEditor({
      parent: this.querySelector('.draft-checker__editor') as HTMLElement,
      doc: this.draft,
      delay: this.delay,
      lint: async (view) => {
        const doc = view.state.doc;
        try {
          const { report, lang } = await (this.client as LintClient).lint({
            text: doc.toString(),
            filePath: this.checkedPath,
          });
          // A stale answer (CodeMirror drops it and checks the current text), or a Word document shown meanwhile.
          if (view.state.doc !== doc || this.opened?.kind === 'docx') return [];
          this.accept(report, lang, doc);
        } catch (error) {
          this.fail(error);
          return [];
        }
        return this.diagnostics(doc);
      },
      contentAttributes: this.editorAttributes(),
      phrases: this.labels.editor,
      onUpdate: (update) => this.onEditorUpdate(update),
      handlers: { paste: (event, view) => this.pasteRichText(event, view) },
    });
  }

  /**
   * Rich text pasted over the whole draft (everything selected, an empty
   * editor, or the sample not yet edited) becomes the checked document: the
   * clipboard's HTML, checked as `pasted.html`, its source in the editor so
   * the underlines land on the words. A rich-text paste into part of a draft
   * stays a plain-text paste into Markdown, as does a paste of text alone.
   */
  private pasteRichText(event: ClipboardEvent, view: EditorView): boolean {
    const page = event.clipboardData?.getData('text/html') ?? '';
    const { from, to } = view.state.selection.main;
    const doc = view.state.doc;
    const overDraft = (from === 0 && to === doc.length) || doc.toString() === this.draft;
    if (!page.trim() || !overDraft) return false;
    event.preventDefault();
    const fallback = event.clipboardData?.getData('text/plain') ?? '';
    this.show(page, { kind: 'html', origin: 'paste', filePath: 'pasted.html', fallback });
    return true;
  }

  /** Puts `text` in the editor, checked as `opened` says (as the Markdown draft when `undefined`). */
  private show(text: string, opened: OpenedDraft | undefined): void {
    const view = this.editor?.view;
    if (!view) return;
    this.shownCount++;
    this.opened = opened;
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      selection: { anchor: 0 },
      scrollIntoView: true,
    });
  }

  /** Opens a dropped or chosen file; the draft it replaces is what the "back" button restores. */
  private async openFile(file: File): Promise<void> {
    const kind = openedKind(file.name);
    if (!kind) {
      this.failure = label(this.draftLang, this.labels.unsupported, { name: file.name });
      return;
    }
    const fallback = this.opened?.fallback ?? this.text;
    if (kind === 'docx') return this.openDocx(file, fallback);
    const text = await file.text();
    this.show(text, kind === 'html' ? { kind, origin: 'file', filePath: file.name, fallback } : undefined);
  }

  /** A Word document cannot be shown as editable text: the editor is hidden and the findings listed. */
  private async openDocx(file: File, fallback: string): Promise<void> {
    const shown = ++this.shownCount;
    this.opened = { kind: 'docx', filePath: file.name, fallback };
    this.report = undefined;
    this.lintedDoc = undefined;
    try {
      const bytes = await file.arrayBuffer();
      const { report, lang } = await (this.client as LintClient).lint({ bytes, filePath: file.name });
      if (shown !== this.shownCount) return;
      this.report = report;
      this.failure = '';
      this.setLang(lang);
    } catch (error) {
      if (shown !== this.shownCount) return;
      this.fail(error);
    }
    await this.updateComplete;
    this.dispatchEvent(new Event('draft-checked', { bubbles: true }));
  }

  /** A file dropped anywhere on the input side; dropped text is left to CodeMirror, which inserts it. */
  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    // Before CodeMirror, which would insert the file's bytes as text.
    event.preventDefault();
    event.stopPropagation();
    void this.openFile(file);
  }

  /** A linter bug must not eat the writer's text: say so and keep the draft as it is. */
  private fail(error: unknown): void {
    this.failure = label(this.draftLang, this.labels.failed, {
      error: error instanceof Error ? error.message : String(error),
    });
    this.report = undefined;
    this.lintedDoc = undefined;
  }

  /**
   * Renders the findings in a task of their own: the editor's underlines
   * come first, the table after, so neither makes typing wait.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the editor was closed on leaving; open it again.
    if (this.hasUpdated && !this.editor) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The writer's text survives a move in the page: it becomes the draft the editor reopens with.
    if (this.editor) this.draft = this.text;
    this.editor?.view.destroy();
    this.client?.terminate();
    this.editor = undefined;
    this.client = undefined;
  }

  private editorAttributes(): Record<string, string> {
    return {
      'aria-labelledby': 'draft-checker-label',
      'aria-describedby': 'draft-checker-hint',
      lang: this.draftLang,
      spellcheck: 'true',
      // Focusable already (contenteditable); said explicitly so checkers see its scrolling region is reachable.
      tabindex: '0',
    };
  }

  private accept(report: FileReport, lang: Lang, doc: Text): void {
    this.report = report;
    this.failure = '';
    this.lintedDoc = doc;
    this.sinceLint = ChangeSet.empty(doc.length);
    this.setLang(lang);
  }

  private setLang(lang: Lang): void {
    if (lang !== this.draftLang) {
      this.draftLang = lang;
      this.editor?.setLanguage(this.editorAttributes(), this.labels.editor);
    }
  }

  private onEditorUpdate(update: ViewUpdate): void {
    if (update.docChanged) {
      if (this.sinceLint) this.sinceLint = this.sinceLint.compose(update.changes);
      for (const record of this.waiting) record.changes = record.changes.compose(update.changes);
    }
    const checked = update.transactions.some((transaction) =>
      transaction.effects.some((effect) => effect.is(setDiagnosticsEffect)),
    );
    if (checked) {
      void this.updateComplete.then(() => this.dispatchEvent(new Event('draft-checked', { bubbles: true })));
    }
  }

  /** The shown findings as CodeMirror diagnostics on `doc`, each with its quick fixes. */
  private diagnostics(doc: Text): Diagnostic[] {
    return applyFilter(this.report?.messages ?? [], this.filter).map((message) => ({
      ...findingRange(doc, message),
      severity: message.severity,
      message: message.message,
      source: message.ruleId,
      actions: this.actionsFor(message),
    }));
  }

  /**
   * "Ignore here" is for the Markdown draft, which the writer keeps: a pasted
   * or opened page is checked here but lives elsewhere (Word, a CMS), where a
   * comment typed here would never arrive.
   */
  private get ignorable(): boolean {
    return this.opened === undefined;
  }

  private actionsFor(message: ReportMessage): Action[] {
    return [
      ...(message.expected ?? []).map((replacement) => ({
        name: label(this.draftLang, this.labels.replace, { text: replacement }),
        apply: (_view: unknown, from: number, to: number) => this.replace(from, to, replacement),
      })),
      ...(this.ignorable
        ? [
            {
              name: this.labels.ignore,
              apply: (_view: unknown, from: number) => void this.ignoreAt(from, message.ruleId),
            },
          ]
        : []),
    ];
  }

  /** Where a finding of the report is now, after the edits made since the check. */
  private currentRange(message: ReportMessage): { from: number; to: number } | undefined {
    if (!this.lintedDoc || !this.sinceLint) return undefined;
    const { from, to } = findingRange(this.lintedDoc, message);
    const mappedFrom = this.sinceLint.mapPos(from, 1);
    return { from: mappedFrom, to: Math.max(mappedFrom, this.sinceLint.mapPos(to, -1)) };
  }

  private replace(from: number, to: number, replacement: string): void {
    const view = this.editor?.view;
    if (!view) return;
    view.dispatch({
      changes: { from, to, insert: replacement },
      selection: { anchor: from + replacement.length },
    });
    view.focus();
  }

  /**
   * Inserts `<!-- charter-lint ignore RULE -- reason -->` before the block
   * holding `position` (where the linter reads it), and selects "reason" so
   * the writer types theirs over it. The worker finds the block; if the
   * writer typed meanwhile, the position is mapped and asked again.
   */
  private async ignoreAt(position: number, ruleId: string): Promise<void> {
    const view = this.editor?.view;
    if (!view || !this.client) return;
    const doc = view.state.doc;
    const record = { changes: ChangeSet.empty(doc.length) };
    this.waiting.add(record);
    const insertion = await this.client
      .ignoreInsertion({ text: doc.toString(), line: doc.lineAt(position).number, ruleId })
      .finally(() => this.waiting.delete(record));
    if (view.state.doc !== doc) {
      await this.ignoreAt(record.changes.mapPos(position), ruleId);
      return;
    }
    if (!insertion) return;
    const at = doc.line(insertion.line).from;
    const reason = at + insertion.text.lastIndexOf(REASON_PLACEHOLDER);
    view.dispatch({
      changes: { from: at, insert: insertion.text },
      selection: { anchor: reason, head: reason + REASON_PLACEHOLDER.length },
      scrollIntoView: true,
    });
    view.focus();
  }

  private select(message: ReportMessage): void {
    const view = this.editor?.view;
    const range = this.currentRange(message);
    if (!view || !range) return;
    view.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
    view.focus();
  }

  /** Applies the filter to the underlines too: from the report when the text is unchanged, else by checking again. */
  private setFilter(filter: FindingFilter): void {
    this.filter = filter;
    this.allRows = false;
    const view = this.editor?.view;
    // A Word document has no underlines: its table follows the filter alone.
    if (!view || this.opened?.kind === 'docx') return;
    if (this.lintedDoc && view.state.doc === this.lintedDoc) {
      view.dispatch(setDiagnostics(view.state, this.diagnostics(this.lintedDoc)));
    } else {
      forceLinting(view);
    }
  }

  private toggleSeverity(severity: ReportedSeverity, shown: boolean): void {
    const severities = new Set(this.filter.severities);
    if (shown) severities.add(severity);
    else severities.delete(severity);
    this.setFilter({ ...this.filter, severities });
  }

  private async download(format: DownloadFormat): Promise<void> {
    if (!this.report || !this.client) return;
    const content = await this.client.format(this.report, format);
    const type = format === 'sarif' ? 'application/sarif+json' : 'application/json';
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.checkedPath.replace(/\.[^.]*$/, '')}.charter-lint.${format}`;
    link.click();
    // The click has started the download: the URL can go once this task ends.
    setTimeout(() => URL.revokeObjectURL(url));
  }

  private renderRule(ruleId: string) {
    const link = ruleHref(ruleId, ruleIds);
    if (!link) return html`<code>${ruleId}</code>`;
    return link.external
      ? html`<a href=${link.href} target="_blank" rel="noopener noreferrer"><code>${ruleId}</code></a>`
      : html`<a href=${link.href} target="_top"><code>${ruleId}</code></a>`;
  }

  /** A row of the findings table: the position and the last cell are the document's, the rest the same for all. */
  private renderRow(message: ReportMessage, position: unknown, actions: unknown) {
    return html`<tr class="finding finding--${message.severity}">
      <td>${position}</td>
      <td>
        <span class="severity severity--${message.severity}">${this.labels.badge[message.severity]}</span>
      </td>
      <td>${this.renderRule(message.ruleId)}</td>
      <td>${message.message}</td>
      <td>${actions}</td>
    </tr>`;
  }

  /** A Word document's finding: its place in Word (paragraph:character), and the words to type there instead. */
  private renderDocxFinding(message: ReportMessage) {
    const instead = message.expected?.length
      ? `${this.labels.instead}: ${message.expected.map((text) => `“${text}”`).join(', ')}`
      : nothing;
    return this.renderRow(message, `${message.line}:${message.column}`, instead);
  }

  private renderFinding(message: ReportMessage) {
    if (this.opened?.kind === 'docx') return this.renderDocxFinding(message);
    const labels = this.labels;
    const apply = (replacement: string) => {
      const range = this.currentRange(message);
      if (range) this.replace(range.from, range.to, replacement);
    };
    return this.renderRow(
      message,
      html`<button type="button" class="finding__position" @click=${() => this.select(message)}>
        ${message.line}:${message.column}<span class="visually-hidden">${labels.select}</span>
      </button>`,
      html`<ul class="finding__actions">
        ${(message.expected ?? []).map(
          (replacement) =>
            html`<li>
              <button type="button" @click=${() => apply(replacement)}>
                ${label(this.draftLang, labels.replace, { text: replacement })}
              </button>
            </li>`,
        )}
        ${
          this.ignorable
            ? html`<li>
                <button
                  type="button"
                  @click=${() => {
                    const range = this.currentRange(message);
                    if (range) void this.ignoreAt(range.from, message.ruleId);
                  }}
                >
                  ${label(this.draftLang, labels.ignoreFor, { rule: message.ruleId })}
                </button>
              </li>`
            : nothing
        }
      </ul>`,
    );
  }

  private renderFilter(messages: readonly ReportMessage[]) {
    const labels = this.labels;
    const counts = filterCounts(messages, this.filter);
    return html`<div class="draft-checker__filter">
      <fieldset>
        <legend>${labels.severity}</legend>
        ${SEVERITY_ORDER.map(
          (severity) =>
            html`<label class="draft-checker__check">
              <input
                type="checkbox"
                .checked=${this.filter.severities.has(severity)}
                @change=${(event: Event) =>
                  this.toggleSeverity(severity, (event.target as HTMLInputElement).checked)}
              />
              ${label(this.draftLang, labels[SEVERITY_LABEL[severity]], { n: counts.severities[severity] })}
            </label>`,
        )}
      </fieldset>
      <div>
        <label for="draft-checker-rule">${labels.rule}</label>
        <select
          id="draft-checker-rule"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.setFilter({ ...this.filter, ruleId: value === '' ? undefined : value });
          }}
        >
          <option value="" ?selected=${this.filter.ruleId === undefined}>
            ${label(this.draftLang, labels.allRules, { n: counts.allRules })}
          </option>
          ${counts.rules.map(
            ([ruleId, count]) =>
              html`<option value=${ruleId} ?selected=${this.filter.ruleId === ruleId}>
                ${label(this.draftLang, labels.ruleOption, { rule: ruleId, n: count })}
              </option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  private renderFindings(messages: readonly ReportMessage[]) {
    const labels = this.labels;
    const shown = applyFilter(messages, this.filter);
    const rows = this.allRows ? shown : shown.slice(0, ROW_LIMIT);
    return html`${this.renderFilter(messages)}
      <p class="draft-checker__shown">
        ${label(this.draftLang, labels.shown, { shown: shown.length, total: messages.length, rows: rows.length })}
        ${
          rows.length < shown.length
            ? html`<button type="button" @click=${() => (this.allRows = true)}>
                ${label(this.draftLang, labels.showAll, { n: shown.length })}
              </button>`
            : nothing
        }
      </p>
      ${
        rows.length
          ? html`<table aria-labelledby="draft-checker-findings">
              <thead>
                <tr>
                  <th scope="col">${this.opened?.kind === 'docx' ? labels.docxPosition : labels.position}</th>
                  <th scope="col">${labels.severity}</th>
                  <th scope="col">${labels.rule}</th>
                  <th scope="col">${labels.message}</th>
                  <th scope="col">${this.opened?.kind === 'docx' ? labels.instead : labels.actions}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map((message) => this.renderFinding(message))}
              </tbody>
            </table>`
          : nothing
      }`;
  }

  /** What is checked instead of the Markdown draft, and the way back to it. */
  private renderOpened() {
    const opened = this.opened;
    if (!opened) return nothing;
    const labels = this.labels;
    const notice =
      opened.kind === 'docx'
        ? labels.openedDocx
        : opened.origin === 'paste'
          ? labels.pastedHtml
          : labels.openedHtml;
    const back =
      opened.kind === 'html' && opened.origin === 'paste' ? labels.asPlainText : labels.backToDraft;
    return html`<p>${label(this.draftLang, notice, { name: opened.filePath })}</p>
      <button type="button" @click=${() => this.show(opened.fallback, undefined)}>${back}</button>`;
  }

  protected override render() {
    const labels = this.labels;
    const messages = this.report?.messages ?? [];
    return html`<div class="draft-checker" lang=${this.draftLang}>
      <div
        class="draft-checker__input"
        @dragover=${(event: DragEvent) => {
          // Accepting the drag is what lets a file be dropped beside the editor too.
          if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
        }}
        @drop=${{ handleEvent: (event: DragEvent) => this.onDrop(event), capture: true }}
      >
        <p class="draft-checker__open">
          <label for="draft-checker-file">${labels.openFile}</label>
          <input
            id="draft-checker-file"
            type="file"
            accept=${ACCEPTED_FILES}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              // Emptied, so choosing the same file again (fixed in Word) opens it again.
              input.value = '';
              if (file) void this.openFile(file);
            }}
          />
        </p>
        <div class="draft-checker__opened" aria-live="polite">${this.renderOpened()}</div>
        <p id="draft-checker-label" class="draft-checker__label" ?hidden=${this.opened?.kind === 'docx'}>
          ${this.opened?.kind === 'html' ? labels.page : labels.draft}
        </p>
        <p id="draft-checker-hint" class="hint" ?hidden=${this.opened?.kind === 'docx'}>${labels.hint}</p>
        <div class="draft-checker__editor" ?hidden=${this.opened?.kind === 'docx'}></div>
      </div>
      <div class="draft-checker__output">
        <h2 id="draft-checker-findings">${labels.findings}</h2>
        <p role="status" class="draft-checker__summary">
          ${this.report ? findingSummary(messages, this.draftLang) : ''}
        </p>
        ${this.failure ? html`<p role="alert" class="draft-checker__failure">${this.failure}</p>` : nothing}
        ${messages.length ? this.renderFindings(messages) : nothing}
        ${
          this.report
            ? html`<p class="draft-checker__downloads">
                ${DOWNLOAD_FORMATS.map(
                  (format) =>
                    html`<button type="button" @click=${() => void this.download(format)}>
                      ${labels[format]}
                    </button>`,
                )}
              </p>`
            : nothing
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'draft-checker': DraftChecker;
  }
}
