// Builders for report tests: stage results, coverage with many files, patch coverage, a configured report.
import { getOctokit } from '@actions/github';
import { loadConfig, type Config } from '../../src/config/config.js';
import { sumTotals, type CoverageReport, type FileCoverage } from '../../src/coverage/model.js';
import type { GitHubClient, RunContext } from '../../src/host/host.js';
import type { Annotation, StageName, StageResult, StageStatus } from '../../src/pipeline/stage.js';
import type { PatchCoverage } from '../../src/report/model.js';
import type { GitHubApiDouble } from '../harness/github-api.js';
import { tempDir } from '../support/temp.js';

export function stage(
  name: StageName,
  status: StageStatus,
  headline: string,
  extra: Partial<StageResult> = {},
): StageResult {
  return { stage: name, status, headline, durationMs: 1234, outputs: {}, annotations: [], ...extra };
}

export function coverageWith(fileCount: number): CoverageReport {
  const files: FileCoverage[] = [];
  for (let i = 0; i < fileCount; i++) {
    const total = 100;
    const covered = (i * 37) % 101;
    files.push({
      path: `src/module${i}/file${i}.ts`,
      lines: { covered, total },
      branches: { covered: covered >> 1, total: 50 },
      functions: { covered: 5, total: 10 },
      statements: { covered, total },
    });
  }
  return { files, totals: sumTotals(files), sources: ['coverage/lcov.info'] };
}

export function patchWith(uncoveredRanges: number): PatchCoverage {
  const files: PatchCoverage['files'] = [];
  for (let i = 0; i < uncoveredRanges; i++) {
    const size = (i % 7) + 1;
    files.push({ path: `src/changed${i % 13}.ts`, uncovered: [{ start: i * 20 + 1, end: i * 20 + size }] });
  }
  const total = uncoveredRanges * 10;
  const uncovered = files.reduce((n, f) => n + f.uncovered.reduce((m, r) => m + r.end - r.start + 1, 0), 0);
  return {
    percent: total === 0 ? 100 : Math.floor(((total - uncovered) / total) * 10000) / 100,
    covered: total - uncovered,
    total,
    files,
  };
}

export function failedTestAnnotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    level: 'error' as const,
    title: `test ${i} failed`,
    message: `expected 200, got 500 (${i})`,
    file: 'test/posts.test.ts',
    line: 10 + i,
  }));
}

export function configFor(inputs: Record<string, string> = {}): Config {
  const workspace = tempDir('backend-ci-report-ws-');
  return loadConfig({ workspace, inputs });
}

export function pullRequestContext(api: GitHubApiDouble, extra: Partial<RunContext> = {}): Partial<RunContext> {
  return {
    repository: { owner: api.owner, repo: api.repo },
    sha: 'e'.repeat(40),
    eventName: 'pull_request',
    pullRequest: {
      number: 42,
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      headRef: 'feature',
      headSha: 'a'.repeat(40),
      fromFork: false,
    },
    runId: '7001',
    runUrl: 'https://github.com/octo-org/forum-api/actions/runs/7001',
    apiUrl: api.url,
    ...extra,
  };
}

export function client(api: GitHubApiDouble, token = 'write-token'): GitHubClient {
  return getOctokit(token, { baseUrl: api.url });
}

export function previousOf(results: StageResult[]): ReadonlyMap<StageName, StageResult> {
  return new Map(results.map((r) => [r.stage, r]));
}
