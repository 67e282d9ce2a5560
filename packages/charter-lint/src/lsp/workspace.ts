import { readFileSync, statSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { LANGS } from '../config/langs.js';
import type { FileSettings } from '../engine/file-settings.js';
import { textFacts } from '../engine/lint-text.js';
import {
  projectFindings,
  projectSettings,
  type ProjectFindings,
  type ProjectInput,
} from '../engine/project-pass.js';

/** Where a draft's translations may be on disk: `x.en.md` → `x.fr.md`, `en/x.md` → `fr/x.md`. */
export function translationPaths(path: string): string[] {
  const candidates = new Set<string>();
  for (const from of LANGS)
    for (const to of LANGS) {
      if (from === to) continue;
      candidates.add(path.replace(new RegExp(`\\.${from}(\\.(?:mdx?|markdown))$`, 'i'), `.${to}$1`));
      candidates.add(path.replace(new RegExp(`([\\\\/])${from}([\\\\/])(?=[^\\\\/]+$)`), `$1${to}$2`));
    }
  candidates.delete(path);
  return [...candidates];
}

interface OnDisk {
  mtimeMs: number;
  size: number;
  input: ProjectInput | undefined;
}

/**
 * What the language server's project rules compare a document with: the
 * other open documents (as last linted) and its translations on disk (read,
 * not linted, again only when they change), against its registry.
 */
export class Workspace {
  private readonly open = new Map<string, ProjectInput>();
  private readonly disk = new Map<string, OnDisk>();

  forget(path: string): void {
    this.open.delete(path);
  }

  /** The project rules' findings on `input`, which is kept as the open document's latest facts. */
  async findings(input: ProjectInput, settings: FileSettings): Promise<ProjectFindings | undefined> {
    this.open.set(input.path, input);
    const others = [...this.open.values()].filter((other) => other.path !== input.path);
    for (const path of translationPaths(input.path)) {
      if (this.open.has(path)) continue;
      const twin = await this.fromDisk(path, settings);
      if (twin !== undefined) others.push(twin);
    }
    // Other drafts are named relative to the document's folder, as the editor shows paths.
    const named = others.map((other) => ({ ...other, shown: relative(dirname(input.path), other.path) }));
    return projectFindings([input, ...named]).get(input.path);
  }

  private async fromDisk(path: string, settings: FileSettings): Promise<ProjectInput | undefined> {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined || !stat.isFile()) return undefined;
    const known = this.disk.get(path);
    if (known?.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.input;
    const options = settings.forFile(path);
    const facts =
      options === undefined
        ? undefined
        : await textFacts(readFileSync(path, 'utf8'), { ...options, filePath: path });
    const input =
      facts === undefined || options === undefined
        ? undefined
        : { path, shown: path, facts, settings: projectSettings(options) };
    this.disk.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, input });
    return input;
  }
}
