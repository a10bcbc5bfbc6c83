import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArtifactStore, UploadedArtifact } from '../../src/host/host.js';
import { readBundle } from '../../src/report/bundle.js';
import { commentMarker } from '../../src/report/comment.js';
import { reportStage } from '../../src/report/stage.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { codeTexts, inspectHtml, renderGfm } from '../support/gfm.js';
import { RecordingHost } from '../support/recording-host.js';
import {
  client,
  configFor,
  coverageWith,
  failedTestAnnotations,
  patchWith,
  previousOf,
  pullRequestContext,
  stage,
} from './report-fixtures.js';
import { tempDir } from '../support/temp.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi({
    noChecksTokens: ['no-checks-token'],
    tokens: { 'write-token': 'write', 'read-token': 'read', 'no-checks-token': 'write' },
  });
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
      data: {
        coverage: coverageWith(40),
        patch: patchWith(options.uncovered ?? 0),
        tests: { passed: 120, failed, skipped: 0, failures: [] },
        exitCode: failed ? 1 : 0,
      },
    }),
    stage('artifact', 'passed', 'coverage-report uploaded', {
      outputs: { 'artifact-url': 'https://github.com/octo-org/forum-api/actions/runs/7001/artifacts/55' },
    }),
  ]);
}

describe('report stage, direct mode', () => {
  beforeEach(() => {
    api.violations.length = 0;
  });

  it('writes the summary, one sticky comment, one status per stage and a check run with every annotation paged by 50', async () => {
    const host = new RecordingHost(pullRequestContext(api), new FolderArtifacts(), client(api));
    const ctx = {
      config: configFor({ 'threshold-patch': '50' }),
      host,
      previous: pipelineResults({ failedTests: 14, uncovered: 120 }),
    };
    const outcome = await reportStage.run(ctx);

    expect(outcome.status).toBe('passed');
    expect(host.summary).toContain('| ❌ | test |');
    expect(host.summary).toContain('Patch coverage');
    const comments = api.commentsOn(42);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('backend-ci'))).toBe(true);

    const statuses = api.statuses.filter((s) => s.sha === 'a'.repeat(40));
    expect(statuses.map((s) => s.context)).toEqual([
      'backend-ci/migrations',
      'backend-ci/config',
      'backend-ci/test',
      'backend-ci/artifact',
      'backend-ci/patch-coverage',
    ]);
    expect(statuses.find((s) => s.context === 'backend-ci/test')).toMatchObject({
      state: 'failure',
      description: '14 tests failed',
      target_url: 'https://github.com/octo-org/forum-api/actions/runs/7001',
    });

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
    const run = () =>
      reportStage.run({
        config: configFor(),
        host: new RecordingHost(
          pullRequestContext(api, {
            pullRequest: {
              number: 43,
              baseRef: 'main',
              baseSha: 'b'.repeat(40),
              headRef: 'f',
              headSha: 'a'.repeat(40),
              fromFork: false,
            },
          }),
          new FolderArtifacts(),
          client(api),
        ),
        previous: pipelineResults(),
      });
    await run();
    await run();
    expect(api.commentsOn(43)).toHaveLength(1);
  });

  it('fails when patch coverage is below threshold-patch', async () => {
    const host = new RecordingHost(pullRequestContext(api), new FolderArtifacts(), client(api));
    const outcome = await reportStage.run({
      config: configFor({ 'threshold-patch': '99' }),
      host,
      previous: pipelineResults({ uncovered: 30 }),
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/patch coverage [\d.]+% is below 99\.00%/);
  });

  it('compares coverage with a base-coverage file', async () => {
    const config = configFor();
    writeFileSync(
      path.join(config.workspace, 'base-summary.json'),
      JSON.stringify({ total: { lines: { total: 1000, covered: 900, pct: 90 } } }),
    );
    const host = new RecordingHost(
      pullRequestContext(api, { workspace: config.workspace }),
      new FolderArtifacts(),
      client(api),
    );
    await reportStage.run({
      config: loadWith(config.workspace, { 'base-coverage': 'base-summary.json' }),
      host,
      previous: pipelineResults(),
    });
    expect(host.summary).toMatch(/\| lines \| [\d.]+% \|.*🔽 -\d/);
    expect(host.summary).toContain('base coverage file base-summary.json');
  });

  it('lists the changed files with links at the head commit and their change against the base artifact, per file', async () => {
    const folder = tempDir('base-artifact-');
    writeFileSync(path.join(folder, 'lcov.info'), 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nend_of_record\n');
    const lineHits = new Map([
      [1, 1],
      [2, 0],
      [3, 0],
      [4, 1],
    ]);
    const a = {
      path: 'src/a.ts',
      lines: { covered: 2, total: 4 },
      statements: { covered: 2, total: 4 },
      functions: { covered: 1, total: 1 },
      branches: { covered: 0, total: 0 },
      lineHits,
    };
    const previous = previousOf([
      stage('test', 'passed', '3 passed', {
        data: {
          coverage: {
            files: [a],
            totals: { lines: a.lines, statements: a.statements, functions: a.functions, branches: a.branches },
            sources: [],
          },
          patch: {
            percent: 0,
            covered: 0,
            total: 2,
            files: [{ path: 'src/a.ts', uncovered: [{ start: 2, end: 3 }], covered: 0, total: 2 }],
          },
        },
      }),
    ]);
    const host = new RecordingHost(
      pullRequestContext(api),
      new FolderArtifacts({ 'coverage-report': folder }),
      client(api),
    );
    await reportStage.run({ config: configFor(), host, previous });
    const blob = `https://github.com/${api.owner}/${api.repo}/blob/${'a'.repeat(40)}`;
    expect(host.summary).toContain(
      `| [\`src/a.ts\`](${blob}/src/a.ts) | 50.00% | n/a | 100.00% | 50.00% | 🔽 -50.00 | [2-3](${blob}/src/a.ts#L2-L3) |`,
    );
    expect(host.summary).toContain('Coverage by file: 1 changed file');
  });

  it("reads the base branch's latest coverage-report artifact when no file is given", async () => {
    const folder = tempDir('base-artifact-');
    writeFileSync(path.join(folder, 'lcov.info'), 'SF:src/a.ts\nDA:1,1\nLF:10\nLH:1\nend_of_record\n');
    const host = new RecordingHost(
      pullRequestContext(api),
      new FolderArtifacts({ 'coverage-report': folder }),
      client(api),
    );
    await reportStage.run({ config: configFor(), host, previous: pipelineResults() });
    expect(host.summary).toContain('the latest coverage-report of main');
    expect(host.summary).toMatch(/🔼 \+/);
  });

  it('without checks: write, skips the check run with a notice and keeps the rest', async () => {
    const before = api.checkRuns.length;
    const host = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 44,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'f'.repeat(40),
          fromFork: false,
        },
      }),
      new FolderArtifacts(),
      client(api, 'no-checks-token'),
    );
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
    const host = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 45,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: false,
        },
      }),
      new FolderArtifacts(),
      client(api, 'read-token'),
    );
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
    const host = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 46,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: true,
        },
      }),
      new FolderArtifacts(),
      client(api, 'read-token'),
    );
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
    api.addWorkflowRun({
      id: 7001,
      head_sha: 'a'.repeat(40),
      event: 'pull_request',
      head_branch: 'feature',
      head_repository: 'someone/forum-api',
    });
    const store = new FolderArtifacts();
    const forkHost = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 47,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: true,
        },
      }),
      store,
      client(api, 'read-token'),
    );
    const saved = await reportStage.run({
      config: configFor({ 'report-mode': 'save' }),
      host: forkHost,
      previous: pipelineResults({ uncovered: 60 }),
    });
    expect(saved.status).toBe('passed');
    expect(store.uploads.map((u) => u.name)).toEqual(['backend-ci-report']);
    const bundleFile = store.uploads[0]!.files[0]!;
    expect(readBundle(bundleFile, 'backend-ci').pullRequest).toBe(47);
    expect(forkHost.summary).toContain('| ✅ | test |');

    // The workflow_run run: default-branch context, write token, the artifact downloaded by run id.
    const postHost = new RecordingHost(
      {
        repository: { owner: api.owner, repo: api.repo },
        sha: 'c'.repeat(40),
        eventName: 'workflow_run',
        runUrl: 'https://github.com/octo-org/forum-api/actions/runs/7002',
      },
      new FolderArtifacts({ 'backend-ci-report': path.dirname(bundleFile) }),
      client(api),
    );
    const posted = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': '7001' }),
      host: postHost,
      previous: new Map(),
    });
    expect(posted.details).toBeUndefined();
    expect(posted.status).toBe('passed');
    expect(api.commentsOn(47)).toHaveLength(1);
    expect(
      api.statuses.filter((s) => s.sha === 'a'.repeat(40) && s.context === 'backend-ci/test').length,
    ).toBeGreaterThan(0);
    expect(api.checkRuns.at(-1)!.annotations).toHaveLength(60);
    expect(postHost.summary).toContain('Published the report');
    expect(api.violations).toEqual([]);
  });

  it('save keeps a huge run within the bundle caps, so the post run accepts it', async () => {
    const store = new FolderArtifacts();
    const host = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 70,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: true,
        },
      }),
      store,
      undefined,
    );
    const previous = previousOf([
      stage('test', 'failed', 'x'.repeat(5000), {
        annotations: failedTestAnnotations(6000),
        data: {
          coverage: coverageWith(50_000),
          patch: patchWith(30_000),
          tests: { passed: 1, failed: 6000, skipped: 0, failures: [] },
          exitCode: 1,
        },
      }),
    ]);
    await reportStage.run({ config: configFor({ 'report-mode': 'save' }), host, previous });
    const bundle = readBundle(store.uploads[0]!.files[0]!, 'backend-ci');
    expect(bundle.coverage).toMatchObject({ filesOmitted: 30_000 });
    expect(bundle.coverage!.files).toHaveLength(20_000);
    expect(bundle.coverage!.totals).toEqual(coverageWith(50_000).totals);
    expect(bundle.patch!.files.reduce((n, f) => n + f.uncovered.length, 0)).toBe(5000);
    expect(bundle.annotations).toHaveLength(5000);
    expect(bundle.stages[0]!.headline).toHaveLength(2000);
    rmSync(path.dirname(store.uploads[0]!.files[0]!), { recursive: true, force: true });
  });

  it('post refuses a bundle whose commit is not the head of the pull request it names', async () => {
    api.addPullRequest({ number: 48, headSha: '1'.repeat(40) });
    const dir = tempDir('bundle-');
    const store = new FolderArtifacts();
    const forkHost = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 48,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: true,
        },
      }),
      store,
      undefined,
    );
    await reportStage.run({
      config: configFor({ 'report-mode': 'save', 'report-bundle-output': dir }),
      host: forkHost,
      previous: pipelineResults(),
    });
    const postHost = new RecordingHost(
      { repository: { owner: api.owner, repo: api.repo } },
      new FolderArtifacts(),
      client(api),
    );
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-bundle': dir }),
      host: postHost,
      previous: new Map(),
    });
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
    const forkHost = new RecordingHost(
      pullRequestContext(api, {
        pullRequest: {
          number: 49,
          baseRef: 'main',
          baseSha: 'b'.repeat(40),
          headRef: 'f',
          headSha: 'a'.repeat(40),
          fromFork: true,
        },
      }),
      new FolderArtifacts(),
      undefined,
    );
    await reportStage.run({
      config: configFor({ 'report-mode': 'save', 'report-bundle-output': dir }),
      host: forkHost,
      previous: pipelineResults(),
    });
    const postHost = new RecordingHost(
      { repository: { owner: api.owner, repo: api.repo } },
      new FolderArtifacts({ 'backend-ci-report': dir }),
      client(api),
    );
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host: postHost,
      previous: new Map(),
    });
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toContain(`run ${run.id} built 2222`);
    expect(api.commentsOn(49)).toHaveLength(0);
  });

  it('post refuses a bundle that names no pull request when no run id says which commit it is for', async () => {
    const dir = tempDir('bundle-');
    const pushHost = new RecordingHost(
      { repository: { owner: api.owner, repo: api.repo }, sha: '3'.repeat(40) },
      new FolderArtifacts(),
      undefined,
    );
    await reportStage.run({
      config: configFor({ 'report-mode': 'save', 'report-bundle-output': dir }),
      host: pushHost,
      previous: pipelineResults(),
    });
    const before = api.statuses.length;
    const postHost = new RecordingHost(
      { repository: { owner: api.owner, repo: api.repo } },
      new FolderArtifacts(),
      client(api),
    );
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-bundle': dir }),
      host: postHost,
      previous: new Map(),
    });
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toContain('cannot be verified');
    expect(api.statuses.length).toBe(before);
  });
});

