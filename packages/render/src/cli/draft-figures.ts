import { ConfigError, type FigureRegistry } from '@alima/charter-lint';
import { FileSettings, RegistryLoader } from '@alima/charter-lint/node';
import { DraftError } from './draft-error.js';

/** A draft that references the registry: `{{figure id}}` somewhere in its text. */
const REFERENCES_REGISTRY = /\{\{[ \t]*figure[ \t]/u;

/**
 * The figure registry of each draft, found as charter-lint finds it (the
 * configuration's `figures.registry`, else `figures.yml`, `figures.yaml` or
 * `figures.json` at the repository root) and loaded once per run. Only a
 * draft that references the registry loads it, so a registry problem never
 * stops a page that does not use it.
 */
export class DraftFigures {
  private readonly settings: FileSettings;
  private readonly loader = new RegistryLoader();

  constructor(cwd: string) {
    this.settings = new FileSettings(undefined, {}, cwd);
  }

  /** The registry for the draft at `path` with text `markdown`, if it references one and one is found. */
  for(path: string, markdown: string): FigureRegistry | undefined {
    if (!REFERENCES_REGISTRY.test(markdown)) return undefined;
    try {
      return this.loader.load(this.settings.registryFile(path));
    } catch (error) {
      if (error instanceof ConfigError) throw new DraftError(error.message);
      throw error;
    }
  }
}
