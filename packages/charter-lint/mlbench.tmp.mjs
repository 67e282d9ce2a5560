import { lint } from 'markdownlint/sync';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync('find /work/shared/corpus/digitalgov -name "*.md"').toString().trim().split('\n').map(f=>readFileSync(f,'utf8'));
const rule = { names: ['x-share'], description: 'd', tags: ['x'], parser: 'micromark', function: (p) => { globalThis.t = p.parsers.micromark.tokens; } };
const modes = {
  custom: (text) => lint({ strings: { text }, config: { default: true, 'x-share': true }, customRules: [rule], handleRuleFailures: true }),
  builtin: (text) => lint({ strings: { text }, config: { default: true }, handleRuleFailures: true }),
  batch: null,
};
for (let round = 0; round < 3; round++) for (const m of ['custom', 'builtin']) {
  const t = process.cpuUsage(); const w = performance.now();
  for (const f of files) modes[m](f);
  const u = process.cpuUsage(t);
  console.log(m, ((performance.now()-w)/1000).toFixed(2), 'wall', (u.user/1e6).toFixed(2), 'user');
}
