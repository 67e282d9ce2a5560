// Shared by the lexicon benchmarks: the corpus parsed once, and the
// charter-language rule run over those trees, so timings measure the rule.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createParser } from '../../packages/charter-lint/dist/index.js';
import { CORPUS, markdownFiles } from './corpus.js';

/** Every corpus file with its syntax tree. */
export function parsedCorpus() {
  const parser = createParser();
  return markdownFiles().map((path) => {
    const source = readFileSync(path, 'utf8');
    return { file: relative(CORPUS, path), source, tree: parser.parse(source) };
  });
}

/**
 * Runs one rule over every parsed document; returns the messages with the
 * file they are in. unified makes each VFile (the root node_modules holds an
 * older vfile that alex needs), and its callback runs synchronously here.
 */
export function lintCorpus(rule, documents) {
  const processor = createParser().use(rule);
  const messages = [];
  for (const { file: path, source, tree } of documents) {
    processor.run(tree, { path, value: source }, (error, _tree, file) => {
      if (error) throw error;
      for (const message of file.messages) messages.push({ path, source, message });
    });
  }
  return messages;
}
