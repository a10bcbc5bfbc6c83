// ActionsHost: the pipeline inside a GitHub Actions job. Logs, groups, masks, outputs, annotations and the job
// summary go through @actions/core; the artifact client and Octokit are loaded only when a stage needs them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { Annotation, StageName, StageResult } from '../pipeline/stage.js';
import { isForkPullRequest } from './pull-request.js';
import type { ArtifactStore, GitHubClient, Host, Logger, PullRequestContext, RunContext } from './host.js';

interface EventPayload {
  pull_request?: {
    number: number;
    base: { ref: string; sha: string; repo?: { full_name?: string } };
    head: { ref: string; sha: string; repo?: { full_name?: string } | null };
  };
}

/** Reads the runner's environment and event payload file; never throws for a missing or odd payload. */
export function contextFromEnvironment(env: NodeJS.ProcessEnv = process.env): RunContext {
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      payload = {};
    }
  }
  let pullRequest: PullRequestContext | undefined;
  const pr = payload.pull_request;
  if (pr?.base && pr.head) {
    pullRequest = {
      number: pr.number,
      baseRef: pr.base.ref,
      baseSha: pr.base.sha,
      headRef: pr.head.ref,
      headSha: pr.head.sha,
      fromFork: isForkPullRequest({
        pull_request: {
          head: pr.head,
          base: { repo: { full_name: pr.base.repo?.full_name ?? env.GITHUB_REPOSITORY } },
        },
      }),
    };
  }
  const repository = owner && repo ? { owner, repo } : undefined;
  return {
    repository,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    eventName: env.GITHUB_EVENT_NAME,
    pullRequest,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    runUrl:
      repository && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
}

export class ActionsHost implements Host {
  readonly kind = 'actions' as const;
  readonly context: RunContext;
  readonly resultsDir: string;
  readonly log: Logger = {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
  };
  private storePromise?: Promise<ArtifactStore>;
  private clientPromise?: Promise<GitHubClient | undefined>;

  constructor(
    private readonly token?: () => string | undefined,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.context = contextFromEnvironment(env);
    this.resultsDir = path.join(env.RUNNER_TEMP || path.join(this.context.workspace, '.backend-ci'), 'backend-ci');
  }

  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
  setSecret(value: string): void {
    if (value) core.setSecret(value);
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  annotate(a: Annotation): void {
    const props: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.line,
      endLine: a.endLine,
      startColumn: a.column,
    };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown).write();
    core.summary.emptyBuffer();
  }
  stageStarted(_stage: StageName): void {}
  stageProgress(_stage: StageName, _text: string): void {}
  stageFinished(result: StageResult): void {
    core.info(`${result.stage}: ${result.status} in ${(result.durationMs / 1000).toFixed(1)}s — ${result.headline}`);
  }

  artifacts(): Promise<ArtifactStore> {
    this.storePromise ??= import('./actions-artifacts.js').then(
      async ({ ActionsArtifactStore }) =>
        new ActionsArtifactStore({
          context: this.context,
          github: await this.github(),
          token: this.token?.(),
          log: this.log,
        }),
    );
    return this.storePromise;
  }

  github(): Promise<GitHubClient | undefined> {
    this.clientPromise ??= (async () => {
      const token = this.token?.();
      if (!token) return undefined;
      const { getOctokit } = await import('@actions/github');
      return getOctokit(token, { baseUrl: this.context.apiUrl });
    })();
    return this.clientPromise;
  }
}
