// Requests that fail say what happened: a real Octokit client against a closed port, a host that does not
// exist, and the GitHub API double answering with an error.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { describeRequestError } from '../../src/host/http-error.js';
import { runProgram } from '../../src/exec/run.js';
import { gitFailure } from '../../src/host/git.js';
import { WriteGate } from '../../src/report/permissions.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { RecordingHost } from '../support/recording-host.js';

let api: GitHubApiDouble;
beforeAll(async () => {
  api = await startGitHubApi({ tokens: { 'write-token': 'write' } });
});
afterAll(async () => {
  await api.close();
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(baseUrl: string, token = 'write-token'): Promise<unknown> {
  try {
    await getOctokit(token, { baseUrl, request: { retries: 0 } }).rest.issues.createComment({
      owner: api.owner,
      repo: api.repo,
      issue_number: 1,
      body: 'x'.repeat(70_000),
    });
  } catch (e) {
    return e;
  }
  throw new Error('expected the request to fail');
}

describe('request errors', () => {
  it('a connection refused says so, not "HTTP 500"', async () => {
    const port = await closedPort();
    const described = describeRequestError(await failure(`http://127.0.0.1:${port}`));
    expect(described.status).toBeUndefined();
    expect(described.text).toBe(`connection refused (connect ECONNREFUSED 127.0.0.1:${port}); no answer from GitHub`);
  });

  it('a host that does not resolve is a DNS failure', async () => {
    const described = describeRequestError(await failure('http://no-such-host.invalid'));
    expect(described.text).toMatch(
      /^DNS lookup failed \(no such host\) \(getaddrinfo ENOTFOUND no-such-host\.invalid\)/,
    );
  });

  it('an answer from GitHub gives its status and its own message', async () => {
    const described = describeRequestError(await failure(api.url));
    expect(described.status).toBe(422);
    expect(described.text).toMatch(/^HTTP 422: /);
    expect(described.text).not.toContain('500');
  });

  it('the write gate reports a refused connection in those words', async () => {
    const host = new RecordingHost();
    const gate = new WriteGate(host.log);
    const port = await closedPort();
    const outcome = await gate.write('Comment on pull request #1', async () => {
      throw await failure(`http://127.0.0.1:${port}`);
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'failed' });
    expect(!outcome.ok && outcome.message).toBe(
      `Comment on pull request #1 failed: connection refused (connect ECONNREFUSED 127.0.0.1:${port}); no answer from GitHub`,
    );
  });
});

describe('git failures', () => {
  it("keep git's reason from a real failed fetch, not the last line of its hint", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bci-git-'));
    try {
      execFileSync('git', ['init', '-q', dir]);
      const r = await runProgram('git', ['fetch', 'origin'], { cwd: dir, timeoutMs: 10_000 });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('and the repository exists.');
      expect(gitFailure(r.stderr)).toBe(
        "fatal: 'origin' does not appear to be a git repository fatal: Could not read from remote repository.",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
