import { window, workspace, type ExtensionContext, type WorkspaceFolder } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { findServer } from './find-server.js';

const INSTALL_HINT =
  'charter-lint is not installed in this workspace. Run `npm install --save-dev @alima/charter-lint` in it, then reload the window.';

const clients = new Map<string, LanguageClient>();

/** One client per workspace folder with the package installed, running that folder's own server. */
async function startFor(folder: WorkspaceFolder): Promise<boolean> {
  if (clients.has(folder.uri.toString())) return true;
  const server = findServer(folder.uri.fsPath);
  if (server === undefined) return false;
  // VS Code's own Node runs the server; TransportKind.stdio passes `--stdio`.
  const transport = { module: server, transport: TransportKind.stdio, options: { cwd: folder.uri.fsPath } };
  const serverOptions: ServerOptions = { run: transport, debug: transport };
  const pattern = `${folder.uri.fsPath.replace(/[[\]{}*?]/g, '?')}/**/*`;
  const client = new LanguageClient(
    `charter-lint:${folder.name}`,
    `charter-lint (${folder.name})`,
    serverOptions,
    {
      documentSelector: ['markdown', 'mdx'].map((language) => ({ scheme: 'file', language, pattern })),
      workspaceFolder: folder,
    },
  );
  clients.set(folder.uri.toString(), client);
  await client.start();
  return true;
}

async function stopFor(folder: WorkspaceFolder): Promise<void> {
  const client = clients.get(folder.uri.toString());
  clients.delete(folder.uri.toString());
  await client?.stop();
}

/** Starts a server for every workspace folder that has charter-lint installed; says how to install it otherwise. */
export async function activate(context: ExtensionContext): Promise<void> {
  if (!workspace.getConfiguration('charterLint').get<boolean>('enable', true)) return;
  const folders = workspace.workspaceFolders ?? [];
  const started = await Promise.all(folders.map(startFor));
  if (folders.length > 0 && !started.some(Boolean)) void window.showInformationMessage(INSTALL_HINT);
  context.subscriptions.push(
    workspace.onDidChangeWorkspaceFolders(async ({ added, removed }) => {
      await Promise.all(removed.map(stopFor));
      await Promise.all(added.map(startFor));
    }),
  );
}

export async function deactivate(): Promise<void> {
  await Promise.all([...clients.values()].map((client) => client.stop()));
  clients.clear();
}
