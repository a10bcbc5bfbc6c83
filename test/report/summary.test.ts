import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/report/model.js';
import { renderSummary, SUMMARY_LIMIT_BYTES, worstFiles } from '../../src/report/summary.js';
import { coverageWith, patchWith, stage } from './report-fixtures.js';

const MIB = 1024 * 1024;

function input(extra: Partial<ReportInput> = {}): ReportInput {
  return {
    name: 'backend-ci',
    stages: [stage('test', 'passed', '120 tests passed')],
    thresholds: { lines: 80, branches: 90 },
    links: { run: 'https://github.com/o/r/actions/runs/1' },
    ...extra,
  };
}

describe('job summary', () => {
  it('stays under 1 MiB with 50,000 files, huge stage details and thousands of uncovered ranges, and says what it cut', () => {
    const bigDetails = Array.from(
      { length: 40_000 },
      (_, i) => `- src/module${i}/file${i}.ts: 12 lines uncovered`,
    ).join('\n');
    const { markdown, trimmed } = renderSummary(
      input({
        coverage: coverageWith(50_000),
        patch: patchWith(30_000),
        stages: [
          stage('migrations', 'passed', 'no pending migrations', { details: bigDetails }),
          stage('test', 'failed', '3 tests failed', {
            details: 'AssertionError: expected 200, got 500\n'.repeat(20_000),
          }),
        ],
      }),
    );
    const bytes = Buffer.byteLength(markdown);
    expect(bytes).toBeLessThan(MIB);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(markdown).toContain('| ❌ | test |');
    expect(markdown).toContain('| lines |');
    expect(markdown).toContain('shortened to stay under');
    expect(trimmed).toEqual(expect.arrayContaining(['migrations details', 'test details']));
    expect(markdown).toMatch(/… and 29000 more files with uncovered changed lines/);
    // The failed stage's output keeps more room than a passed stage's; both say that lines were cut.
    const kept = (needle: string) => markdown.split(needle).length - 1;
    expect(kept('AssertionError: expected 200')).toBeGreaterThan(1000);
    expect(kept('AssertionError: expected 200') * 38).toBeGreaterThan(kept('lines uncovered') * 40);
    expect(markdown).toMatch(/… \d+ more lines? cut/);
    expect(markdown).toContain('Least covered files (25 of 50000)');
  });

  it('is left whole when it fits', () => {
    const { markdown, trimmed } = renderSummary(input({ coverage: coverageWith(30), patch: patchWith(5) }));
    expect(trimmed).toEqual([]);
    expect(markdown).not.toContain('shortened');
    expect(markdown).toContain('Changed lines not covered (5 files)');
  });

  it('shows each threshold as met or missed and the change against the base', () => {
    const { markdown } = renderSummary(
      input({
        coverage: coverageWith(30),
        base: { lines: 10, branches: 60 },
        baseSource: 'the latest coverage-report of main',
      }),
    );
    expect(markdown).toMatch(/\| lines \| [\d.]+% \| \d+\/\d+ \| ❌ 80\.00% \| 🔼 \+[\d.]+ \|/);
    expect(markdown).toMatch(/\| branches \| [\d.]+% \| \d+\/\d+ \| ❌ 90\.00% \| 🔽 -[\d.]+ \|/);
    expect(markdown).toContain('Change against `the latest coverage-report of main`');
  });

  it('keeps untrusted text from breaking the tables', () => {
    const { markdown } = renderSummary(input({ stages: [stage('test', 'failed', 'it | breaks\n<script>x</script>')] }));
    // Shown as code, as typed: the pipe escaped for the table (GFM reads `\|` as a literal pipe), nothing twice.
    expect(markdown).toContain('| `it \\| breaks <script>x</script>` |');
  });

  it('lists the least covered files first, bounded', () => {
    const worst = worstFiles(coverageWith(1000).files, 5);
    expect(worst).toHaveLength(5);
    expect(worst[0]!.lines.covered).toBe(0);
    expect(worst.map((f) => f.lines.covered)).toEqual([...worst.map((f) => f.lines.covered)].sort((a, b) => a - b));
  });
});
