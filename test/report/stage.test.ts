import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArtifactStore, UploadedArtifact } from '../../src/host/host.js';
import { readBundle } from '../../src/report/bundle.js';
import { commentMarker } from '../../src/report/comment.js';
import { reportStage } from '../../src/report/stage.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { RecordingHost } from '../support/recording-host.js';
import { client, configFor, coverageWith, failedTestAnnotations, patchWith, previousOf, pullRequestContext, stage } from './report-fixtures.js';
import { tempDir } from '../support/temp.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi({ noChecksTokens: ['no-checks-token'], tokens: { 'write-token': 'write', 'read-token': 'read', 'no-checks-token': 'write' } });
});
afterAll(async () => {
  await api.close();
});

/** Keeps uploads in a folder; "downloads" copy nothing and return the folder where the test put files. */
class FolderArtifacts implements ArtifactStore {
  readonly uploads: { name: string; files: string[] }[] = [];
  constructor(private readonly downloads: Record<string, string> = {}) {}
  async upload(name: string, files: string[]): Promise<UploadedArtifact> {
    this.uploads.push({ name, files });
    return { name, size: 1, location: 'workflow artifact', id: '55' };
  }
  async downloadLatest(name: string): Promise<string | undefined> {
    return this.downloads[name];
  }
}

function pipelineResults(options: { failedTests?: number; uncovered?: number } = {}) {
  const failed = options.failedTests ?? 0;
  return previousOf([
    stage('migrations', 'passed', 'no pending migrations'),
    stage('config', 'passed', 'configuration valid'),
    stage('test', failed ? 'failed' : 'passed', failed ? `${failed} tests failed` : '120 tests passed', {
      annotations: failedTestAnnotations(failed),
      data: { coverage: coverageWith(40), patch: patchWith(options.uncovered ?? 0) },
    }),
    stage('artifact', 'passed', 'coverage-report uploaded', { outputs: { 'artifact-url': 'https://github.com/octo-org/forum-api/actions/runs/7001/artifacts/55' } }),
  ]);
}

