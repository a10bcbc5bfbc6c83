// GitHub deployment records: one deployment per environment with statuses following the deploy. A missing
// permission (a fork's read-only token) or any other API error warns and never fails the deploy.
import type { Logger } from '../host/host.js';

/** The part of an Octokit client used here. */
export interface RequestClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive' | 'error';

export interface RecordContext {
  owner: string;
  repo: string;
  /** Commit deployed. */
  ref: string;
  environment: string;
  environmentUrl?: string;
  logUrl?: string;
  /** Known only once every target is locked (release ids are made under the lock); the final status names it. */
  releaseId?: string;
}

export class DeploymentRecord {
  private constructor(
    private readonly client: RequestClient,
    private readonly ctx: RecordContext,
    private readonly log: Logger,
    readonly id: number,
  ) {}

  /** Creates the deployment and its in_progress status; undefined (with a warning) when GitHub refuses. */
  static async start(
    client: RequestClient | undefined,
    ctx: RecordContext,
    log: Logger,
  ): Promise<DeploymentRecord | undefined> {
    if (!client) {
      log.info('no GitHub token: deployment records are skipped');
      return undefined;
    }
    try {
      const response = await client.request('POST /repos/{owner}/{repo}/deployments', {
        owner: ctx.owner,
        repo: ctx.repo,
        ref: ctx.ref,
        environment: ctx.environment,
        auto_merge: false,
        required_contexts: [],
        description: ctx.releaseId
          ? `backend-ci release ${ctx.releaseId}`
          : `backend-ci release of ${ctx.ref.slice(0, 7)}`,
        payload: ctx.releaseId ? { release_id: ctx.releaseId } : {},
      });
      const id = (response.data as { id?: number }).id;
      if (response.status !== 201 || typeof id !== 'number') {
        log.warning(`GitHub did not create a deployment (status ${response.status}); deployment records are skipped`);
        return undefined;
      }
      const record = new DeploymentRecord(client, ctx, log, id);
      await record.status(
        'in_progress',
        ctx.releaseId ? `deploying ${ctx.releaseId}` : `deploying ${ctx.ref.slice(0, 7)}`,
      );
      return record;
    } catch (err) {
      warnApi(log, 'create the GitHub deployment', err);
      return undefined;
    }
  }

  async status(state: DeploymentState, description: string): Promise<void> {
    try {
      await this.client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: this.ctx.owner,
        repo: this.ctx.repo,
        deployment_id: this.id,
        state,
        description: description.slice(0, 140),
        environment: this.ctx.environment,
        ...(this.ctx.environmentUrl ? { environment_url: this.ctx.environmentUrl } : {}),
        ...(this.ctx.logUrl ? { log_url: this.ctx.logUrl } : {}),
      });
    } catch (err) {
      warnApi(this.log, `set the deployment status to ${state}`, err);
    }
  }

  /** success for a deployed release; failure then inactive for a rolled-back one; failure otherwise. */
  async finish(outcome: 'deployed' | 'rolled-back' | 'failed' | 'skipped', summary: string): Promise<void> {
    if (outcome === 'deployed') return this.status('success', summary);
    await this.status('failure', summary);
    if (outcome === 'rolled-back') await this.status('inactive', `rolled back: ${summary}`);
  }
}

function warnApi(log: Logger, what: string, err: unknown): void {
  const status = (err as { status?: number }).status;
  if (status === 403) {
    log.warning(
      `could not ${what}: the token lacks 'deployments: write' permission (403). Add 'permissions: deployments: write' to the job; the deploy itself is not affected`,
    );
  } else {
    log.warning(
      `could not ${what}${status ? ` (HTTP ${status})` : ''}: ${(err as Error).message}; the deploy itself is not affected`,
    );
  }
}
