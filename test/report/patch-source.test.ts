// Patch coverage as the report computes it, with the real coverage code and a real git repository; the pull
// request files API (through the GitHub API double) when git cannot tell what changed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumTotals, type CoverageReport } from '../../src/coverage/model.js';
import type { PatchCoverageEngine } from '../../src/report/patch-source.js';
import { createReportStage } from '../../src/report/stage.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { RecordingHost } from '../support/recording-host.js';
import { client, configFor, previousOf, pullRequestContext, stage } from './report-fixtures.js';
import { tempDir } from '../support/temp.js';

// The coverage code lives in src/coverage (its own module); loaded by path so this file also type-checks
// where that module is not there yet, and skipped then.
const coverageModule = '../../src/coverage/index.js';
const engine = (await import(/* @vite-ignore */ coverageModule).catch(() => undefined)) as
  PatchCoverageEngine | undefined;

function coverageOf(hits: Record<number, number>): CoverageReport {
  const lineHits = new Map(Object.entries(hits).map(([l, h]) => [Number(l), h]));
  const covered = [...lineHits.values()].filter((h) => h > 0).length;
  const file = {
    path: 'src/posts.ts',
    lines: { covered, total: lineHits.size },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
    statements: { covered, total: lineHits.size },
    lineHits,
  };
  return { files: [file], totals: sumTotals([file]), sources: ['coverage/lcov.info'] };
}

// Lines 1-12 instrumented; 4, 5 and 11 never ran.
const HITS = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, [4, 5, 11].includes(i + 1) ? 0 : 3]));

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(async () => {
  await api.close();
});

describe.skipIf(!engine)('patch coverage computed by the report', () => {
  it('intersects the lines changed since the base (git diff) with the line hits', async () => {
    const repo = tempDir('patch-repo-');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8',
      }).trim();
    git('init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'src'));
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);
    writeFileSync(path.join(repo, 'src/posts.ts'), `${lines.join('\n')}\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    lines[2] = 'changed 3';
    lines[3] = 'changed 4';
    lines[4] = 'changed 5';
    writeFileSync(path.join(repo, 'src/posts.ts'), `${[...lines, 'added 11', 'added 12'].join('\n')}\n`);
    git('commit', '-q', '-am', 'head');
    const head = git('rev-parse', 'HEAD');

    const host = new RecordingHost(
      pullRequestContext(api, {
        workspace: repo,
        pullRequest: { number: 60, baseRef: 'main', baseSha: base, headRef: 'f', headSha: head, fromFork: false },
      }),
      undefined,
      undefined,
    );
    const previous = previousOf([stage('test', 'passed', 'ok', { data: { coverage: coverageOf(HITS) } })]);
    const outcome = await createReportStage({ patchEngine: engine }).run({
      config: configFor({ 'threshold-patch': '50', annotations: 'true', 'base-coverage': '' }),
      host,
      previous,
    });

    // Changed: 3, 4, 5, 11, 12; not run: 4, 5, 11 -> 2 of 5.
    expect(host.summary).toContain('**Patch coverage:** 40.00% of changed lines (2/5) ❌ below 50.00%');
    expect(host.summary).toContain(`git diff ${base.slice(0, 7)}...${head.slice(0, 7)}`);
    expect(outcome.status).toBe('failed');
    expect(host.annotations.map((a) => [a.line, a.endLine])).toEqual([
      [4, 5],
      [11, 11],
    ]);
  });

  it("falls back to the pull request's files from the API when the workspace is no git repository", async () => {
    api.addPullRequest({
      number: 61,
      files: [
        {
          filename: 'src/posts.ts',
          status: 'modified',
          additions: 2,
          deletions: 0,
          changes: 2,
          patch: '@@ -9,2 +9,4 @@\n line 9\n line 10\n+added 11\n+added 12',
        },
      ],
    });
    const workspace = tempDir('not-git-');
    const host = new RecordingHost(
      pullRequestContext(api, {
        workspace,
        pullRequest: {
          number: 61,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: false,
        },
      }),
      undefined,
      client(api),
    );
    const previous = previousOf([stage('test', 'passed', 'ok', { data: { coverage: coverageOf(HITS) } })]);
    await createReportStage({ patchEngine: engine }).run({
      config: configFor({ comment: 'false', statuses: 'false', 'check-run': 'false' }),
      host,
      previous,
    });
    expect(host.summary).toContain('**Patch coverage:** 50.00% of changed lines (1/2)');
    expect(host.summary).toContain("the pull request's files");
    expect(api.violations).toEqual([]);
  });
});
