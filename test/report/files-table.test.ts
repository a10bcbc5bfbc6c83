// The per-file coverage table: which files, what each row says, links to the head commit, and the limits.
import { describe, expect, it } from 'vitest';
import { sumTotals, type FileCoverage } from '../../src/coverage/model.js';
import { renderComment, COMMENT_LIMIT } from '../../src/report/comment.js';
import { renderFileTable, uncoveredRanges } from '../../src/report/files-table.js';
import type { ReportInput } from '../../src/report/model.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { coverageWith, stage } from './report-fixtures.js';
import { renderGfm, inspectHtml, codeTexts } from '../support/gfm.js';

const BLOB = 'https://github.com/octo-org/forum-api/blob/' + 'a'.repeat(40);

function file(path: string, hits: [number, number][], extra: Partial<FileCoverage> = {}): FileCoverage {
  const lineHits = new Map(hits);
  const covered = hits.filter(([, h]) => h > 0).length;
  const lines = { covered, total: hits.length };
  return {
    path,
    lines,
    statements: { ...lines },
    functions: { covered: 1, total: 2 },
    branches: { covered: 0, total: 0 },
    lineHits,
    ...extra,
  };
}

function input(files: FileCoverage[], extra: Partial<ReportInput> = {}): ReportInput {
  return {
    name: 'backend-ci',
    stages: [stage('test', 'passed', '3 passed')],
    coverage: { files, totals: sumTotals(files), sources: [] },
    thresholds: {},
    links: {},
    blobUrl: BLOB,
    ...extra,
  };
}

const posts = file('src/posts.ts', [
  [1, 1],
  [2, 0],
  [3, 0],
  [5, 0],
  [6, 1],
  [9, 0],
]);
const users = file('src/users.ts', [
  [1, 1],
  [2, 1],
]);
const cache = file('src/cache.ts', [
  [1, 1],
  [2, 0],
]);
const patch = {
  percent: 50,
  covered: 3,
  total: 6,
  files: [
    // 2-5 spans four lines, but line 4 is not instrumented: three uncovered changed lines.
    { path: 'src/posts.ts', uncovered: [{ start: 2, end: 5 }], covered: 1, total: 4 },
    { path: 'src/users.ts', uncovered: [], covered: 2, total: 2 },
  ],
};

