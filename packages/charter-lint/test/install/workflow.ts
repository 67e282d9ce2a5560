import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** How this repository's action is named in a workflow's `uses:`. */
export const ACTION_USES = /^alima-ngo\/toolkit\/packages\/charter-lint@/;

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}

/** What a local run of a workflow did. */
export interface WorkflowRun {
  /** The job's exit code: the first failing step's, else 0. */
  code: number;
  output: string;
  /** `uses:` steps not run here (checkout, setup-node, upload-sarif), with their evaluated inputs. */
  skipped: { uses: string; with: Record<string, string> }[];
}

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  github: Record<string, string>;
}

/**
 * Evaluates the few GitHub expressions the action and the recipes use:
 * `inputs.x`, `steps.id.outputs.x`, `github.x`, string literals, `==`, `!=`,
 * `&&`, `||`, `!` and `always()`. Anything else throws, so the action cannot
 * grow an expression this runner would silently misread.
 */
function evaluate(expression: string, context: Context): unknown {
  const js = expression.replace(
    /always\(\)|'(?:[^']|'')*'|\b(inputs|github)\.([\w-]+)|\bsteps\.([\w-]+)\.outputs\.([\w-]+)|==|!=|&&|\|\||!|\(|\)|\s+|(.)/g,
    (token, scope: string, key: string, step: string, output: string, other: string) => {
      if (other !== undefined) throw new Error(`Unsupported expression: ${expression}`);
      if (token === 'always()') return 'true';
      if (token.startsWith("'")) return JSON.stringify(token.slice(1, -1).replaceAll("''", "'"));
      if (scope === 'inputs') return JSON.stringify(context.inputs[key] ?? '');
      if (scope === 'github') return JSON.stringify(context.github[key] ?? '');
      if (step !== undefined) return JSON.stringify(context.steps[step]?.outputs[output] ?? '');
      return token === '==' ? '===' : token === '!=' ? '!==' : token;
    },
  );
  return new Function(`return (${js});`)();
}

const interpolate = (text: unknown, context: Context): string =>
  String(text ?? '').replace(/\$\{\{\s*([\s\S]+?)\s*\}\}/g, (_m, expression: string) =>
    String(evaluate(expression, context)),
  );

const outputsOf = (file: string): Record<string, string> =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

/** Commands that do the same in every recipe of one workspace (a reinstall from the lockfile): run once. */
const ONCE = new Set(['npm ci']);
const ranOnce = new Map<string, { code: number; output: string }>();

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): { code: number; output: string } {
  const key = `${cwd}\0${script.trim()}`;
  const earlier = ranOnce.get(key);
  if (earlier !== undefined) return earlier;
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env,
    encoding: 'utf8',
  });
  const ran = { code: result.status ?? 2, output: result.stdout + result.stderr };
  if (ONCE.has(script.trim())) ranOnce.set(key, ran);
  return ran;
}

/** Runs steps as a GitHub runner would on Linux (bash -e -o pipefail), in `workspace`. */
function runSteps(
  steps: Step[],
  context: Context,
  workspace: string,
  env: NodeJS.ProcessEnv,
  actionDir: string,
  run: WorkflowRun,
): number {
  for (const step of steps) {
    if (step.if !== undefined && !evaluate(step.if.replace(/^\$\{\{|\}\}$/g, ''), context)) continue;
    const withInputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([key, value]) => [key, interpolate(value, context)]),
    );
    if (step.uses !== undefined) {
      const code = ACTION_USES.test(step.uses)
        ? runAction(actionDir, withInputs, workspace, env, run)
        : (run.skipped.push({ uses: step.uses, with: withInputs }), 0);
      if (code !== 0) return code;
      continue;
    }
    const outputFile = join(mkdtempSync(join(tmpdir(), 'gh-output-')), 'output');
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, interpolate(value, context)]),
    );
    const { code, output } = bash(
      interpolate(step.run, context),
      resolve(workspace, interpolate(step['working-directory'] ?? '.', context)),
      { ...env, ...stepEnv, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: actionDir },
    );
    run.output += output;
    if (step.id !== undefined) context.steps[step.id] = { outputs: outputsOf(outputFile) };
    if (code !== 0 && step['continue-on-error'] !== true) return code;
  }
  return 0;
}

/** Runs the composite action in `actionDir` with `with` inputs over the defaults. */
function runAction(
  actionDir: string,
  inputs: Record<string, string>,
  workspace: string,
  env: NodeJS.ProcessEnv,
  run: WorkflowRun,
): number {
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };
  if (action.runs.using !== 'composite') throw new Error('Expected a composite action');
  const context: Context = {
    inputs: Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [
        name,
        inputs[name] ?? String(input.default ?? ''),
      ]),
    ),
    steps: {},
    github: { action_path: actionDir, workspace },
  };
  return runSteps(action.runs.steps, context, workspace, env, actionDir, run);
}

export { bash };

/** Runs the first job of a workflow in `workspace`; this repository's action runs from `actionDir`. */
export function runWorkflow(
  workflow: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
  actionDir: string,
): WorkflowRun {
  const { jobs } = parse(workflow) as { jobs: Record<string, { steps: Step[] }> };
  const job = Object.values(jobs)[0];
  if (job === undefined) throw new Error('The workflow has no job');
  const run: WorkflowRun = { code: 0, output: '', skipped: [] };
  run.code = runSteps(
    job.steps,
    { inputs: {}, steps: {}, github: { workspace } },
    workspace,
    env,
    actionDir,
    run,
  );
  return run;
}
