// The real @actions/artifact client, through ActionsArtifactStore, against the local results service with
// Azurite holding the blobs: what a workflow run would see, without GitHub.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ActionsArtifactStore,
  ArtifactAlreadyExistsError,
  ArtifactDownloadError,
  ArtifactUploadError,
} from '../../src/host/actions-artifacts.js';
import type { GitHubClient, Logger, RunContext } from '../../src/host/host.js';
import { readZip } from '../../src/host/zip.js';
import { startArtifactService, type ArtifactService } from '../harness/artifact-service.js';

let service: ArtifactService;
let work: string;
const savedEnv = { ...process.env };

function tempDir(): string {
  return mkdtempSync(path.join(work, 'd-'));
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

function coverageFolder(marker = 'base'): { root: string; files: string[] } {
  const root = tempDir();
  mkdirSync(path.join(root, 'html', 'src'), { recursive: true });
  writeFileSync(
    path.join(root, 'lcov.info'),
    `TN:${marker}\nSF:src/app.ts\nDA:1,1\nDA:2,0\nLF:2\nLH:1\nend_of_record\n`.repeat(200),
  );
  writeFileSync(path.join(root, 'html', 'index.html'), `<!doctype html><h1>All files ${marker}</h1>`.repeat(100));
  writeFileSync(path.join(root, 'html', 'src', 'app.ts.html'), '<pre>export const app = 1;</pre>');
  writeFileSync(
    path.join(root, 'html', 'sort-arrow-sprite.png'),
    Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)),
  );
  const files = listFiles(root).map((f) => path.join(root, f));
  return { root, files };
}

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => lines.push(`${level}: ${m}`);
  return { lines, debug: push('debug'), info: push('info'), warning: push('warning'), error: push('error') };
}

function context(runId: string): RunContext {
  return {
    serverUrl: 'https://github.com',
    apiUrl: service.url,
    repository: { owner: 'acme', repo: 'forum-api' },
    runId,
    workspace: work,
  };
}

/** Runs fn as a job of another workflow run (its own runtime token), then restores this run's token. */
async function asRun<T>(run: Parameters<ArtifactService['runEnv']>[0], fn: () => Promise<T>): Promise<T> {
  const env = service.runEnv(run);
  const own = process.env.ACTIONS_RUNTIME_TOKEN;
  process.env.ACTIONS_RUNTIME_TOKEN = env.ACTIONS_RUNTIME_TOKEN;
  try {
    return await fn();
  } finally {
    process.env.ACTIONS_RUNTIME_TOKEN = own;
  }
}

// @actions/core writes the client's progress and ::debug:: lines straight to stdout; keep them for a failing
// test's report instead of flooding every run's log.
const realWrite = process.stdout.write.bind(process.stdout);
let clientOutput: string[] = [];
beforeEach(({ onTestFailed }) => {
  clientOutput = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    clientOutput.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  onTestFailed(() => {
    process.stdout.write = realWrite;
    realWrite(`--- artifact client output ---\n${clientOutput.join('')}\n`);
  });
});
afterEach(() => {
  process.stdout.write = realWrite;
});

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'actions-artifacts-'));
  service = await startArtifactService({ runId: 9001 });
  // The client reads these as a runner sets them; @actions/github reads GITHUB_API_URL when first loaded.
  Object.assign(process.env, service.env, { GITHUB_WORKSPACE: work, ACTIONS_STEP_DEBUG: 'false' });
}, 60_000);

