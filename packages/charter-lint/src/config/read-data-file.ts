import { readFileSync } from 'node:fs';
import jsonc from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './config-types.js';

const isYaml = (file: string) => /\.ya?ml$/i.test(file);

function parseJsonc(text: string): unknown {
  const errors: jsonc.ParseError[] = [];
  const data: unknown = jsonc.parse(text, errors, { allowTrailingComma: true });
  const [first] = errors;
  if (first !== undefined) {
    const line = text.slice(0, first.offset).split('\n').length;
    throw new SyntaxError(`${jsonc.printParseErrorCode(first.error)} at line ${line}`);
  }
  return data;
}

/**
 * Reads a configuration file as data: YAML (`.yaml`, `.yml`), JSON with
 * comments (`.jsonc`, and markdownlint's `.json`, which markdownlint reads as
 * JSONC), or strict JSON. Never runs code. An empty file is `{}`. Throws a
 * `ConfigError` naming the file when it cannot be read or parsed.
 */
export function readDataFile(file: string, { comments = false } = {}): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      file,
      undefined,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  try {
    if (isYaml(file)) return parseYaml(text) ?? {};
    if (text.trim() === '') return {};
    return comments || /\.jsonc$/i.test(file) ? parseJsonc(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      file,
      undefined,
      `is not valid ${isYaml(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    );
  }
}
