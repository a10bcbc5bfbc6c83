// When a deploy lock counts as stale.
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/deploy/lock.js';

const now = Date.parse('2026-01-01T12:00:00Z');
const owner = (o: object) => ({ token: 't', host: hostname(), pid: process.pid, time: '2026-01-01T11:00:00Z', ttlMinutes: 30, purpose: 'deploy', ...o });

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
    expect(isStale(owner({ host: 'elsewhere', time: '2026-01-01T11:00:00Z' }), 3600, now)).toMatchObject({ stale: true });
  });
  it('treats a lock folder without owner.json as stale only after a minute (its writer died right after mkdir)', () => {
    expect(isStale(undefined, 5, now).stale).toBe(false);
    expect(isStale(undefined, 61, now).stale).toBe(true);
  });
});
