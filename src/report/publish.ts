// Publishes a rendered report to GitHub: the sticky comment, one status per stage, the check run with every
// annotation. The same code serves direct mode and the post phase of the two-phase mode; in both, every word
// and every verdict here was rendered and judged by this run (src/report/stage.ts), never read from a file.
import type { GitHubClient } from '../host/host.js';
import type { Annotation } from '../pipeline/stage.js';
import { publishCheckRun, toCheckRunAnnotations } from './annotations.js';
import { upsertStickyComment, type StickyResult } from './comment.js';
import type { WriteGate } from './permissions.js';
import { publishStatuses, type CommitStatus } from './statuses.js';

/** What is published, as this run rendered it. */
export interface Publication {
  name: string;
  repository?: { owner: string; repo: string };
  pullRequest?: number;
  headSha?: string;
  runUrl?: string;
  conclusion: 'success' | 'failure' | 'neutral';
  /** Sticky comment body (marker included), when a comment is wanted. */
  comment?: string;
  statuses: CommitStatus[];
  annotations: Annotation[];
  checkRun: { title: string; summary: string };
}

export interface PublishOptions {
  comment: boolean;
  statuses: boolean;
  checkRun: boolean;
}

export interface PublishResult {
  comment?: StickyResult;
  statuses: number;
  checkRun?: { id: number; annotations: number; requests: number };
  /** Things that were skipped or failed, as sentences, for the stage's details. */
  notes: string[];
}

export async function publishReport(
  client: GitHubClient,
  gate: WriteGate,
  bundle: Publication,
  options: PublishOptions,
): Promise<PublishResult> {
  const result: PublishResult = { statuses: 0, notes: [] };
  const repo = bundle.repository;
  if (!repo) {
    result.notes.push('The repository is unknown (not running on GitHub Actions); nothing was published.');
    return result;
  }
  if (options.comment && bundle.comment !== undefined) {
    if (bundle.pullRequest === undefined) result.notes.push('No pull request: no comment.');
    else {
      const outcome = await gate.write(`Comment on pull request #${bundle.pullRequest}`, () =>
        upsertStickyComment(
          client,
          { owner: repo.owner, repo: repo.repo, issueNumber: bundle.pullRequest!, name: bundle.name },
          bundle.comment!,
        ),
      );
      if (outcome.ok) result.comment = outcome.value;
      else result.notes.push(outcome.message);
    }
  }
  if (options.statuses && bundle.statuses.length > 0) {
    if (!bundle.headSha) result.notes.push('The commit is unknown: no statuses.');
    else {
      const outcome = await gate.write('Commit statuses', () =>
        publishStatuses(client, repo, bundle.headSha!, bundle.statuses),
      );
      if (outcome.ok) result.statuses = outcome.value;
      else result.notes.push(outcome.message);
    }
  }
  if (options.checkRun && bundle.headSha) {
    const annotations = toCheckRunAnnotations(bundle.annotations);
    const outcome = await gate.write(
      'Check run',
      () =>
        publishCheckRun(client, {
          owner: repo.owner,
          repo: repo.repo,
          headSha: bundle.headSha!,
          name: bundle.name,
          conclusion: bundle.conclusion,
          title: bundle.checkRun.title,
          summary: bundle.checkRun.summary,
          ...(bundle.runUrl ? { detailsUrl: bundle.runUrl } : {}),
          annotations,
        }),
      'checks: write',
    );
    if (outcome.ok)
      result.checkRun = { id: outcome.value.id, annotations: annotations.length, requests: outcome.value.requests };
    else result.notes.push(outcome.message);
  }
  return result;
}
