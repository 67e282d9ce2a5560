import type { RuleSetting } from '../config/config-types.js';
import type { FigureRegistry } from '../registry/figure-registry.js';
import type { FileFacts, Place } from './facts.js';
import type { ReportedSeverity } from '../report/severity.js';

/** A draft as the project rules see it: its facts, and the settings of its configuration. */
export interface ProjectFile {
  /** Absolute path: pairs translations by folder and name. */
  path: string;
  /** The path as reports show it, to name this file in another file's messages. */
  shown: string;
  facts: FileFacts;
  /** The registry of its configuration, loaded. */
  registry?: FigureRegistry;
  /** `figures.maxAgeYears` of its configuration. */
  maxAgeYears: number;
  rules?: Record<string, RuleSetting>;
}

/** What a project rule says about one place in one file. */
export interface ProjectFinding {
  file: ProjectFile;
  place: Place;
  reason: string;
  actual?: string;
  expected?: string[];
  /** This finding's own severity where a rule's findings differ; a configured severity wins. */
  severity?: ReportedSeverity;
}

/** What a project rule reads: every linted draft, and the current year (entries age against it). */
export interface Project {
  files: readonly ProjectFile[];
  year: number;
}

/** The top of a file: where a finding about the file as a whole goes. */
export const TOP: Place = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** `file.md:12`: a place in another file, for messages. */
export const where = (file: ProjectFile, place: Place): string => `${file.shown}:${place.line}`;
