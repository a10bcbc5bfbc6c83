// Deploys interrupted by SIGKILL, and two deploys racing for one target.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSshd, type SshServer } from '../harness/sshd.js';
import { deployRelease, type EngineOptions } from '../../src/deploy/engine.js';
import { RecordingHost } from '../support/recording-host.js';
import { auditEvents, cleanupTargets, currentRelease, makeSource, makeTarget, nextReleaseId, releaseMeta, servedRelease, sql, tinySettings, type TestTarget } from './support.js';
import { tempDir } from '../support/temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const children: number[] = [];
afterAll(() => {
  for (const pid of children) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  cleanupTargets();
});

let server: SshServer | undefined;
beforeAll(async () => {
  server = await startSshd();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

/** The same deploy through OpenSSH to the local sshd. */
function sshOptionsFor(target: TestTarget, source: string, changes = {}): Omit<EngineOptions, 'log'> & { releaseId: string } {
  const o = localOptions(target, source, changes);
  o.settings = { ...o.settings, targets: [{ target: server!.url(target.root), healthUrl: target.healthUrl }], ssh: { privateKey: server!.privateKey, knownHosts: server!.knownHosts, insecureIgnoreHostKey: false } };
  return o;
}

const options = localOptions;

function localOptions(target: TestTarget, source: string, changes = {}): Omit<EngineOptions, 'log'> & { releaseId: string } {
  return {
    settings: tinySettings([{ target: `local:${target.root}`, healthUrl: target.healthUrl }], { source, ...changes }),
    cwd: source,
    sha: 'beef1234',
    releaseId: nextReleaseId(),
    lockPollMs: 50,
  };
}

async function waitFor(file: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} never appeared`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a deploy killed with SIGKILL', () => {
  const cases = [
    { pauseAt: 'migrate', over: 'local' },
    { pauseAt: 'health', over: 'local' },
    { pauseAt: 'switch', over: 'ssh' },
  ] as const;
  for (const { pauseAt, over } of cases) {
    it(`is recovered by the next deploy (killed at ${pauseAt}, ${over})`, async () => {
      const target = await makeTarget();
      const options = over === 'ssh' ? sshOptionsFor : localOptions;
      const firstOpts = options(target, makeSource());
      const first = await deployRelease({ ...firstOpts, log: new RecordingHost().log });
      expect(first.status).toBe('deployed');
      sql(target.db, "insert into notes(body) values ('before')");

      const killed = options(target, makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE tags (name TEXT);' } }));
      const markerDir = tempDir('bci-marker-');
      const marker = path.join(markerDir, 'paused');
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fixtures', 'deploy-child.ts'), JSON.stringify(killed), pauseAt, marker], { stdio: 'ignore' });
      children.push(child.pid!);
      await waitFor(marker);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      expect(existsSync(path.join(target.root, '.backend-ci', 'lock', 'owner.json'))).toBe(true);
      // Whatever point it died at, current is a complete release that answers.
      const servedNow = currentRelease(target.root)!;
      expect(existsSync(path.join(target.root, 'releases', servedNow, '.release.json'))).toBe(true);
      expect(await servedRelease(target)).toBe(servedNow);

      const leftKeys = readdirSync(tmpdir()).filter((d) => d.startsWith(`bci-ssh-${child.pid}-`));
      expect(leftKeys).toHaveLength(over === 'ssh' ? 1 : 0);

      const host = new RecordingHost();
      const nextOpts = options(target, makeSource({ migrations: { '002_tags.sql': 'CREATE TABLE IF NOT EXISTS tags (name TEXT);' } }));
      const next = await deployRelease({ ...nextOpts, log: host.log });
      expect(next.status, next.error).toBe('deployed');
      expect(host.logText).toMatch(/took over a stale deploy lock .* owner process \d+ .* is gone/);
      expect(currentRelease(target.root)).toBe(nextOpts.releaseId);
      expect(await servedRelease(target)).toBe(nextOpts.releaseId);
      expect(sql(target.db, 'select body from notes')).toBe('before');
      const events = auditEvents(target.root).map((e) => e.event);
      expect(events).toContain('lock-takeover');
      if (pauseAt !== 'health') {
        // Never went live: found unfinished, recorded and removed.
        expect(host.logText).toContain(`release ${killed.releaseId} on `);
        expect(host.logText).toContain('was left unfinished');
        expect(events).toContain('release-abandoned');
        expect(existsSync(path.join(target.root, 'releases', killed.releaseId))).toBe(false);
      } else {
        // It had gone live but was never confirmed: the next deploy treats it as the release to return to.
        expect(host.logText).toContain(`current release ${killed.releaseId}`);
        expect(releaseMeta(target.root, killed.releaseId).outcome).toBe('switched');
      }
      expect(existsSync(path.join(target.root, '.backend-ci', 'lock'))).toBe(false);
      // The killed run's private key is removed by the next run on this machine.
      for (const d of leftKeys) expect(existsSync(path.join(tmpdir(), d))).toBe(false);
      rmSync(markerDir, { recursive: true, force: true });
    }, 120_000);
  }
});

describe('two deploys at once', () => {
  it('the second waits for the first, then both complete in order', async () => {
    const target = await makeTarget();
    const a = options(target, makeSource(), { lock: { timeoutSeconds: 60, ttlMinutes: 30 } });
    const b = options(target, makeSource(), { lock: { timeoutSeconds: 60, ttlMinutes: 30 } });
    const hostB = new RecordingHost();
    const first = deployRelease({ ...a, log: new RecordingHost().log });
    await new Promise((r) => setTimeout(r, 200));
    const second = deployRelease({ ...b, log: hostB.log });
    const [ra, rb] = await Promise.all([first, second]);
    expect([ra.status, rb.status]).toEqual(['deployed', 'deployed']);
    expect(hostB.logText).toContain('waiting for the deploy lock');
    expect(currentRelease(target.root)).toBe(b.releaseId);
    expect(await servedRelease(target)).toBe(b.releaseId);
  }, 120_000);

  it('the second fails cleanly when the lock wait times out, leaving the first untouched', async () => {
    const target = await makeTarget();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const a = options(target, makeSource());
    const b = options(target, makeSource(), { lock: { timeoutSeconds: 1, ttlMinutes: 30 } });
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
    expect(rb.error).toMatch(/is locked by another deploy \(deploy .*; waited \d+s/);
    expect(ra.status).toBe('deployed');
    expect(currentRelease(target.root)).toBe(a.releaseId);
    expect(readdirSync(path.join(target.root, 'releases'))).toEqual([a.releaseId]);
    expect(auditEvents(target.root).some((e) => e.release === b.releaseId)).toBe(false);
  }, 120_000);
});
