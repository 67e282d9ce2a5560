import type { Page } from 'playwright';

/**
 * Collects what a reader would call broken while `page` loads a page of the
 * site at `baseUrl`: script errors, console errors, failed requests, and any
 * request to another origin (the Storybook must work offline).
 */
export function watchForProblems(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // A failed request is reported below with its URL, which the console line lacks.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !/^(data|blob):/.test(url))
      problems.push(`offline site requested ${url}`);
  });
  return problems;
}
