import type { FileReport } from '@alima/charter-lint';
import type {
  DownloadFormat,
  DraftSource,
  IgnoreAnswer,
  IgnoreQuery,
  LintAnswer,
  WorkerAnswer,
  WorkerRequest,
} from './lint-protocol.js';

/** Distributes `Omit` over a union, so each request keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The main thread's side of the checker's worker: one promise per request,
 * settled by the answer with the same id.
 */
export class LintClient {
  private readonly worker = new Worker(new URL('./lint-worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (answer.ok) waiting?.resolve(answer.value);
      else waiting?.reject(new Error(answer.error));
    });
    // A worker that fails to load (a bundling error) would leave every request waiting: fail them, with its reason.
    this.worker.addEventListener('error', (event) => {
      for (const waiting of this.pending.values())
        waiting.reject(new Error(event.message || 'The checker could not start'));
      this.pending.clear();
    });
  }

  private request<T>(request: WithoutId<WorkerRequest>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  lint(source: DraftSource): Promise<LintAnswer> {
    return this.request({ kind: 'lint', ...source });
  }

  ignoreInsertion(query: IgnoreQuery): Promise<IgnoreAnswer> {
    return this.request({ kind: 'ignore', ...query });
  }

  format(report: FileReport, format: DownloadFormat): Promise<string> {
    return this.request({ kind: 'format', report, format });
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('The checker was closed'));
    this.pending.clear();
  }
}
