// Workflow artifacts through GitHub's own client (@actions/artifact): upload the coverage report for this run,
// and fetch the newest same-name artifact of another run (the base branch's last successful one).
import path from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import type { ArtifactStore, GitHubClient, Logger, RunContext, UploadedArtifact } from './host.js';

export class ArtifactUploadError extends Error {
  override name = 'ArtifactUploadError';
}

/** The run already has an artifact of this name (GitHub answers 409 since artifacts v4). */
export class ArtifactAlreadyExistsError extends ArtifactUploadError {
  override name = 'ArtifactAlreadyExistsError';
}

export class ArtifactDownloadError extends Error {
  override name = 'ArtifactDownloadError';
}

export interface RetryPolicy {
  /** Total attempts, first included. */
  attempts: number;
  /** Delay before the second attempt; doubles after each further failure. */
  baseDelayMs: number;
}

export interface ActionsArtifactStoreOptions {
  context: RunContext;
  /** Octokit for the workflow-runs listing that finds a branch's last successful run. */
  github?: GitHubClient;
  /** Token with actions:read, needed to read artifacts of other runs. */
  token?: string;
  log: Logger;
  /** Outer retry for network failures (the client already retries HTTP 5xx and 429 itself). */
  retry?: RetryPolicy;
  /** How many of the branch's successful runs to look through for the artifact, newest first. */
  maxRunsSearched?: number;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 2_000 };

/** Connection-level failures worth another attempt; everything else is a real answer from the service. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'NetworkError') return true;
  const code = (error as NodeJS.ErrnoException).code;
  if (code && NETWORK_CODES.has(code)) return true;
  // The client wraps an exhausted 5xx retry loop and socket errors in plain Errors; their text is all we get.
  return /Failed to make request after \d+ attempts|socket hang up|ECONNRESET|ECONNREFUSED|Upload progress stalled/.test(
    error.message,
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ArtifactNotFoundError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ActionsArtifactStore implements ArtifactStore {
  private clientPromise?: Promise<ArtifactClient>;
  private readonly retry: RetryPolicy;

  constructor(private readonly options: ActionsArtifactStoreOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  /** Loaded on first use: a run that uploads nothing never pays for the client and its Azure SDK. */
  private client(): Promise<ArtifactClient> {
    this.clientPromise ??= import('@actions/artifact').then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return this.clientPromise;
  }

  private async withRetry<T>(
    what: string,
    fn: () => Promise<T>,
    fail: (message: string, cause: unknown) => Error,
  ): Promise<T> {
    let delay = this.retry.baseDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!isTransient(error)) throw fail(`${what} failed: ${describe(error)}`, error);
        if (attempt >= this.retry.attempts) {
          throw fail(`${what} failed after ${attempt} attempts: ${describe(error)}`, error);
        }
        this.options.log.warning(
          `${what}: attempt ${attempt} of ${this.retry.attempts} failed (${describe(error)}); retrying in ${delay} ms`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  }

  async upload(
    name: string,
    files: string[],
    rootDirectory: string,
    options: { retentionDays?: number },
  ): Promise<UploadedArtifact> {
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
      // The runner gives these only to action steps (`uses:`), never to `run:` steps: say so instead of the
      // client's bare "Unable to get the ACTIONS_RUNTIME_TOKEN env variable".
      throw new ArtifactUploadError(
        `Cannot upload artifact '${name}': ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set. The runner sets them ` +
          'only for action steps (uses: org/backend-ci@v1), not for run: steps; outside Actions the artifact goes to a local folder.',
      );
    }
    const client = await this.client();
    const root = path.resolve(rootDirectory);
    const absolute = files.map((f) => path.resolve(root, f));
    const result = await this.withRetry(
      `Uploading artifact '${name}'`,
      () => client.uploadArtifact(name, absolute, root, { retentionDays: options.retentionDays }),
      (message, cause) =>
        /\(409\)|already exists/i.test(describe(cause))
          ? new ArtifactAlreadyExistsError(
              `An artifact named '${name}' already exists in this workflow run; artifact names must be unique per run ` +
                `(in a matrix, add the matrix values to the name). ${describe(cause)}`,
              { cause },
            )
          : new ArtifactUploadError(message, { cause }),
    );
    if (result.id === undefined) throw new ArtifactUploadError(`Uploading artifact '${name}' returned no artifact id`);
    const id = String(result.id);
    const { serverUrl, repository, runId } = this.options.context;
    const url =
      repository && runId
        ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}/artifacts/${id}`
        : undefined;
    return { id, url, name, size: result.size ?? 0, location: 'workflow artifact' };
  }

  async downloadLatest(
    name: string,
    destination: string,
    from: { branch?: string; runId?: string },
  ): Promise<string | undefined> {
    const client = await this.client();
    const { repository } = this.options.context;
    const fail = (message: string, cause: unknown) => new ArtifactDownloadError(message, { cause });

    if (!from.runId && !from.branch) {
      // This run's own artifact: the results service answers without a token.
      const found = await this.findOrUndefined(`Looking up artifact '${name}'`, () => client.getArtifact(name));
      if (!found) return undefined;
      await this.withRetry(
        `Downloading artifact '${name}'`,
        () => client.downloadArtifact(found.id, { path: destination }),
        fail,
      );
      return destination;
    }

    const token = this.options.token;
    if (!token || !repository) {
      throw new ArtifactDownloadError(
        `Reading artifact '${name}' from another run needs the repository and a token with actions:read (input github-token)`,
      );
    }
    const runIds = from.runId ? [from.runId] : await this.successfulRuns(from.branch!);
    for (const runId of runIds) {
      const findBy = {
        token,
        workflowRunId: Number(runId),
        repositoryOwner: repository.owner,
        repositoryName: repository.repo,
      };
      const found = await this.findOrUndefined(`Looking up artifact '${name}' in run ${runId}`, () =>
        client.getArtifact(name, { findBy }),
      );
      if (!found) continue;
      this.options.log.info(`Downloading artifact '${name}' (id ${found.id}) from run ${runId}`);
      await this.withRetry(
        `Downloading artifact '${name}' from run ${runId}`,
        () => client.downloadArtifact(found.id, { path: destination, findBy }),
        fail,
      );
      return destination;
    }
    return undefined;
  }

  /** The artifact's id, or undefined when that run has none by this name; connection failures are retried. */
  private findOrUndefined(
    what: string,
    find: () => Promise<{ artifact: { id: number } }>,
  ): Promise<{ id: number } | undefined> {
    return this.withRetry(
      what,
      async () => {
        try {
          return (await find()).artifact;
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      },
      (message, cause) => new ArtifactDownloadError(message, { cause }),
    );
  }

  /** The branch's successful runs, newest first, without this run. */
  private async successfulRuns(branch: string): Promise<string[]> {
    const { github, context } = this.options;
    if (!github || !context.repository) {
      throw new ArtifactDownloadError(
        `Finding the last successful run on '${branch}' needs the GitHub API (a token); none was given`,
      );
    }
    const limit = this.options.maxRunsSearched ?? 10;
    const { data } = await github.rest.actions.listWorkflowRunsForRepo({
      owner: context.repository.owner,
      repo: context.repository.repo,
      branch,
      status: 'success',
      per_page: limit,
    });
    return data.workflow_runs
      .map((r) => String(r.id))
      .filter((id) => id !== context.runId)
      .slice(0, limit);
  }
}
