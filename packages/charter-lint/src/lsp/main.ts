import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { packageVersion } from '../cli/version.js';
import { startLanguageServer } from './server.js';

const TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/;

export const LANGUAGE_SERVER_HELP = `Usage: charter-lint-language-server --stdio

The charter-lint language server (Language Server Protocol) for editors:
findings as you type, quick fixes and rule summaries on hover, with the
same configuration files as the charter-lint command.

Transports: --stdio (what editors use), --node-ipc, --socket=<port>, --pipe=<name>.
  -h, --help      this help
  -v, --version   the version
`;

/** The `charter-lint-language-server` command; returns an exit code, or undefined while serving. */
export function runLanguageServer(
  argv: readonly string[],
  io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } },
): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(LANGUAGE_SERVER_HELP);
    return 0;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (!argv.some((arg) => TRANSPORTS.test(arg))) {
    io.stderr.write(
      `charter-lint-language-server: say how to talk to the editor, e.g. --stdio.\n\n${LANGUAGE_SERVER_HELP}`,
    );
    return 2;
  }
  // createConnection reads the transport from process.argv.
  startLanguageServer(createConnection(ProposedFeatures.all));
  return undefined;
}
