// How the report scales, in two measurements side by side in one run:
// 1. Rendering the job summary and the PR comment (with the per-file table of all files) for 5,000 and for
//    50,000 covered files, alternating, medians. Target: 10x the input costs at most ~10x the time (no
//    quadratic step) and the output stays under the limits.
// 2. A whole process that reads a 5,000-file lcov and renders summary + comment, against `node -e 0` plus the
//    read alone (each in its own plain node process, our code bundled with esbuild first). Target: at most
//    1.5x, so the report adds at most half of what starting node and reading the coverage cost.
// Run: npx tsx bench/report-summary.ts [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeLcov } from './coverage-generate.js';
import { renderComment, COMMENT_LIMIT } from '../src/report/comment.js';
import type { ReportInput } from '../src/report/model.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/report/summary.js';
import { sumTotals, type FileCoverage } from '../src/coverage/model.js';

const rounds = Number(process.argv[2] ?? 7);

function input(files: number): ReportInput {
  const list: FileCoverage[] = [];
  for (let i = 0; i < files; i++) {
    const covered = (i * 37) % 101;
    list.push({
      path: `src/module${i % 500}/file${i}.ts`,
      lines: { covered, total: 100 },
      branches: { covered: covered >> 1, total: 50 },
      functions: { covered: 5, total: 10 },
      statements: { covered, total: 100 },
    });
  }
  const patchFiles = Array.from({ length: files }, (_, i) => ({
    path: `src/module${i % 500}/file${i}.ts`,
    uncovered: [{ start: 10, end: 10 + (i % 9) }],
  }));
  const details = Array.from(
    { length: files },
    (_, i) => `- src/module${i % 500}/file${i}.ts: ${i % 100} lines uncovered`,
  ).join('\n');
  return {
    name: 'backend-ci',
    stages: [
      {
        stage: 'test',
        status: 'failed',
        headline: '3 tests failed',
        durationMs: 5000,
        outputs: {},
        annotations: [],
        details,
      },
      {
        stage: 'migrations',
        status: 'passed',
        headline: 'no pending migrations',
        durationMs: 800,
        outputs: {},
        annotations: [],
        details,
      },
    ],
    coverage: { files: list, totals: sumTotals(list), sources: ['coverage/lcov.info'] },
    thresholds: { lines: 80 },
    base: { lines: 50 },
    patch: { percent: 40, covered: files, total: files * 2, files: patchFiles },
    links: { run: 'https://github.com/o/r/actions/runs/1' },
    fileTable: 'all',
    blobUrl: 'https://github.com/o/r/blob/' + 'a'.repeat(40),
  };
}

function measure(data: ReportInput): { ms: number; summaryBytes: number; commentChars: number } {
  const started = process.hrtime.bigint();
  const summary = renderSummary(data).markdown;
  const comment = renderComment(data).body;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, summaryBytes: Buffer.byteLength(summary), commentChars: comment.length };
}

const small = input(5_000);
const large = input(50_000);
const times: { small: number[]; large: number[] } = { small: [], large: [] };
let sizes = { small: measure(small), large: measure(large) };
for (let r = 0; r < rounds; r++) {
  const a = measure(small);
  const b = measure(large);
  times.small.push(a.ms);
  times.large.push(b.ms);
  sizes = { small: a, large: b };
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const s = median(times.small);
const l = median(times.large);
process.stdout.write(
  [
    `summary + comment, 5,000 files:  ${s.toFixed(1)} ms  (summary ${sizes.small.summaryBytes} B, comment ${sizes.small.commentChars} chars)`,
    `summary + comment, 50,000 files: ${l.toFixed(1)} ms  (summary ${sizes.large.summaryBytes} B, comment ${sizes.large.commentChars} chars)`,
    `time ratio 50,000 / 5,000 files: ${(l / s).toFixed(2)}x (10x input; linear would be ~10x)`,
    `limits: summary ${sizes.large.summaryBytes <= SUMMARY_LIMIT_BYTES ? 'within' : 'OVER'} ${SUMMARY_LIMIT_BYTES} B, comment ${sizes.large.commentChars <= COMMENT_LIMIT ? 'within' : 'OVER'} ${COMMENT_LIMIT} chars`,
  ].join('\n') + '\n',
);

// 2. The whole process against node -e 0 plus the read.
const CHILD = `
const [kind, file, entry] = process.argv.slice(2);
const t0 = performance.now();
const m = await import(entry);
const dir = (await import('node:path')).dirname(file);
const coverage = await m.readCoverage([file], { workspace: dir, cwd: dir });
const readMs = performance.now() - t0;
let sizes = '';
if (kind === 'report') {
  const patch = { percent: 50, covered: 1, total: 2, files: coverage.files.slice(0, 200).map((f) => ({ path: f.path, uncovered: [{ start: 2, end: 3 }], covered: 1, total: 2 })) };
  const input = { name: 'backend-ci', stages: [{ stage: 'test', status: 'passed', headline: 'ok', durationMs: 1, outputs: {}, annotations: [] }], coverage, thresholds: { lines: 80 }, patch, links: {}, fileTable: 'all', blobUrl: 'https://github.com/o/r/blob/' + 'a'.repeat(40) };
  const summary = m.renderSummary(input).markdown;
  const comment = m.renderComment(input).body;
  sizes = Buffer.byteLength(summary) + ' B summary, ' + comment.length + ' chars comment';
}
process.stdout.write(JSON.stringify({ readMs, sizes }) + '\\n');
`;

const dir = mkdtempSync(path.join(tmpdir(), 'bench-report-'));
try {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = path.join(dir, 'lcov.info');
  await writeLcov(file, { files: 5_000, linesPerFile: 100, functionsPerFile: 5, branchesPerFile: 10 });
  const entry = path.join(dir, 'report.mjs');
  await build({
    entryPoints: [path.join(root, 'bench/report-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: entry,
    logLevel: 'error',
  });
  const child = path.join(dir, 'child.mjs');
  writeFileSync(child, CHILD);
  const wall = (args: string[]) => {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(r.stderr);
    return { ms: performance.now() - started, out: r.stdout.trim() };
  };
  const idle: number[] = [];
  const readOnly: number[] = [];
  const whole: number[] = [];
  let sizesSeen = '';
  wall([child, 'read', file, entry]); // warms the page cache
  for (let r = 0; r < rounds; r++) {
    idle.push(wall(['-e', '0']).ms);
    readOnly.push((JSON.parse(wall([child, 'read', file, entry]).out) as { readMs: number }).readMs);
    const w = wall([child, 'report', file, entry]);
    whole.push(w.ms);
    sizesSeen = (JSON.parse(w.out) as { sizes: string }).sizes;
  }
  const [i, rd, wh] = [median(idle), median(readOnly), median(whole)];
  const ratio = wh / (i + rd);
  process.stdout.write(
    [
      `node -e 0: ${i.toFixed(0)} ms; reading the 5,000-file lcov (in process): ${rd.toFixed(0)} ms`,
      `whole process, read + summary + comment of 5,000 files: ${wh.toFixed(0)} ms (${sizesSeen})`,
      `ratio to node -e 0 + the read: ${ratio.toFixed(2)}x (target <= 1.5x: ${ratio <= 1.5 ? 'met' : 'MISSED'}); medians of ${rounds} alternating rounds`,
    ].join('\n') + '\n',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
