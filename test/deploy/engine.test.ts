// Deploys of the tiny app to real local targets: success, a failure injected at each step, retention.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployRelease, type EngineOptions, type StepName } from '../../src/deploy/engine.js';
import { deployMarkdown, headline } from '../../src/deploy/report.js';
import { deployOutputs } from '../../src/stages/deploy/stage.js';
import { RecordingHost } from '../support/recording-host.js';
import {
  auditEvents,
  cleanupTargets,
  currentRelease,
  makeSource,
  makeTarget,
  nextReleaseId,
  releaseMeta,
  servedRelease,
  sql,
  tinySettings,
  type TestTarget,
} from './support.js';

afterAll(() => cleanupTargets());

function run(target: TestTarget, source: string, extra: Partial<EngineOptions> = {}, changes = {}) {
  const host = new RecordingHost();
  const options: EngineOptions = {
    settings: tinySettings([{ target: `local:${target.root}`, healthUrl: target.healthUrl }], { source, ...changes }),
    cwd: source,
    log: host.log,
    sha: 'abc1234def',
    releaseId: nextReleaseId(),
    lockPollMs: 50,
    ...extra,
  };
  return { host, promise: deployRelease(options), releaseId: options.releaseId! };
}

/** A target already serving a first good release with three notes written by users. */
async function servingTarget() {
  const target = await makeTarget();
  const first = run(target, makeSource());
  const report = await first.promise;
  expect(report.status, report.error).toBe('deployed');
  sql(target.db, "insert into notes(body) values ('one'),('two'),('three')");
  return { target, good: first.releaseId };
}

