// Real git repositories in temp dirs for diff and shallow-clone tests.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runProgram } from '../../../src/exec/run.js';
import { tempDir } from '../../support/temp.js';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const r = await runProgram('git', args, { cwd, env: ENV, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout.trim();
}

export async function newRepo(): Promise<string> {
  const dir = tempDir('git-repo-');
  await git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** Writes (or, with null, deletes) files, stages everything and commits; returns the new sha. */
export async function commit(dir: string, files: Record<string, string | Buffer | null>, message = 'change'): Promise<string> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (content === null) rmSync(file);
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}
