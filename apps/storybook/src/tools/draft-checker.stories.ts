import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import sampleDraft from './sample-draft.md?raw';
import './draft-checker.js';

const meta: Meta = {
  title: 'Tools/Draft checker',
  // A full page for writers: no addon panel (see manager.ts).
  tags: ['!autodocs', 'full-page'],
  parameters: {
    layout: 'padded',
    // The checker's interface is English whatever the toolbar says; a draft's language comes from its front matter.
    languageSwitch: false,
    docs: {
      description: {
        component:
          'Paste a Markdown draft and see what `charter-lint` would report, as you type: the same linter writers run with `npx --no-install charter-lint`, bundled for the browser.',
      },
    },
  },
  render: () => html`<draft-checker .draft=${sampleDraft}></draft-checker>`,
};
export default meta;

type Story = StoryObj;

/** The page as writers find it: a sample draft with a few findings to explore. */
export const DraftChecker: Story = {
  name: 'Draft checker',
};

/**
 * What the page does as a writer types, run as a test (hidden from the
 * sidebar so that writers find the sample draft untouched).
 */
export const AsTheWriterTypes: Story = {
  name: 'As the writer types',
  tags: ['!dev'],
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const draft = canvas.getByLabelText('Your draft, in Markdown');

    await step('the sample draft shows findings, each linked to its rule', async () => {
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^\d+ findings?:/));
      const [, first] = canvas.getAllByRole('row');
      if (!first) throw new Error('The sample draft shows no finding');
      await expect(within(first).getByRole('link')).toHaveAttribute(
        'href',
        expect.stringMatching(/^\.\/\?path=\/docs\/|^https:/),
      );
    });

    await step('a clean draft clears them, as the writer types', async () => {
      await userEvent.clear(draft);
      await userEvent.type(draft, 'ALIMA teams work in Mali.');
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('No findings'));
      await expect(canvas.queryByRole('table')).toBeNull();
    });

    await step('an unsourced figure is reported where it stands, once the writer pauses', async () => {
      const typed = '\n\nIn 2020 there were 332,957 displaced persons.';
      let checks = 0;
      const count = () => checks++;
      canvasElement.addEventListener('draft-checked', count);
      await userEvent.type(draft, typed);
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^1 finding: 1 error/));
      canvasElement.removeEventListener('draft-checked', count);
      // Debounced: a burst of keystrokes is checked once or twice, not once per key.
      await expect(checks).toBeLessThanOrEqual(2);
      const [, row] = canvas.getAllByRole('row');
      await expect(row).toHaveTextContent('3:20');
      await expect(row).toHaveTextContent('sourced-figures');
      await expect(row).toHaveTextContent('"332,957" has no source');
    });

    await step('a position selects the finding in the draft', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /3:20/ }));
      const textarea = draft as HTMLTextAreaElement;
      await expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe('332,957');
    });

    await step('wording findings say what to write instead and link to their rule', async () => {
      await userEvent.click(draft);
      await userEvent.keyboard('{Control>}{End}{/Control}');
      await userEvent.type(draft, '\n\nThe clinic treats malaria victims every day.');
      await waitFor(() =>
        expect(canvas.getByRole('status')).toHaveTextContent(/^2 findings: 1 error, 1 warning/),
      );
      const row = canvas.getAllByRole('row')[2] as HTMLElement;
      await expect(row).toHaveTextContent('5:19');
      await expect(within(row).getByRole('link', { name: 'charter-language' })).toHaveAttribute(
        'href',
        './?path=/docs/writing-rules-charter-language--docs',
      );
      await expect(row).toHaveTextContent('people with malaria');
    });
  },
};
