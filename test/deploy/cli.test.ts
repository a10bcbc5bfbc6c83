// The deploy stage and CLI commands, configured through a real backend-ci.yml.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputSpecs, loadConfig } from '../../src/config/config.js';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  deployCommand,
  recoverCommand,
  releasesCommand,
  rollbackCommand,
  unlockCommand,
} from '../../src/commands/deploy.js';
import { deployStage } from '../../src/stages/deploy/stage.js';
import { RecordingHost } from '../support/recording-host.js';
import {
  auditEvents,
  cleanupTargets,
  currentRelease,
  makeSource,
  makeTarget,
  NODE,
  releaseMeta,
  servedRelease,
} from './support.js';
import { tempDir } from '../support/temp.js';

const dirs: string[] = [];
afterAll(() => {
  cleanupTargets();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function workspace(extraYaml = '') {
  const target = await makeTarget();
  const source = makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE IF NOT EXISTS tags (name TEXT);' } });
  const ws = tempDir('bci-ws-');
  dirs.push(ws);
  writeFileSync(
    path.join(ws, 'backend-ci.yml'),
    `deploy:
  targets:
    - target: local:${target.root}
      healthUrl: ${target.healthUrl}
  source: ${source}
  sharedPaths: [.env]
  migrate: ${NODE} migrate.mjs
  restart: ${NODE} supervise.mjs restart
  keepReleases: 3
  database:
    kind: sqlite
    path: shared/data/app.db
  health:
    bodyContains: '"release":"\${RELEASE_ID}"'
    intervalMs: 100
    retries: 20
${extraYaml}`,
  );
  return { target, source, ws };
}

let n = 0;
function hostFor(ws: string) {
  // Distinct commits so release ids differ even within one second.
  n++;
  return new RecordingHost({
    workspace: ws,
    sha: `${n.toString(16).padStart(7, 'a')}ffff`,
    repository: { owner: 'o', repo: 'r' },
  });
}

describe('deploy stage and commands', () => {
  it('deploys through the stage, lists releases, rolls back by hand and refuses bad releases', async () => {
    const { target, ws } = await workspace();
    const config = loadConfig({ workspace: ws, inputs: {} });

    const h1 = hostFor(ws);
    const first = await deployStage.run({ config, host: h1, previous: new Map() });
    expect(first.status, first.headline).toBe('passed');
    const firstId = first.outputs!['release-id']!;
    expect(first.outputs).toEqual({ 'release-id': firstId, 'deploy-status': 'deployed', 'rolled-back': 'false' });
    expect(first.details).toContain('| local:');
    expect(first.details).toContain('Database: SQLite snapshot through the online backup API');

    await new Promise((r) => setTimeout(r, 1100));
    const h2 = hostFor(ws);
    expect(await deployCommand(config, h2)).toBe(0);
    const secondId = h2.outputs.get('release-id')!;
    expect(secondId).not.toBe(firstId);
    expect(h2.summary).toContain(secondId);

    const list = hostFor(ws);
    expect(await releasesCommand(config, list)).toBe(0);
    expect(list.logText).toContain(`* ${secondId}  deployed`);
    expect(list.logText).toContain(`  ${firstId}  deployed`);

    const back = hostFor(ws);
    expect(await rollbackCommand(config, back)).toBe(0);
    expect(back.logText).toContain(`${secondId} -> ${firstId}`);
    expect(currentRelease(target.root)).toBe(firstId);
    expect(await servedRelease(target)).toBe(firstId);
    expect(releaseMeta(target.root, secondId).outcome).toBe('rolled-back');
    expect(auditEvents(target.root).map((e) => e.event)).toContain('manual-rollback');

    // The release rolled back is bad: a rollback cannot pick it.
    const refused = hostFor(ws);
    expect(await rollbackCommand(config, refused, { to: secondId })).toBe(1);
    expect(refused.logText).toContain(`release ${secondId} on local:${target.root} is marked rolled-back`);
    await expect(rollbackCommand(config, refused, { to: '../etc' })).rejects.toThrow(/is not a release id/);
  }, 120_000);

  it('records a GitHub deployment for the environment: in_progress, then failure and inactive for a rolled-back release', async () => {
    const { ws, source } = await workspace('  environment: staging\n  environmentUrl: https://staging.example\n');
    writeFileSync(path.join(source, 'fail-health'), 'x');
    const config = loadConfig({ workspace: ws, inputs: { 'health-retries': '2' } });
    const calls: { route: string; params: Record<string, unknown> }[] = [];
    const fake = {
      async request(route: string, params: Record<string, unknown> = {}) {
        calls.push({ route, params });
        return { status: 201, data: { id: 7 } };
      },
    };
    const host = new RecordingHost(
      {
        workspace: ws,
        sha: 'c0ffee0',
        repository: { owner: 'o', repo: 'r' },
        runUrl: 'https://github.com/o/r/actions/runs/5',
      },
      undefined,
      fake as never,
    );
    const outcome = await deployStage.run({ config, host, previous: new Map() });
    expect(outcome.status).toBe('failed');
    expect(outcome.outputs).toMatchObject({ 'deploy-status': 'rolled-back', 'rolled-back': 'true' });
    expect(calls[0]!.params).toMatchObject({ environment: 'staging', ref: 'c0ffee0' });
    expect(calls.slice(1).map((c) => c.params.state)).toEqual(['in_progress', 'failure', 'inactive']);
    expect(calls[1]!.params).toMatchObject({
      environment_url: 'https://staging.example',
      log_url: 'https://github.com/o/r/actions/runs/5',
    });
    expect(outcome.details).toContain('Health gate on local:');
  }, 60_000);

  it('plans without changing anything: steps per host and the migrations that would run', async () => {
    const { target, ws } = await workspace();
    const config = loadConfig({ workspace: ws, inputs: {} });
    const host = hostFor(ws);
    expect(await deployCommand(config, host, { plan: true })).toBe(0);
    expect(host.logText).toContain(`local:${target.root} (current: none)`);
    expect(host.logText).toContain('migrations that would run: 001_notes.sql, 002_tags.sql');
    expect(host.logText).toMatch(/snapshot SQLite .*app\.db/);
    expect(existsSync(path.join(target.root, 'releases'))).toBe(false);

    expect(await deployCommand(config, hostFor(ws))).toBe(0);
    const again = hostFor(ws);
    await deployCommand(config, again, { plan: true });
    expect(again.logText).toContain('migrations that would run: none');
  }, 120_000);

  it('unlock leaves a live lock alone, removes a stale one, and --force removes any, all logged', async () => {
    const { target, ws } = await workspace();
    const config = loadConfig({ workspace: ws, inputs: {} });
    const lockDir = path.join(target.root, '.backend-ci', 'lock');
    mkdirSync(lockDir, { recursive: true });
    const { hostname } = await import('node:os');
    writeFileSync(
      path.join(lockDir, 'owner.json'),
      JSON.stringify({
        token: 'aa',
        host: hostname(),
        pid: process.pid,
        time: new Date().toISOString(),
        ttlMinutes: 30,
        purpose: 'deploy x',
      }),
    );
    const live = hostFor(ws);
    expect(await unlockCommand(config, live)).toBe(1);
    expect(live.logText).toContain('which may still be running; use --force');
    expect(existsSync(lockDir)).toBe(true);

    writeFileSync(
      path.join(lockDir, 'owner.json'),
      JSON.stringify({
        token: 'bb',
        host: hostname(),
        pid: 2 ** 22 + 7,
        time: new Date().toISOString(),
        ttlMinutes: 30,
        purpose: 'deploy y',
      }),
    );
    const stale = hostFor(ws);
    expect(await unlockCommand(config, stale)).toBe(0);
    expect(stale.logText).toMatch(/removed a stale lock .* owner process \d+ .* is gone/);
    expect(existsSync(lockDir)).toBe(false);

    mkdirSync(lockDir);
    writeFileSync(
      path.join(lockDir, 'owner.json'),
      JSON.stringify({
        token: 'cc',
        host: hostname(),
        pid: process.pid,
        time: new Date().toISOString(),
        ttlMinutes: 30,
        purpose: 'deploy z',
      }),
    );
    const forced = hostFor(ws);
    expect(await unlockCommand(config, forced, { force: true })).toBe(0);
    expect(forced.logText).toContain('forced the deploy lock off');
    expect(existsSync(lockDir)).toBe(false);
    expect(auditEvents(target.root).map((e) => e.event)).toEqual(['unlock-stale', 'unlock-forced']);
  }, 60_000);

  it('declares action inputs that clash with no other stage and mark the key and database URL secret', () => {
    const specs = inputSpecs();
    const deployInputs = specs.filter((s) => s.path.startsWith('deploy.'));
    for (const spec of deployInputs)
      expect(specs.filter((s) => s.name === spec.name).map((s) => s.path)).toEqual([spec.path]);
    expect(
      deployInputs
        .filter((s) => s.secret)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['deploy-database-url', 'ssh-private-key']);
  });

  it('is skipped without targets, and rejects a malformed target with the file position', async () => {
    const ws = tempDir('bci-ws-');
    dirs.push(ws);
    writeFileSync(path.join(ws, 'backend-ci.yml'), 'deploy:\n  environment: staging\n');
    const skipped = await deployStage.run({
      config: loadConfig({ workspace: ws, inputs: {} }),
      host: hostFor(ws),
      previous: new Map(),
    });
    expect(skipped.status).toBe('skipped');
    expect(skipped.outputs!['deploy-status']).toBe('skipped');

    writeFileSync(path.join(ws, 'backend-ci.yml'), 'deploy:\n  targets:\n    - ftp://host/srv\n');
    expect(() => loadConfig({ workspace: ws, inputs: {} })).toThrow(
      /backend-ci\.yml:3:7: 'deploy\.targets\[0\]': invalid deploy target 'ftp:\/\/host\/srv'; expected 'local:\/absolute\/path' or 'ssh:\/\/user@host\[:port\]\/absolute\/path'/,
    );
    writeFileSync(path.join(ws, 'backend-ci.yml'), 'deploy:\n  environment: staging\n');
    expect(() => loadConfig({ workspace: ws, inputs: { 'deploy-targets': 'ssh://root@h:22/srv/../etc' } })).toThrow(
      /input 'deploy-targets'.*without '\.\.'/,
    );
    expect(() => loadConfig({ workspace: ws, inputs: { 'deploy-targets': 'ssh://ro;ot@h/srv' } })).toThrow(
      /invalid user name/,
    );
    const ok = loadConfig({
      workspace: ws,
      inputs: { 'deploy-targets': 'ssh://deploy@web1:2222/srv/app, local:/srv/app', 'ssh-private-key': 'KEYTEXT' },
      onSecret: (s) => expect(s).toBe('KEYTEXT'),
    });
    expect(ok.deploy.targets).toEqual([{ target: 'ssh://deploy@web1:2222/srv/app' }, { target: 'local:/srv/app' }]);
  });

  it('recover undoes what a killed deploy left, says so in the log and the summary, and says when there is nothing to do', async () => {
    const { target, ws } = await workspace();
    const config = loadConfig({ workspace: ws, inputs: {} });
    expect(await deployCommand(config, hostFor(ws))).toBe(0);
    const good = currentRelease(target.root)!;
    const markerDir = tempDir('bci-marker-');
    dirs.push(markerDir);
    const marker = path.join(markerDir, 'paused');
    const child = spawn(
      NODE,
      [
        '--import',
        'tsx',
        path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'deploy-child.ts'),
        JSON.stringify({ settings: config.deploy, cwd: config.cwd, sha: 'feed1234', lockPollMs: 50 }),
        'health',
        marker,
      ],
      { stdio: 'ignore' },
    );
    while (!existsSync(marker)) await new Promise((r) => setTimeout(r, 25));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(currentRelease(target.root)).not.toBe(good);

    const h = hostFor(ws);
    expect(await recoverCommand(config, h)).toBe(0);
    expect(h.logText).toMatch(
      new RegExp(`recovered local:${target.root}: .*switched current from the unconfirmed \\S+ back to ${good}`),
    );
    expect(h.summary).toContain('**recover**');
    expect(h.summary).toContain(`back to ${good}, the last release confirmed healthy`);
    expect(currentRelease(target.root)).toBe(good);
    expect(await servedRelease(target)).toBe(good);
    expect(auditEvents(target.root).filter((e) => e.event === 'recovered')).toHaveLength(1);

    const again = hostFor(ws);
    expect(await recoverCommand(config, again)).toBe(0);
    expect(again.logText).toContain(`local:${target.root}: nothing to recover (current: ${good})`);
  }, 90_000);
});
