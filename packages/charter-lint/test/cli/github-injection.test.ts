import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { folderWith } from './fixtures.js';

/**
 * The workflow commands a GitHub runner would execute from `output`: it
 * splits lines on CR, LF and CRLF, runs lines starting with `::` or `##[`,
 * and runs nothing between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function runnerCommands(output: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::') || line.startsWith('##[')) commands.push(line);
  }
  return commands;
}

const decodeProperty = (value: string) =>
  value.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

describe('--format github under hostile file names and content', () => {
  it('turns nothing but its own annotations into runner commands', async () => {
    const claim = 'A claim.[^missing]\n';
    const root = folderWith({
      '::error::x.md': claim,
      'new\nline.md': claim,
      'alt.md': '![Market\r::add-mask::secret](market.jpg)\n\n![##[error title=x]boom](b.jpg)\n',
    });
    let stdout = '';
    const code = await main(['--format', 'github'], {
      cwd: root,
      env: {},
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
    });
    expect(code).toBe(1);
    const commands = runnerCommands(stdout);
    expect(commands).toHaveLength(4);
    const annotated = commands.map((command) => {
      const match =
        /^::error file=([^,]*),line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=([\w-]+)::[^\r\n]*$/.exec(
          command,
        );
      expect(match, command).not.toBeNull();
      return `${decodeProperty(match?.[1] ?? '')} ${match?.[2]}`;
    });
    expect(annotated.sort()).toEqual([
      '::error::x.md footnote-undefined',
      'alt.md photo-credit',
      'alt.md photo-credit',
      'new\nline.md footnote-undefined',
    ]);
    // The readable report is still there for the job log.
    expect(stdout).toContain('##[error title=x]boom');
  });
});
