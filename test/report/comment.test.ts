import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, commentMarker, renderComment, upsertStickyComment } from '../../src/report/comment.js';
import type { ReportInput } from '../../src/report/model.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { client, coverageWith, patchWith, stage } from './report-fixtures.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi();
});
afterAll(async () => {
  await api.close();
});

function input(extra: Partial<ReportInput> = {}): ReportInput {
  return {
    name: 'backend-ci',
    stages: [
      stage('migrations', 'passed', 'no pending migrations'),
      stage('test', 'passed', '120 tests passed'),
      stage('deploy', 'passed', 'deployed 20261128-abc1234 to 2 hosts'),
    ],
    thresholds: { lines: 80 },
    links: {
      run: 'https://github.com/octo-org/forum-api/actions/runs/1',
      artifact: 'https://github.com/octo-org/forum-api/actions/runs/1/artifacts/9',
    },
    coverage: coverageWith(10),
    base: { lines: 40 },
    ...extra,
  };
}

describe('sticky PR comment', () => {
  it('finds its marker on page 3 of 250 comments and updates that comment instead of adding one', async () => {
    for (let i = 0; i < 250; i++) {
      if (i === 230) api.addComment(5, `${commentMarker('backend-ci')}\nold report`, 'github-actions[bot]');
      else api.addComment(5, `comment ${i} mentions backend-ci`);
    }
    const gh = client(api);
    const body = renderComment(input()).body;
    const first = await upsertStickyComment(
      gh,
      { owner: api.owner, repo: api.repo, issueNumber: 5, name: 'backend-ci' },
      body,
    );
    expect(first.action).toBe('updated');
    // 100 per page: the search stops on the page that holds the marker.
    expect(
      api.requests
        .filter((r) => r.method === 'GET' && r.path.startsWith(`/repos/${api.owner}/${api.repo}/issues/5/comments`))
        .map((r) => new URL(r.path, api.url).searchParams.get('page') ?? '1'),
    ).toEqual(['1', '2', '3']);
    expect(api.commentsOn(5)).toHaveLength(250);
    expect(api.commentsOn(5).filter((c) => c.body.includes(commentMarker('backend-ci')))).toHaveLength(1);
    expect(api.commentsOn(5)[230]!.body).toContain('Deploy');
    expect(api.violations).toEqual([]);
  });

  it('creates the comment once, then updates it on every rerun without duplicates', async () => {
    const gh = client(api);
    const target = { owner: api.owner, repo: api.repo, issueNumber: 6, name: 'backend-ci' };
    expect((await upsertStickyComment(gh, target, renderComment(input()).body)).action).toBe('created');
    const second = renderComment(input({ stages: [stage('test', 'failed', '3 tests failed')] })).body;
    expect((await upsertStickyComment(gh, target, second)).action).toBe('updated');
    expect((await upsertStickyComment(gh, target, second)).action).toBe('unchanged');
    expect(api.commentsOn(6)).toHaveLength(1);
    expect(api.commentsOn(6)[0]!.body).toContain('3 tests failed');
    expect(api.violations).toEqual([]);
  });

  it("updates the bot's own comment, not a user's comment that copies the marker", async () => {
    api.addComment(11, `${commentMarker('backend-ci')}\nI pasted the marker`, 'mallory');
    const own = api.addComment(11, `${commentMarker('backend-ci')}\nold report`, 'github-actions[bot]');
    const result = await upsertStickyComment(
      client(api),
      { owner: api.owner, repo: api.repo, issueNumber: 11, name: 'backend-ci' },
      `${commentMarker('backend-ci')}\nnew report`,
    );
    expect(result).toMatchObject({ action: 'updated', id: own.id });
    expect(api.commentsOn(11)[0]!.body).toContain('I pasted the marker');
  });

  it('keeps one comment per report name', async () => {
    const gh = client(api);
    await upsertStickyComment(
      gh,
      { owner: api.owner, repo: api.repo, issueNumber: 8, name: 'api' },
      renderComment(input({ name: 'api' })).body,
    );
    await upsertStickyComment(
      gh,
      { owner: api.owner, repo: api.repo, issueNumber: 8, name: 'worker' },
      renderComment(input({ name: 'worker' })).body,
    );
    await upsertStickyComment(
      gh,
      { owner: api.owner, repo: api.repo, issueNumber: 8, name: 'api' },
      renderComment(input({ name: 'api' })).body + 'x',
    );
    expect(api.commentsOn(8)).toHaveLength(2);
  });

  it('shows coverage with its change against the base, pending migrations and the deploy outcome', () => {
    const body = renderComment(
      input({
        stages: [
          stage('migrations', 'failed', '2 unapplied migrations', { details: '- 0007_add_media\n- 0008_index_posts' }),
          stage('deploy', 'passed', 'deployed 20261128-abc1234'),
        ],
      }),
    ).body;
    expect(body.startsWith(commentMarker('backend-ci'))).toBe(true);
    expect(body).toMatch(/\| lines \| [\d.]+% \|.*🔼 \+/);
    expect(body).toContain('**Migrations:** `2 unapplied migrations`');
    expect(body).toContain('0008_index_posts');
    expect(body).toContain('**Deploy:** `deployed 20261128-abc1234`');
    expect(body).toContain('[coverage report](https://github.com/octo-org/forum-api/actions/runs/1/artifacts/9)');
  });

  it('cuts an oversized comment under 65,536 characters, keeps the stage table and links the full summary', async () => {
    const huge = input({
      patch: patchWith(20_000),
      stages: [
        stage('migrations', 'failed', 'pending', { details: 'x'.repeat(90_000) }),
        stage('test', 'failed', '3 failed'),
      ],
    });
    const { body, trimmed } = renderComment(huge);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(trimmed).toEqual(expect.arrayContaining(['pending migrations', 'uncovered changed lines']));
    // Cut sections keep their first lines and say how much is missing.
    expect(body).toMatch(/… \d+ more lines? cut/);
    expect(body).toContain('**Migrations:** `pending`');
    expect(body).toContain('| ❌ | test |');
    expect(body).toContain('Full summary of this run');
    expect(body).toContain('Shortened to fit');
    const gh = client(api);
    await upsertStickyComment(gh, { owner: api.owner, repo: api.repo, issueNumber: 9, name: 'backend-ci' }, body);
    expect(api.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(api.commentsOn(9)[0]!.body).toBe(body);
  });

  it('is refused by GitHub when over the limit, so the limit is real', async () => {
    const gh = client(api);
    await expect(
      gh.rest.issues.createComment({
        owner: api.owner,
        repo: api.repo,
        issue_number: 10,
        body: 'y'.repeat(COMMENT_LIMIT + 1),
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
