// The report as the action runs it: ActionsHost reading the runner's environment and event payload, Octokit
// pointed at GITHUB_API_URL (the GitHub API double), the job summary written to GITHUB_STEP_SUMMARY.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionsHost } from '../../src/host/actions.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { reportStage } from '../../src/report/stage.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { configFor, coverageWith, patchWith } from './report-fixtures.js';
import { tempDir } from '../support/temp.js';

let api: GitHubApiDouble;
const SUMMARY_FILE = path.join(tempDir('runner-summary-'), 'summary.md');
const saved = { ...process.env };
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(async () => {
  process.env = saved;
  await api.close();
});

const testStage: Stage = {
  name: 'test',
  run: async () => ({
    status: 'passed',
    headline: '120 tests passed',
    data: { coverage: coverageWith(20), patch: patchWith(3) },
  }),
};

function runnerEnvironment(pr: { number: number; headRepo: string | null }): NodeJS.ProcessEnv {
  const dir = tempDir('runner-');
  const event = path.join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: pr.number,
        base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: `${api.owner}/${api.repo}` } },
        head: { ref: 'feature', sha: 'a'.repeat(40), repo: pr.headRepo === null ? null : { full_name: pr.headRepo } },
      },
    }),
  );
  writeFileSync(path.join(dir, 'output.txt'), '');
  // @actions/core remembers the summary file of its first write (one per job step), so the runs share one.
  writeFileSync(SUMMARY_FILE, '');
  return {
    ...saved,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: `${api.owner}/${api.repo}`,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_RUN_ID: '9001',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_STEP_SUMMARY: SUMMARY_FILE,
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
  };
}

async function runAction(env: NodeJS.ProcessEnv, token: string) {
  process.env = env;
  const config = configFor({ stages: 'test,report' });
  const host = new ActionsHost(() => token, env);
  const result = await runPipeline(config, host, { test: testStage, report: reportStage });
  return { result, summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8') };
}

describe('report through ActionsHost', () => {
  it('posts the comment, the statuses and the check run with the job token, and writes the summary file', async () => {
    const { result, summary } = await runAction(
      runnerEnvironment({ number: 90, headRepo: `${api.owner}/${api.repo}` }),
      'write-token',
    );
    expect(result.failed).toBe(false);
    expect(api.commentsOn(90)).toHaveLength(1);
    expect(api.commentsOn(90)[0]!.body).toContain(
      '[Full summary of this run](https://github.com/octo-org/forum-api/actions/runs/9001)',
    );
    expect(api.statuses.filter((s) => s.sha === 'a'.repeat(40)).map((s) => s.context)).toContain('backend-ci/test');
    expect(summary).toContain('| ✅ | test |');
    expect(api.violations).toEqual([]);
  });

  it('on a fork pull request, writes nothing to GitHub, passes, and still writes the summary', async () => {
    const before = api.requests.filter((r) => r.method !== 'GET').length;
    const { result, summary } = await runAction(
      runnerEnvironment({ number: 91, headRepo: 'someone/forum-api' }),
      'read-token',
    );
    expect(result.failed).toBe(false);
    expect(result.results.find((r) => r.stage === 'report')!.status).toBe('warned');
    expect(api.requests.filter((r) => r.method !== 'GET').length).toBe(before);
    expect(summary).toContain('Cannot write to GitHub');
    expect(summary).toContain('| ✅ | test |');
  });
});
