import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { lintDocx, lintText, type FileReport } from '@alima/charter-lint';
import { pandocDocx } from '../../../packages/charter-lint/test/docx/pandoc.js';
import { axeViolations } from './axe-in-page.js';
import { traceMainThread } from './main-thread-trace.js';
import { watchForProblems } from './page-problems.js';
import { entries, inPage, openEntry, useStaticSite } from './static-site.js';

const currentSite = useStaticSite();
const checkerEntry = () => {
  const entry = entries.find((candidate) => candidate.id === 'tools-draft-checker--draft-checker');
  if (!entry) throw new Error('No draft checker in the built Storybook');
  return entry;
};

const sample = readFileSync(new URL('../src/tools/sample-draft.md', import.meta.url), 'utf8');
/** A long draft as writers bring them: the sample's body, section after section, to 5,000 words. */
const longDraft = (() => {
  const body = sample.replace(/^---[^]*?---\n/, '');
  const sections: string[] = ['---\nlang: en\n---\n'];
  for (let index = 1; sections.join('').split(/\s+/).length < 5_000; index++) {
    sections.push(body.replace(/^# Mali$/m, `# Mali, part ${index}`));
  }
  return sections.join('\n');
})();

const withPage = <T>(run: (page: Page) => Promise<T>) => inPage(currentSite(), run);

/** Opens the checker and waits for its first check. */
async function openChecker(page: Page, globals = ''): Promise<string[]> {
  const problems = watchForProblems(page, currentSite().baseUrl);
  await openEntry(page, currentSite().baseUrl, checkerEntry(), globals);
  await page.locator('draft-checker .cm-content').waitFor();
  await page.waitForFunction(() => document.querySelector('draft-checker')?.checkedText !== undefined);
  return problems;
}

/** The draft as the editor holds it, and as last checked. */
const draftText = (page: Page) => page.evaluate(() => document.querySelector('draft-checker')?.text ?? '');
const checkedReport = (page: Page) =>
  page.evaluate(() => document.querySelector('draft-checker')?.findings as FileReport);

/** Waits until the findings shown are those of the editor's current text. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const checker = document.querySelector('draft-checker');
      return checker !== null && checker.checkedText === checker.text;
    },
    undefined,
    // Polled, not on every frame: the test's own reading of a 5,000-word text must not load the main thread it measures.
    { timeout: 20_000, polling: 250 },
  );
}

/** Replaces the whole draft by pasting `text`, as a writer brings a draft in. */
async function pasteDraft(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('draft-checker .cm-content').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((draft) => navigator.clipboard.writeText(draft), text);
  await page.keyboard.press('Control+V');
  await page.waitForFunction((draft) => document.querySelector('draft-checker')?.text === draft, text);
  await settled(page);
}

const status = (page: Page) => page.locator('draft-checker [role="status"]');

/** Pastes over the whole draft what Word puts on the clipboard: the HTML of the selection, and its plain text. */
async function pasteRichText(page: Page, clipboard: { html: string; plain: string }, selectAll = true) {
  await page.locator('draft-checker .cm-content').click();
  if (selectAll) await page.keyboard.press('Control+A');
  await page.locator('draft-checker .cm-content').evaluate((content, { html, plain }) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', plain);
    content.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, clipboard);
}

/** Drops a file on the editor, as from the desktop. */
async function dropFile(page: Page, name: string, bytes: Uint8Array, type: string) {
  await page.locator('draft-checker .cm-content').evaluate(
    (content, { name, bytes, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      for (const kind of ['dragenter', 'dragover', 'drop'])
        content.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, bytes: [...bytes], type },
  );
}

/** Waits until the findings shown are those of the document named `filePath`, and returns them. */
async function reportOf(page: Page, filePath: string): Promise<FileReport> {
  await page.waitForFunction(
    (path) => document.querySelector('draft-checker')?.findings?.filePath === path,
    filePath,
    { timeout: 20_000 },
  );
  if (!filePath.endsWith('.docx')) await settled(page);
  return checkedReport(page);
}

/** The text a finding's line and columns point at in `text`. */
const flagged = (
  text: string,
  { line, column, endColumn }: { line: number; column: number; endColumn?: number },
) => text.split('\n')[line - 1]?.slice(column - 1, (endColumn ?? column) - 1);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// A 5,000-word draft linted several times per test: room for a loaded 2-core machine.
describe('the draft checker', { timeout: 120_000 }, () => {
  it('applies a quick fix from the hover: the finding goes and the text changes exactly there', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const draft = '---\nlang: en\n---\n\nThe clinic treats malaria victims every day.\n';
      await pasteDraft(page, draft);
      const [finding] = (await checkedReport(page)).messages;
      expect(finding).toMatchObject({ ruleId: 'charter-language', line: 5, column: 19 });
      const replacement = finding?.expected?.[0] ?? '';
      expect(replacement).not.toBe('');
      await page.locator('.cm-lintRange').first().hover();
      await page
        .getByRole('button', { name: `Replace with “${replacement}”` })
        .first()
        .click();
      expect(await draftText(page)).toBe(draft.replace('malaria victims', replacement));
      await settled(page);
      expect((await checkedReport(page)).messages).toEqual([]);
      await expect.poll(() => status(page).textContent()).toContain('No findings');
    }));

  it('reaches the findings by keyboard: F8 selects the next one, Ctrl+Shift+M lists them', async () =>
    withPage(async (page) => {
      await openChecker(page);
      await pasteDraft(page, 'Our teams saw 332,957 displaced persons.\n');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      expect(await page.evaluate(() => getSelection()?.toString())).toBe('332,957');
      await page.keyboard.press('Control+Shift+M');
      const list = page.getByRole('listbox', { name: 'Findings' });
      await expect.poll(() => list.evaluate((node) => node === document.activeElement)).toBe(true);
      expect(await list.getByRole('option').count()).toBe((await checkedReport(page)).messages.length);
      expect(await list.getByRole('option').first().textContent()).toContain('has no source');
    }));

  it('ignores a finding here with a suppression comment the linter reads, reason included', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const draft = 'ALIMA teams work in Mali.\n\nIn 2020 there were 332,957 displaced persons.\n';
      await pasteDraft(page, draft);
      expect((await checkedReport(page)).messages.map((message) => message.ruleId)).toEqual([
        'sourced-figures',
      ]);
      await page.getByRole('button', { name: 'Ignore sourced-figures here' }).click();
      // The placeholder is selected: the writer types the reason over it.
      await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('reason');
      await page.keyboard.type('from our 2024 SMART survey');
      const comment = '<!-- charter-lint ignore sourced-figures -- from our 2024 SMART survey -->';
      expect(await draftText(page)).toBe(draft.replace('In 2020', `${comment}\n\nIn 2020`));
      await settled(page);
      const report = await checkedReport(page);
      expect(report.messages).toEqual([]);
      expect(report.suppressedMessages?.[0]?.suppressions).toEqual([
        { kind: 'directive', justification: 'from our 2024 SMART survey' },
      ]);
      // The browser's linter agrees with the command's: the same text linted in Node is silenced too.
      expect((await lintText(await draftText(page), { filePath: 'draft.md' })).messages).toEqual([]);
    }));

  it('filters a 5,000-word draft by severity and rule, with counts that match the linter', async () =>
    withPage(async (page) => {
      await openChecker(page);
      await pasteDraft(page, longDraft);
      const { messages } = await lintText(longDraft, { filePath: 'draft.md' });
      expect(messages.length).toBeGreaterThan(200);
      const count = (severity: string) => messages.filter((message) => message.severity === severity).length;
      const checkbox = (name: RegExp) => page.getByRole('checkbox', { name });
      expect(await checkbox(/^Errors/).getAttribute('aria-label')).toBeNull();
      await expect
        .poll(() => page.getByRole('group', { name: 'Severity' }).textContent())
        .toMatch(
          new RegExp(
            `Errors \\(${count('error')}\\)\\s*Warnings \\(${count('warning')}\\)\\s*Suggestions \\(${count('info')}\\)`,
          ),
        );
      const shown = page.locator('.draft-checker__shown');
      expect(await shown.textContent()).toContain(
        `Showing ${messages.length} of ${messages.length} findings, 100 in the table`,
      );
      expect(await page.locator('draft-checker tbody tr').count()).toBe(100);

      // Errors only: the rule menu counts the errors of each rule.
      await checkbox(/^Warnings/).uncheck();
      await checkbox(/^Suggestions/).uncheck();
      const errors = messages.filter((message) => message.severity === 'error');
      await expect
        .poll(() => shown.textContent())
        .toContain(`Showing ${errors.length} of ${messages.length}`);
      const rule = page.getByRole('combobox', { name: 'Rule' });
      const options = await rule.locator('option').allTextContents();
      expect(options[0]?.trim()).toBe(`All rules (${errors.length})`);
      const byRule = new Map<string, number>();
      for (const error of errors) byRule.set(error.ruleId, (byRule.get(error.ruleId) ?? 0) + 1);
      expect(
        options
          .slice(1)
          .map((option) => option.trim())
          .sort(),
      ).toEqual([...byRule].map(([id, n]) => `${id} (${n})`).sort());

      // One rule, every severity: the severity boxes count that rule's findings.
      const [busiest] = [...byRule].sort((a, b) => b[1] - a[1])[0] ?? [''];
      await rule.selectOption(busiest);
      await checkbox(/^Warnings/).check();
      await checkbox(/^Suggestions/).check();
      const ofRule = messages.filter((message) => message.ruleId === busiest);
      await expect
        .poll(() => shown.textContent())
        .toContain(`Showing ${ofRule.length} of ${messages.length}`);
      const cells = await page.locator('draft-checker tbody tr td:nth-child(3)').allTextContents();
      expect(new Set(cells.map((cell) => cell.trim()))).toEqual(new Set([busiest]));
      expect(cells.length).toBe(Math.min(100, ofRule.length));
    }));

  it('speaks French when the draft is French, from its front matter or its words', async () =>
    withPage(async (page) => {
      await openChecker(page);
      expect(await page.getByRole('heading', { name: 'Findings' }).count()).toBe(1);
      const french =
        '---\nlang: fr\n---\n\nEn 2020, le pays comptait 332 957 personnes déplacées et les victimes du paludisme sont nombreuses.\n';
      await pasteDraft(page, french);
      await page.getByRole('heading', { name: 'Constats' }).waitFor();
      expect(await status(page).textContent()).toMatch(/^\s*\d+ constats? : /);
      expect(await page.getByRole('checkbox', { name: /^Erreurs \(\d+\)$/ }).count()).toBe(1);
      expect(await page.getByRole('combobox', { name: 'Règle' }).count()).toBe(1);
      expect(
        await page.getByRole('textbox', { name: 'Votre brouillon, en Markdown' }).getAttribute('lang'),
      ).toBe('fr');
      expect(await page.locator('draft-checker .draft-checker').getAttribute('lang')).toBe('fr');
      // Without front matter, the words decide.
      await pasteDraft(page, french.replace(/^---[^]*?---\n/, ''));
      expect(await page.getByRole('heading', { name: 'Constats' }).count()).toBe(1);
      await pasteDraft(page, 'The teams treated 1,200 children in the camps of the region.\n');
      await page.getByRole('heading', { name: 'Findings' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Your draft, in Markdown' }).getAttribute('lang')).toBe(
        'en',
      );
    }));

  it('downloads the findings as SARIF 2.1.0 and as the JSON report', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const report = await checkedReport(page);
      expect(report.messages.length).toBeGreaterThan(3);
      const download = async (name: RegExp) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        return { name: file.suggestedFilename(), content: readFileSync(await file.path(), 'utf8') };
      };
      const sarif = await download(/^Download as SARIF/);
      expect(sarif.name).toBe('draft.charter-lint.sarif');
      const log = JSON.parse(sarif.content) as {
        version: string;
        runs: { tool: { driver: { name: string } }; results: { ruleId: string; locations: unknown[] }[] }[];
      };
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0]?.tool.driver.name).toBe('charter-lint');
      expect(log.runs[0]?.results.map((result) => result.ruleId)).toEqual(
        report.messages.map((message) => message.ruleId),
      );
      const json = await download(/^Download as JSON/);
      expect(json.name).toBe('draft.charter-lint.json');
      expect(JSON.parse(json.content)).toEqual([report]);
    }));

  it('checks rich text pasted from Word as a web page, underlined in its HTML source, with a way back', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const clipboard = {
        html: '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<body lang=EN-GB>\n<p class=MsoNormal>ALIMA teams work in Mali.</p>\n<p class=MsoNormal>The clinic treats <b>malaria victims</b> every day.</p>\n</body>\n</html>',
        plain: 'ALIMA teams work in Mali.\n\nThe clinic treats malaria victims every day.',
      };
      await pasteRichText(page, clipboard);
      expect(await draftText(page)).toBe(clipboard.html);
      const report = await reportOf(page, 'pasted.html');
      // The same findings as the command gives the page, at the same places.
      expect(report.messages).toEqual(
        (await lintText(`${clipboard.html}\n`, { filePath: 'pasted.html' })).messages,
      );
      const finding = report.messages.find((message) => message.ruleId === 'charter-language');
      expect(finding && flagged(clipboard.html, finding)).toBe('malaria victims');
      expect(await page.locator('draft-checker .cm-lintRange').allTextContents()).toContain(
        'malaria victims',
      );
      expect(await page.getByRole('textbox', { name: 'The page, as HTML source' }).count()).toBe(1);
      await page.getByText('Pasted from Word, Google Docs or a web page').waitFor();
      expect(await axeViolations(page, '#storybook-root')).toEqual([]);
      // A quick fix edits the page's text; "Ignore here" is for drafts the writer keeps, not pages that live elsewhere.
      expect(await page.getByRole('button', { name: /^Ignore .* here$/ }).count()).toBe(0);
      const replacement = finding?.expected?.[0] ?? '';
      await page.getByRole('button', { name: `Replace with “${replacement}”` }).click();
      expect(await draftText(page)).toBe(clipboard.html.replace('malaria victims', replacement));
      await settled(page);
      expect((await checkedReport(page)).messages.map((message) => message.ruleId)).not.toContain(
        'charter-language',
      );

      await page.getByRole('button', { name: 'Paste as plain text instead (Markdown)' }).click();
      expect(await draftText(page)).toBe(clipboard.plain);
      expect((await reportOf(page, 'draft.md')).messages.map((message) => message.ruleId)).toContain(
        'charter-language',
      );
      expect(await page.getByRole('textbox', { name: 'Your draft, in Markdown' }).count()).toBe(1);
      // Rich text pasted into part of a draft is a plain-text paste: the writer's Markdown stays.
      await page.keyboard.press('Control+End');
      await pasteRichText(page, { html: '<p> Since <b>2009</b>.</p>', plain: ' Since 2009.' }, false);
      expect(await draftText(page)).toBe(`${clipboard.plain} Since 2009.`);
      expect((await reportOf(page, 'draft.md')).filePath).toBe('draft.md');
    }));

  it('checks a dropped Word document: its findings quote their paragraph, the editor is put aside', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const draft = await draftText(page);
      const bytes = pandocDocx(
        '# Report\n\nALIMA teams work in Mali.\n\nIn 2020 there were 332,957 displaced persons.\n',
      );
      await dropFile(page, 'report.docx', bytes, DOCX);
      const report = await reportOf(page, 'report.docx');
      expect(report.messages).toEqual((await lintDocx(bytes, { filePath: 'report.docx' })).messages);
      const figure = report.messages.find((message) => message.ruleId === 'sourced-figures');
      // Paragraph 3 of the document, quoted so the writer finds it in Word.
      expect(figure).toMatchObject({ line: 3 });
      expect(figure?.message).toContain('— in “In 2020 there were');
      const row = page.getByRole('row').filter({ hasText: 'sourced-figures' });
      expect(await row.getByRole('cell').first().textContent()).toContain(`3:${figure?.column}`);
      expect(await page.getByRole('columnheader', { name: 'Paragraph:character' }).count()).toBe(1);
      expect(await page.getByRole('textbox').count()).toBe(0);
      await page.getByText('Checking the Word document report.docx').waitFor();
      expect(await axeViolations(page, '#storybook-root')).toEqual([]);

      await page.getByRole('button', { name: 'Back to your Markdown draft' }).click();
      expect(await draftText(page)).toBe(draft);
      expect((await reportOf(page, 'draft.md')).messages.length).toBeGreaterThan(0);
      expect(await page.getByRole('textbox', { name: 'Your draft, in Markdown' }).count()).toBe(1);
    }));

  it('opens a French Word document from the file button, in French', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const bytes = pandocDocx(
        '# Rapport\n\nLes équipes d’ALIMA travaillent au Mali.\n\nEn 2020, le pays comptait 332 957 personnes déplacées et les victimes du paludisme sont nombreuses.\n',
      );
      await page
        .getByLabel('Open a file (.docx, .html, .md), or drop one on the editor')
        .setInputFiles({ name: 'rapport.docx', mimeType: DOCX, buffer: Buffer.from(bytes) });
      const report = await reportOf(page, 'rapport.docx');
      expect(report.messages).toEqual((await lintDocx(bytes, { filePath: 'rapport.docx' })).messages);
      await page.getByRole('heading', { name: 'Constats' }).waitFor();
      expect(await status(page).textContent()).toMatch(/^\s*\d+ constats? : /);
      expect(await page.getByRole('columnheader', { name: 'Paragraphe:caractère' }).count()).toBe(1);
      await page.getByText('Vérification du document Word rapport.docx').waitFor();
      expect(await page.getByRole('button', { name: 'Revenir à votre brouillon Markdown' }).count()).toBe(1);
      expect(
        await page.getByLabel('Ouvrir un fichier (.docx, .html, .md), ou le déposer sur l’éditeur').count(),
      ).toBe(1);
    }));

  it('checks a dropped web page as HTML, and says so for a file it cannot read', async () =>
    withPage(async (page) => {
      await openChecker(page);
      const mali =
        '<!doctype html>\n<html lang="en">\n<title>Mali</title>\n<h1>Mali</h1>\n<p>In 2020 there were 332,957 displaced persons.</p>\n</html>\n';
      await dropFile(page, 'mali.html', new TextEncoder().encode(mali), 'text/html');
      const report = await reportOf(page, 'mali.html');
      expect(report.messages).toEqual((await lintText(mali, { filePath: 'mali.html' })).messages);
      const figure = report.messages.find((message) => message.ruleId === 'sourced-figures');
      expect(figure && flagged(mali, figure)).toContain('332,957');
      expect(await draftText(page)).toBe(mali);
      await page.getByText('Checking mali.html as a web page').waitFor();

      await dropFile(page, 'photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Cannot open photo.png');
      expect(await draftText(page)).toBe(mali);
    }));

  it.each([
    ['light', ''],
    ['dark', 'surface:dark'],
  ])(
    'has no axe violations on the %s surface, with a hover card, the findings panel and a pasted page',
    async (_surface, globals) =>
      withPage(async (page) => {
        const problems = await openChecker(page, globals);
        await page.locator('.cm-lintRange').first().hover();
        await page.locator('.cm-tooltip-lint').waitFor();
        expect(await axeViolations(page, '#storybook-root')).toEqual([]);
        await page.locator('draft-checker .cm-content').click();
        await page.keyboard.press('Control+Shift+M');
        await page.getByRole('listbox', { name: 'Findings' }).waitFor();
        expect(await axeViolations(page, '#storybook-root')).toEqual([]);
        // The notice of a pasted page, on this surface too.
        await page.keyboard.press('Escape');
        await pasteRichText(page, { html: '<p>Our teams saw 332,957 displaced persons.</p>', plain: '' });
        await reportOf(page, 'pasted.html');
        expect(await axeViolations(page, '#storybook-root')).toEqual([]);
        expect(problems).toEqual([]);
      }),
  );

  /*
   * The PerformanceObserver finds the tasks over 50 ms; Chromium's trace says
   * how much of each was work. On a loaded 2-core machine a task of a few
   * milliseconds can last 50 ms of wall time while the operating system runs
   * other processes: such a task does not fail the test, a task that worked
   * for over 50 ms does, and so does a long task the trace cannot account for.
   */
  it('never blocks the main thread for over 50 ms while the writer types in a 5,000-word draft', async () =>
    withPage(async (page) => {
      await openChecker(page);
      await pasteDraft(page, longDraft);
      await page.keyboard.press('Control+End');
      const stopTrace = await traceMainThread(page);
      await page.evaluate(() => {
        const tasks: { start: number; duration: number }[] = [];
        const checks: number[] = [];
        Object.assign(window, { longTasks: tasks, checks });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            tasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask' });
        document.querySelector('draft-checker')?.addEventListener('draft-checked', () => checks.push(1));
      });
      // Bursts of typing, each followed by its check, so the long draft's findings are also shown mid-typing.
      for (const sentence of [
        '\n\nIn 2021 our teams treated 41,000 children.',
        ' Malaria victims came from 12 villages.',
        ' We opened 3 new centres.',
      ]) {
        await page.keyboard.type(sentence, { delay: 40 });
        await settled(page);
      }
      const tasks = await stopTrace();
      const { longTasks, checks } = await page.evaluate(() => {
        const { longTasks, checks } = window as unknown as {
          longTasks: { start: number; duration: number }[];
          checks: number[];
        };
        return { longTasks, checks };
      });
      expect(checks.length).toBeGreaterThanOrEqual(3);
      expect(tasks.length).toBeGreaterThan(100);
      const accounted = longTasks.map((long) => ({
        ...long,
        cpu: tasks.find(
          (task) => Math.abs(task.start - long.start) < 3 && Math.abs(task.wall - long.duration) < 3,
        )?.cpu,
      }));
      const longest = (values: number[]) => Math.max(0, ...values).toFixed(0);
      // The numbers the test measured, for the report of a run (vitest shows a test's output).
      // eslint-disable-next-line no-console -- this output is the measurement.
      console.info(
        `main thread while typing: ${tasks.length} tasks, longest ${longest(tasks.map((task) => task.wall))} ms wall / ${longest(tasks.map((task) => task.cpu))} ms CPU; ${longTasks.length} long tasks observed, longest ${longest(longTasks.map((task) => task.duration))} ms`,
      );
      expect(accounted.filter((long) => long.cpu === undefined || long.cpu > 50)).toEqual([]);
      expect(tasks.filter((task) => task.cpu > 50)).toEqual([]);
    }));
});
