// Deploys killed with SIGKILL at each step, locally and over SSH to three real sshd hosts, then the next deploy,
// a rollback or `recover`; after each, the invariants a user relies on are checked on every host. Also: two
// deploys at once, and a kill while the dead run's step is still alive.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey, startSshd, type SshServer } from '../harness/sshd.js';
import { deployRelease, type EngineOptions, type StepName } from '../../src/deploy/engine.js';
import { recoverFleet, rollbackFleet, unlockTargets } from '../../src/deploy/operations.js';
import { deployMarkdown } from '../../src/deploy/report.js';
import { RecordingHost } from '../support/recording-host.js';
import {
  auditEvents,
  cleanupTargets,
  currentRelease,
  makeSource,
  makeTarget,
  NODE,
  nextReleaseId,
  releaseMeta,
  servedRelease,
  sql,
  tinySettings,
  type TestTarget,
} from './support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const children: number[] = [];
const scratch: string[] = [];
const servers: SshServer[] = [];

beforeAll(async () => {
  const keyDir = mkdtempSync(path.join(tmpdir(), 'bci-key-'));
  scratch.push(keyDir);
  const client = await generateKey(keyDir, 'client');
  for (let i = 0; i < 3; i++) servers.push(await startSshd({ client }));
}, 60_000);

afterAll(async () => {
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  cleanupTargets();
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

type Over = 'local' | 'ssh';
type Opts = Omit<EngineOptions, 'log'> & { releaseId: string };

function optionsFor(
  over: Over,
  targets: TestTarget[],
  source: string,
  changes: Partial<EngineOptions['settings']> = {},
): Opts {
  const list = targets.map((t, i) => ({
    target: over === 'local' ? `local:${t.root}` : servers[i]!.url(t.root),
    healthUrl: t.healthUrl,
  }));
  const ssh = {
    privateKey: servers[0]!.privateKey,
    knownHosts: servers.map((s) => s.knownHosts).join(''),
    insecureIgnoreHostKey: false,
  };
  return {
    settings: tinySettings(list, { source, ssh, batchSize: 1, ...changes }),
    cwd: source,
    sha: 'beef1234',
    releaseId: nextReleaseId(),
    lockPollMs: 50,
  };
}

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'bci-marker-'));
  scratch.push(d);
  return d;
}

