import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { packageRoot } from '../cli/built.js';

/** The language server as an editor starts it: the installed bin over stdio. */
export const serverBin = join(packageRoot, 'bin/charter-lint-language-server.js');

/** A real LSP client speaking to a spawned server, collecting what it publishes. */
export interface LspClient {
  connection: ProtocolConnection;
  server: ChildProcessByStdio<Writable, Readable, null>;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  nextDiagnostics(
    uri: string,
    accept?: (params: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

/** Starts the server with `command` (default: this package's bin under the running Node) in `cwd`. */
export function startClient(
  cwd: string,
  command: readonly string[] = [process.execPath, serverBin, '--stdio'],
  env: NodeJS.ProcessEnv = process.env,
): LspClient {
  const [program = process.execPath, ...args] = command;
  const server = spawn(program, args, { cwd, env, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const waiting: {
    uri: string;
    accept: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const index = waiting.findIndex((wait) => wait.uri === params.uri && wait.accept(params));
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(params);
  });
  connection.listen();
  return {
    connection,
    server,
    nextDiagnostics: (uri, accept = () => true) =>
      new Promise((resolve) => waiting.push({ uri, accept, resolve })),
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/** Starts the server in the workspace folder `root` and initializes it as an editor would. */
export async function startInitializedClient(
  root: string,
): Promise<{ client: LspClient; init: InitializeResult }> {
  const client = startClient(root);
  const init = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'content' }],
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  return { client, init };
}