describe('per-file coverage table', () => {
  it('lists the changed files by default, a fully covered one too, with four metrics, n/a and links at the head commit', () => {
    const text = renderFileTable(
      { files: [posts, users, cache], patch, mode: 'changed', blobUrl: BLOB },
      100_000,
      (s) => s.length,
    );
    expect(text).toContain('Coverage by file: 2 changed files');
    const rows = text.split('\n').filter((l) => l.startsWith('| ['));
    expect(rows).toEqual([
      `| [\`src/posts.ts\`](${BLOB}/src/posts.ts) | 33.33% | n/a | 50.00% | 33.33% |  | [2-5](${BLOB}/src/posts.ts#L2-L5), [9](${BLOB}/src/posts.ts#L9) |`,
      `| [\`src/users.ts\`](${BLOB}/src/users.ts) | 100.00% | n/a | 50.00% | 100.00% |  |  |`,
    ]);
    expect(text).not.toContain('src/cache.ts');
  });

  it('changed + affected adds the files whose coverage moved against the base, with the change per file', () => {
    const baseFiles = new Map([
      ['src/posts.ts', { lines: 50 }],
      ['src/users.ts', { lines: 100 }],
      ['src/cache.ts', { lines: 100 }],
    ]);
    const text = renderFileTable(
      { files: [posts, users, cache], patch, baseFiles, mode: 'affected', blobUrl: BLOB },
      100_000,
      (s) => s.length,
    );
    expect(text).toContain('Coverage by file: 3 changed and affected files');
    expect(text).toMatch(/\| \[`src\/cache\.ts`\]\([^)]+\) \| 50\.00% .*\| 🔽 -50\.00 \|/);
    expect(text).toMatch(/\| \[`src\/posts\.ts`\]\([^)]+\) ✏️ \| 33\.33% .*\| 🔽 -16\.67 \|/);
    // Changed files come first (they are what the pull request is about), then the affected one.
    expect(text.indexOf('src/posts.ts')).toBeLessThan(text.indexOf('src/cache.ts'));
  });

  it('lists every file in "all" mode, and every file outside a pull request', () => {
    const all = renderFileTable(
      { files: [posts, users, cache], mode: 'changed', blobUrl: BLOB },
      100_000,
      (s) => s.length,
    );
    expect(all).toContain('Coverage by file: 3 files (no changed files known: not a pull request)');
    expect(renderFileTable({ files: [posts, users, cache], patch, mode: 'all' }, 100_000, (s) => s.length)).toContain(
      '`src/cache.ts`',
    );
  });

  it('escapes and encodes untrusted file names in links', () => {
    const odd = file('src/a]b [x](evil)#1.ts', [[1, 0]]);
    const text = renderFileTable({ files: [odd], mode: 'all', blobUrl: BLOB }, 100_000, (s) => s.length);
    expect(text).toContain(`[\`src/a]b [x](evil)#1.ts\`](${BLOB}/src/a%5Db%20%5Bx%5D(evil)%231.ts)`);

    // Rendered by a real GFM renderer: the name is one link to itself, shown as typed; no other link or mention.
    const hostile = file('src/` @octocat [click here](https://evil.example/login) `.ts', [[1, 0]]);
    const html = renderGfm(renderFileTable({ files: [hostile], mode: 'all', blobUrl: BLOB }, 100_000, (s) => s.length));
    const found = inspectHtml(html);
    expect(found.links.filter((href) => !href.startsWith(BLOB))).toEqual([]);
    expect(found.mentions).toEqual([]);
    expect(found.foreignElements).toEqual([]);
    expect(codeTexts(html)).toContain(hostile.path);
  });

  it('merges uncovered lines across uninstrumented ones, never across a covered line', () => {
    expect(
      uncoveredRanges(
        new Map([
          [1, 0],
          [2, 0],
          [4, 0],
          [5, 3],
          [6, 0],
        ]),
      ),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 6, end: 6 },
    ]);
  });

  it('at 50,000 files stays under 1 MiB in the summary and 65,536 characters in the comment, and says what it left out', () => {
    const coverage = coverageWith(50_000);
    for (const f of coverage.files)
      f.lineHits = new Map(Array.from({ length: 20 }, (_, i) => [i + 1, i % 3 === 0 ? 0 : 1] as [number, number]));
    const big = input(coverage.files, { fileTable: 'all' });
    const summary = renderSummary(big).markdown;
    const comment = renderComment(big).body;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (const text of [summary, comment]) {
      expect(text).toContain('Coverage by file: 50000 files');
      expect(text).toMatch(
        /… \d+ more files left out to fit \(the least useful: fully covered, unchanged\); the coverage artifact has every file\./,
      );
      // The least covered file (0 of 100) is the first row.
      expect(text).toMatch(/\| \[`src\/module0\/file0\.ts`\]\([^)]+\) \| 0\.00% /);
    }
    expect(comment).toContain(`[1](${BLOB}/src/module0/file0.ts#L1), [4](${BLOB}/src/module0/file0.ts#L4)`);
  });
});

describe('report text', () => {
  it('counts uncovered changed lines, not the spans of their ranges', () => {
    const { markdown } = renderSummary(input([posts, users], { patch }));
    expect(markdown).toContain(`| [\`src/posts.ts\`](${BLOB}/src/posts.ts) | 3 | [2-5](${BLOB}/src/posts.ts#L2-L5) |`);
  });

  it('strips terminal colour codes from everything it renders', () => {
    const red = '\u001b[31m✖ 1 test failed\u001b[39m';
    const withColour = input([posts], {
      stages: [
        stage('test', 'failed', red, {
          details: `\u001b[1mAssertionError\u001b[22m: expected \u001b[32m200\u001b[39m`,
        }),
      ],
    });
    for (const text of [
      renderSummary(withColour, { notes: ['\u001b[33mnote\u001b[0m'] }).markdown,
      renderComment(withColour).body,
    ]) {
      expect(text).not.toContain('\u001b');
      expect(text).toContain('✖ 1 test failed');
    }
    expect(renderSummary(withColour).markdown).toContain('AssertionError: expected 200');
  });

  it('marks a threshold on a metric with nothing to count as not met', () => {
    const { markdown } = renderSummary(input([posts], { thresholds: { branches: 80 } }));
    expect(markdown).toContain('| branches | n/a | 0/0 | ❌ 80.00% (nothing to count) |');
  });
});
