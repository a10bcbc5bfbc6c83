// How the report scales: rendering the job summary and the PR comment for 5,000 and for 50,000 covered files
// (with as many uncovered changed ranges), measured side by side in one run (alternating, medians). Target: the
// 10x larger input costs at most ~10x the time (no quadratic step) and the output stays under the limits.
// Run: npx tsx bench/report-summary.ts [rounds]
import { renderComment, COMMENT_LIMIT } from '../src/report/comment.js';
import type { ReportInput } from '../src/report/model.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/report/summary.js';
import { sumTotals, type FileCoverage } from '../src/coverage/model.js';

const rounds = Number(process.argv[2] ?? 7);

function input(files: number): ReportInput {
  const list: FileCoverage[] = [];
  for (let i = 0; i < files; i++) {
    const covered = (i * 37) % 101;
    list.push({ path: `src/module${i % 500}/file${i}.ts`, lines: { covered, total: 100 }, branches: { covered: covered >> 1, total: 50 }, functions: { covered: 5, total: 10 }, statements: { covered, total: 100 } });
  }
  const patchFiles = Array.from({ length: files }, (_, i) => ({ path: `src/module${i % 500}/file${i}.ts`, uncovered: [{ start: 10, end: 10 + (i % 9) }] }));
  const details = Array.from({ length: files }, (_, i) => `- src/module${i % 500}/file${i}.ts: ${i % 100} lines uncovered`).join('\n');
  return {
    name: 'backend-ci',
    stages: [
      { stage: 'test', status: 'failed', headline: '3 tests failed', durationMs: 5000, outputs: {}, annotations: [], details },
      { stage: 'migrations', status: 'passed', headline: 'no pending migrations', durationMs: 800, outputs: {}, annotations: [], details },
    ],
    coverage: { files: list, totals: sumTotals(list), sources: ['coverage/lcov.info'] },
    thresholds: { lines: 80 },
    base: { lines: 50 },
    patch: { percent: 40, covered: files, total: files * 2, files: patchFiles },
    links: { run: 'https://github.com/o/r/actions/runs/1' },
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
