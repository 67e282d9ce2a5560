// Node-only entry (`@alima/charter-lint/node`): file system, worker threads and the command.
export { lintFiles, lintStdin, displayPath } from './engine/lint-files.js';
export { LintCache, cacheFilePath, DEFAULT_CACHE_LOCATION } from './engine/lint-cache.js';
export { MARKDOWNLINT_FILE_NAMES, loadMarkdownlintFile } from './config/markdownlint-files.js';
export type { LintFilesOptions } from './engine/lint-files.js';
export { lintFile, FILE_CHECKS } from './engine/lint-file.js';
export type { LintFileOptions } from './engine/lint-file.js';
export { ConfigResolver, CONFIG_FILE_NAMES } from './config/find-config.js';
export type { FoundConfig } from './config/find-config.js';
export { loadConfigFile } from './config/load-config.js';
export { writeIfUnchanged, readSnapshot, ChangedOnDiskError } from './fix/write-if-unchanged.js';
export { main, EXIT } from './cli/main.js';
export type { CliEnvironment } from './cli/main.js';
// The figure registry: what a renderer fills key-figure cards from (`findFigure(registry, id)`).
export { loadFigureRegistry, registryIn, REGISTRY_FILE_NAMES } from './registry/load-registry.js';
export { FileSettings } from './engine/file-settings.js';
export { runProjectRules, RegistryLoader } from './engine/project-pass.js';
export type { ProjectInput } from './engine/project-pass.js';
export type { FileFacts } from './project/facts.js';
