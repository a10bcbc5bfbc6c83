import { describe, expect, it } from 'vitest';
import { isForkPullRequest, WriteGate } from '../../src/report/permissions.js';
import { shortDescription, stageStatuses } from '../../src/report/statuses.js';
import { RecordingHost } from '../support/recording-host.js';
import { stage } from './report-fixtures.js';

describe('fork detection', () => {
  it('tells a fork pull request from a branch of the same repository', () => {
    const pr = (head: string | null) => ({
      pull_request: {
        head: { repo: head === null ? null : { full_name: head } },
        base: { repo: { full_name: 'octo/forum' } },
      },
    });
    expect(isForkPullRequest(pr('someone/forum'))).toBe(true);
    expect(isForkPullRequest(pr('Octo/Forum'))).toBe(false);
    // A deleted fork has no head repository; its token is just as read-only.
    expect(isForkPullRequest(pr(null))).toBe(true);
    expect(isForkPullRequest({})).toBe(false);
  });
});

describe('write gate', () => {
  it('turns the first 403 into one warning and skips later writes without calling them', async () => {
    const host = new RecordingHost();
    const gate = new WriteGate(host.log);
    const forbidden = Object.assign(
      new Error('Resource not accessible by integration - https://docs.github.com/rest'),
      { status: 403 },
    );
    let calls = 0;
    const first = await gate.write('Comment', async () => {
      calls++;
      throw forbidden;
    });
    const second = await gate.write('Statuses', async () => {
      calls++;
      return 1;
    });
    expect(first).toMatchObject({ ok: false, reason: 'read-only' });
    expect(second).toMatchObject({ ok: false, reason: 'read-only' });
    expect(calls).toBe(1);
    expect(host.logs.filter((l) => l.level === 'warning')).toHaveLength(1);
    expect(gate.canWrite).toBe(false);
  });

  it('reports other failures as warnings without throwing', async () => {
    const host = new RecordingHost();
    const gate = new WriteGate(host.log);
    const outcome = await gate.write('Comment', async () => {
      throw Object.assign(new Error('Server Error'), { status: 502 });
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', message: 'Comment failed: HTTP 502: Server Error' });
    expect(gate.canWrite).toBe(true);
  });
});

describe('commit statuses', () => {
  it('one per stage except the report, named <name>/<stage>, descriptions within 140 characters', () => {
    const statuses = stageStatuses(
      'api',
      [
        stage('test', 'failed', 'x'.repeat(300)),
        stage('deploy', 'skipped', 'an earlier stage failed'),
        stage('report', 'passed', 'ok'),
      ],
      'https://run',
    );
    expect(statuses.map((s) => [s.context, s.state])).toEqual([
      ['api/test', 'failure'],
      ['api/deploy', 'success'],
    ]);
    expect(statuses[0]!.description).toHaveLength(140);
    expect(statuses[1]!.description).toBe('Skipped: an earlier stage failed');
    expect(shortDescription('a\n  b')).toBe('a b');
  });
});
