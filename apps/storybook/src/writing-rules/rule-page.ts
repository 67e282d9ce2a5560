import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  lintText,
  ruleMetas,
  type ReportMessage,
  type RuleExample,
  type RuleMeta,
} from '@alima/charter-lint';
import { exampleLabel, severityLabel } from './rule-labels.js';
import { LEXICON_RULE } from './rule-lexicon.js';
import { resolvePackageLinks } from './package-link.js';
import { inlineMarkdown, markdown } from './markdown.js';
import '../docs-blocks.css';

/**
 * One page of the writers' rule book, rendered from the rule's metadata in
 * `@alima/charter-lint`: what it asks, why, its tested examples with what the
 * linter says about each, and how to configure or silence it.
 *
 * @summary A rule book page, generated from `RuleMeta`.
 */
@customElement('rule-page')
export class RulePage extends LitElement {
  /** The rule id, as in reports and suppression comments. */
  @property() rule = '';

  /** Findings of this rule on each example, by example index, once the linter has run. */
  @state() private findings: ReportMessage[][] = [];

  // Light DOM, so the page takes the docs theme's typography.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get meta(): RuleMeta | undefined {
    return ruleMetas.find((meta) => meta.id === this.rule);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('rule')) void this.lintExamples();
  }

  protected override updated(): void {
    const rationale = this.querySelector('.rule-page__rationale');
    if (rationale) resolvePackageLinks(rationale);
  }

  private async lintExamples(): Promise<void> {
    const meta = this.meta;
    // A project rule compares drafts with each other: one text cannot show what it finds.
    if (!meta || meta.project) return;
    this.findings = await Promise.all(
      meta.examples.map(async (example) =>
        (await lintText(example.markdown, { filePath: `${meta.id}.md` })).messages.filter(
          (message) => message.ruleId === meta.id,
        ),
      ),
    );
  }

  /** A project rule's example: the registry and the other drafts it is checked with. */
  private renderProjectFiles(example: RuleExample) {
    const { project } = example;
    if (!project) return nothing;
    const files = [
      ...(project.registry ? [['figures.yml', project.registry] as const] : []),
      ...Object.entries(project.files ?? {}),
      [project.path ?? 'draft.md', ''] as const,
    ];
    return files.map(([name, text]) =>
      text === ''
        ? html`<p><code>${name}</code>:</p>`
        : html`<p><code>${name}</code>:</p>
            <pre><code>${text.replace(/\n$/, '')}</code></pre>`,
    );
  }

  private renderExample(example: RuleExample, index: number) {
    const found = this.findings[index];
    const flagged = example.messages > 0;
    return html`<section class="rule-example rule-example--${flagged ? 'bad' : 'good'}">
      <h3><span class="rule-example__mark">${exampleLabel(flagged)}</span> ${example.title}</h3>
      ${this.renderProjectFiles(example)}
      <pre><code>${example.markdown.replace(/\n$/, '')}</code></pre>
      ${
        example.project
          ? html`<p class="rule-example__result">
              ${flagged ? `charter-lint reports ${example.messages} finding${example.messages === 1 ? '' : 's'} here.` : 'charter-lint finds nothing here.'}
            </p>`
          : nothing
      }
      ${
        found === undefined
          ? nothing
          : found.length === 0
            ? html`<p class="rule-example__result">charter-lint finds nothing here.</p>`
            : html`<p class="rule-example__result">charter-lint says:</p>
                <ul class="rule-example__findings">
                  ${found.map(
                    (message) =>
                      html`<li>
                        <span class="severity severity--${message.severity}">${message.severity}</span>
                        line ${message.line}, column ${message.column}: ${message.message}
                        ${
                          message.expected?.length
                            ? html`— write instead
                              ${message.expected.map((text, i) => html`${i ? ' or ' : ''}<q>${text}</q>`)}`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>`
      }
    </section>`;
  }

  protected override render() {
    const meta = this.meta;
    if (!meta) {
      return html`<p role="alert">No rule named <code>${this.rule}</code> in the charter-lint catalogue.</p>`;
    }
    const ordered = meta.examples
      .map((example, index) => [example, index] as const)
      .sort(([a], [b]) => Number(b.messages > 0) - Number(a.messages > 0));
    return html`<article class="rule-page">
      <h1><code>${meta.id}</code></h1>
      <p class="rule-page__summary">${inlineMarkdown(meta.summary)}</p>
      <dl class="rule-page__facts">
        <div>
          <dt>Default severity</dt>
          <dd>
            <span class="severity severity--${meta.defaultSeverity}">${meta.defaultSeverity}</span>
            ${severityLabel(meta.defaultSeverity)}
          </dd>
        </div>
        <div>
          <dt>Fixable with <code>--fix</code></dt>
          <dd>${meta.fixable ? 'Yes, when the fix is unambiguous' : 'No'}</dd>
        </div>
      </dl>
      ${
        meta.project
          ? html`<p class="rule-page__project">
              A project rule: the command and the editor check it across drafts and against the figure
              registry. The draft checker, which sees one text, does not run it.
            </p>`
          : nothing
      }
      <h2>Why</h2>
      <div class="rule-page__rationale">${markdown(meta.rationale)}</div>
      ${
        meta.fr
          ? html`<section lang="fr" class="rule-page__french" aria-labelledby="rule-page-fr">
              <h2 id="rule-page-fr">En français</h2>
              <p class="rule-page__summary">${inlineMarkdown(meta.fr.summary)}</p>
              <div class="rule-page__rationale">${markdown(meta.fr.rationale)}</div>
            </section>`
          : nothing
      }
      <h2>Examples</h2>
      ${ordered.map(([example, index]) => this.renderExample(example, index))}
      ${meta.id === LEXICON_RULE ? html`<rule-lexicon></rule-lexicon>` : nothing}
      <h2>Configure</h2>
      <p>
        Change its severity (<code>off</code>, <code>info</code>, <code>warning</code>, <code>error</code>) in
        <code>.charter-lintrc.json</code>:
      </p>
      <pre><code>${`{ "rules": { "${meta.id}": "warning" } }`}</code></pre>
      <h2>Suppress</h2>
      <p>For a passage that is right as it is, wrap it in comments, with a blank line around each:</p>
      <pre><code>${`<!-- charter-lint disable ${meta.id} -->\n\nThe passage.\n\n<!-- charter-lint enable ${meta.id} -->`}</code></pre>
      <p>or put <code>${`<!-- charter-lint ignore ${meta.id} -->`}</code> before the next paragraph only.</p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rule-page': RulePage;
  }
}
