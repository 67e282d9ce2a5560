import type { RuleMeta } from '../rules/rule-meta.js';

const fence = (markdown: string): string => {
  // A fence longer than any backtick run inside, so examples with code blocks stay whole.
  const longest = Math.max(2, ...[...markdown.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}markdown\n${markdown.replace(/\n$/, '')}\n${ticks}`;
};

/**
 * The documentation page of a rule, in Markdown, from its metadata alone:
 * the files in `docs/rules/` and the Storybook rule book both come from here,
 * and every example on the page is one `examples.test.ts` runs.
 */
/** The rule's options, as a table, or that it takes none. */
function optionsSection(meta: RuleMeta): string {
  const options = Object.entries(meta.options ?? {});
  const example = `{ "rules": { "${meta.id}": "warning" } }`;
  if (options.length === 0) {
    return `Change its severity (\`off\`, \`info\`, \`warning\`, \`error\`) in \`.charter-lintrc.json\`; it takes no options:\n\n\`\`\`json\n${example}\n\`\`\``;
  }
  const type = (option: NonNullable<RuleMeta['options']>[string]) =>
    option.enum
      ? option.enum.map((value) => `\`"${value}"\``).join(' \\| ')
      : option.type === 'array'
        ? '`string[]`'
        : '`string`';
  const rows = options.map(([name, option]) => `| \`${name}\` | ${type(option)} | ${option.description} |`);
  const [first] = options;
  const sample = first?.[1].type === 'array' ? '[]' : `"${first?.[1].enum?.[0] ?? ''}"`;
  return `Change its severity (\`off\`, \`info\`, \`warning\`, \`error\`) in \`.charter-lintrc.json\`, with options as \`[severity, options]\`:

\`\`\`json
{ "rules": { "${meta.id}": ["warning", { "${first?.[0]}": ${sample} }] } }
\`\`\`

| Option | Type | Meaning |
| --- | --- | --- |
${rows.join('\n')}

An unknown option, or a value of the wrong type, stops the run with a message naming the file and key.`;
}

/** For a project rule's example: the registry and the other drafts, then the draft's name. */
function projectFiles(example: RuleMeta['examples'][number]): string {
  const { project } = example;
  if (project === undefined) return '';
  const yaml = (text: string) => `\`\`\`yaml\n${text.replace(/\n$/, '')}\n\`\`\``;
  const parts = [
    ...(project.registry === undefined ? [] : [`\`figures.yml\`:\n\n${yaml(project.registry)}`]),
    ...Object.entries(project.files ?? {}).map(([path, markdown]) => `\`${path}\`:\n\n${fence(markdown)}`),
  ];
  return `${parts.map((part) => `${part}\n\n`).join('')}\`${project.path ?? 'draft.md'}\`:\n\n`;
}

export function rulePage(meta: RuleMeta): string {
  const bad = meta.examples.filter((example) => example.messages > 0);
  const good = meta.examples.filter((example) => example.messages === 0);
  const examples = (list: typeof meta.examples, mark: string) =>
    list
      .map(
        (example) =>
          `### ${mark} ${example.title}\n\n${projectFiles(example)}${fence(example.markdown)}\n\n` +
          `${example.messages === 0 ? 'No finding.' : `${example.messages} finding${example.messages === 1 ? '' : 's'}.`}`,
      )
      .join('\n\n');

  return `<!-- Generated from the rule's metadata by \`npm run docs -w @alima/charter-lint\`: edit src/rules/${meta.id}.ts instead. -->

# \`${meta.id}\`

${meta.summary}

| Default severity | Fixable with \`--fix\` |
| --- | --- |
| ${meta.defaultSeverity} | ${meta.fixable ? 'yes, when the fix is unambiguous' : 'no'} |

## Why

${meta.rationale.trim()}

## Examples

${examples(bad, '❌')}

${examples(good, '✅')}

## Configure

${optionsSection(meta)}
${
  meta.supersedes
    ? `\nWhere markdownlint's ${meta.supersedes.join(', ')} reports the same problem on the same line, only this rule's finding is kept.\n`
    : ''
}
## Suppress

For a passage that is right as it is, with a blank line around each comment:

\`\`\`markdown
<!-- charter-lint disable ${meta.id} -->

The passage.

<!-- charter-lint enable ${meta.id} -->
\`\`\`

or \`<!-- charter-lint ignore ${meta.id} -->\` for the next paragraph only. Say why after \`--\`:
\`<!-- charter-lint ignore ${meta.id} -- the reason -->\`; \`--report-suppressed\` and SARIF reports show it.
`;
}
