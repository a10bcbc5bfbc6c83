// The bundled action (dist/index.js), run the way the Actions runner runs it, on copies of the forum API
// fixture: what a user sees in each case — outputs, the job summary, annotations, commit statuses, the sticky
// comment, the uploaded artifact, and the release that serves after a deploy.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNode24, runAction, type ActionRun } from '../harness/runner.js';
import {
  FIXTURE,
  downloadArtifact,
  freePort,
  makeWorkspace,
  pullRequestEvent,
  startServices,
  type Services,
  type Workspace,
} from './support.js';
import { tempDir } from '../support/temp.js';

// A small, fast test file instead of the fixture's whole suite (about 40 s under c8); the fixture's thresholds
// are set for the whole suite, so scenarios that do not test thresholds turn them off.
const ONE_TEST_FILE = 'node --import tsx --test test/posts-api.test.ts';
const NO_THRESHOLDS = { 'threshold-lines': '0', 'threshold-branches': '0', 'threshold-functions': '0' };
const SECRET_KEY = 'e2e-secret-key-0123456789abcdefghijklmnop';
const STEP_TIMEOUT_MS = 150_000;

let services: Services;
const workspaces: Workspace[] = [];
const scratch = tempDir('e2e-scratch-');
const runs: ActionRun[] = [];
let nextPullRequest = 100;

beforeAll(async () => {
  services = await startServices();
}, 60_000);

