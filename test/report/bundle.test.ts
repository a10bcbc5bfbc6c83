import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleError, readBundle, writeBundle, type ReportBundle } from '../../src/report/bundle.js';
import { tempDir } from '../support/temp.js';

function bundle(extra: Record<string, unknown> = {}): ReportBundle {
  return {
    version: 1,
    name: 'backend-ci',
    repository: { owner: 'o', repo: 'r' },
    pullRequest: 3,
    headSha: 'a'.repeat(40),
    runUrl: 'https://github.com/o/r/actions/runs/1',
    conclusion: 'success',
    comment: '<!-- backend-ci:backend-ci -->\nhello',
    statuses: [{ context: 'backend-ci/test', state: 'success', description: 'ok' }],
    annotations: [{ level: 'warning', message: 'uncovered', file: 'src/a.ts', line: 3 }],
    checkRun: { title: 't', summary: 's' },
    stages: [{ stage: 'test', status: 'passed', headline: 'ok', durationMs: 5 }],
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
    writeBundle(dir, bundle());
    expect(readBundle(dir, 'backend-ci')).toEqual(bundle());
  });

  it.each([
    ['a status outside this report', { statuses: [{ context: 'ci/required-check', state: 'success', description: 'x' }] }, /must start with backend-ci\//],
    ['an annotation path leaving the repository', { annotations: [{ level: 'error', message: 'x', file: '../../etc/passwd', line: 1 }] }, /inside the repository/],
    ['a comment over the limit', { comment: 'x'.repeat(70_000) }, /comment must be a string of at most 65536/],
    ['a non-commit head', { headSha: 'main' }, /headSha/],
    ['a javascript: link', { runUrl: 'javascript:alert(1)' }, /runUrl/],
    ['another report name', { name: 'other' }, /report name is "other"/],
  ])('refuses %s', (_what, change, message) => {
    expect(() => readBundle(written(bundle(change as Record<string, unknown>)), 'backend-ci')).toThrow(message);
  });

  it('says where a folder holds no bundle, or holds something that is not JSON', () => {
    expect(() => readBundle(tempDir('empty-'), 'backend-ci')).toThrow(BundleError);
    expect(() => readBundle(written('{oops'), 'backend-ci')).toThrow(/report\.json: not JSON/);
  });
});