describe('deploy to a local target', { timeout: 90_000 }, () => {
  it('switches current, serves the new release, records it and releases the lock', async () => {
    const { target, good } = await servingTarget();
    expect(await servedRelease(target)).toBe(good);

    const second = run(target, makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }));
    const report = await second.promise;
    expect(report.status, report.error).toBe('deployed');
    expect(report.rolledBack).toBe(false);
    expect(currentRelease(target.root)).toBe(second.releaseId);
    expect(await servedRelease(target)).toBe(second.releaseId);
    expect(sql(target.db, 'select count(*) from notes')).toBe('3');
    expect(sql(target.db, "select count(*) from sqlite_master where name='tags'")).toBe('1');
    expect(releaseMeta(target.root, second.releaseId)).toMatchObject({
      outcome: 'deployed',
      migrations: ['001_notes.sql', '002_tags.sql'],
    });
    expect(existsSync(path.join(target.root, 'backups', second.releaseId, 'db.sqlite3'))).toBe(true);
    expect(existsSync(path.join(target.root, '.backend-ci', 'lock'))).toBe(false);
    expect(
      auditEvents(target.root)
        .filter((e) => e.release === second.releaseId)
        .map((e) => e.event),
    ).toEqual(['deploy-started', 'deployed']);
    const steps = report.hosts[0]!.steps.map((s) => s.step);
    expect(steps).toEqual([
      'lock',
      'upload',
      'unpack',
      'link-shared',
      'snapshot',
      'migrate',
      'switch',
      'restart',
      'health',
      'finish',
    ]);
  });

  const injected: {
    step: StepName;
    how: string;
    source: () => string;
    extra?: Partial<EngineOptions>;
    rolledBack: boolean;
  }[] = [
    {
      step: 'upload',
      how: 'the upload breaks',
      source: () => makeSource(),
      extra: failAt('upload'),
      rolledBack: false,
    },
    { step: 'unpack', how: 'unpacking breaks', source: () => makeSource(), extra: failAt('unpack'), rolledBack: false },
    {
      step: 'migrate',
      how: 'a migration applies then the command fails',
      source: () =>
        makeSource({
          markers: ['fail-migrate'],
          migrations: { '002_drop.sql': 'DROP TABLE notes; CREATE TABLE notes2 (x);' },
        }),
      rolledBack: true,
    },
    {
      step: 'restart',
      how: 'the new release does not start',
      source: () =>
        makeSource({ markers: ['fail-restart'], migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }),
      rolledBack: true,
    },
    {
      step: 'health',
      how: 'the new release answers 500',
      source: () =>
        makeSource({ markers: ['fail-health'], migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }),
      rolledBack: true,
    },
  ];

  for (const c of injected) {
    it(`keeps the previous release serving with its data when ${c.how} (${c.step})`, async () => {
      const { target, good } = await servingTarget();
      const bad = run(
        target,
        c.source(),
        { ...c.extra },
        { health: { ...tinySettings([]).health, retries: 5, intervalMs: 100 } },
      );
      const report = await bad.promise;

      expect(report.status).toBe(c.rolledBack ? 'rolled-back' : 'failed');
      expect(report.rolledBack).toBe(c.rolledBack);
      expect(report.error).toBeTruthy();
      const failed = report.hosts[0]!.steps.find((s) => !s.ok);
      expect(failed?.step).toBe(c.step);
      // The previous release serves, with the rows users wrote before the deploy and the schema it expects.
      expect(currentRelease(target.root)).toBe(good);
      expect(await servedRelease(target)).toBe(good);
      expect(sql(target.db, 'select group_concat(body) from notes')).toBe('one,two,three');
      expect(sql(target.db, "select count(*) from sqlite_master where name in ('tags','notes2')")).toBe('0');
      expect(existsSync(path.join(target.root, '.backend-ci', 'lock'))).toBe(false);
      const events = auditEvents(target.root)
        .filter((e) => e.release === bad.releaseId)
        .map((e) => e.event);
      if (c.rolledBack) {
        expect(events).toEqual(['deploy-started', 'rollback-started', 'rolled-back']);
        expect(releaseMeta(target.root, bad.releaseId)).toMatchObject({ outcome: 'rolled-back' });
        expect(report.hosts[0]!.databaseRollback?.path).toBe('restore-snapshot');
        expect(report.hosts[0]!.outcome).toBe('rolled-back');
      } else {
        expect(events[0]).toBe('deploy-started');
        expect(readdirSync(path.join(target.root, 'releases'))).toEqual([good]);
      }
    });
  }

  const down =
    'set -a; . ./.env; set +a; sqlite3 "$DB_PATH" "DROP TABLE IF EXISTS tags; DELETE FROM schema_migrations WHERE name = \'002_tags.sql\'"';

  it('runs down-migrations on rollback when the tool has them', async () => {
    const { target, good } = await servingTarget();
    const bad = run(
      target,
      makeSource({ markers: ['fail-health'], migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }),
      {},
      { migrateDown: down, health: { ...tinySettings([]).health, retries: 2, intervalMs: 50 } },
    );
    const report = await bad.promise;
    expect(report.status).toBe('rolled-back');
    expect(report.hosts[0]!.databaseRollback?.path).toBe('down-migrations');
    expect(sql(target.db, "select count(*) from sqlite_master where name='tags'")).toBe('0');
    expect(sql(target.db, 'select group_concat(name) from schema_migrations')).toBe('001_notes.sql');
    expect(sql(target.db, 'select count(*) from notes')).toBe('3');
    expect(await servedRelease(target)).toBe(good);
  });

  it('restores the snapshot when the down-migrations fail', async () => {
    const { target } = await servingTarget();
    const host = new RecordingHost();
    const bad = run(
      target,
      makeSource({ markers: ['fail-health'], migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }),
      { log: host.log },
      { migrateDown: 'exit 4', health: { ...tinySettings([]).health, retries: 2, intervalMs: 50 } },
    );
    const report = await bad.promise;
    expect(report.status).toBe('rolled-back');
    expect(report.hosts[0]!.databaseRollback?.path).toBe('restore-snapshot');
    expect(host.logText).toContain('down-migrations failed on local:');
    expect(sql(target.db, "select count(*) from sqlite_master where name='tags'")).toBe('0');
  });

  it('runs the install command inside the new release before it goes live, and a failing one switches nothing', async () => {
    const { target } = await servingTarget();
    const ok = run(
      target,
      makeSource(),
      {},
      { install: 'printf "%s" "$RELEASE_ID" > installed && test "$PWD" = "$RELEASE_PATH"' },
    );
    expect((await ok.promise).status).toBe('deployed');
    expect(readFileSync(path.join(target.root, 'releases', ok.releaseId, 'installed'), 'utf8')).toBe(ok.releaseId);

    const bad = run(target, makeSource(), {}, { install: 'echo "npm ERR! missing peer" >&2; exit 3' });
    const report = await bad.promise;
    expect(report.status).toBe('failed');
    expect(report.rolledBack).toBe(false);
    expect(report.error).toMatch(/install on local:.* exited with 3\nnpm ERR! missing peer/);
    expect(currentRelease(target.root)).toBe(ok.releaseId);
    expect(existsSync(path.join(target.root, 'releases', bad.releaseId))).toBe(false);
    expect(
      auditEvents(target.root)
        .filter((e) => e.release === bad.releaseId)
        .map((e) => e.event),
    ).toEqual(['deploy-started', 'deploy-failed']);
  });

  it('refuses a release id that already exists on the target instead of touching it', async () => {
    const { target, good } = await servingTarget();
    const again = deployRelease({
      settings: tinySettings([{ target: `local:${target.root}`, healthUrl: target.healthUrl }], {
        source: makeSource(),
      }),
      cwd: target.root,
      log: new RecordingHost().log,
      releaseId: good,
    });
    const report = await again;
    expect(report.status).toBe('failed');
    expect(report.error).toContain(`release ${good} already exists`);
    expect(currentRelease(target.root)).toBe(good);
    expect(releaseMeta(target.root, good).outcome).toBe('deployed');
    expect(await servedRelease(target)).toBe(good);
  });

  it('reports the last status and body when the health gate fails', async () => {
    const { target } = await servingTarget();
    const bad = run(
      target,
      makeSource({ markers: ['fail-health'] }),
      {},
      { health: { ...tinySettings([]).health, retries: 2, intervalMs: 50 } },
    );
    const report = await bad.promise;
    expect(report.error).toMatch(/did not answer 200 .* after 3 attempts/);
    expect(report.error).toContain('last answer: status 500');
    expect(report.hosts[0]!.health?.lastBody).toContain(bad.releaseId);
  });

  it('fails early, before anything goes live, when a declared shared file is missing', async () => {
    const { target, good } = await servingTarget();
    const bad = run(target, makeSource(), {}, { sharedPaths: ['.env', 'uploads'] });
    const report = await bad.promise;
    expect(report.status).toBe('failed');
    expect(report.error).toContain("shared path 'uploads' is listed in deploy.sharedPaths");
    expect(currentRelease(target.root)).toBe(good);
  });

  it('keeps N releases but never prunes current or the last good release', async () => {
    const target = await makeTarget();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = run(target, makeSource(), {}, { keepReleases: 2 });
      expect((await r.promise).status).toBe('deployed');
      ids.push(r.releaseId);
    }
    expect(readdirSync(path.join(target.root, 'releases')).sort()).toEqual(ids.slice(-2));
    expect(readdirSync(path.join(target.root, 'backups')).sort()).toEqual(ids.slice(-2));
    // Two bad releases later, the last good one is still there even though it is no longer among the newest 2.
    for (let i = 0; i < 2; i++) {
      const r = run(
        target,
        makeSource({ markers: ['fail-health'] }),
        {},
        { keepReleases: 2, health: { ...tinySettings([]).health, retries: 1, intervalMs: 50 } },
      );
      expect((await r.promise).status).toBe('rolled-back');
    }
    const ok = run(target, makeSource(), {}, { keepReleases: 1 });
    expect((await ok.promise).status).toBe('deployed');
    expect(readdirSync(path.join(target.root, 'releases'))).toEqual([ok.releaseId]);
  });
});

