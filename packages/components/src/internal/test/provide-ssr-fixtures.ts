import type { TestProject } from 'vitest/node';
import type { renderSsrFixtures } from './ssr-fixtures.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server-rendered HTML of every element, for the hydration test. */
    ssrFixtures: Awaited<ReturnType<typeof renderSsrFixtures>>;
  }
}

/**
 * Vitest global setup of the browser project: renders the fixtures with
 * `@lit-labs/ssr` in Node, as a server would, and hands the HTML to the
 * browser tests through `inject('ssrFixtures')`.
 */
export default async function provideSsrFixtures(project: TestProject): Promise<void> {
  const fixtures = await project.import<{ renderSsrFixtures: typeof renderSsrFixtures }>(
    '/src/internal/test/ssr-fixtures.ts',
  );
  project.provide('ssrFixtures', await fixtures.renderSsrFixtures());
}
