import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleError, MAX_BUNDLE_BYTES, readBundle, writeBundle, type ReportBundle } from '../../src/report/bundle.js';
import { tempDir } from '../support/temp.js';

const m = (covered: number, total: number) => ({ covered, total });

function validBundle(extra: Record<string, unknown> = {}): ReportBundle {
  return {
    version: 2,
    name: 'backend-ci',
    repository: { owner: 'o', repo: 'r' },
    pullRequest: 3,
    headSha: 'a'.repeat(40),
    runId: '17',
    stages: [{ stage: 'test', status: 'passed', headline: 'ok', durationMs: 5 }],
    tests: { passed: 3, failed: 0, skipped: 0, exitCode: 0 },
    coverage: {
      files: [{ path: 'src/a.ts', lines: m(8, 10), branches: m(1, 2), functions: m(1, 1), statements: m(8, 10) }],
      filesOmitted: 0,
      totals: { lines: m(8, 10), branches: m(1, 2), functions: m(1, 1), statements: m(8, 10) },
    },
    patch: { percent: 50, covered: 1, total: 2, files: [{ path: 'src/a.ts', uncovered: [{ start: 3, end: 3 }] }] },
    annotations: [{ level: 'warning', message: 'uncovered', file: 'src/a.ts', line: 3 }],
    ...extra,
  } as ReportBundle;
}

function written(content: unknown): string {
  const dir = tempDir('bundle-');
  writeFileSync(path.join(dir, 'report.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('report bundle', () => {
  it('reads back what was written', () => {
    const dir = tempDir('bundle-');
    writeBundle(dir, validBundle());
    expect(readBundle(dir, 'backend-ci')).toEqual(validBundle());
  });

  it.each([
    [
      'a rendered comment (markup is never carried)',
      { comment: '<!-- backend-ci:backend-ci -->\n<img src=x onerror=alert(1)>' },
      /field "comment" that version 2 reports do not have/,
    ],
    [
      'commit statuses (verdicts are never carried)',
      { statuses: [{ context: 'backend-ci/test', state: 'success', description: 'lines 100%' }] },
      /field "statuses"/,
    ],
    ['a conclusion', { conclusion: 'success' }, /field "conclusion"/],
    ['a check run text', { checkRun: { title: 't', summary: '[Re-run](https://evil.example)' } }, /field "checkRun"/],
    ['a link of its own', { runUrl: 'https://evil.example' }, /field "runUrl"/],
    ['version 1 (the old format that carried markup)', { version: 1 }, /version is 1; this backend-ci reads version 2/],
    [
      'an annotation path leaving the repository',
      { annotations: [{ level: 'error', message: 'x', file: '../../etc/passwd', line: 1 }] },
      /annotations\[0\]\.file must be a path inside the repository/,
    ],
    [
      'a covered file outside the repository',
      {
        coverage: {
          ...validBundle().coverage!,
          files: [{ ...validBundle().coverage!.files[0]!, path: '/etc/passwd' }],
        },
      },
      /coverage\.files\[0\]\.path must be a path inside/,
    ],
    [
      'totals that do not add up (lines 100% over failing files)',
      { coverage: { ...validBundle().coverage!, totals: { ...validBundle().coverage!.totals, lines: m(10, 10) } } },
      /coverage\.totals\.lines say 10\/10, but the files add up to 8\/10/,
    ],
    [
      'more covered than there is',
      {
        tests: undefined,
        coverage: { ...validBundle().coverage!, files: [{ ...validBundle().coverage!.files[0]!, lines: m(11, 10) }] },
      },
      /covers 11 of 10/,
    ],
    ['a non-commit head', { headSha: 'main' }, /headSha must be a 40-character commit id/],
    ['another report name', { name: 'other' }, /name is "other", expected "backend-ci"/],
    [
      'an unknown stage',
      { stages: [{ stage: 'rm -rf', status: 'passed', headline: 'x' }] },
      /stages\[0\]\.stage must be one of/,
    ],
    [
      'a stage twice',
      {
        stages: [
          { stage: 'test', status: 'passed', headline: 'x' },
          { stage: 'test', status: 'failed', headline: 'y' },
        ],
      },
      /repeats test/,
    ],
    [
      'an oversized headline',
      { stages: [{ stage: 'test', status: 'passed', headline: 'x'.repeat(3000) }] },
      /headline must be a string of at most 2000/,
    ],
    [
      'a negative test count',
      { tests: { passed: -1, failed: 0, skipped: 0, exitCode: 0 } },
      /tests\.passed must be a whole number/,
    ],
    [
      'a repository name with a path in it',
      { repository: { owner: 'o', repo: '../x' } },
      /repository\.repo must be a GitHub owner or repository name/,
    ],
  ])('refuses %s', (_what, change, message) => {
    expect(() => readBundle(written(validBundle(change as Record<string, unknown>)), 'backend-ci')).toThrow(message);
  });

  it('recomputes patch percent from its counts', () => {
    expect(
      readBundle(written(validBundle({ patch: { percent: 100, covered: 1, total: 4, files: [] } })), 'backend-ci')
        .patch!.percent,
    ).toBe(25);
  });

  it('refuses an oversized bundle before reading it', () => {
    const dir = tempDir('bundle-');
    writeFileSync(path.join(dir, 'report.json'), Buffer.alloc(MAX_BUNDLE_BYTES + 1, 0x20));
    expect(() => readBundle(dir, 'backend-ci')).toThrow(
      /8388609 bytes, over the 8388608 bytes a saved report may have/,
    );
  });

  it('says where a folder holds no bundle, or holds something that is not JSON', () => {
    expect(() => readBundle(tempDir('bundle-'), 'backend-ci')).toThrow(BundleError);
    expect(() => readBundle(written('{oops'), 'backend-ci')).toThrow(/report\.json: not JSON/);
  });
});