async function waitFor(file: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} never appeared`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts a deploy in a child process; resolves once it reached `pauseAt` (or the marker a slow command writes). */
async function startKillable(
  opts: Opts,
  pauseAt: StepName | '-',
  marker: string,
  onTarget = '',
): Promise<{ pid: number; kill: () => Promise<void> }> {
  const child = spawn(
    NODE,
    [
      '--import',
      'tsx',
      path.join(here, 'fixtures', 'deploy-child.ts'),
      JSON.stringify(opts),
      pauseAt,
      marker,
      onTarget,
    ],
    { stdio: 'ignore' },
  );
  children.push(child.pid!);
  await waitFor(marker);
  return {
    pid: child.pid!,
    kill: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Process groups the killed release's steps ran in, from its journal, if it is still there. */
function journalGroups(root: string, id: string): number[] {
  const file = path.join(root, '.backend-ci', 'journal', `${id}.jsonl`);
  if (!existsSync(file)) return [];
  return [
    ...new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { group: number }).group),
    ),
  ];
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Processes whose command line mentions the killed run's SSH folder (its master or its sessions). */
function sshProcessesOf(pid: number): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(`bci-ssh-${pid}-`));
}

function migrationsApplied(db: string): string[] {
  return sql(db, 'select name from schema_migrations order by name').split('\n').filter(Boolean);
}

/**
 * On every host: the release served is `serving`, recorded deployed; the schema is exactly its migrations;
 * the rows written before the deploy are there; no lock, no journal, no upload, no snapshot without a release.
 */
async function expectInvariants(targets: TestTarget[], serving: string): Promise<void> {
  for (const t of targets) {
    expect(currentRelease(t.root), t.root).toBe(serving);
    expect(await servedRelease(t), t.root).toBe(serving);
    const meta = releaseMeta(t.root, serving);
    expect(meta.outcome).toBe('deployed');
    expect(migrationsApplied(t.db)).toEqual(meta.migrations);
    expect(sql(t.db, "select count(*) from notes where body = 'before'")).toBe('1');
    expect(existsSync(path.join(t.root, '.backend-ci', 'lock'))).toBe(false);
    const journal = path.join(t.root, '.backend-ci', 'journal');
    expect(existsSync(journal) ? readdirSync(journal) : []).toEqual([]);
    const incoming = path.join(t.root, '.backend-ci', 'incoming');
    expect(existsSync(incoming) ? readdirSync(incoming) : []).toEqual([]);
    const releases = new Set(readdirSync(path.join(t.root, 'releases')));
    const backups = path.join(t.root, 'backups');
    for (const b of existsSync(backups) ? readdirSync(backups) : [])
      expect(releases.has(b), `backups/${b} without a release`).toBe(true);
    expect(readdirSync(t.root).filter((f) => f.startsWith('.current.tmp'))).toEqual([]);
  }
}

/** Shipping migration 002 makes every kill after migrate visible in the schema. */
const withTags = () => makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } });

async function firstDeploy(over: Over, targets: TestTarget[]): Promise<Opts> {
  const opts = optionsFor(over, targets, makeSource());
  const report = await deployRelease({ ...opts, log: new RecordingHost().log });
  expect(report.status, report.error).toBe('deployed');
  for (const t of targets) sql(t.db, "insert into notes(body) values ('before')");
  return opts;
}

describe('a local deploy killed with SIGKILL before each step', () => {
  const steps: { step: StepName; then: 'deploy' | 'rollback' | 'recover' }[] = [
    { step: 'upload', then: 'deploy' },
    { step: 'unpack', then: 'deploy' },
    { step: 'link-shared', then: 'deploy' },
    { step: 'snapshot', then: 'deploy' },
    { step: 'migrate', then: 'deploy' },
    { step: 'switch', then: 'rollback' },
    { step: 'restart', then: 'deploy' },
    { step: 'health', then: 'rollback' },
    { step: 'finish', then: 'recover' },
  ];
  for (const { step, then } of steps) {
    it.concurrent(
      `leaves every invariant true after the next ${then} (killed at ${step === 'finish' ? 'prune' : step})`,
      async () => {
        const targets = [await makeTarget()];
        const first = await firstDeploy('local', targets);
        const killedOpts = optionsFor('local', targets, withTags());
        const killed = await startKillable(killedOpts, step, path.join(tempDir(), 'paused'));
        await killed.kill();
        const root = targets[0]!.root;
        expect(existsSync(path.join(root, '.backend-ci', 'lock', 'owner.json'))).toBe(true);
        const groups = journalGroups(root, killedOpts.releaseId);
        await new Promise((r) => setTimeout(r, 500));
        for (const g of groups) expect(groupAlive(g), `step group ${g}`).toBe(false);

        const host = new RecordingHost();
        const ops = { settings: killedOpts.settings, cwd: killedOpts.cwd, log: host.log };
        let serving: string;
        if (then === 'deploy') {
          const nextOpts = optionsFor('local', targets, withTags());
          const next = await deployRelease({ ...nextOpts, log: host.log });
          expect(next.status, next.error).toBe('deployed');
          serving = nextOpts.releaseId;
          if (step !== 'upload') expect(deployMarkdown(next)).toContain(`Recovery: recovered local:${root}`);
        } else if (then === 'rollback') {
          const [back] = await rollbackFleet(ops);
          expect(back!.ok, back!.error).toBe(true);
          expect(back!.to).toBe(first.releaseId);
          serving = first.releaseId;
        } else {
          const [rec] = await recoverFleet(ops);
          expect(rec!.problems).toEqual([]);
          // Killed while recording the deploy: it had passed its gate on every host (here, the one), so it stays.
          expect(rec!.actions.join('; ')).toContain('had passed its health gate on every host');
          serving = killedOpts.releaseId;
        }
        expect(host.logText).toMatch(/took over a stale deploy lock .* owner process \d+ .* is gone/);
        await expectInvariants(targets, serving);
        const events = auditEvents(root).map((e) => e.event);
        expect(events).toContain('lock-takeover');
        if (step !== 'upload') expect(events).toContain('recovered');
        if (['restart', 'health'].includes(step)) {
          // It had gone live unconfirmed: never adopted, marked failed.
          expect(releaseMeta(root, killedOpts.releaseId).outcome).toBe('failed');
        } else if (step !== 'finish') {
          expect(existsSync(path.join(root, 'releases', killedOpts.releaseId))).toBe(false);
        }
      },
      120_000,
    );
  }
});

describe('a deploy killed while a step runs', () => {
  it.concurrent(
    'local: the migrate step dies with the deployer and never applies its migration',
    async () => {
      const targets = [await makeTarget()];
      const first = await firstDeploy('local', targets);
      const marker = path.join(tempDir(), 'migrating');
      const opts = optionsFor('local', targets, withTags(), {
        migrate: `touch ${marker}; sleep 2; ${NODE} migrate.mjs`,
      });
      const killed = await startKillable(opts, '-', marker);
      await killed.kill();
      await new Promise((r) => setTimeout(r, 3000));
      // Two seconds after the step would have applied it: not applied, nothing of the run alive.
      expect(sql(targets[0]!.db, "select count(*) from sqlite_master where name = 'tags'")).toBe('0');
      for (const g of journalGroups(targets[0]!.root, opts.releaseId)) expect(groupAlive(g)).toBe(false);
      const journal = readFileSync(
        path.join(targets[0]!.root, '.backend-ci', 'journal', `${opts.releaseId}.jsonl`),
        'utf8',
      );
      expect(journal).toContain('"step":"migrate","phase":"intent"');
      expect(journal).toContain('"step":"migrate","phase":"orphaned"');

      const [rec] = await recoverFleet({ settings: opts.settings, cwd: opts.cwd, log: new RecordingHost().log });
      expect(rec!.current).toBe(first.releaseId);
      await expectInvariants(targets, first.releaseId);
    },
    120_000,
  );

  it.concurrent(
    'local: a step whose supervisor was killed too keeps the lock live; unlock refuses and names it, the next deploy waits',
    async () => {
      const targets = [await makeTarget()];
      await firstDeploy('local', targets);
      const marker = path.join(tempDir(), 'migrating');
      const opts = optionsFor('local', targets, withTags(), {
        migrate: `touch ${marker}; sleep 3; ${NODE} migrate.mjs`,
      });
      const killed = await startKillable(opts, '-', marker);
      const stepsDir = path.join(targets[0]!.root, '.backend-ci', 'steps');
      // The supervisor of the migrate step (its record is named after its pid): killed first, so the step lives on.
      const record = readdirSync(stepsDir).find((f) =>
        readFileSync(path.join(stepsDir, f), 'utf8').includes(' migrate '),
      )!;
      process.kill(Number(record), 'SIGKILL');
      await killed.kill();

      const unlockHost = new RecordingHost();
      expect(await unlockTargets({ settings: opts.settings, cwd: opts.cwd, log: unlockHost.log, force: false })).toBe(
        false,
      );
      expect(unlockHost.logText).toMatch(
        /its step 'migrate' of \S+ \(process group \d+\) is still running on the target; use --force/,
      );

      const host = new RecordingHost();
      const nextOpts = optionsFor('local', targets, withTags(), { lock: { timeoutSeconds: 30, ttlMinutes: 30 } });
      const next = await deployRelease({ ...nextOpts, log: host.log });
      expect(next.status, next.error).toBe('deployed');
      expect(host.logText).toMatch(/still running there: 'migrate'/);
      // The orphan applied 002 under the old release; recovery restored the snapshot, then the new release applied it.
      expect(host.logText).toContain('database restored from the snapshot');
      await expectInvariants(targets, nextOpts.releaseId);
    },
    120_000,
  );
});

describe('three SSH hosts, a deploy killed mid-fleet', () => {
  it('killed while host 2 migrates: no remote or local process survives, and the next deploy that fails on host 3 leaves one consistent fleet', async () => {
    const targets = [await makeTarget(), await makeTarget(), await makeTarget()];
    const first = await firstDeploy('ssh', targets);
    writeFileSync(path.join(targets[1]!.root, 'shared', 'slow'), '');
    const marker = path.join(tempDir(), 'migrating');
    const opts = optionsFor('ssh', targets, withTags(), {
      migrate: `if [ -e "$DEPLOY_PATH/shared/slow" ]; then touch ${marker}; sleep 3; fi; ${NODE} migrate.mjs`,
    });
    const killed = await startKillable(opts, '-', marker);
    const sshDir = readdirSync(tmpdir()).find((d) => d.startsWith(`bci-ssh-${killed.pid}-`));
    // The key lives only until the master is up.
    for (const d of readdirSync(tmpdir()).filter((x) => x.startsWith(`bci-ssh-${killed.pid}-`)))
      expect(existsSync(path.join(tmpdir(), d, 'key'))).toBe(false);
    expect(sshDir).toBeDefined();
    await killed.kill();
    await new Promise((r) => setTimeout(r, 4000));
    expect(sshProcessesOf(killed.pid)).toEqual([]);
    for (const t of targets)
      for (const g of journalGroups(t.root, opts.releaseId)) expect(groupAlive(g), `${t.root} group ${g}`).toBe(false);
    // Host 2's migration never ran; host 1 had gone live (batch 1) and is unconfirmed or healthy.
    expect(sql(targets[1]!.db, "select count(*) from sqlite_master where name = 'tags'")).toBe('0');
    expect(releaseMeta(targets[0]!.root, opts.releaseId).outcome).toBe('healthy');

    // The next deploy fails its health gate on host 3: the whole fleet goes back to the first release.
    const nextOpts = optionsFor('ssh', targets, withTags());
    writeFileSync(
      path.join(targets[2]!.root, 'shared', '.env'),
      `${readFileSync(path.join(targets[2]!.root, 'shared', '.env'), 'utf8')}FAIL_HEALTH_RELEASE=${nextOpts.releaseId}\n`,
    );
    const host = new RecordingHost();
    const next = await deployRelease({ ...nextOpts, log: host.log });
    expect(next.status, next.error).toBe('rolled-back');
    expect(next.rolledBack).toBe(true);
    expect(next.recoveries).toHaveLength(3);
    expect(host.logText).not.toMatch(/treating it as the release to return to/);
    await expectInvariants(targets, first.releaseId);
    for (const t of targets)
      expect(['failed', undefined]).toContain(
        existsSync(path.join(t.root, 'releases', opts.releaseId))
          ? releaseMeta(t.root, opts.releaseId).outcome
          : undefined,
      );
    expect(existsSync(path.join(tmpdir(), sshDir!))).toBe(false);
    const md = deployMarkdown(next);
    expect(md).toMatch(/\(\d+ sessions\)/);
  }, 240_000);

  it('killed after host 1 switched: rollback puts host 1 back with its database and never adopts the unconfirmed release', async () => {
    const targets = [await makeTarget(), await makeTarget(), await makeTarget()];
    const first = await firstDeploy('ssh', targets);
    const opts = optionsFor('ssh', targets, withTags());
    const killed = await startKillable(
      opts,
      'restart',
      path.join(tempDir(), 'paused'),
      `${servers[0]!.port}${targets[0]!.root}`,
    );
    await killed.kill();
    expect(currentRelease(targets[0]!.root)).toBe(opts.releaseId);
    expect(sql(targets[0]!.db, "select count(*) from sqlite_master where name = 'tags'")).toBe('1');
    await new Promise((r) => setTimeout(r, 1000));
    expect(sshProcessesOf(killed.pid)).toEqual([]);

    const host = new RecordingHost();
    const results = await rollbackFleet({ settings: opts.settings, cwd: opts.cwd, log: host.log });
    expect(results.map((r) => [r.ok, r.to])).toEqual([
      [true, first.releaseId],
      [true, first.releaseId],
      [true, first.releaseId],
    ]);
    expect(results[0]!.recovery?.actions.join('; ')).toMatch(
      /database restored from the snapshot taken before .* switched current from the unconfirmed/,
    );
    await expectInvariants(targets, first.releaseId);
    expect(releaseMeta(targets[0]!.root, opts.releaseId).outcome).toBe('failed');
    expect(auditEvents(targets[0]!.root).find((e) => e.event === 'recovered')).toMatchObject({
      by: 'rollback',
      current: first.releaseId,
    });
  }, 240_000);
});

describe('two deploys at once', () => {
  it('two deploys of one commit started together: the second waits, then ships its own, later release id', async () => {
    const target = await makeTarget();
    const a = optionsFor('local', [target], makeSource(), { lock: { timeoutSeconds: 60, ttlMinutes: 30 } });
    const b = optionsFor('local', [target], makeSource(), { lock: { timeoutSeconds: 60, ttlMinutes: 30 } });
    const hostA = new RecordingHost();
    const hostB = new RecordingHost();
    // No fixed ids: both are made under the lock from the same commit, in the same second.
    const [ra, rb] = await Promise.all([
      deployRelease({ ...a, releaseId: undefined, log: hostA.log } as EngineOptions),
      deployRelease({ ...b, releaseId: undefined, log: hostB.log } as EngineOptions),
    ]);
    expect([ra.status, rb.status], `${ra.error} | ${rb.error}`).toEqual(['deployed', 'deployed']);
    expect(ra.releaseId).not.toBe(rb.releaseId);
    expect(`${hostA.logText}${hostB.logText}`).toContain('waiting for the deploy lock');
    const later = [ra.releaseId, rb.releaseId].sort()[1]!;
    expect(currentRelease(target.root)).toBe(later);
    expect(await servedRelease(target)).toBe(later);
    expect(readdirSync(path.join(target.root, 'releases')).sort()).toEqual([ra.releaseId, rb.releaseId].sort());
  }, 120_000);

  it('the second fails cleanly when the lock wait times out, leaving the first untouched', async () => {
    const target = await makeTarget();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const a = optionsFor('local', [target], makeSource());
    const b = optionsFor('local', [target], makeSource(), { lock: { timeoutSeconds: 1, ttlMinutes: 30 } });
    let reachedMigrate!: () => void;
    const atMigrate = new Promise<void>((r) => (reachedMigrate = r));
    const first = deployRelease({
      ...a,
      log: new RecordingHost().log,
      beforeStep: async (step) => {
        if (step === 'migrate') {
          reachedMigrate();
          await held;
        }
      },
    });
    await atMigrate;
    const rb = await deployRelease({ ...b, log: new RecordingHost().log });
    release();
    const ra = await first;
    expect(rb.status).toBe('failed');
    expect(rb.error).toMatch(/is locked by another deploy \(deploy of sha beef123.*; waited \d+s/);
    expect(ra.status).toBe('deployed');
    expect(currentRelease(target.root)).toBe(a.releaseId);
    expect(readdirSync(path.join(target.root, 'releases'))).toEqual([a.releaseId]);
    expect(auditEvents(target.root).some((e) => e.release === b.releaseId)).toBe(false);
  }, 120_000);
});
