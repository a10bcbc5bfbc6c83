import { describe, expect, it } from 'vitest';
import {
  chooseAnnotations,
  toCheckRunAnnotations,
  uncoveredAnnotations,
  type RankedAnnotation,
} from '../../src/report/annotations.js';
import { failedTestAnnotations, patchWith } from './report-fixtures.js';

const stageFindings = (level: 'error' | 'warning' | 'notice', n: number): RankedAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    source: 'stage',
    level,
    message: `${level} ${i}`,
    file: 'src/a.ts',
    line: i + 1,
  }));

describe('annotation budget', () => {
  it('keeps 10 errors, 10 warnings and 10 notices per step and counts the rest', () => {
    const all = [...stageFindings('notice', 15), ...stageFindings('warning', 12), ...stageFindings('error', 25)];
    const choice = chooseAnnotations(all);
    expect(choice.emit.map((a) => a.level)).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(10).fill('notice'),
    ]);
    expect(choice.omitted).toEqual({ error: 15, warning: 2, notice: 5 });
    expect(choice.omittedTotal).toBe(22);
  });

  it('shows test failures before uncovered lines, and the biggest uncovered ranges first', () => {
    const uncovered = uncoveredAnnotations({
      percent: 50,
      covered: 5,
      total: 10,
      files: [
        {
          path: 'src/b.ts',
          uncovered: [
            { start: 1, end: 1 },
            { start: 10, end: 30 },
            { start: 40, end: 44 },
          ],
        },
      ],
    });
    const warnings: RankedAnnotation[] = [
      ...uncovered,
      ...stageFindings('warning', 1).map((a) => ({ ...a, message: 'destructive SQL in 0007' })),
    ];
    const choice = chooseAnnotations(warnings);
    expect(choice.emit.map((a) => a.message)).toEqual([
      'destructive SQL in 0007',
      'Lines 10-30 were changed but no test ran them.',
      'Lines 40-44 were changed but no test ran them.',
      'Line 1 was changed but no test ran it.',
    ]);
  });

  it('respects the 50-per-job budget when earlier steps already used some', () => {
    const choice = chooseAnnotations(stageFindings('error', 10), 45);
    expect(choice.emit).toHaveLength(5);
    expect(choice.omitted.error).toBe(5);
  });

  it('turns every located annotation into a check run annotation, errors as failures', () => {
    const list = toCheckRunAnnotations([
      ...failedTestAnnotations(2),
      { level: 'notice', message: 'no file here' },
      ...uncoveredAnnotations(patchWith(3)),
    ]);
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({
      annotation_level: 'failure',
      path: 'test/posts.test.ts',
      start_line: 10,
      end_line: 10,
    });
    expect(list.at(-1)!.annotation_level).toBe('warning');
  });
});
