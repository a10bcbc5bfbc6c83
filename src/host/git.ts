// What the local git checkout says about the commit, for runs outside GitHub Actions.
import { runProgram } from '../exec/run.js';

export async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const r = await runProgram('git', args, { cwd, timeoutMs: 10_000 });
    return r.code === 0 ? r.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}

export interface LocalGitInfo {
  topLevel?: string;
  sha?: string;
  branch?: string;
  repository?: { owner: string; repo: string };
}

/** owner/repo from a GitHub remote URL (https or ssh form). */
export function parseGitHubRemote(url: string): { owner: string; repo: string } | undefined {
  const m = /github\.com[:/]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

export async function localGitInfo(cwd: string): Promise<LocalGitInfo> {
  const [topLevel, sha, branch, remote] = await Promise.all([
    gitOutput(cwd, ['rev-parse', '--show-toplevel']),
    gitOutput(cwd, ['rev-parse', 'HEAD']),
    gitOutput(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    gitOutput(cwd, ['config', '--get', 'remote.origin.url']),
  ]);
  return {
    topLevel,
    sha,
    branch: branch && branch !== 'HEAD' ? branch : undefined,
    repository: remote ? parseGitHubRemote(remote) : undefined,
  };
}

/**
 * What a failed git command said, in one line: its `fatal:` and `error:` lines (git's reasons), else every
 * line. Not just the last line: that is often the tail of a hint ("and the repository exists.").
 */
export function gitFailure(stderr: string, limit = 500): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const reasons = lines.filter((l) => /^(fatal|error):/.test(l));
  const text = (reasons.length > 0 ? reasons : lines).join(' ') || '(git printed nothing)';
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
