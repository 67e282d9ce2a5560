import { readdirSync, readFileSync } from 'node:fs';
import { lintText } from '../../src/engine/lint-text.js';
import type { ReportMessage } from '../../src/engine/report-types.js';

/** The rules the labelled drafts measure. */
export const SCORED_RULES = [
  'sourced-figures',
  'charter-language',
  'photo-credit',
  'footnote-undefined',
  'footnote-unused',
] as const;
export type ScoredRule = (typeof SCORED_RULES)[number];

/** One expected finding: its rule, the line it is on (a unique piece of it) and, where it matters, its `actual`. */
interface Label {
  rule: ScoredRule;
  line: string;
  actual?: string;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** What went wrong, for the failure message: `file:line rule actual`. */
  misses: string[];
}

const folder = new URL('./', import.meta.url);

/**
 * The same finding, whatever its exact bounds: a phrase flagged with its
 * article (`The helpless` for `helpless`) is still the labelled phrase.
 */
const sameSpan = (labelled: string, actual: string | undefined): boolean =>
  actual !== undefined &&
  (actual === labelled ||
    actual.toLowerCase().includes(labelled.toLowerCase()) ||
    labelled.toLowerCase().includes(actual.toLowerCase()));

/** The line number (1-based) of the only line of `markdown` that contains `piece`. */
function lineOf(markdown: string, piece: string, file: string): number {
  const lines = markdown.split('\n');
  const found = lines.flatMap((line, index) => (line.includes(piece) ? [index + 1] : []));
  if (found.length !== 1)
    throw new Error(`${file}: label line ${JSON.stringify(piece)} matches ${found.length} lines`);
  return found[0] as number;
}

/**
 * Lints every labelled draft of this folder (markdownlint off: it is not
 * measured) and compares its findings with the labels, per rule. An `info`
 * finding is advice, not a problem to fix, so it is not counted.
 */
export async function scoreDrafts(): Promise<Record<ScoredRule, Score>> {
  const empty = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [] });
  const scores = Object.fromEntries(SCORED_RULES.map((rule) => [rule, empty()])) as Record<ScoredRule, Score>;
  const drafts = readdirSync(folder).filter((name) => name.endsWith('.md'));
  for (const name of drafts) {
    const markdown = readFileSync(new URL(name, folder), 'utf8');
    const { findings } = JSON.parse(
      readFileSync(new URL(name.replace(/\.md$/, '.labels.json'), folder), 'utf8'),
    ) as { findings: Label[] };
    const expected = findings.map((label) => ({ ...label, lineNumber: lineOf(markdown, label.line, name) }));
    const report = await lintText(markdown, { filePath: name, markdownlint: false });
    const messages = report.messages.filter(
      (message): message is ReportMessage & { ruleId: ScoredRule } =>
        (SCORED_RULES as readonly string[]).includes(message.ruleId) && message.severity !== 'info',
    );
    const unmatched = [...expected];
    for (const message of messages) {
      const score = scores[message.ruleId];
      const index = unmatched.findIndex(
        (label) =>
          label.rule === message.ruleId &&
          label.lineNumber === message.line &&
          (label.actual === undefined || sameSpan(label.actual, message.actual)),
      );
      if (index === -1) {
        score.falsePositives++;
        score.misses.push(
          `false positive ${name}:${message.line} ${message.ruleId} ${JSON.stringify(message.actual)}`,
        );
      } else {
        score.truePositives++;
        unmatched.splice(index, 1);
      }
    }
    for (const label of unmatched) {
      scores[label.rule].falseNegatives++;
      scores[label.rule].misses.push(
        `missed ${name}:${label.lineNumber} ${label.rule} ${JSON.stringify(label.actual ?? label.line)}`,
      );
    }
  }
  return scores;
}

export const precision = (score: Score): number =>
  score.truePositives + score.falsePositives === 0
    ? 1
    : score.truePositives / (score.truePositives + score.falsePositives);
export const recall = (score: Score): number =>
  score.truePositives + score.falseNegatives === 0
    ? 1
    : score.truePositives / (score.truePositives + score.falseNegatives);
