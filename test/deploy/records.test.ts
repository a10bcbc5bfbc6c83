// GitHub deployment records against a small fake of the REST client.
import { describe, expect, it } from 'vitest';
import { DeploymentRecord, type RequestClient } from '../../src/deploy/records.js';
import { RecordingHost } from '../support/recording-host.js';

class FakeGitHub implements RequestClient {
  readonly calls: { route: string; params: Record<string, unknown> }[] = [];
  constructor(private readonly failWith?: number) {}
  async request(route: string, params: Record<string, unknown> = {}) {
    this.calls.push({ route, params });
    if (this.failWith)
      throw Object.assign(new Error('Resource not accessible by integration'), { status: this.failWith });
    if (route.startsWith('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'))
      return { status: 201, data: { id: this.calls.length } };
    return { status: 201, data: { id: 42 } };
  }
  get states() {
    return this.calls.filter((c) => c.route.endsWith('/statuses')).map((c) => c.params.state);
  }
}

const ctx = {
  owner: 'o',
  repo: 'r',
  ref: 'abc123',
  environment: 'staging',
  environmentUrl: 'https://staging.example',
  logUrl: 'https://github.com/o/r/actions/runs/1',
  releaseId: '20260101T000000Z-abc123',
};

describe('DeploymentRecord', () => {
  it('creates the deployment with its environment and moves it to success', async () => {
    const gh = new FakeGitHub();
    const record = await DeploymentRecord.start(gh, ctx, new RecordingHost().log);
    await record!.finish('deployed', 'deployed to 3 hosts');
    expect(gh.calls[0]).toMatchObject({
      route: 'POST /repos/{owner}/{repo}/deployments',
      params: { ref: 'abc123', environment: 'staging', auto_merge: false, required_contexts: [] },
    });
    expect(gh.states).toEqual(['in_progress', 'success']);
    expect(gh.calls[2]!.params).toMatchObject({
      deployment_id: 42,
      environment_url: 'https://staging.example',
      log_url: ctx.logUrl,
    });
  });

  it('marks a rolled-back release failed, then inactive', async () => {
    const gh = new FakeGitHub();
    const record = await DeploymentRecord.start(gh, ctx, new RecordingHost().log);
    await record!.finish('rolled-back', 'health gate failed');
    expect(gh.states).toEqual(['in_progress', 'failure', 'inactive']);
  });

  it('warns about a missing permission and carries on', async () => {
    const host = new RecordingHost();
    const record = await DeploymentRecord.start(new FakeGitHub(403), ctx, host.log);
    expect(record).toBeUndefined();
    expect(host.logText).toContain("lacks 'deployments: write' permission (403)");
  });

  it('skips quietly without a token', async () => {
    const host = new RecordingHost();
    expect(await DeploymentRecord.start(undefined, ctx, host.log)).toBeUndefined();
    expect(host.logs.filter((l) => l.level === 'warning')).toEqual([]);
  });
});
