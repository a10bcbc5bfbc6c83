// What the test stage costs on top of the test run itself: `backend-ci run --stages test` (the CLI bundle) on
// the forum fixture, against the same tests under the c8 CLI with the same reporters and include
// (`c8 --reporter=lcov --reporter=json-summary --reporter=cobertura --reporter=html --include 'src/**' npm test`).
// Runs alternate (and swap which goes first each round, so a drift in machine load hits both alike); medians
// and the ratio are printed. Target: at most 1.15x.
//
// Run: node bench/test-overhead.mjs [runs]   (default 3; each run of the fixture's tests takes ~30-60 s here)
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.join(root, 'test', 'fixtures', 'forum-api');
const runs = Number(process.argv[2] ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write('usage: node bench/test-overhead.mjs [runs >= 1]\n');
  process.exit(2);
}

// The c8 the project depends on (the same version the bundle embeds), not whatever npx would fetch.
const c8 = path.join(root, 'node_modules', 'c8', 'bin', 'c8.js');
const env = {
  ...process.env,
  // The fixture's tests run with their own settings; a secret is set anyway so nothing depends on a .env.
  SECRET_KEY: process.env.SECRET_KEY ?? randomBytes(24).toString('hex'),
  APP_ENV: 'test',
  NO_COLOR: '1',
};
delete env.NODE_OPTIONS;

const variants = {
  direct: {
    label: "c8 ... --include 'src/**' npm test",
    command: process.execPath,
    args: [
      c8,
      '--reporter=lcov',
      '--reporter=json-summary',
      '--reporter=cobertura',
      '--reporter=html',
      '--include',
      'src/**',
      'npm',
      'test',
    ],
    cwd: fixture,
  },
  stage: {
    label: 'backend-ci run --stages test',
    command: process.execPath,
    args: [
      path.join(root, 'bin', 'backend-ci.js'),
      'run',
      '-C',
      path.relative(root, fixture),
      '--stages',
      'test',
      '--plain',
    ],
    cwd: root,
  },
};

function time(name) {
  const v = variants[name];
  // Both start from no coverage folder: neither pays for cleaning up after the other.
  rmSync(path.join(fixture, 'coverage'), { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(v.command, v.args, {
    cwd: v.cwd,
    env,
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) {
    process.stderr.write(
      `${v.label} exited ${r.status ?? r.signal}\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`  ${name.padEnd(6)} ${(ms / 1000).toFixed(2)} s\n`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const samples = { direct: [], stage: [] };
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? ['direct', 'stage'] : ['stage', 'direct'];
  process.stdout.write(`round ${i + 1}/${runs}\n`);
  for (const name of order) samples[name].push(time(name));
}

const d = median(samples.direct);
const s = median(samples.stage);
const ratio = s / d;
console.log(`${variants.direct.label.padEnd(40)} median ${(d / 1000).toFixed(2)} s over ${runs} runs`);
console.log(`${variants.stage.label.padEnd(40)} median ${(s / 1000).toFixed(2)} s over ${runs} runs`);
console.log(`ratio ${ratio.toFixed(3)}x   (target: at most 1.15x) ${ratio <= 1.15 ? 'OK' : 'OVER'}`);
