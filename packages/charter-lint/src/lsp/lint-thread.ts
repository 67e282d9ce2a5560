import { Worker } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';

export interface LintRequest {
  id: number;
  uri: string;
  text: string;
}

/** The editor closed a document: the lint thread forgets its unsaved text. */
export interface ForgetRequest {
  forget: string;
}

/** Drafts changed on disk (the editor's file watcher): the project rules list the repository again. */
export interface FilesChangedRequest {
  filesChanged: true;
}

export type LintReply = { id: number; diagnostics: Diagnostic[] } | { id: number; error: string };

/**
 * Parsing allocates many short-lived tokens: a young generation larger than
 * V8's default spends about a third less CPU per edit on a 5,000-word draft
 * (bench/language-server.js). A worker is the one place Node lets a running
 * program choose it.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Lints documents on a worker thread, so the server's own thread keeps
 * answering (hover, code actions) while a long draft is linted. A worker that
 * dies fails the runs in flight and is replaced at the next one.
 */
export class LintThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }
  >();

  lint(uri: string, text: string): Promise<Diagnostic[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, uri, text } satisfies LintRequest);
    });
  }

  /** A document was closed: the project rules stop comparing others with its last text. */
  forget(uri: string): void {
    this.worker?.postMessage({ forget: uri } satisfies ForgetRequest);
  }

  /** Drafts were created, deleted or saved on disk. */
  filesChanged(): void {
    this.worker?.postMessage({ filesChanged: true } satisfies FilesChangedRequest);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (reply: LintReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.diagnostics);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The lint thread stopped (exit code ${code}).`)));
    // The server's connection decides when the process ends, not an idle lint thread.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