afterAll(async () => {
  for (const run of runs) run.cleanup();
  await services?.stop();
  for (const ws of workspaces) ws.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function workspace(): Workspace {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}

interface Step {
  ws: Workspace;
  inputs: Record<string, string>;
  /** Pull request number; a new one per call when not given. */
  pr?: number;
  baseSha?: string;
  headRepo?: string;
  token?: 'write-token' | 'read-token';
  env?: Record<string, string>;
  node?: string;
  /** A push to main instead of a pull request. */
  push?: boolean;
}

/** Runs the action as a pull_request (or push) job of the default run, with the doubles behind GITHUB_API_URL. */
async function step(options: Step): Promise<ActionRun & { pr: number; sha: string }> {
  const pr = options.pr ?? nextPullRequest++;
  const sha = options.ws.head();
  const token = options.token ?? 'write-token';
  const run = await runAction({
    workspace: options.ws.dir,
    event: options.push
      ? { name: 'push', payload: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/forum-api' } } }
      : pullRequestEvent({ number: pr, baseSha: options.baseSha ?? sha, headSha: sha, headRepo: options.headRepo }),
    inputs: { 'github-token': token, ...options.inputs },
    env: {
      ...services.env,
      GITHUB_SHA: sha,
      GITHUB_REF: options.push ? 'refs/heads/main' : `refs/pull/${pr}/merge`,
      SECRET_KEY,
      ...options.env,
    },
    secrets: [token, SECRET_KEY],
    node: options.node,
    timeoutMs: STEP_TIMEOUT_MS - 10_000,
  });
  runs.push(run);
  expect(run.timedOut, run.stdout.slice(-2000)).toBe(false);
  return Object.assign(run, { pr, sha });
}

const statusesOf = (sha: string) => services.api.statuses.filter((s) => s.sha === sha);

async function allGreen(runId: number, node?: string) {
  const ws = workspace();
  // Artifact names are unique per workflow run: each all-green run is a run of its own.
  const runEnv = runId === 9001 ? {} : { ...services.artifacts.runEnv({ runId }), GITHUB_API_URL: services.apiUrl };
  // A migrated database: without one the migrations stage says "not checked" and warns, as it should.
  const database = path.join(scratch, `green-${runId}.db`);
  execFileSync('npm', ['run', '-s', 'migrate'], {
    cwd: ws.dir,
    env: { ...process.env, DATABASE_PATH: database },
    stdio: 'pipe',
  });
  const run = await step({
    ws,
    node,
    env: runEnv,
    inputs: {
      stages: 'migrations, config, test, artifact, report',
      'test-command': ONE_TEST_FILE,
      'database-url': `file:${database}`,
      ...NO_THRESHOLDS,
    },
  });
  expect(run.exitCode, run.stdout.slice(-3000)).toBe(0);

  // Outputs a later step would read.
  for (const metric of ['lines', 'branches', 'functions', 'statements']) {
    expect(Number(run.outputs[`coverage-${metric}`]), metric).toBeGreaterThan(50);
    expect(Number(run.outputs[`coverage-${metric}`]), metric).toBeLessThanOrEqual(100);
  }
  expect(Number(run.outputs['tests-passed'])).toBeGreaterThanOrEqual(10);
  expect(run.outputs['tests-failed']).toBe('0');
  expect(run.outputs['pending-migrations']).toBe('0');
  expect(run.outputs['artifact-id']).toMatch(/^\d+$/);
  expect(run.outputs['artifact-url']).toBe(
    `https://github.com/acme/forum-api/actions/runs/${runId}/artifacts/${run.outputs['artifact-id']}`,
  );
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);

  // The secret the config stage reads is masked by the action itself before anything could print it.
  const firstSecretLine = run.stdout.split('\n').find((l) => l.includes(SECRET_KEY));
  expect(firstSecretLine).toBe(`::add-mask::${SECRET_KEY}`);
  expect(run.summary).not.toContain(SECRET_KEY);

  // The summary: one row per stage in the stage table.
  expect(run.summary).toContain('| | Stage | Time | Result |');
  for (const stage of ['migrations', 'config', 'test', 'artifact'])
    expect(run.summary).toMatch(new RegExp(`\\| ✅ \\| ${stage} \\|`));

  // One sticky comment on the pull request, with the same table; one success status per stage on the head.
  const comments = services.api.commentsOn(run.pr);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('<!-- backend-ci:backend-ci -->');
  expect(comments[0]!.body).toMatch(/\| ✅ \| test \|/);
  const statuses = statusesOf(run.sha);
  expect(statuses.map((s) => `${s.context}=${s.state}`).sort()).toEqual([
    'backend-ci/artifact=success',
    'backend-ci/config=success',
    'backend-ci/migrations=success',
    'backend-ci/test=success',
  ]);
  const checks = services.api.checkRuns.filter((c) => c.head_sha === run.sha);
  expect(checks.map((c) => c.conclusion)).toEqual(['success']);
  expect(services.api.violations).toEqual([]);

  // The artifact a user downloads holds the lcov file and the browsable report.
  const files = await downloadArtifact(services, run.outputs['artifact-id']!);
  expect(files.get('index.html')?.toString('utf8')).toContain('All files');
  const lcov = files.get('lcov.info')?.toString('utf8') ?? '';
  expect(lcov).toContain('SF:src/app.ts');
  // The report shows the same totals as the outputs.
  const summary = JSON.parse(files.get('coverage-summary.json')!.toString('utf8')) as {
    total: { lines: { pct: number } };
  };
  expect(summary.total.lines.pct).toBeCloseTo(Number(run.outputs['coverage-lines']), 1);

  // A second run of the same pull request updates the comment instead of adding one.
  const again = await step({ ws, node, pr: run.pr, inputs: { stages: 'config, report' } });
  expect(again.exitCode).toBe(0);
  expect(services.api.commentsOn(run.pr)).toHaveLength(1);
  return run;
}

describe('the bundled action on the forum API', () => {
  it(
    'all green on a pull request: outputs, summary, one sticky comment, a status per stage, the artifact',
    async () => {
      await allGreen(9001);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'all green under Node 24, the runtime action.yml names',
    async (ctx) => {
      const node24 = findNode24();
      if (!node24) {
        ctx.skip(
          'no Node 24 binary: install one with `npm install --prefix .tools/node24 node@24` or set BACKEND_CI_NODE24',
        );
        return;
      }
      await allGreen(9024, node24);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'compares coverage with the last good run on the base branch, fetched as its coverage-report artifact',
    async () => {
      const ws = workspace();
      // main's CI run: the full API test file, its coverage uploaded, the run concluded green.
      const mainRun = {
        ...services.artifacts.runEnv({ runId: 9100, branch: 'main', sha: ws.head() }),
        GITHUB_API_URL: services.apiUrl,
      };
      const onMain = await step({
        ws,
        push: true,
        env: mainRun,
        inputs: { stages: 'test, artifact, report', 'test-command': ONE_TEST_FILE, ...NO_THRESHOLDS },
      });
      expect(onMain.exitCode, onMain.stdout.slice(-2000)).toBe(0);
      services.artifacts.concludeRun(9100, 'success');
      const baseLines = Number(onMain.outputs['coverage-lines']);

      // A pull request whose tests cover less: the summary and the comment show the drop against main.
      const prRun = {
        ...services.artifacts.runEnv({ runId: 9101, branch: 'feature' }),
        GITHUB_API_URL: services.apiUrl,
      };
      const pr = await step({
        ws,
        env: prRun,
        inputs: {
          stages: 'test, report',
          'test-command': 'node --import tsx --test test/bad-input.test.ts',
          ...NO_THRESHOLDS,
        },
      });
      expect(pr.exitCode, pr.stdout.slice(-2000)).toBe(0);
      const lines = Number(pr.outputs['coverage-lines']);
      expect(lines).toBeLessThan(baseLines);
      const row = pr.summary.split('\n').find((l) => l.startsWith('| lines |'));
      expect(row, pr.summary.slice(0, 1500)).toContain(`🔽 ${(lines - baseLines).toFixed(2)}`);
      expect(pr.stdout).not.toContain('No coverage-report artifact from a successful run on main');
      expect(services.api.commentsOn(pr.pr)[0]!.body).toContain(row!);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'fails the migrations stage on a model change without a migration, and says which change',
    async () => {
      const ws = workspace();
      const schema = path.join(ws.dir, 'src/db/schema.ts');
      writeFileSync(
        schema,
        readFileSync(schema, 'utf8').replace(
          "    title: text('title').notNull(),\n",
          "    title: text('title').notNull(),\n    pinned: integer('pinned').notNull().default(0),\n",
        ),
      );
      ws.commit('posts can be pinned');
      const run = await step({ ws, inputs: { stages: 'migrations, report' } });
      expect(run.exitCode).not.toBe(0);
      expect(run.summary).toMatch(/\| ❌ \| migrations \|/);
      // Both name the change itself, not the name of a migration file that was never written.
      expect(run.summary).toContain('ALTER TABLE `posts` ADD `pinned` integer DEFAULT 0 NOT NULL');
      const drift = run.annotations.find((a) => a.level === 'error' && a.title === 'Model changes without a migration');
      expect(drift?.message, JSON.stringify(run.annotations)).toContain('ALTER TABLE `posts` ADD `pinned`');
      expect(drift!.message).not.toMatch(/\d{4}_\w+\.sql/);
      expect(statusesOf(run.sha).find((s) => s.context === 'backend-ci/migrations')?.state).toBe('failure');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'counts a migration the database has not applied yet',
    async () => {
      const ws = workspace();
      // The database as deployed today: every migration of the base commit applied.
      const database = path.join(scratch, 'pending.db');
      execFileSync('npm', ['run', '-s', 'migrate'], {
        cwd: ws.dir,
        env: { ...process.env, DATABASE_PATH: database },
        stdio: 'pipe',
      });
      // The pull request adds a column and its migration.
      const schema = path.join(ws.dir, 'src/db/schema.ts');
      writeFileSync(
        schema,
        readFileSync(schema, 'utf8').replace(
          "    title: text('title').notNull(),\n",
          "    title: text('title').notNull(),\n    pinned: integer('pinned').notNull().default(0),\n",
        ),
      );
      execFileSync('npm', ['run', '-s', 'makemigrations'], { cwd: ws.dir, stdio: 'pipe' });
      ws.commit('posts can be pinned, with its migration');
      const run = await step({ ws, inputs: { stages: 'migrations, report', 'database-url': `file:${database}` } });
      expect(Number(run.outputs['pending-migrations'])).toBe(1);
      // Unapplied is what a pull request with a migration normally looks like: a warning, not a failure.
      expect(run.exitCode).toBe(0);
      expect(run.summary).toContain('| ⚠️ | migrations |');
      const migration = ws
        .git('ls-files', 'drizzle/')
        .split('\n')
        .find((f) => /^drizzle\/0001_\w+\.sql$/.test(f))!;
      expect(run.summary).toContain(`(${migration})`);
      expect(run.summary).toContain('ALTER TABLE `posts` ADD `pinned` integer DEFAULT 0 NOT NULL;');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'fails the config stage on a bad .env value and points at the line',
    async () => {
      const ws = workspace();
      const example = readFileSync(path.join(ws.dir, '.env.example'), 'utf8');
      const env = example.replace('DEBUG=false', 'DEBUG=maybe').replace('PORT=8000', 'PORT=99999');
      writeFileSync(path.join(ws.dir, '.env'), env);
      const lineOf = (text: string, key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}=`)) + 1;
      const run = await step({ ws, inputs: { stages: 'config, report' } });
      expect(run.exitCode).not.toBe(0);
      expect(run.summary).toMatch(/\| ❌ \| config \|/);
      for (const key of ['DEBUG', 'PORT']) {
        const annotation = run.annotations.find((a) => a.level === 'error' && a.title === `Config: ${key}`);
        expect(annotation, `${key}: ${JSON.stringify(run.annotations)}`).toMatchObject({
          file: '.env',
          line: lineOf(env, key),
        });
        // The message says where the rule comes from, so the reader can look up what is allowed.
        expect(annotation!.message).toContain(`.env.example:${lineOf(example, key)}`);
        expect(run.summary).toContain(`${key} from .env:${lineOf(env, key)}`);
      }
      expect(run.annotations.find((a) => a.title === 'Config: DEBUG')!.message).toContain("'maybe'");
      expect(statusesOf(run.sha).find((s) => s.context === 'backend-ci/config')?.state).toBe('failure');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'reports a failing test with an error annotation at its line',
    async () => {
      const ws = workspace();
      const failing = [
        "import assert from 'node:assert/strict';",
        "import { test } from 'node:test';",
        '',
        "test('the title is trimmed', () => {",
        "  assert.equal(' hello '.trim(), 'hello ');",
        '});',
        '',
      ].join('\n');
      writeFileSync(path.join(ws.dir, 'test/trim.test.ts'), failing);
      ws.commit('a test that fails');
      const run = await step({
        ws,
        inputs: { stages: 'test, report', 'test-command': `${ONE_TEST_FILE} test/trim.test.ts`, ...NO_THRESHOLDS },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.outputs['tests-failed']).toBe('1');
      expect(Number(run.outputs['tests-passed'])).toBeGreaterThanOrEqual(10);
      const annotation = run.annotations.find((a) => a.level === 'error' && a.file === 'test/trim.test.ts');
      expect(annotation, JSON.stringify(run.annotations)).toBeDefined();
      // The line of the assertion that failed, with its message.
      expect(annotation!.line).toBe(5);
      expect(annotation!.title).toBe('Test failed: the title is trimmed');
      expect(annotation!.message).toContain('Expected values to be strictly equal');
      expect(run.summary).toContain('the title is trimmed');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'fails when line coverage is under the threshold and names it',
    async () => {
      const ws = workspace();
      const run = await step({
        ws,
        inputs: { stages: 'test, report', 'test-command': ONE_TEST_FILE, ...NO_THRESHOLDS, 'threshold-lines': '99.9' },
      });
      expect(run.exitCode).not.toBe(0);
      expect(run.summary).toMatch(/\| ❌ \| test \|/);
      expect(run.summary).toMatch(/\| lines \| [\d.]+% \| \d+\/\d+ \| ❌ 99\.90% \|/);
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: 'error',
          title: 'Coverage below threshold',
          message: expect.stringMatching(/^lines coverage [\d.]+% is under the required 99\.9%$/),
        }),
      );
      expect(run.outputs['tests-failed']).toBe('0');
      expect(statusesOf(run.sha).find((s) => s.context === 'backend-ci/test')?.state).toBe('failure');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'fails patch coverage when a pull request adds lines no test runs, and annotates them',
    async () => {
      const ws = workspace();
      const base = ws.head();
      const file = path.join(ws.dir, 'src/forum/validation.ts');
      const before = readFileSync(file, 'utf8').split('\n').length;
      appendFileSync(
        file,
        [
          '',
          '/** Titles shown in lists are cut to this many characters. */',
          'export function shortTitle(title: string, max = 40): string {',
          '  if (title.length <= max) return title;',
          '  return `${title.slice(0, max - 1)}…`;',
          '}',
          '',
        ].join('\n'),
      );
      ws.commit('short titles for lists');
      const run = await step({
        ws,
        baseSha: base,
        inputs: { stages: 'test, report', 'test-command': ONE_TEST_FILE, ...NO_THRESHOLDS, 'threshold-patch': '90' },
      });
      expect(run.exitCode).not.toBe(0);
      expect(Number(run.outputs['patch-coverage'])).toBeLessThan(90);
      // The body of the new function never ran: one annotation spanning it, on the pull request's diff.
      const lines = readFileSync(file, 'utf8').split('\n');
      const bodyStart = lines.findIndex((l) => l.includes('if (title.length <= max)')) + 1;
      expect(bodyStart).toBeGreaterThan(before);
      const uncovered = run.annotations.filter((a) => a.file === 'src/forum/validation.ts');
      expect(uncovered, JSON.stringify(run.annotations)).toEqual([
        expect.objectContaining({
          level: 'warning',
          title: 'Changed lines not covered',
          line: bodyStart,
          endLine: bodyStart + 2,
        }),
      ]);
      expect(run.summary).toMatch(/Patch coverage:\*\* [\d.]+% of changed lines \(\d+\/\d+\) ❌ below 90\.00%/);
      expect(run.annotations.some((a) => a.level === 'error' && a.message.includes('patch coverage'))).toBe(true);
      // The check run carries the same annotation for the diff view.
      const check = services.api.checkRuns.find((c) => c.head_sha === run.sha);
      expect(check?.annotations.some((a) => a.path === 'src/forum/validation.ts' && a.start_line === bodyStart)).toBe(
        true,
      );
      expect(check!.conclusion).toBe('failure');
      expect(check!.output.title).toContain('patch 50.00%');
      // A branch rule on statuses sees it too, not only the check run.
      expect(statusesOf(run.sha).find((s) => s.context === 'backend-ci/patch-coverage')).toMatchObject({
        state: 'failure',
      });
    },
    STEP_TIMEOUT_MS,
  );

  describe('deploy', () => {
    let target: string;
    let port: number;
    afterAll(() => {
      // Stop whichever release is serving.
      if (target && existsSync(path.join(target, 'current'))) {
        execFileSync(
          process.execPath,
          [path.join(FIXTURE, 'bin/supervise.mjs'), 'stop', path.join(target, 'current')],
          { stdio: 'pipe' },
        );
      }
    });

    it(
      'rolls back a release whose health gate fails: the previous release keeps serving, data intact',
      async () => {
        const ws = workspace();
        target = path.join(scratch, 'target');
        const database = path.join(target, 'shared/data/forum.db');
        mkdirSync(path.dirname(database), { recursive: true });
        execFileSync(
          'npm',
          [
            'run',
            '-s',
            'seed',
            '--',
            '--posts',
            '30',
            '--comments',
            '60',
            '--users',
            '5',
            '--media',
            '5',
            '--communities',
            '2',
          ],
          {
            cwd: ws.dir,
            env: { ...process.env, DATABASE_PATH: database },
            stdio: 'pipe',
          },
        );
        const count = () =>
          execFileSync('sqlite3', [database, 'SELECT count(*) FROM posts; SELECT count(*) FROM comments;'], {
            encoding: 'utf8',
          }).trim();
        const seeded = count();
        expect(seeded).toBe('30\n60');

        port = await freePort();
        const deployInputs = {
          stages: 'deploy, report',
          'deploy-targets': `local:${target}`,
          'deploy-restart': `PORT=${port} node bin/supervise.mjs restart "$DEPLOY_PATH/current"`,
          'health-url': `http://127.0.0.1:${port}/healthz`,
          'health-interval-ms': '300',
          // As in the fixture's backend-ci.yml: only the process of the expected release passes the gate.
          'health-body-contains': '${RELEASE_ID}',
          'environment-url': `http://127.0.0.1:${port}`,
          // A release carries no symlink out of itself (the archive check refuses one), so node_modules stays
          // out of the archive and the install step links the fixture's installed packages in.
          'deploy-exclude': './.git, ./.backend-ci, ./coverage, ./data, ./run, ./node_modules',
          'deploy-install': `ln -s '${path.join(FIXTURE, 'node_modules')}' node_modules`,
        };
        const first = await step({ ws, inputs: deployInputs });
        expect(first.exitCode, first.stdout.slice(-3000)).toBe(0);
        expect(first.outputs['deploy-status']).toBe('deployed');
        const firstRelease = first.outputs['release-id']!;
        expect(firstRelease).toBeTruthy();
        const served = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { release: string };
        expect(served.release).toBe(firstRelease);

        // The next change ships a release whose health check never passes: it reports itself unhealthy.
        const app = path.join(ws.dir, 'src/app.ts');
        const healthy = '    const healthy = databaseOk && pending.length === 0;\n';
        expect(readFileSync(app, 'utf8')).toContain(healthy);
        writeFileSync(
          app,
          readFileSync(app, 'utf8').replace(healthy, '    const healthy = databaseOk && pending.length < 0;\n'),
        );
        ws.commit('healthz: stricter check');
        const second = await step({ ws, inputs: { ...deployInputs, 'health-retries': '3' } });
        expect(second.exitCode).not.toBe(0);
        expect(second.outputs['deploy-status'], second.summary).toBe('rolled-back');
        expect(second.outputs['rolled-back']).toBe('true');
        expect(second.outputs['release-id']).not.toBe(firstRelease);
        expect(second.summary).toMatch(/\| ❌ \| deploy \|/);
        expect(second.summary).toContain('status 503');

        const after = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as {
          release: string;
          status: string;
        };
        expect(after).toMatchObject({ release: firstRelease, status: 'ok' });
        expect(count()).toBe(seeded);
        // The service still answers with the seeded data.
        const posts = (await (await fetch(`http://127.0.0.1:${port}/api/foro/posts/?page_size=100`)).json()) as {
          count: number;
          results: unknown[];
        };
        expect(posts.count).toBe(30);
        expect(posts.results).toHaveLength(30);
        // Deployment records: the first is still the successful one; the second failed and was retired.
        const [record1, record2] = services.api.deployments.slice(-2).map((d) => ({
          release: (d.payload as { release_id: string }).release_id,
          states: d.statuses.map((x) => x.state),
        }));
        expect(record1).toEqual({ release: firstRelease, states: ['in_progress', 'success'] });
        expect(record2!.release).toBe(second.outputs['release-id']);
        expect(record2!.states).toContain('failure');
        expect(record2!.states).not.toContain('success');
        expect(
          services.api.deployments.at(-1)!.statuses.every((x) => x.environment_url === `http://127.0.0.1:${port}`),
        ).toBe(true);
      },
      STEP_TIMEOUT_MS * 2,
    );
  });

  it(
    'does not deploy when an earlier stage failed',
    async () => {
      const ws = workspace();
      writeFileSync(
        path.join(ws.dir, '.env'),
        readFileSync(path.join(ws.dir, '.env.example'), 'utf8').replace('PORT=8000', 'PORT=99999'),
      );
      const target = path.join(scratch, 'untouched-target');
      mkdirSync(path.join(target, 'shared', 'data'), { recursive: true });
      const run = await step({
        ws,
        inputs: {
          stages: 'config, deploy, report',
          'deploy-targets': `local:${target}`,
          'deploy-restart': 'true',
          'fail-fast': 'false',
        },
      });
      expect(run.exitCode).toBe(1);
      // The time column is whatever the skip took (0 or 1 ms): the row's reason is what a user reads.
      expect(run.summary).toMatch(
        /\| ⏭️ \| deploy \| \d+ ms \| `not run: deploy needs every earlier stage to pass, and config failed` \|/,
      );
      expect(run.outputs['deploy-status']).toBe('skipped');
      expect(run.outputs['rolled-back']).toBe('false');
      expect(existsSync(path.join(target, 'releases'))).toBe(false);
      expect(existsSync(path.join(target, 'current'))).toBe(false);
      expect(services.api.deployments.filter((d) => d.sha === run.sha)).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'refuses a typo in backend-ci.yml before running anything, naming the line and the key it meant',
    async () => {
      const ws = workspace();
      const file = path.join(ws.dir, 'backend-ci.yml');
      const text = readFileSync(file, 'utf8').replace('  thresholds: {', '  treshold: {');
      writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.startsWith('  treshold:')) + 1;
      const run = await step({ ws, inputs: { stages: 'config, report' } });
      expect(run.exitCode).not.toBe(0);
      const error = run.annotations.find((a) => a.level === 'error');
      expect(`${error?.file}:${error?.line} ${error?.message}`, JSON.stringify(run.annotations)).toMatch(
        new RegExp(`backend-ci\\.yml:${line}.*treshold.*thresholds`, 's'),
      );
      // The annotation sits on the line itself, so GitHub shows it in the file view.
      expect(error).toMatchObject({ file: 'backend-ci.yml', line });
      expect(statusesOf(run.sha)).toEqual([]);
      expect(run.stdout).not.toContain('config: running');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'on a fork pull request with a read-only token: no failure from permissions, a summary, no comment, a warning',
    async () => {
      const ws = workspace();
      const run = await step({
        ws,
        token: 'read-token',
        headRepo: 'forker/forum-api',
        inputs: { stages: 'config, report' },
      });
      expect(run.exitCode, run.stdout.slice(-3000)).toBe(0);
      expect(run.summary).toContain('| | Stage | Time | Result |');
      expect(run.summary).toMatch(/\| ✅ \| config \|/);
      expect(services.api.commentsOn(run.pr)).toEqual([]);
      expect(statusesOf(run.sha)).toEqual([]);
      const warning = run.annotations.find((a) => a.level === 'warning');
      expect(warning?.message).toContain('from a fork');
      expect(warning!.message).toContain('report-mode: save');
      expect(run.summary).toContain('Comment on pull request #' + run.pr + ': skipped, the token is read-only');
      expect(services.api.checkRuns.filter((c) => c.head_sha === run.sha)).toEqual([]);
      expect(run.maskedStdout).not.toContain('read-token');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "publishes a fork pull request's saved report from a workflow_run run that can write",
    async () => {
      const ws = workspace();
      // The pull request run: read-only token, report saved as the backend-ci-report artifact.
      const prRunEnv = {
        ...services.artifacts.runEnv({ runId: 9200, branch: 'feature' }),
        GITHUB_API_URL: services.apiUrl,
      };
      const saved = await step({
        ws,
        token: 'read-token',
        headRepo: 'forker/forum-api',
        env: prRunEnv,
        inputs: { stages: 'config, report', 'report-mode': 'save' },
      });
      expect(saved.exitCode, saved.stdout.slice(-2000)).toBe(0);
      expect(
        services.artifacts.artifacts().filter((a) => a.name === 'backend-ci-report' && a.finalized),
        saved.stdout.replace(/::debug::.*\n/g, '').slice(-3000),
      ).toHaveLength(1);
      expect(services.api.commentsOn(saved.pr)).toEqual([]);
      services.artifacts.concludeRun(9200, 'success');
      // GitHub knows the run and the pull request; the publisher checks the saved report's commit against both.
      services.api.addWorkflowRun({
        id: 9200,
        head_sha: saved.sha,
        head_branch: 'feature',
        event: 'pull_request',
        head_repository: 'forker/forum-api',
      });
      services.api.addPullRequest({
        number: saved.pr,
        headSha: saved.sha,
        headRepo: 'forker/forum-api',
        baseSha: saved.sha,
      });

      // The workflow_run run on main: downloads that artifact and posts it with its own token.
      const publishEnv = {
        ...services.artifacts.runEnv({ runId: 9201, branch: 'main' }),
        GITHUB_API_URL: services.apiUrl,
      };
      const publishArgs = {
        workspace: ws.dir,
        event: {
          name: 'workflow_run',
          payload: {
            action: 'completed',
            workflow_run: {
              id: 9200,
              event: 'pull_request',
              head_sha: saved.sha,
              head_branch: 'feature',
              pull_requests: [],
            },
            repository: { full_name: 'acme/forum-api' },
          },
        },
        inputs: { stages: 'report', 'report-mode': 'post', 'report-run-id': '9200', 'github-token': 'write-token' },
        env: { ...services.env, ...publishEnv },
        secrets: ['write-token'],
        timeoutMs: STEP_TIMEOUT_MS - 10_000,
      };
      const published = await runAction(publishArgs);
      runs.push(published);
      expect(published.exitCode, published.stdout.slice(-3000)).toBe(0);
      const comments = services.api.commentsOn(saved.pr);
      expect(comments, published.stdout.replace(/::debug::.*\n/g, '').slice(-3000)).toHaveLength(1);
      expect(comments[0]!.body).toMatch(/\| ✅ \| config \|/);
      // The pull request run left the tests out while this repository gates coverage: not checked, so not green.
      expect(statusesOf(saved.sha).map((s) => `${s.context}=${s.state}`)).toEqual([
        'backend-ci/config=success',
        'backend-ci/test=failure',
      ]);
      expect(services.api.violations).toEqual([]);

      // A report for a commit that is no longer the pull request's head is not published again.
      services.api.pulls.get(saved.pr)!.headSha = 'f'.repeat(40);
      const stale = await runAction(publishArgs);
      runs.push(stale);
      expect(stale.exitCode).toBe(0);
      expect(stale.annotations.find((a) => a.level === 'warning')?.message).toContain(
        `that pull request's head is ${'f'.repeat(40)}`,
      );
      expect(services.api.commentsOn(saved.pr)).toHaveLength(1);
      expect(statusesOf(saved.sha)).toHaveLength(2);
    },
    STEP_TIMEOUT_MS,
  );
});
