import { describe, expect, it } from 'vitest';
import { changedLinesFromPatches, parseUnifiedDiff, unquoteGitPath } from '../../src/coverage/diff.js';
import { commit, git, newRepo } from './support/git-repo.js';

function plain(map: Map<string, Set<number>>): Record<string, number[]> {
  return Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]));
}

describe('parseUnifiedDiff on real git output', () => {
  it('handles renames, new, deleted and binary files, spaces, quoted names and missing final newlines', async () => {
    const repo = await newRepo();
    const base = await commit(repo, {
      'my file.ts': 'a\nb\n',
      'tést.ts': 'x\n',
      'bin.dat': Buffer.from([0, 1, 2]),
      'old.ts': '1\n2\n3\n4\n5\n6\n',
      'gone.ts': 'bye\n',
      'keep.ts': 'k1\nk2\nk3\nk4\n',
    });
    await git(repo, 'mv', 'old.ts', 'renamed.ts');
    await commit(repo, {
      'my file.ts': 'a\nB\nc',
      'tést.ts': 'x\ny\n',
      'bin.dat': Buffer.from([0, 9, 9]),
      'renamed.ts': '1\n2\n3\n4\n5\n6\n7\n',
      'gone.ts': null,
      'new.ts': 'n1\nn2\n',
      'plus.ts': '++x\n--y\n',
      'keep.ts': 'k1\nk3\nK4\n',
    });
    const diff = await git(repo, 'diff', '--unified=0', '--no-color', '-M', `${base}...HEAD`);
    expect(plain(parseUnifiedDiff(diff))).toEqual({
      'bin.dat': [],
      'keep.ts': [3],
      'my file.ts': [2, 3],
      'new.ts': [1, 2],
      'plus.ts': [1, 2],
      'renamed.ts': [7],
      'tést.ts': [2],
    });
  });

  it('counts context lines in diffs with context', () => {
    const diff = ['diff --git a/x.ts b/x.ts', '--- a/x.ts', '+++ b/x.ts', '@@ -1,4 +1,5 @@', ' one', '-two', '+TWO', '+2.5', ' three', ' four', '\\ No newline at end of file'].join('\n');
    expect(plain(parseUnifiedDiff(diff))).toEqual({ 'x.ts': [2, 3] });
  });

  it('takes a pure rename with no hunks as a changed file with no added lines', () => {
    const diff = ['diff --git a/a b.ts b/c d.ts', 'similarity index 100%', 'rename from a b.ts', 'rename to c d.ts'].join('\n');
    expect(plain(parseUnifiedDiff(diff))).toEqual({ 'c d.ts': [] });
  });

  it('unquotes C-escaped paths', () => {
    expect(unquoteGitPath('"t\\303\\251st \\"q\\".ts"')).toBe('tést "q".ts');
    expect(unquoteGitPath('plain.ts')).toBe('plain.ts');
  });
});

describe('changedLinesFromPatches (GitHub pull request files)', () => {
  it('reads hunks without headers, skips removed files and keeps files without a patch', () => {
    const files = [
      { filename: 'src/a.ts', status: 'modified', patch: '@@ -1,3 +1,4 @@\n line1\n+added\n line2\n-gone\n+changed' },
      { filename: 'src/new.ts', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file' },
      { filename: 'logo.png', status: 'modified' },
      { filename: 'old.ts', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
    ];
    expect(plain(changedLinesFromPatches(files))).toEqual({ 'src/a.ts': [2, 4], 'src/new.ts': [1, 2], 'logo.png': [] });
  });
});
