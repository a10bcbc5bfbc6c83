// Patch coverage for the report: the changed lines come from `git diff` against the base (the coverage code
// fetches what a shallow checkout lacks) or, when git cannot tell, from the pull request files API; they are
// intersected with the line hits of the coverage report.
import type { CoverageReport } from '../coverage/model.js';
import type { Host } from '../host/host.js';
import type { PatchCoverage } from './model.js';
import { listPullRequestFiles } from './pull-files.js';

export type ChangedLineSet = Map<string, Set<number>>;

/** The functions of src/coverage this needs, passed in so the report depends on their shape only. */
export interface PatchCoverageEngine {
  changedLines(
    base: string,
    head: string,
    cwd: string,
    options?: { log?: (message: string) => void },
  ): Promise<ChangedLineSet | undefined>;
  changedLinesFromPatches(
    files: readonly { filename: string; patch?: string | null; status?: string }[],
  ): ChangedLineSet;
  patchCoverage(report: CoverageReport, changed: ChangedLineSet): PatchCoverage;
}

export interface PatchResult {
  patch: PatchCoverage;
  /** Where the changed lines came from, for the summary. */
  source: string;
}

/** Undefined outside pull requests, or when neither git nor the API can tell what changed (said in the log). */
export async function computePatchCoverage(
  host: Host,
  coverage: CoverageReport,
  engine: PatchCoverageEngine,
): Promise<PatchResult | undefined> {
  const pr = host.context.pullRequest;
  if (!pr) return undefined;
  const log = (message: string) => host.log.info(message);
  let changed = await engine.changedLines(pr.baseSha, pr.headSha, host.context.workspace, { log }).catch((e: Error) => {
    host.log.warning(`git could not list the changed lines (${e.message}); asking GitHub instead`);
    return undefined;
  });
  if (changed)
    return {
      patch: engine.patchCoverage(coverage, changed),
      source: `git diff ${pr.baseSha.slice(0, 7)}...${pr.headSha.slice(0, 7)}`,
    };

  const client = await host.github();
  const repo = host.context.repository;
  if (!client || !repo) {
    host.log.warning(
      'Patch coverage skipped: git could not tell the changed lines and there is no GitHub token to ask the pull request files API.',
    );
    return undefined;
  }
  try {
    const { files, capped } = await listPullRequestFiles(client, {
      owner: repo.owner,
      repo: repo.repo,
      pullNumber: pr.number,
    });
    changed = engine.changedLinesFromPatches(files);
    const note = capped ? ' (GitHub lists only the first 3,000 files)' : '';
    if (capped)
      host.log.warning(
        `Patch coverage covers only the first 3,000 changed files: GitHub's pull request files API lists no more.`,
      );
    return { patch: engine.patchCoverage(coverage, changed), source: `the pull request's files${note}` };
  } catch (e) {
    host.log.warning(`Patch coverage skipped: the pull request files API failed (${(e as Error).message}).`);
    return undefined;
  }
}