describe('report stage, direct mode', () => {
  beforeEach(() => {
    api.violations.length = 0;
  });

  it('writes the summary, one sticky comment, one status per stage and a check run with every annotation paged by 50', async () => {
    const host = new RecordingHost(pullRequestContext(api), new FolderArtifacts(), client(api));
    const ctx = { config: configFor({ 'threshold-patch': '50' }), host, previous: pipelineResults({ failedTests: 14, uncovered: 120 }) };
    const outcome = await reportStage.run(ctx);

    expect(outcome.status).toBe('passed');
    expect(host.summary).toContain('| ❌ | test |');
    expect(host.summary).toContain('Patch coverage');
    const comments = api.commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('backend-ci'))).toBe(true);

    const statuses = api.statuses.filter((s) => s.sha === 'a'.repeat(40));
    expect(statuses.map((s) => s.context)).toEqual(['backend-ci/migrations', 'backend-ci/config', 'backend-ci/test', 'backend-ci/artifact', 'backend-ci/patch-coverage']);
    expect(statuses.find((s) => s.context === 'backend-ci/test')).toMatchObject({ state: 'failure', description: '14 tests failed', target_url: 'https://github.com/octo-org/forum-api/actions/runs/7001' });

    const run = api.checkRuns.at(-1)!;
    expect(run.annotations).toHaveLength(134);
    expect(run.annotationRequests).toBe(3);
    expect(run.conclusion).toBe('failure');
    expect(run.annotations[0]).toMatchObject({ annotation_level: 'failure', path: 'test/posts.test.ts' });

    // The step itself shows only what GitHub keeps: 10 errors and 10 warnings, test failures first.
    expect(host.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(host.annotations.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(host.summary).toMatch(/114 of 134 annotations were not shown/);
    expect(api.violations).toEqual([]);
  });

  it('updates the same comment on a rerun instead of adding another', async () => {
    const run = () => reportStage.run({ config: configFor(), host: new RecordingHost(pullRequestContext(api, { pullRequest: { number: 43, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'a'.repeat(40), fromFork: false } }), new FolderArtifacts(), client(api)), previous: pipelineResults() });
    await run();
    await run();
    expect(api.commentsOn(43)).toHaveLength(1);
  });

  it('fails when patch coverage is below threshold-patch', async () => {
    const host = new RecordingHost(pullRequestContext(api), new FolderArtifacts(), client(api));
    const outcome = await reportStage.run({ config: configFor({ 'threshold-patch': '99' }), host, previous: pipelineResults({ uncovered: 30 }) });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/patch coverage [\d.]+% is below 99\.00%/);
  });

  it('compares coverage with a base-coverage file', async () => {
    const config = configFor();
    writeFileSync(path.join(config.workspace, 'base-summary.json'), JSON.stringify({ total: { lines: { total: 1000, covered: 900, pct: 90 } } }));
    const host = new RecordingHost(pullRequestContext(api, { workspace: config.workspace }), new FolderArtifacts(), client(api));
    await reportStage.run({ config: loadWith(config.workspace, { 'base-coverage': 'base-summary.json' }), host, previous: pipelineResults() });
    expect(host.summary).toMatch(/\| lines \| [\d.]+% \|.*🔽 -\d/);
    expect(host.summary).toContain('base coverage file base-summary.json');
  });

  it('lists the changed files with links at the head commit and their change against the base artifact, per file', async () => {
    const folder = tempDir('base-artifact-');
    writeFileSync(path.join(folder, 'lcov.info'), 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nend_of_record\n');
    const lineHits = new Map([[1, 1], [2, 0], [3, 0], [4, 1]]);
    const a = { path: 'src/a.ts', lines: { covered: 2, total: 4 }, statements: { covered: 2, total: 4 }, functions: { covered: 1, total: 1 }, branches: { covered: 0, total: 0 }, lineHits };
    const previous = previousOf([
      stage('test', 'passed', '3 passed', { data: { coverage: { files: [a], totals: { lines: a.lines, statements: a.statements, functions: a.functions, branches: a.branches }, sources: [] }, patch: { percent: 0, covered: 0, total: 2, files: [{ path: 'src/a.ts', uncovered: [{ start: 2, end: 3 }], covered: 0, total: 2 }] } } }),
    ]);
    const host = new RecordingHost(pullRequestContext(api), new FolderArtifacts({ 'coverage-report': folder }), client(api));
    await reportStage.run({ config: configFor(), host, previous });
    const blob = `https://github.com/${api.owner}/${api.repo}/blob/${'a'.repeat(40)}`;
    expect(host.summary).toContain(`| [src/a.ts](${blob}/src/a.ts) | 50.00% | n/a | 100.00% | 50.00% | 🔽 -50.00 | [2-3](${blob}/src/a.ts#L2-L3) |`);
    expect(host.summary).toContain('Coverage by file: 1 changed file');
  });

  it("reads the base branch's latest coverage-report artifact when no file is given", async () => {
    const folder = tempDir('base-artifact-');
    writeFileSync(path.join(folder, 'lcov.info'), 'SF:src/a.ts\nDA:1,1\nLF:10\nLH:1\nend_of_record\n');
    const host = new RecordingHost(pullRequestContext(api), new FolderArtifacts({ 'coverage-report': folder }), client(api));
    await reportStage.run({ config: configFor(), host, previous: pipelineResults() });
    expect(host.summary).toContain('the latest coverage-report of main');
    expect(host.summary).toMatch(/🔼 \+/);
  });

  it('without checks: write, skips the check run with a notice and keeps the rest', async () => {
    const before = api.checkRuns.length;
    const host = new RecordingHost(pullRequestContext(api, { pullRequest: { number: 44, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'f'.repeat(40), fromFork: false } }), new FolderArtifacts(), client(api, 'no-checks-token'));
    const outcome = await reportStage.run({ config: configFor(), host, previous: pipelineResults({ uncovered: 5 }) });
    expect(outcome.status).toBe('passed');
    expect(api.checkRuns.length).toBe(before);
    expect(api.commentsOn(44)).toHaveLength(1);
    expect(host.summary).toContain('checks: write');
  });
});

