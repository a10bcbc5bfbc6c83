// The GitHub API double must refuse what GitHub refuses, or the report tests prove nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { startGitHubApi, type GitHubApiDouble } from './github-api.js';
import { listPullRequestFiles } from '../../src/report/pull-files.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(async () => {
  await api.close();
});

const raw = (path: string, init: RequestInit = {}, token: string | null = 'write-token') =>
  fetch(`${api.url}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });

describe('GitHub API double', () => {
  it('answers 401 without a token and for an unknown one', async () => {
    expect(
      (await raw('/repos/octo-org/forum-api/issues/1/comments', { method: 'POST', body: '{"body":"x"}' }, null)).status,
    ).toBe(401);
    expect((await raw('/repos/octo-org/forum-api', {}, null)).status).toBe(401);
    expect((await raw('/repos/octo-org/forum-api', {}, 'nope')).status).toBe(401);
    expect((await raw('/repos/octo-org/forum-api')).status).toBe(200);
  });

  it('records a body that breaks the OpenAPI schema and answers 422', async () => {
    api.violations.length = 0;
    const res = await raw('/repos/octo-org/forum-api/statuses/abc', {
      method: 'POST',
      body: JSON.stringify({ state: 'green', context: 7 }),
    });
    expect(res.status).toBe(422);
    expect(api.violations.join('\n')).toMatch(
      /body\.state must be one of "error", "failure", "pending", "success", got "green"/,
    );
    expect(api.violations.join('\n')).toMatch(/body\.context must be string, got integer/);
  });

  it('records unknown routes, unknown query parameters and missing required properties', async () => {
    api.violations.length = 0;
    await raw('/repos/octo-org/forum-api/not-a-thing');
    await raw('/repos/octo-org/forum-api/issues/1/comments?perpage=5');
    await raw('/repos/octo-org/forum-api/check-runs', { method: 'POST', body: JSON.stringify({ name: 'x' }) });
    expect(api.violations).toHaveLength(3);
    expect(api.violations[1]).toContain("unknown query parameter 'perpage'");
    expect(api.violations[2]).toContain("missing required property 'head_sha'");
  });

  it('refuses more than 50 check run annotations in one request, as GitHub does', async () => {
    const gh = getOctokit('write-token', { baseUrl: api.url });
    const annotations = Array.from({ length: 51 }, (_, i) => ({
      path: 'a.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'warning' as const,
      message: 'm',
    }));
    await expect(
      gh.rest.checks.create({
        owner: api.owner,
        repo: api.repo,
        name: 'c',
        head_sha: 'a'.repeat(40),
        output: { title: 't', summary: 's', annotations },
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('answers 403 "Resource not accessible by integration" to writes with a read-only token, and lets it read', async () => {
    const gh = getOctokit('read-token', { baseUrl: api.url });
    await expect(
      gh.rest.issues.createComment({ owner: api.owner, repo: api.repo, issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect((await gh.rest.repos.get({ owner: api.owner, repo: api.repo })).data.full_name).toBe('octo-org/forum-api');
  });

  it("pages pull request files with Link headers, up to GitHub's 3,000", async () => {
    api.violations.length = 0;
    api.addPullRequest({
      number: 77,
      files: Array.from({ length: 3100 }, (_, i) => ({
        filename: `src/f${i}.ts`,
        status: 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
        patch: '@@ -1 +1 @@\n-a\n+b',
      })),
    });
    const first = await raw('/repos/octo-org/forum-api/pulls/77/files?per_page=100&page=2');
    expect(first.headers.get('link')).toMatch(/page=3>; rel="next".*page=30>; rel="last"/);
    const { files, capped } = await listPullRequestFiles(getOctokit('write-token', { baseUrl: api.url }), {
      owner: api.owner,
      repo: api.repo,
      pullNumber: 77,
    });
    expect(files).toHaveLength(3000);
    expect(capped).toBe(true);
    expect(files[0]).toEqual({ filename: 'src/f0.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' });
    expect(api.violations).toEqual([]);
  });

  it('lists workflow runs by branch and status, newest first, and keeps deployments with their statuses', async () => {
    api.addWorkflowRun({ head_branch: 'main', conclusion: 'failure' });
    const good = api.addWorkflowRun({ head_branch: 'main', conclusion: 'success' });
    api.addWorkflowRun({ head_branch: 'other', conclusion: 'success' });
    const gh = getOctokit('write-token', { baseUrl: api.url });
    const { data } = await gh.rest.actions.listWorkflowRunsForRepo({
      owner: api.owner,
      repo: api.repo,
      branch: 'main',
      status: 'success',
    });
    expect(data.workflow_runs.map((r) => r.id)).toEqual([good.id]);
    const { data: deployment } = await gh.rest.repos.createDeployment({
      owner: api.owner,
      repo: api.repo,
      ref: 'a'.repeat(40),
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    if (!('id' in deployment)) throw new Error('expected a deployment');
    await gh.rest.repos.createDeploymentStatus({
      owner: api.owner,
      repo: api.repo,
      deployment_id: deployment.id,
      state: 'success',
      environment_url: 'https://forum.example',
    });
    expect(api.deployments.at(-1)!.statuses.map((s) => s.state)).toEqual(['success']);
    expect(api.violations).toEqual([]);
  });
});
