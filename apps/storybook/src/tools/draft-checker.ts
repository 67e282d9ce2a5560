import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { lintText, ruleIds, type ReportMessage } from '@alima/charter-lint';
import { ruleHref } from '../writing-rules/rule-link.js';
import { findingSummary } from './finding-summary.js';
import '../docs-blocks.css';

/** Offset in `text` of a 1-based line and column, as reports give them. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const before = lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0);
  return Math.min(text.length, before + column - 1);
}

/**
 * A writer pastes a Markdown draft and sees what `@alima/charter-lint` finds,
 * updated as they type: the real linter, bundled for the browser.
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

  @state() private messages: ReportMessage[] = [];
  @state() private failure = '';
  @state() private summary = '';

  @query('textarea') private textarea!: HTMLTextAreaElement;

  private timer: ReturnType<typeof setTimeout> | undefined;

  // Light DOM, so the docs theme and the page's own styles reach the findings table.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.check(this.draft);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private onInput(event: InputEvent): void {
    const source = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(source), this.delay);
  }

  private async check(source: string): Promise<void> {
    try {
      // Saved files end with a newline and a text area's value does not: check the draft as the file it will become.
      const report = await lintText(source.endsWith('\n') ? source : `${source}\n`, { filePath: 'draft.md' });
      this.messages = report.messages;
      this.failure = '';
      this.summary = findingSummary(report.messages);
    } catch (error) {
      // A linter bug must not eat the writer's text: say so and keep the draft as it is.
      this.failure = `The checker failed on this draft: ${error instanceof Error ? error.message : String(error)}`;
      this.summary = '';
    }
    this.dispatchEvent(new Event('draft-checked', { bubbles: true }));
  }

  /** Selects a finding's text in the draft, so the writer can fix it in place. */
  private select(message: ReportMessage): void {
    const text = this.textarea.value;
    const start = offsetOf(text, message.line, message.column);
    const end = Math.max(start, offsetOf(text, message.endLine, message.endColumn));
    this.textarea.focus();
    this.textarea.setSelectionRange(start, end);
  }

  private renderRule(ruleId: string) {
    const link = ruleHref(ruleId, ruleIds);
    if (!link) return html`<code>${ruleId}</code>`;
    return link.external
      ? html`<a href=${link.href} target="_blank" rel="noopener noreferrer"><code>${ruleId}</code></a>`
      : html`<a href=${link.href} target="_top"><code>${ruleId}</code></a>`;
  }

  private renderFinding(message: ReportMessage) {
    return html`<tr class="finding finding--${message.severity}">
      <td>
        <button type="button" class="finding__position" @click=${() => this.select(message)}>
          ${message.line}:${message.column}<span class="visually-hidden"> (select in the draft)</span>
        </button>
      </td>
      <td><span class="severity severity--${message.severity}">${message.severity}</span></td>
      <td>${this.renderRule(message.ruleId)}</td>
      <td>${message.message}</td>
      <td>
        ${
          message.expected?.length
            ? html`<ul class="replacements">
                ${message.expected.map((replacement) => html`<li><q>${replacement}</q></li>`)}
              </ul>`
            : nothing
        }
      </td>
    </tr>`;
  }

  protected override render() {
    return html`<div class="draft-checker">
      <div class="draft-checker__input">
        <label for="draft-checker-text">Your draft, in Markdown</label>
        <p id="draft-checker-hint" class="hint">
          Findings update as you type. Start with front matter <code>lang: fr</code> to check French.
        </p>
        <textarea
          id="draft-checker-text"
          aria-describedby="draft-checker-hint"
          rows="20"
          spellcheck="true"
          .value=${this.draft}
          @input=${this.onInput}
        ></textarea>
      </div>
      <div class="draft-checker__output">
        <h2 id="draft-checker-findings">Findings</h2>
        <p role="status" class="draft-checker__summary">${this.summary}</p>
        ${this.failure ? html`<p role="alert" class="draft-checker__failure">${this.failure}</p>` : nothing}
        ${
          this.messages.length
            ? html`<table aria-labelledby="draft-checker-findings">
                <thead>
                  <tr>
                    <th scope="col">Line:column</th>
                    <th scope="col">Severity</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Message</th>
                    <th scope="col">Write instead</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.messages.map((message) => this.renderFinding(message))}
                </tbody>
              </table>`
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
