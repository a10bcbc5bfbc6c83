// Deploys over real OpenSSH to sshd instances on 127.0.0.1: success, host key checking, and a fleet of three
// where one host fails its health gate.
import { appendFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployRelease, type EngineOptions } from '../../src/deploy/engine.js';
import { LocalTransport, SshTransport } from '../../src/deploy/transport.js';
import { listReleases, planDeploy, rollbackFleet } from '../../src/deploy/operations.js';
import { rollbackText } from '../../src/deploy/report.js';
import { generateKey, startSshd, type SshServer } from '../harness/sshd.js';
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
import { tmpdir } from 'node:os';
import { tempDir } from '../support/temp.js';

const servers: SshServer[] = [];
let keyDir: string;

beforeAll(async () => {
  keyDir = tempDir('bci-keys-');
  const client = await generateKey(keyDir, 'client');
  for (let i = 0; i < 3; i++) servers.push(await startSshd({ client }));
}, 30_000);

afterAll(async () => {
  cleanupTargets();
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(keyDir, { recursive: true, force: true });
});

function sshOptions(
  hosts: { server: SshServer; target: TestTarget }[],
  source: string,
  changes = {},
  knownHosts?: string,
): EngineOptions & { releaseId: string } {
  const host = new RecordingHost();
  const base = tinySettings(
    hosts.map((h) => ({ target: h.server.url(h.target.root), healthUrl: h.target.healthUrl })),
    { source, ...changes },
  );
  return {
    settings: {
      ...base,
      ssh: {
        privateKey: hosts[0]!.server.privateKey,
        knownHosts: knownHosts ?? hosts.map((h) => h.server.knownHosts).join(''),
        insecureIgnoreHostKey: false,
      },
    },
    cwd: source,
    log: host.log,
    sha: 'f00dcafe',
    releaseId: nextReleaseId(),
    lockPollMs: 50,
  };
}

const tricky = [
  "it's",
  'a "quoted" word',
  '$(touch /tmp/bci-pwned)',
  '`id`',
  'two\nlines',
  '; rm -rf /',
  '*',
  '',
  '\\back\\slash',
  'ünï',
];

describe('transports', () => {
  it('pass arguments through unchanged, locally and over SSH (no shell interpretation)', async () => {
    const server = servers[0]!;
    const ssh = new SshTransport(
      { kind: 'ssh', user: server.user, host: '127.0.0.1', port: server.port, path: '/tmp', label: 'x' },
      { privateKey: server.privateKey, knownHosts: server.knownHosts },
      new RecordingHost().log,
    );
    const local = new LocalTransport({ kind: 'local', path: '/tmp', label: 'local' });
    try {
      for (const t of [local, ssh]) {
        const r = await t.run('echo', 'for a in "$@"; do printf "%s\\0" "$a"; done', tricky);
        expect(r.code).toBe(0);
        expect(r.stdout.split('\0').slice(0, -1)).toEqual(tricky);
      }
      expect(existsSync('/tmp/bci-pwned')).toBe(false);
      // set -euo pipefail: a failing command in the middle fails the step.
      for (const t of [local, ssh]) {
        const r = await t.run('pipefail', 'false | cat\necho not reached', []);
        expect(r.code).not.toBe(0);
        expect(r.stdout).not.toContain('not reached');
      }
    } finally {
      await ssh.close();
    }
  }, 60_000);

  it('removes the private key file when the SSH transport closes', async () => {
    const server = servers[0]!;
    const before = new Set(readdirSync(tmpdir()).filter((d) => d.startsWith('bci-ssh-')));
    const ssh = new SshTransport(
      { kind: 'ssh', user: server.user, host: '127.0.0.1', port: server.port, path: '/tmp', label: 'x' },
      { privateKey: server.privateKey, knownHosts: server.knownHosts },
      new RecordingHost().log,
    );
    const created = readdirSync(tmpdir()).filter((d) => d.startsWith('bci-ssh-') && !before.has(d));
    expect(created).toHaveLength(1);
    expect(statSync(path.join(tmpdir(), created[0]!, 'key')).mode & 0o777).toBe(0o600);
    expect((await ssh.run('x', 'echo ok', [])).stdout.trim()).toBe('ok');
    // Gone as soon as the shared connection is up: sessions never read it, so a killed run leaves no key.
    expect(existsSync(path.join(tmpdir(), created[0]!, 'key'))).toBe(false);
    expect((await ssh.run('x', 'echo again', [])).stdout.trim()).toBe('again');
    expect(ssh.sessions).toBe(2);
    await ssh.close();
    expect(existsSync(path.join(tmpdir(), created[0]!))).toBe(false);
  }, 30_000);
});

