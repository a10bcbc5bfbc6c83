import { describe, expect, it } from 'vitest';
import { changedLinesFromPatches } from '../../src/coverage/diff.js';
import { type CoverageReport, type FileCoverage, sumTotals } from '../../src/coverage/model.js';
import { formatRanges, patchAnnotations, patchCoverage } from '../../src/coverage/patch.js';

function file(path: string, hits: Record<number, number>): FileCoverage {
  const lineHits = new Map(Object.entries(hits).map(([l, h]) => [Number(l), h]));
  const lines = { covered: [...lineHits.values()].filter((h) => h > 0).length, total: lineHits.size };
  return { path, lines, statements: lines, branches: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 }, lineHits };
}

const report: CoverageReport = (() => {
  // Lines 4 and 8 of a.ts are blank/comment lines: no hits recorded for them.
  const files = [file('src/a.ts', { 1: 1, 2: 1, 3: 0, 5: 0, 6: 0, 7: 3, 9: 0, 10: 0 }), file('src/b.ts', { 1: 2, 2: 2 }), { ...file('src/c.ts', {}), lineHits: undefined }];
  return { files, totals: sumTotals(files), sources: [] };
})();

describe('patchCoverage', () => {
  it('counts only changed lines the tool instruments, and lists uncovered ranges', () => {
    const changed = new Map([
      ['src/a.ts', new Set([2, 3, 4, 5, 6, 7, 8, 9, 10])],
      ['src/b.ts', new Set([2])],
      ['README.md', new Set([1, 2, 3])],
    ]);
    const result = patchCoverage(report, changed);
    expect(result).toMatchObject({ covered: 3, total: 8, percent: 37.5 });
    const a = result.files.find((f) => f.path === 'src/a.ts')!;
    // 3..6 is one range (4 is not instrumented); 7 is covered; 9..10 is the next.
    expect(a.uncovered).toEqual([
      { start: 3, end: 6 },
      { start: 9, end: 10 },
    ]);
    expect(formatRanges(a.uncovered)).toBe('3-6, 9-10');
    expect(result.files.map((f) => f.path)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(patchAnnotations(result)).toEqual([
      { level: 'warning', title: 'Changed lines not covered', message: 'Lines 3-6 are new or changed and not covered by tests.', file: 'src/a.ts', line: 3, endLine: 6 },
      { level: 'warning', title: 'Changed lines not covered', message: 'Lines 9-10 are new or changed and not covered by tests.', file: 'src/a.ts', line: 9, endLine: 10 },
    ]);
    expect(patchAnnotations(result, { max: 1 })).toHaveLength(1);
  });

  it('is 100% with nothing to cover when only non-code lines changed', () => {
    const result = patchCoverage(report, changedLinesFromPatches([{ filename: 'src/a.ts', patch: '@@ -3,0 +4 @@\n+// comment' }]));
    expect(result).toEqual({ covered: 0, total: 0, percent: 100, files: [] });
  });

  it('ignores files without line hits (json-summary only)', () => {
    expect(patchCoverage(report, new Map([['src/c.ts', new Set([1])]])).total).toBe(0);
  });
});
