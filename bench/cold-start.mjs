// Cold start of the bundled action for a run that uploads nothing, against `node -e 0`, measured side by side
// (alternating runs, medians). Target: at most 3x. Run: node bench/cold-start.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const workspace = mkdtempSync(path.join(tmpdir(), 'backend-ci-bench-'));
const files = ['output', 'summary', 'event.json'].map((f) => path.join(workspace, f));
for (const f of files) writeFileSync(f, f.endsWith('.json') ? '{}' : '');
const env = {
  ...process.env,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: files[0],
  GITHUB_STEP_SUMMARY: files[1],
  GITHUB_EVENT_PATH: files[2],
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'acme/forum',
  RUNNER_TEMP: workspace,
  // Only the report stage: a run with no upload, no GitHub token, nothing to load but the core.
  INPUT_STAGES: 'report',
  'INPUT_GITHUB-TOKEN': '',
};

function time(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = [];
const action = [];
time(['-e', '0']);
time(['dist/index.js']);
for (let i = 0; i < runs; i++) {
  baseline.push(time(['-e', '0']));
  action.push(time(['dist/index.js']));
}
const b = median(baseline);
const a = median(action);
console.log(`node -e 0            median ${b.toFixed(1)} ms over ${runs} runs`);
console.log(`dist/index.js        median ${a.toFixed(1)} ms (stages: report, no upload)`);
console.log(`ratio                ${(a / b).toFixed(2)}x   (target: at most 3x) ${a / b <= 3 ? 'OK' : 'OVER'}`);
