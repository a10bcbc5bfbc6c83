// Changed files of a pull request from the API, for patch coverage when git cannot tell (a shallow checkout
// whose base cannot be fetched). GitHub lists at most 3,000 files; the caller is told when that cap was hit.
import type { GitHubClient } from '../host/host.js';

export const PULL_FILES_CAP = 3000;

export interface PullRequestFilePatch {
  filename: string;
  status: string;
  /** Unified diff hunks; absent for binary files and very large diffs. */
  patch?: string;
}

export async function listPullRequestFiles(
  client: GitHubClient,
  target: { owner: string; repo: string; pullNumber: number },
): Promise<{ files: PullRequestFilePatch[]; capped: boolean }> {
  const files: PullRequestFilePatch[] = [];
  for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  })) {
    for (const f of page.data)
      files.push({ filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}) });
  }
  return { files, capped: files.length >= PULL_FILES_CAP };
}
