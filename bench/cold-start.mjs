// Cold start of the bundled action for a run that uploads nothing (stages: report, no token), against
// `node -e 0`, measured side by side (alternating runs, medians). Target: at most 2x. Also the size of each
// build's folder (target: at most 4 MB, everything the action ships).
// Run: node bench/cold-start.mjs [runs] [other builds' index.js to compare, e.g. an older dist/]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TARGET = 2;
const SIZE_TARGET = 4_000_000; // bytes, decimal megabytes
const runs = Number(process.argv[2] ?? 15);
const entries = ['dist/index.js', ...process.argv.slice(3)];
const workspace = mkdtempSync(path.join(tmpdir(), 'backend-ci-bench-'));
process.on('exit', () => rmSync(workspace, { recursive: true, force: true }));
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
const timings = entries.map(() => []);
time(['-e', '0']);
for (const entry of entries) time([entry]);
for (let i = 0; i < runs; i++) {
  baseline.push(time(['-e', '0']));
  entries.forEach((entry, j) => timings[j].push(time([entry])));
}
const b = median(baseline);
console.log(`node -e 0                  median ${b.toFixed(1)} ms over ${runs} runs`);
/** Bytes and files under a folder. */
function size(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

entries.forEach((entry, j) => {
  const { bytes, files } = size(path.dirname(entry));
  const mb = (bytes / 1e6).toFixed(2);
  console.log(
    `${path.dirname(entry).padEnd(26)} ${mb} MB in ${files} files (target: at most 4 MB) ${bytes <= SIZE_TARGET ? 'OK' : 'OVER'}`,
  );
  const a = median(timings[j]);
  console.log(
    `${entry.padEnd(26)} median ${a.toFixed(1)} ms, ratio ${(a / b).toFixed(2)}x (target: at most ${TARGET}x) ${a / b <= TARGET ? 'OK' : 'OVER'}`,
  );
});