describe('report stage with a read-only token', () => {
  it('a 403 on the first write is one warning: the stage passes with a warning and the summary is written', async () => {
    const writes = api.requests.length;
    const host = new RecordingHost(pullRequestContext(api, { pullRequest: { number: 45, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'a'.repeat(40), fromFork: false } }), new FolderArtifacts(), client(api, 'read-token'));
    const outcome = await reportStage.run({ config: configFor(), host, previous: pipelineResults({ failedTests: 2 }) });
    expect(outcome.status).toBe('warned');
    expect(host.summary).toContain('| ❌ | test |');
    expect(host.summary).toContain('Cannot write to GitHub');
    expect(host.logs.filter((l) => l.level === 'warning')).toHaveLength(1);
    expect(api.commentsOn(45)).toHaveLength(0);
    // After the refused comment nothing else is tried: one 403, no statuses, no check run.
    const made = api.requests.slice(writes).filter((r) => r.method !== 'GET');
    expect(made.map((r) => r.status)).toEqual([403]);
  });

  it('on a pull request from a fork, does not even try to write, and says how to publish', async () => {
    const writes = api.requests.length;
    const host = new RecordingHost(pullRequestContext(api, { pullRequest: { number: 46, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'a'.repeat(40), fromFork: true } }), new FolderArtifacts(), client(api, 'read-token'));
    const outcome = await reportStage.run({ config: configFor(), host, previous: pipelineResults() });
    expect(outcome.status).toBe('warned');
    expect(api.requests.slice(writes).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(host.logText).toContain('report-mode: save');
    expect(host.summary).toContain('| ✅ | test |');
  });
});

describe('two-phase report for forks', () => {
  it('save writes the bundle and uploads it; post publishes it to the pull request', async () => {
    api.addPullRequest({ number: 47, headSha: 'a'.repeat(40), headRepo: 'someone/forum-api' });
    api.addWorkflowRun({ id: 7001, head_sha: 'a'.repeat(40), event: 'pull_request', head_branch: 'feature' });
    const store = new FolderArtifacts();
    const forkHost = new RecordingHost(pullRequestContext(api, { pullRequest: { number: 47, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'a'.repeat(40), fromFork: true } }), store, client(api, 'read-token'));
    const saved = await reportStage.run({ config: configFor({ 'report-mode': 'save' }), host: forkHost, previous: pipelineResults({ uncovered: 60 }) });
    expect(saved.status).toBe('passed');
    expect(store.uploads.map((u) => u.name)).toEqual(['backend-ci-report']);
    const bundleFile = store.uploads[0]!.files[0]!;
    expect(readBundle(bundleFile, 'backend-ci').pullRequest).toBe(47);
    expect(forkHost.summary).toContain('| ✅ | test |');

    // The workflow_run run: default-branch context, write token, the artifact downloaded by run id.
    const postHost = new RecordingHost(
      { repository: { owner: api.owner, repo: api.repo }, sha: 'c'.repeat(40), eventName: 'workflow_run', runUrl: 'https://github.com/octo-org/forum-api/actions/runs/7002' },
      new FolderArtifacts({ 'backend-ci-report': path.dirname(bundleFile) }),
      client(api),
    );
    const posted = await reportStage.run({ config: configFor({ 'report-mode': 'post', 'report-run-id': '7001' }), host: postHost, previous: new Map() });
    expect(posted.status).toBe('passed');
    expect(api.commentsOn(47)).toHaveLength(1);
    expect(api.statuses.filter((s) => s.sha === 'a'.repeat(40) && s.context === 'backend-ci/test').length).toBeGreaterThan(0);
    expect(api.checkRuns.at(-1)!.annotations).toHaveLength(60);
    expect(postHost.summary).toContain('Published the report');
    expect(api.violations).toEqual([]);
  });

  it('post refuses a bundle whose commit is not the head of the pull request it names', async () => {
    api.addPullRequest({ number: 48, headSha: '1'.repeat(40) });
    const dir = tempDir('bundle-');
    const store = new FolderArtifacts();
    const forkHost = new RecordingHost(pullRequestContext(api, { pullRequest: { number: 48, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'a'.repeat(40), fromFork: true } }), store, undefined);
    await reportStage.run({ config: configFor({ 'report-mode': 'save', 'report-bundle-output': dir }), host: forkHost, previous: pipelineResults() });
    const postHost = new RecordingHost({ repository: { owner: api.owner, repo: api.repo } }, new FolderArtifacts(), client(api));
    const outcome = await reportStage.run({ config: configFor({ 'report-mode': 'post', 'report-bundle': dir }), host: postHost, previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toContain('head is 1111');
    expect(api.commentsOn(48)).toHaveLength(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).pullRequest).toBe(48);
    expect(postHost.summary).toContain('The saved report was not published');
  });

  it('post refuses a bundle whose commit is not the one the given run built', async () => {
    api.addPullRequest({ number: 49, headSha: 'a'.repeat(40) });
    const run = api.addWorkflowRun({ head_sha: '2'.repeat(40), event: 'pull_request' });
    const dir = tempDir('bundle-');
    const forkHost = new RecordingHost(pullRequestContext(api, { pullRequest: { number: 49, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'f', headSha: 'a'.repeat(40), fromFork: true } }), new FolderArtifacts(), undefined);
    await reportStage.run({ config: configFor({ 'report-mode': 'save', 'report-bundle-output': dir }), host: forkHost, previous: pipelineResults() });
    const postHost = new RecordingHost({ repository: { owner: api.owner, repo: api.repo } }, new FolderArtifacts({ 'backend-ci-report': dir }), client(api));
    const outcome = await reportStage.run({ config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }), host: postHost, previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toContain(`run ${run.id} built 2222`);
    expect(api.commentsOn(49)).toHaveLength(0);
  });

  it('post refuses a bundle that names no pull request when no run id says which commit it is for', async () => {
    const dir = tempDir('bundle-');
    const pushHost = new RecordingHost({ repository: { owner: api.owner, repo: api.repo }, sha: '3'.repeat(40) }, new FolderArtifacts(), undefined);
    await reportStage.run({ config: configFor({ 'report-mode': 'save', 'report-bundle-output': dir }), host: pushHost, previous: pipelineResults() });
    const before = api.statuses.length;
    const postHost = new RecordingHost({ repository: { owner: api.owner, repo: api.repo } }, new FolderArtifacts(), client(api));
    const outcome = await reportStage.run({ config: configFor({ 'report-mode': 'post', 'report-bundle': dir }), host: postHost, previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toContain('cannot be verified');
    expect(api.statuses.length).toBe(before);
  });
});

import { loadConfig } from '../../src/config/config.js';
function loadWith(workspace: string, inputs: Record<string, string>) {
  return loadConfig({ workspace, inputs });
}