function failAt(step: StepName): Partial<EngineOptions> {
  return {
    beforeStep: (s) => {
      if (s === step) throw new Error(`injected failure at ${step}`);
    },
  };
}

describe('a rollback that fails', { timeout: 90_000 }, () => {
  it('says which host is in which state and what to run next, and rolled-back is false', async () => {
    const { target, good } = await servingTarget();
    // The previous release will not come back healthy either: its restart reads this from shared/.env.
    const env = path.join(target.root, 'shared', '.env');
    writeFileSync(env, `${readFileSync(env, 'utf8')}FAIL_HEALTH_RELEASE=${good}\n`);
    const bad = run(
      target,
      makeSource({ markers: ['fail-health'] }),
      {},
      {
        health: {
          ...tinySettings([]).health,
          bodyContains: '"release":"${RELEASE_ID}"',
          intervalMs: 100,
          retries: 3,
          timeoutSeconds: 2,
        },
      },
    );
    const report = await bad.promise;
    expect(report.status).toBe('failed');
    expect(report.rolledBack).toBe(false);
    expect(report.hosts[0]!.outcome).toBe('rollback-failed');
    const md = deployMarkdown(report);
    expect(headline(report)).toContain('AND ITS ROLLBACK FAILED');
    expect(md).not.toContain('every host that had started going live was switched back');
    expect(md).toContain('**The rollback did not complete.**');
    expect(md).toContain(
      `- local:${target.root}: current is ${good} again; database restored; previous release restarted but NOT healthy`,
    );
    expect(md).toContain('run `backend-ci recover`');
    expect(deployOutputs(report)['rolled-back']).toBe('false');
  });
});