afterAll(async () => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  await service?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('ActionsArtifactStore with the real artifact client', () => {
  it('uploads lcov.info and the HTML report, and the same bytes come back through the client', async () => {
    const { root, files } = coverageFolder();
    const store = new ActionsArtifactStore({ context: context('9001'), log: recordingLog() });
    const uploaded = await store.upload('coverage-report', files, root, {});

    const record = service.artifacts().find((a) => a.name === 'coverage-report' && a.finalized);
    expect(record).toBeDefined();
    expect(uploaded.id).toBe(String(record!.id));
    expect(uploaded.url).toBe(`https://github.com/acme/forum-api/actions/runs/9001/artifacts/${record!.id}`);
    expect(uploaded.size).toBe(record!.size);
    expect(uploaded.location).toBe('workflow artifact');

    const dest = tempDir();
    expect(await store.downloadLatest('coverage-report', dest, {})).toBe(dest);
    expect(listFiles(dest)).toEqual(listFiles(root));
    for (const f of listFiles(root)) expect(readFileSync(path.join(dest, f))).toEqual(readFileSync(path.join(root, f)));
  });

  it('serves a signed zip URL whose bytes match the digest the client reported', async () => {
    const record = service.artifacts().find((a) => a.name === 'coverage-report' && a.finalized)!;
    const res = await fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL`, {
      method: 'POST',
      headers: { authorization: `Bearer ${process.env.ACTIONS_RUNTIME_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        workflow_run_backend_id: record.workflowRunBackendId,
        workflow_job_run_backend_id: record.workflowJobRunBackendId,
        name: 'coverage-report',
      }),
    });
    expect(res.status).toBe(200);
    const { signed_url } = (await res.json()) as { signed_url: string };
    const blob = await fetch(signed_url);
    expect(blob.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(record.digest);
    const names = (await readZip(bytes))
      .filter((e) => !e.isDirectory)
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(['html/index.html', 'html/sort-arrow-sprite.png', 'html/src/app.ts.html', 'lcov.info']);
    // Without the signature the blob is not readable.
    expect((await fetch(signed_url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(403);
  });

  it('fails clearly when the same name is uploaded twice in one run (409)', async () => {
    const { root, files } = coverageFolder();
    const store = new ActionsArtifactStore({
      context: context('9001'),
      log: recordingLog(),
      retry: { attempts: 3, baseDelayMs: 10 },
    });
    const error = await store.upload('coverage-report', files, root, {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArtifactAlreadyExistsError);
    expect((error as Error).message).toMatch(/'coverage-report' already exists in this workflow run/);
    expect((error as Error).message).toMatch(/409/);
    // Not retried: a conflict is an answer, not a transient failure.
    expect(
      service.requests().filter((r) => r.method === 'CreateArtifact' && r.body.name === 'coverage-report'),
    ).toHaveLength(2);
  });

  it('passes retention days through as the expiry the service records', async () => {
    const { root, files } = coverageFolder();
    const store = new ActionsArtifactStore({ context: context('9001'), log: recordingLog() });
    await store.upload('coverage-short', files, root, { retentionDays: 3 });
    await store.upload('coverage-default', files, root, {});
    const byName = new Map(service.artifacts().map((a) => [a.name, a]));
    const short = byName.get('coverage-short')!;
    const days = (short.expiresAt!.getTime() - short.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(3);
    expect(byName.get('coverage-default')!.expiresAt).toBeUndefined();
  });

  it("downloadLatest finds the newest artifact of the branch's last successful run", async () => {
    const upload = (marker: string) => {
      const { root, files } = coverageFolder(marker);
      return new ActionsArtifactStore({ context: context('0'), log: recordingLog() }).upload(
        'coverage-base',
        files,
        root,
        {},
      );
    };
    await asRun({ runId: 8001, branch: 'main', conclusion: 'success' }, () => upload('old-main'));
    await asRun({ runId: 8002, branch: 'main', conclusion: 'success' }, () => upload('new-main'));
    await asRun({ runId: 8003, branch: 'main', conclusion: 'failure' }, () => upload('failed-main'));
    await asRun({ runId: 8004, branch: 'feature/x', conclusion: 'success' }, () => upload('feature'));
    service.runEnv({ runId: 8005, branch: 'main', conclusion: 'success' }); // newest, but uploaded nothing

    const { getOctokit } = await import('@actions/github');
    const github = getOctokit('ghs_localtoken', { baseUrl: service.url }) as GitHubClient;
    const log = recordingLog();
    const store = new ActionsArtifactStore({ context: context('9001'), github, token: 'ghs_localtoken', log });

    const dest = tempDir();
    expect(await store.downloadLatest('coverage-base', dest, { branch: 'main' })).toBe(dest);
    expect(readFileSync(path.join(dest, 'lcov.info'), 'utf8')).toMatch(/^TN:new-main\n/);
    expect(log.lines.join('\n')).toMatch(/from run 8002/);

    const byRun = tempDir();
    await store.downloadLatest('coverage-base', byRun, { runId: '8001' });
    expect(readFileSync(path.join(byRun, 'lcov.info'), 'utf8')).toMatch(/^TN:old-main\n/);

    expect(await store.downloadLatest('coverage-base', tempDir(), { branch: 'release' })).toBeUndefined();
    expect(await store.downloadLatest('no-such-artifact', tempDir(), { branch: 'main' })).toBeUndefined();
  });

  it('retries a dropped connection and then succeeds', async () => {
    const { root, files } = coverageFolder();
    const log = recordingLog();
    const store = new ActionsArtifactStore({ context: context('9001'), log, retry: { attempts: 3, baseDelayMs: 10 } });
    service.failNext('CreateArtifact', 'reset', 1);
    const uploaded = await store.upload('coverage-retried', files, root, {});
    expect(uploaded.id).toBeDefined();
    expect(
      log.lines.some((l) => /^warning: Uploading artifact 'coverage-retried': attempt 1 of 3 failed/.test(l)),
    ).toBe(true);
  });

  it('gives up after the bounded attempts with a typed error', async () => {
    const { root, files } = coverageFolder();
    const store = new ActionsArtifactStore({
      context: context('9001'),
      log: recordingLog(),
      retry: { attempts: 2, baseDelayMs: 10 },
    });
    service.failNext('CreateArtifact', 'reset', 2);
    await expect(store.upload('coverage-down', files, root, {})).rejects.toThrow(ArtifactUploadError);
    expect(service.artifacts().some((a) => a.name === 'coverage-down')).toBe(false);
  });
});

describe('ActionsArtifactStore when the service has a bad moment', () => {
  it('rides out a 503 from the service (the client retries 5xx itself)', async () => {
    const { root, files } = coverageFolder();
    service.failNext('FinalizeArtifact', 503, 1);
    const uploaded = await new ActionsArtifactStore({ context: context('9001'), log: recordingLog() }).upload(
      'coverage-after-503',
      files,
      root,
      {},
    );
    expect(service.artifacts().find((a) => a.name === 'coverage-after-503')?.finalized).toBe(true);
    expect(uploaded.id).toBe(String(service.artifacts().find((a) => a.name === 'coverage-after-503')!.id));
  }, 30_000);

  it('says what is missing when another run is asked for without a token', async () => {
    const store = new ActionsArtifactStore({ context: context('9001'), log: recordingLog() });
    await expect(store.downloadLatest('coverage-base', tempDir(), { branch: 'main' })).rejects.toThrow(
      ArtifactDownloadError,
    );
    await expect(store.downloadLatest('coverage-base', tempDir(), { branch: 'main' })).rejects.toThrow(
      /needs the repository and a token with actions:read/,
    );
  });
});

describe('ActionsArtifactStore outside an action step', () => {
  it('explains that the runtime token only reaches action steps', async () => {
    const { root, files } = coverageFolder();
    const token = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const store = new ActionsArtifactStore({ context: context('9001'), log: recordingLog() });
      await expect(store.upload('coverage-nowhere', files, root, {})).rejects.toThrow(
        /only for action steps \(uses: org\/backend-ci@v1\), not for run: steps/,
      );
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = token;
    }
  });
});
