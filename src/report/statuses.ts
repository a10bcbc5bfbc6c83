// One commit status per stage (context "<name>/<stage>"), so branch protection can require e.g. backend-ci/test.
import type { GitHubClient } from '../host/host.js';
import type { StageResult, StageStatus } from '../pipeline/stage.js';

export type CommitState = 'success' | 'failure' | 'error' | 'pending';

export interface CommitStatus {
  context: string;
  state: CommitState;
  description: string;
  targetUrl?: string;
}

/** GitHub refuses descriptions over 140 characters. */
export const DESCRIPTION_LIMIT = 140;

const STATE: Record<StageStatus, CommitState> = {
  passed: 'success',
  warned: 'success',
  skipped: 'success',
  failed: 'failure',
};
const PREFIX: Record<StageStatus, string> = { passed: '', warned: 'Warning: ', skipped: 'Skipped: ', failed: '' };

export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= DESCRIPTION_LIMIT ? flat : `${flat.slice(0, DESCRIPTION_LIMIT - 1).trimEnd()}…`;
}

export function stageStatuses(
  name: string,
  stages: readonly StageResult[],
  runUrl: string | undefined,
): CommitStatus[] {
  return stages
    .filter((s) => s.stage !== 'report')
    .map((s) => ({
      context: `${name}/${s.stage}`,
      state: STATE[s.status],
      description: shortDescription(`${PREFIX[s.status]}${s.headline}`),
      ...(runUrl ? { targetUrl: runUrl } : {}),
    }));
}

export async function publishStatuses(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  sha: string,
  statuses: readonly CommitStatus[],
): Promise<number> {
  for (const s of statuses) {
    await client.rest.repos.createCommitStatus({
      owner: repo.owner,
      repo: repo.repo,
      sha,
      state: s.state,
      context: s.context,
      description: shortDescription(s.description),
      ...(s.targetUrl ? { target_url: s.targetUrl } : {}),
    });
  }
  return statuses.length;
}

/**
 * A status of its own for patch coverage when a threshold is set: without it, a pull request whose changed lines
 * are under the threshold would show only green stage statuses, and a branch rule on them would let it merge.
 */
export function patchStatus(
  name: string,
  patch: { percent: number; covered: number; total: number } | undefined,
  threshold: number | undefined,
  runUrl: string | undefined,
): CommitStatus[] {
  if (!patch || threshold === undefined) return [];
  const ok = patch.percent >= threshold;
  return [
    {
      context: `${name}/patch-coverage`,
      state: ok ? 'success' : 'failure',
      description: shortDescription(
        `${patch.percent.toFixed(2)}% of ${patch.total} changed lines covered (required ${threshold}%)`,
      ),
      ...(runUrl ? { targetUrl: runUrl } : {}),
    },
  ];
}
