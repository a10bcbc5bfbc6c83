import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedLines } from '../../src/coverage/changed-lines.js';
import { commit, git, newRepo } from './support/git-repo.js';
import { tempDir } from '../support/temp.js';

function plain(map: Map<string, Set<number>> | undefined): Record<string, number[]> | undefined {
  return map && Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
}

describe('changedLines', () => {
  let bare: string;
  let mainTip: string;
  let featureTip: string;

  beforeAll(async () => {
    // main: m1..m6; feature branches off at m3 and changes app.ts; main keeps changing other.ts.
    const work = await newRepo();
    await commit(work, { 'app.ts': 'a\nb\nc\n', 'other.ts': '1\n' }, 'm1');
    await commit(work, { 'other.ts': '1\n2\n' }, 'm2');
    await commit(work, { 'other.ts': '1\n2\n3\n' }, 'm3');
    await git(work, 'checkout', '-q', '-b', 'feature');
    await commit(work, { 'app.ts': 'a\nB\nc\n' }, 'f1');
    await commit(work, { 'app.ts': 'a\nB\nc\nd\n', 'new.ts': 'x\n' }, 'f2');
    featureTip = await git(work, 'rev-parse', 'HEAD');
    await git(work, 'checkout', '-q', 'main');
    for (let i = 4; i <= 6; i++) await commit(work, { 'other.ts': `${'1\n'.repeat(i)}` }, `m${i}`);
    mainTip = await git(work, 'rev-parse', 'HEAD');
    bare = tempDir('origin-') + '/origin.git';
    await git(work, 'clone', '-q', '--bare', work, bare);
  }, 60_000);

  async function shallowClone(): Promise<string> {
    const dir = path.join(tempDir('shallow-'), 'clone');
    await git(path.dirname(dir), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${bare}`, dir);
    return dir;
  }

  it('fetches the missing base into a depth-1 clone and diffs against the merge base', async () => {
    const clone = await shallowClone();
    expect(await git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    await expect(git(clone, 'cat-file', '-e', `${mainTip}^{commit}`)).rejects.toThrow();
    const logs: string[] = [];
    const changed = await changedLines(mainTip, 'HEAD', clone, { depth: 1, log: (m) => logs.push(m) });
    // Only the feature's own changes: main's later edits to other.ts are not part of the change.
    expect(plain(changed)).toEqual({ 'app.ts': [2, 4], 'new.ts': [1] });
    expect(logs.some((l) => l.startsWith('fetched'))).toBe(true);
    expect(await git(clone, 'rev-parse', 'HEAD')).toBe(featureTip);
  });

  it('works without fetching in a full clone', async () => {
    const dir = path.join(tempDir('full-'), 'clone');
    await git(path.dirname(dir), 'clone', '-q', '--branch', 'feature', `file://${bare}`, dir);
    const logs: string[] = [];
    expect(plain(await changedLines(mainTip, featureTip, dir, { log: (m) => logs.push(m) }))).toEqual({ 'app.ts': [2, 4], 'new.ts': [1] });
    expect(logs).toEqual([]);
  });

  it('fetches a missing base into a full single-branch clone without making it shallow', async () => {
    const dir = path.join(tempDir('single-'), 'clone');
    await git(path.dirname(dir), 'clone', '-q', '--single-branch', '--branch', 'feature', `file://${bare}`, dir);
    await expect(git(dir, 'cat-file', '-e', `${mainTip}^{commit}`)).rejects.toThrow();
    expect(plain(await changedLines(mainTip, 'HEAD', dir))).toEqual({ 'app.ts': [2, 4], 'new.ts': [1] });
    expect(await git(dir, 'rev-parse', '--is-shallow-repository')).toBe('false');
  });

  it('returns undefined when git cannot tell: unknown base, not a repository, option-like names', async () => {
    const clone = await shallowClone();
    expect(await changedLines('0123456789abcdef0123456789abcdef01234567', 'HEAD', clone, { attempts: 1 })).toBeUndefined();
    expect(await changedLines(mainTip, 'HEAD', tempDir('not-git-'))).toBeUndefined();
    expect(await changedLines('--output=/tmp/x', 'HEAD', clone)).toBeUndefined();
  });
});
