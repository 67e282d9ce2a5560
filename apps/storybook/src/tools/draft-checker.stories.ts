import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor, within } from 'storybook/test';
import sampleDraft from './sample-draft.md?raw';
import './draft-checker.js';

const meta: Meta = {
  title: 'Tools/Draft checker',
  // A full page for writers: no addon panel (see manager.ts).
  tags: ['!autodocs', 'full-page'],
  parameters: {
    layout: 'padded',
    // The checker's labels follow the draft's language (front matter `lang:`, else its words), not the toolbar.
    languageSwitch: false,
    docs: {
      description: {
        component:
          'Paste a Markdown draft and see what `charter-lint` would report, as you type: the same linter writers run with `npx --no-install charter-lint`, bundled for the browser and run in a Web Worker. Findings are underlined in the text; hover one for its message, a replacement to apply and "Ignore here". Rich text pasted from Word or Google Docs is checked as the web page it is (its HTML source in the editor), and a `.docx`, `.html` or `.md` file can be dropped on the editor or opened with the file button. Filter by severity and rule, and download the findings as SARIF or JSON.',
      },
    },
  },
  render: () => html`<draft-checker .draft=${sampleDraft}></draft-checker>`,
};
export default meta;

type Story = StoryObj;

/** The page as writers find it: a sample draft with a few findings to explore (tested in test/draft-checker.test.ts). */
export const DraftChecker: Story = {
  name: 'Draft checker',
};

/**
 * The sample draft checked in the dev server's worker too (hidden from the
 * sidebar): findings counted, each linked to its rule. The editing is tested
 * on the built site, in test/draft-checker.test.ts.
 */
export const ChecksTheSample: Story = {
  name: 'Checks the sample',
  tags: ['!dev'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^\s*\d+ findings?:/), {
      timeout: 15_000,
    });
    const [, first] = canvas.getAllByRole('row');
    if (!first) throw new Error('The sample draft shows no finding');
    await expect(within(first).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\.\/\?path=\/docs\/|^https:/),
    );
    await expect(canvas.getByRole('textbox', { name: 'Your draft, in Markdown' })).toHaveTextContent(
      '# Mali',
    );
  },
};
