// When a deploy lock counts as stale.
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isStale, LockTimeoutError, TargetLock } from '../../src/deploy/lock.js';
import { LocalTransport } from '../../src/deploy/transport.js';
import { RecordingHost } from '../support/recording-host.js';
import { tempDir } from '../support/temp.js';

const now = Date.parse('2026-01-01T12:00:00Z');
const owner = (o: object) => ({
  token: 't',
  host: hostname(),
  pid: process.pid,
  time: '2026-01-01T11:00:00Z',
  ttlMinutes: 30,
  purpose: 'deploy',
  ...o,
});

describe('isStale', () => {
  it('keeps a lock whose owner on this machine is alive, even past its ttl (a long deploy)', () => {
    expect(isStale(owner({}), 3600, now).stale).toBe(false);
  });
  it('takes a lock whose owner on this machine is gone, at once', () => {
    const v = isStale(owner({ pid: 2 ** 22 + 11, time: '2026-01-01T11:59:00Z' }), 60, now);
    expect(v).toEqual({ stale: true, why: `owner process ${2 ** 22 + 11} on ${hostname()} is gone` });
  });
  it('takes a lock from another machine only once its ttl passed', () => {
    expect(isStale(owner({ host: 'elsewhere', time: '2026-01-01T11:45:00Z' }), 900, now).stale).toBe(false);
    expect(isStale(owner({ host: 'elsewhere', time: '2026-01-01T11:00:00Z' }), 3600, now)).toMatchObject({
      stale: true,
    });
  });
  it('treats a lock folder without owner.json as stale only after a minute (its writer died right after mkdir)', () => {
    expect(isStale(undefined, 5, now).stale).toBe(false);
    expect(isStale(undefined, 61, now).stale).toBe(true);
  });
});

describe('TargetLock on a real folder', () => {
  const root = tempDir('bci-lock-');
  const transport = new LocalTransport({ kind: 'local', path: root, label: `local:${root}` });
  const lockDir = path.join(root, '.backend-ci', 'lock');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes over a lock whose owner.json is unreadable once it is over a minute old', async () => {
    mkdirSync(lockDir, { recursive: true });
    writeFileSync(path.join(lockDir, 'owner.json'), '{garbage');
    const old = new Date(Date.now() - 120_000);
    utimesSync(lockDir, old, old);
    const host = new RecordingHost();
    const lock = await TargetLock.acquire(
      transport,
      { timeoutSeconds: 2, ttlMinutes: 30, purpose: 'test', pollMs: 20 },
      host.log,
    );
    expect(host.logText).toContain('took over a stale deploy lock');
    expect(JSON.parse(readFileSync(path.join(lockDir, 'owner.json'), 'utf8')).token).toBe(lock.owner.token);
    await lock.release(host.log);
    expect(existsSync(lockDir)).toBe(false);
  });

  it('waits for a live lock held elsewhere and gives up with who holds it', async () => {
    mkdirSync(lockDir, { recursive: true });
    writeFileSync(
      path.join(lockDir, 'owner.json'),
      JSON.stringify({
        token: 'x',
        host: 'ci-runner-7',
        pid: 1,
        time: new Date().toISOString(),
        ttlMinutes: 30,
        purpose: 'deploy 20260101T000000Z-abc',
        runUrl: 'https://github.com/o/r/actions/runs/9',
      }),
    );
    const err = await TargetLock.acquire(
      transport,
      { timeoutSeconds: 0.3, ttlMinutes: 30, purpose: 'test', pollMs: 50 },
      new RecordingHost().log,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockTimeoutError);
    expect((err as Error).message).toMatch(
      /locked by another deploy \(deploy 20260101T000000Z-abc, host ci-runner-7 pid 1, since .*, https:\/\/github\.com\/o\/r\/actions\/runs\/9\)/,
    );
    expect(existsSync(lockDir)).toBe(true);
  });
});