describe('deploy over SSH', () => {
  it('deploys to a real sshd and serves the release', async () => {
    const target = await makeTarget();
    const opts = sshOptions([{ server: servers[0]!, target }], makeSource());
    const report = await deployRelease(opts);
    expect(report.status, report.error).toBe('deployed');
    expect(currentRelease(target.root)).toBe(opts.releaseId);
    expect(await servedRelease(target)).toBe(opts.releaseId);
    expect(releaseMeta(target.root, opts.releaseId).outcome).toBe('deployed');
  }, 60_000);

  it('plans, lists releases and rolls back by hand over SSH', async () => {
    const target = await makeTarget();
    const first = sshOptions([{ server: servers[1]!, target }], makeSource());
    expect((await deployRelease(first)).status).toBe('deployed');
    const second = sshOptions(
      [{ server: servers[1]!, target }],
      makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }),
    );
    expect((await deployRelease(second)).status).toBe('deployed');
    const ops = { settings: second.settings, cwd: second.cwd, log: second.log };

    const plan = await planDeploy(ops);
    expect(plan.hosts[0]).toMatchObject({ current: second.releaseId, pendingMigrations: [], lock: { held: false } });
    const listed = await listReleases(ops);
    expect(listed[0]!.state.releases.map((r) => [r.id, r.outcome])).toEqual([
      [first.releaseId, 'deployed'],
      [second.releaseId, 'deployed'],
    ]);

    const [back] = await rollbackFleet(ops);
    expect(back).toMatchObject({
      ok: true,
      from: second.releaseId,
      to: first.releaseId,
      database: { how: 'snapshot', release: second.releaseId },
    });
    expect(await servedRelease(target)).toBe(first.releaseId);
    // The snapshot taken before the second release migrated is back: its table is gone, and the text says the cost.
    expect(sql(target.db, "select count(*) from sqlite_master where name = 'tags'")).toBe('0');
    expect(rollbackText([back!])).toMatch(
      /database restored from the snapshot taken before \S+ migrated at \d{4}-.*: rows written since then are lost/,
    );
  }, 90_000);

  it('refuses a server whose host key is not the one in known_hosts, before touching anything', async () => {
    const target = await makeTarget();
    // known_hosts lists server 1's key under server 0's address: a different key answers.
    const wrong = servers[1]!.knownHosts.replace(`[127.0.0.1]:${servers[1]!.port}`, `[127.0.0.1]:${servers[0]!.port}`);
    const opts = sshOptions([{ server: servers[0]!, target }], makeSource(), {}, wrong);
    const report = await deployRelease(opts);
    expect(report.status).toBe('failed');
    expect(report.error).toMatch(/SSH host key of 127\.0\.0\.1:\d+ .* does not match it; nothing was changed/);
    expect(existsSync(path.join(target.root, '.backend-ci'))).toBe(false);
    expect(existsSync(path.join(target.root, 'releases'))).toBe(false);
  }, 60_000);

  it('needs known hosts unless the check is turned off, which is loudly warned', async () => {
    const target = await makeTarget();
    const opts = sshOptions([{ server: servers[0]!, target }], makeSource(), {}, '');
    await expect(deployRelease(opts)).rejects.toThrow(/input 'ssh-known-hosts' \(deploy\.ssh\.knownHosts\) is empty/);

    const host = new RecordingHost();
    const insecure = {
      ...opts,
      log: host.log,
      settings: { ...opts.settings, ssh: { ...opts.settings.ssh, insecureIgnoreHostKey: true } },
    };
    const report = await deployRelease(insecure);
    expect(report.status, report.error).toBe('deployed');
    expect(host.logs.find((l) => l.level === 'warning')?.message).toMatch(/SSH host keys are NOT checked/);
  }, 60_000);

  it('rolls the whole fleet back when one host of three fails its health gate', async () => {
    const hosts = await Promise.all(servers.map(async (server) => ({ server, target: await makeTarget() })));
    const first = sshOptions(hosts, makeSource());
    expect((await deployRelease(first)).status).toBe('deployed');
    for (const h of hosts) sql(h.target.db, "insert into notes(body) values ('kept')");

    // The same release goes everywhere; the third host's own configuration makes it fail there.
    const second = sshOptions(hosts, makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }), {
      batchSize: 1,
      health: { ...tinySettings([]).health, retries: 3, intervalMs: 50 },
    });
    appendFileSync(path.join(hosts[2]!.target.root, 'shared', '.env'), `FAIL_HEALTH_RELEASE=${second.releaseId}\n`);
    const report = await deployRelease(second);

    expect(report.status).toBe('rolled-back');
    expect(report.hosts.map((h) => h.outcome)).toEqual(['rolled-back', 'rolled-back', 'rolled-back']);
    expect(report.hosts[2]!.steps.find((s) => !s.ok)?.step).toBe('health');
    for (const h of hosts) {
      expect(currentRelease(h.target.root)).toBe(first.releaseId);
      expect(await servedRelease(h.target)).toBe(first.releaseId);
      expect(sql(h.target.db, 'select count(*) from notes')).toBe('1');
      expect(sql(h.target.db, "select count(*) from sqlite_master where name='tags'")).toBe('0');
      expect(releaseMeta(h.target.root, second.releaseId).outcome).toBe('rolled-back');
      expect(
        auditEvents(h.target.root)
          .filter((e) => e.release === second.releaseId)
          .map((e) => e.event),
      ).toEqual(['deploy-started', 'rollback-started', 'rolled-back']);
      expect(existsSync(path.join(h.target.root, '.backend-ci', 'lock'))).toBe(false);
    }
  }, 120_000);
});
