// Deploy target strings and the quoting used for the remote shell.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/deploy/quote.js';
import { parseTarget } from '../../src/config/target.js';
import { newReleaseId, RELEASE_ID, parseState, releasesToPrune } from '../../src/deploy/layout.js';

describe('parseTarget', () => {
  it('reads local and ssh targets, with the default port', () => {
    expect(parseTarget('local:/srv/forum/', 'x')).toEqual({
      kind: 'local',
      path: '/srv/forum',
      label: 'local:/srv/forum',
    });
    expect(parseTarget('ssh://deploy@web-1.example.com/srv/app', 'x')).toMatchObject({
      kind: 'ssh',
      user: 'deploy',
      host: 'web-1.example.com',
      port: 22,
      path: '/srv/app',
    });
    expect(parseTarget('ssh://root@[::1]:2222/srv/app', 'x')).toMatchObject({ host: '::1', port: 2222 });
  });
  it.each([
    ['local:relative/path', /absolute path/],
    ['local:/', /cannot deploy to '\/'/],
    ['local:/srv/$(id)', /absolute path of letters/],
    ['ssh://host/srv', /invalid deploy target/],
    ['ssh://u@host:70000/srv', /expected 1 to 65535/],
    ['ssh://u@-oProxyCommand=x/srv', /invalid host/],
    ['rsync://u@h/srv', /invalid deploy target/],
  ])('refuses %s', (text, message) => {
    expect(() => parseTarget(text, "input 'deploy-targets'")).toThrow(message);
    expect(() => parseTarget(text, "input 'deploy-targets'")).toThrow(/^input 'deploy-targets': /);
  });
});

describe('shellQuote', () => {
  it('round-trips any text through a real POSIX shell', () => {
    for (const value of ["it's", "''", 'a b', '$HOME', '`id`', '\\', '!', 'new\nline', '']) {
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(value)}`], { encoding: 'utf8' })).toBe(value);
    }
  });
});

describe('release ids and retention', () => {
  it('makes sortable ids from UTC time, the short sha and a per-run suffix', () => {
    expect(newReleaseId('ABCDEF1234', new Date('2026-03-04T05:06:07.890Z'), '9f3a')).toBe(
      '20260304T050607Z-abcdef1-9f3a',
    );
    expect(newReleaseId(undefined, new Date('2026-03-04T05:06:07Z'), '0001')).toBe('20260304T050607Z-local-0001');
    expect(newReleaseId('abc', new Date())).toMatch(RELEASE_ID);
  });
  it('makes an id later than every id already on the targets, even within the same second', () => {
    const now = new Date('2026-03-04T05:06:07Z');
    const taken = ['20260304T050607Z-abcdef1-0000', '20260304T050608Z-abcdef1-ffff'];
    const id = newReleaseId('abcdef1', now, '1234', taken);
    expect(id).toBe('20260304T050609Z-abcdef1-1234');
    expect([...taken, id].sort().pop()).toBe(id);
  });
  it('prunes beyond N, never current or the last good release', () => {
    const r = (id: string, outcome: 'deployed' | 'rolled-back') => ({
      id,
      sha: '',
      created: '',
      outcome,
      migrations: [],
    });
    const state = {
      current: 'd',
      releases: [
        r('a', 'deployed'),
        r('b', 'deployed'),
        r('c', 'rolled-back'),
        r('d', 'rolled-back'),
        r('e', 'rolled-back'),
      ],
    };
    // current is d (a rolled-back release still serving after a manual step); last good is b.
    expect(releasesToPrune(state, 1)).toEqual(['c', 'a']);
  });
});

describe('parseState', () => {
  it('ignores a current link that is not one of our releases, so it never reaches a switch-back or restart', () => {
    expect(parseState('CURRENT\treleases/20260101T000000Z-abc\n').current).toBe('20260101T000000Z-abc');
    expect(parseState('CURRENT\t/etc\n').current).toBeUndefined();
    expect(parseState('CURRENT\treleases/../../etc\n').current).toBeUndefined();
  });
  it('reads a release without metadata as unfinished', () => {
    expect(parseState('RELEASE\t20260101T000000Z-abc\t\n').releases[0]).toMatchObject({ outcome: 'unpacking' });
  });
});
