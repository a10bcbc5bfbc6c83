// The lines a change added, from git: `git diff base...head`, fetching the base first when a shallow clone
// (actions/checkout's default depth 1) does not have it. Undefined when git cannot tell; the report then
// asks GitHub's pull request files API instead (changedLinesFromPatches).
import { runProgram } from '../exec/run.js';
import { gitFailure } from '../host/git.js';
import { type ChangedLines, parseUnifiedDiff } from './diff.js';

export interface ChangedLinesOptions {
  /** History fetched at first when the base is missing; doubled on each retry. Default 50. */
  depth?: number;
  /** How many times to fetch deeper looking for the merge base. Default 4 (50, 100, 200, 400). */
  attempts?: number;
  remote?: string;
  /** Told what happened, for the log ("fetched base abc123 at depth 50"). */
  log?: (message: string) => void;
  timeoutMs?: number;
}

const SHA = /^[0-9a-f]{7,64}$/i;

async function git(cwd: string, args: string[], timeoutMs: number) {
  // -c options keep a user's diff settings (noprefix, external diff tools, colour) out of what we parse.
  return runProgram('git', ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'color.ui=false', ...args], {
    cwd,
    timeoutMs,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    maxBuffer: 256 * 1024 * 1024,
  });
}

async function hasCommit(cwd: string, rev: string, timeoutMs: number): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${rev}^{commit}`], timeoutMs)).code === 0;
}

async function resolve(cwd: string, rev: string, timeoutMs: number): Promise<string | undefined> {
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], timeoutMs);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

async function hasMergeBase(cwd: string, base: string, head: string, timeoutMs: number): Promise<boolean> {
  return (await git(cwd, ['merge-base', base, head], timeoutMs)).code === 0;
}

/**
 * Lines added by the change from `base` to `head` (shas, or names that resolve in this clone), counted from
 * their merge base the way a pull request shows them.
 */
export async function changedLines(base: string, head: string, cwd: string, options: ChangedLinesOptions = {}): Promise<ChangedLines | undefined> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const remote = options.remote ?? 'origin';
  const log = options.log ?? (() => {});
  // Refs and shas only: a value starting with '-' would be read as an option.
  for (const rev of [base, head]) if (rev.startsWith('-') || rev.trim() === '') return undefined;

  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree'], timeoutMs).catch(() => undefined);
  if (!inside || inside.code !== 0) {
    log(`${cwd} is not a git work tree: changed lines unknown`);
    return undefined;
  }
  const shallow = (await git(cwd, ['rev-parse', '--is-shallow-repository'], timeoutMs)).stdout.trim() === 'true';
  let depth = options.depth ?? 50;
  const attempts = options.attempts ?? 4;
  const fetchable = (rev: string) => SHA.test(rev) || !/[~^:]/.test(rev);

  for (let attempt = 0; ; attempt++) {
    const haveBase = await hasCommit(cwd, base, timeoutMs);
    const haveHead = await hasCommit(cwd, head, timeoutMs);
    if (haveBase && haveHead && (await hasMergeBase(cwd, base, head, timeoutMs))) break;
    if (attempt >= attempts || (!shallow && haveBase && haveHead)) {
      log(`no merge base of ${base} and ${head} in this clone: changed lines unknown`);
      return undefined;
    }
    // Fetch what is missing, and with it enough history of both sides to meet at the merge base. A local
    // name (HEAD, a branch the remote may not have) is fetched by its sha.
    const wanted: string[] = [];
    for (const rev of [base, head]) {
      const sha = await resolve(cwd, rev, timeoutMs);
      if (sha) wanted.push(sha);
      else if (fetchable(rev)) wanted.push(rev);
    }
    // A full clone stays full: fetch what is missing with its whole history, once.
    const depthArgs = shallow ? [`--depth=${depth}`] : [];
    const fetch = await git(cwd, ['fetch', '--no-tags', ...depthArgs, remote, ...wanted], timeoutMs);
    if (fetch.code !== 0) {
      log(`git fetch --depth=${depth} ${remote} ${wanted.join(' ')} failed: ${gitFailure(fetch.stderr)}`);
      return undefined;
    }
    log(`fetched ${wanted.join(' ')} from ${remote}${shallow ? ` at depth ${depth}` : ''}`);
    depth *= 2;
  }
  const diff = await git(cwd, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', '--src-prefix=a/', '--dst-prefix=b/', `${base}...${head}`, '--'], timeoutMs);
  if (diff.code !== 0) {
    log(`git diff ${base}...${head} failed: ${diff.stderr.trim()}`);
    return undefined;
  }
  return parseUnifiedDiff(diff.stdout);
}
