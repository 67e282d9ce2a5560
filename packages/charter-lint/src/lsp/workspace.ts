import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expandPaths } from '../cli/expand-paths.js';
import { LANGS } from '../config/langs.js';
import type { FileSettings } from '../engine/file-settings.js';
import { textFacts } from '../engine/lint-text.js';
import { ChangedFiles } from './changed-files.js';
import { frontMatterBlock } from '../text/front-matter-block.js';
import { projectKeys } from '../project/takes-part.js';
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

/** A draft's `scope`, read from its front matter only, or `undefined`. */
function scopeIn(path: string): string | undefined {
  try {
    return projectKeys(frontMatterBlock(readFileSync(path, 'utf8'))).scope;
  } catch {
    // Unreadable now: not compared (the command's report on it says why).
    return undefined;
  }
}

/**
 * What the language server's project rules compare a document with: the
 * other open documents (as last linted), its translations on disk and the
 * drafts of its repository that share its `scope` (read, not linted, again
 * only when they change), against its registry: what the command compares
 * it with in CI.
 */
export class Workspace {
  private readonly open = new Map<string, ProjectInput>();
  /** Drafts on disk as the project rules read them (facts, not lint). */
  private readonly disk = new ChangedFiles<Promise<ProjectInput | undefined>>();
  /**
   * The drafts of each repository by scope, as the command's folder scan
   * lists them; built at the first document with a `scope`, again after
   * `filesChanged`.
   */
  private readonly scopeIndexes = new Map<string, Promise<Map<string, string[]>>>();
  private readonly scopes = new ChangedFiles<string | undefined>();

  forget(path: string): void {
    this.open.delete(path);
  }

  /** Drafts were created, deleted or saved: list the repositories and read their scopes again. */
  filesChanged(): void {
    this.scopeIndexes.clear();
  }

  /** The project rules' findings on `input`, which is kept as the open document's latest facts. */
  async findings(input: ProjectInput, settings: FileSettings): Promise<ProjectFindings | undefined> {
    this.open.set(input.path, input);
    const others = [...this.open.values()].filter((other) => other.path !== input.path);
    const onDisk = new Set([...translationPaths(input.path), ...(await this.sameScope(input, settings))]);
    for (const path of onDisk) {
      if (this.open.has(path) || path === input.path) continue;
      const draft = await this.fromDisk(path, settings);
      if (draft !== undefined) others.push(draft);
    }
    // Other drafts are named relative to the document's folder, as the editor shows paths.
    const named = others.map((other) => ({ ...other, shown: relative(dirname(input.path), other.path) }));
    return projectFindings([input, ...named]).get(input.path);
  }

  /** The drafts on disk of `input`'s repository with its `scope` (none without one, or outside a repository). */
  private async sameScope(input: ProjectInput, settings: FileSettings): Promise<string[]> {
    const { scope } = input.facts;
    if (scope === undefined) return [];
    const root = settings.rootFor(input.path);
    if (root === undefined) return [];
    let index = this.scopeIndexes.get(root);
    if (index === undefined) this.scopeIndexes.set(root, (index = this.indexScopes(root)));
    return (await index).get(scope) ?? [];
  }

  private async indexScopes(root: string): Promise<Map<string, string[]>> {
    const index = new Map<string, string[]>();
    for (const path of (await expandPaths([root], root)).files) {
      const scope = this.scopeOf(path);
      if (scope === undefined) continue;
      const paths = index.get(scope);
      if (paths === undefined) index.set(scope, [path]);
      else paths.push(path);
    }
    return index;
  }

  /** A draft's scope, read again only when the file changed. */
  private scopeOf(path: string): string | undefined {
    return this.scopes.get(path, scopeIn);
  }

  private async fromDisk(path: string, settings: FileSettings): Promise<ProjectInput | undefined> {
    return this.disk.get(path, async () => {
      const options = settings.forFile(path);
      if (options === undefined) return undefined;
      const facts = await textFacts(readFileSync(path, 'utf8'), { ...options, filePath: path });
      return facts === undefined
        ? undefined
        : { path, shown: path, facts, settings: projectSettings(options) };
    });
  }
}