describe('forged bundles in the post phase', () => {
  const hostile = '<img src=x onerror=alert(1)> @octocat [Re-run here](https://evil.example/login) `';
  const m = (covered: number, total: number) => ({ covered, total });
  function forged(pr: number, extra: Record<string, unknown> = {}): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'forged-'));
    tempDirs.push(dir);
    const files = [
      {
        path: `src/\` @octocat [click here](https://evil.example/login) \`.ts`,
        lines: m(40, 100),
        branches: m(0, 0),
        functions: m(1, 1),
        statements: m(40, 100),
      },
    ];
    const bundle = {
      version: 2,
      name: 'backend-ci',
      repository: { owner: api.owner, repo: api.repo },
      pullRequest: pr,
      headSha: 'f'.repeat(40),
      stages: [
        { stage: 'migrations', status: 'passed', headline: hostile, durationMs: 1 },
        { stage: 'test', status: 'passed', headline: 'lines 100%', durationMs: 1 },
      ],
      tests: { passed: 10, failed: 0, skipped: 0, exitCode: 0 },
      coverage: {
        files,
        filesOmitted: 0,
        totals: { lines: m(40, 100), branches: m(0, 0), functions: m(1, 1), statements: m(40, 100) },
      },
      annotations: [{ level: 'error', title: hostile, message: hostile, file: 'src/a.ts', line: 1 }],
      ...extra,
    };
    writeFileSync(path.join(dir, 'report.json'), JSON.stringify(bundle));
    return dir;
  }
  function postHost(dir: string) {
    return new RecordingHost(
      { repository: { owner: api.owner, repo: api.repo }, serverUrl: 'https://github.com', eventName: 'workflow_run' },
      new FolderArtifacts({ 'backend-ci-report': dir }),
      client(api),
    );
  }
  const tempDirs: string[] = [];
  afterAll(() => {
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  });

  it('renders markup, mentions and links in a forged bundle as inert code, in the comment and the check run', async () => {
    api.addPullRequest({ number: 61, headSha: 'f'.repeat(40), headRepo: 'fork/forum-api' });
    const run = api.addWorkflowRun({
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      head_repository: 'fork/forum-api',
    });
    const host = postHost(forged(61));
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host,
      previous: new Map(),
    });
    expect(outcome.headline).toContain('saved report published');
    const body = api.commentsOn(61)[0]!.body;
    const check = api.checkRuns.at(-1)!;
    for (const markdown of [body, check.output.summary!, host.summary]) {
      const found = inspectHtml(renderGfm(markdown));
      expect(found.foreignElements).toEqual([]);
      expect(found.mentions).toEqual([]);
      expect(
        found.links.filter((l) => !l.startsWith(`https://github.com/${api.owner}/${api.repo}/actions/runs/${run.id}`)),
      ).toEqual([]);
    }
    // The words are there, as code, exactly as typed.
    expect(codeTexts(renderGfm(body))).toContain(hostile);
    expect(api.violations).toEqual([]);
  });

  it('recomputes a "success" the data does not support: failed tests and the base branch\'s thresholds', async () => {
    api.addPullRequest({ number: 62, headSha: 'f'.repeat(40), headRepo: 'fork/forum-api' });
    const run = api.addWorkflowRun({
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      head_repository: 'fork/forum-api',
    });
    const host = postHost(forged(62, { tests: { passed: 7, failed: 3, skipped: 0, exitCode: 1 } }));
    // This run's configuration is the base branch's: lines must be at least 80%.
    const before = api.statuses.length;
    await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id), 'threshold-lines': '80' }),
      host,
      previous: new Map(),
    });
    const test = api.statuses.slice(before).find((s) => s.context === 'backend-ci/test')!;
    expect(test.state).toBe('failure');
    expect(test.description).toContain('3 tests failed');
    expect(test.description).toContain('1 coverage threshold not met');
    expect(api.checkRuns.at(-1)!.conclusion).toBe('failure');
    expect(host.summary).toMatch(/\| lines \| 40\.00% \| 40\/100 \| ❌ 80\.00% \|/);
  });

  it('judges the numbers with the base thresholds even when the tests passed', async () => {
    api.addPullRequest({ number: 63, headSha: 'f'.repeat(40), headRepo: 'fork/forum-api' });
    const run = api.addWorkflowRun({
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      head_repository: 'fork/forum-api',
    });
    const before = api.statuses.length;
    await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id), 'threshold-lines': '80' }),
      host: postHost(forged(63)),
      previous: new Map(),
    });
    expect(api.statuses.slice(before).find((s) => s.context === 'backend-ci/test')!.state).toBe('failure');
    // Without a threshold on the base branch the same numbers pass.
    const run2 = api.addWorkflowRun({
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      head_repository: 'fork/forum-api',
    });
    const mid = api.statuses.length;
    await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run2.id) }),
      host: postHost(forged(63)),
      previous: new Map(),
    });
    expect(api.statuses.slice(mid).find((s) => s.context === 'backend-ci/test')!.state).toBe('success');
  });

  it('fails a test stage the saved report has no results for, rather than passing it', async () => {
    api.addPullRequest({ number: 64, headSha: 'f'.repeat(40), headRepo: 'fork/forum-api' });
    const run = api.addWorkflowRun({
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      head_repository: 'fork/forum-api',
    });
    const before = api.statuses.length;
    await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host: postHost(forged(64, { tests: undefined })),
      previous: new Map(),
    });
    const test = api.statuses.slice(before).find((s) => s.context === 'backend-ci/test')!;
    expect(test).toMatchObject({ state: 'failure', description: 'not checked: the saved report has no test results' });
  });

  it("refuses another pull request's bundle", async () => {
    api.addPullRequest({ number: 65, headSha: 'f'.repeat(40), headRepo: 'fork/forum-api' });
    // The workflow_run is for pull request #66 (same head commit); the bundle names #65.
    const run = api.addWorkflowRun({ head_sha: 'f'.repeat(40), event: 'pull_request', pull_requests: [66] });
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host: postHost(forged(65)),
      previous: new Map(),
    });
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toBe(
      `The saved report names pull request #65, but run ${run.id} is for #66; not publishing it.`,
    );
    expect(api.commentsOn(65)).toHaveLength(0);
  });

  it('refuses a bundle whose pull request comes from another repository than the run built', async () => {
    api.addPullRequest({ number: 67, headSha: 'f'.repeat(40), headRepo: 'victim/forum-api' });
    const run = api.addWorkflowRun({
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      head_repository: 'attacker/forum-api',
    });
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host: postHost(forged(67)),
      previous: new Map(),
    });
    expect(outcome.details).toContain('whose head is in victim/forum-api, but run');
    expect(api.commentsOn(67)).toHaveLength(0);
  });

  it('refuses a bundle for another repository', async () => {
    const run = api.addWorkflowRun({ head_sha: 'f'.repeat(40), event: 'pull_request' });
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host: postHost(forged(61, { repository: { owner: 'else', repo: 'where' } })),
      previous: new Map(),
    });
    expect(outcome.details).toBe(
      `The saved report is for else/where, not ${api.owner}/${api.repo}; not publishing it.`,
    );
  });

  it('refuses an oversized bundle and a bundle carrying statuses, and publishes nothing', async () => {
    const run = api.addWorkflowRun({ head_sha: 'f'.repeat(40), event: 'pull_request' });
    const big = forged(61, {
      annotations: Array.from({ length: 4000 }, () => ({ level: 'error', message: 'x'.repeat(3000) })),
    });
    const writes = api.requests.filter((r) => r.method !== 'GET').length;
    const host = postHost(big);
    const outcome = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host,
      previous: new Map(),
    });
    expect(outcome).toMatchObject({ status: 'failed', headline: 'saved report refused' });
    expect(outcome.details).toMatch(/bytes, over the 8388608 bytes a saved report may have; refusing it$/);
    expect(host.summary).toContain('The saved report was not published');
    const withStatuses = await reportStage.run({
      config: configFor({ 'report-mode': 'post', 'report-run-id': String(run.id) }),
      host: postHost(
        forged(61, { statuses: [{ context: 'backend-ci/test', state: 'success', description: 'lines 100%' }] }),
      ),
      previous: new Map(),
    });
    expect(withStatuses.details).toContain('has a field "statuses" that version 2 reports do not have');
    expect(api.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
  });
});

import { loadConfig } from '../../src/config/config.js';
function loadWith(workspace: string, inputs: Record<string, string>) {
  return loadConfig({ workspace, inputs });
}
