import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backendIdsFromToken,
  makeRuntimeToken,
  startArtifactService,
  type ArtifactService,
} from './artifact-service.js';
import { findNode24, runAction, unescapeData } from './runner.js';
import { tempDir } from '../support/temp.js';

let service: ArtifactService;
let work: string;
let ids: { run: string; job: string };

function twirp(method: string, body: unknown, token = service.env.ACTIONS_RUNTIME_TOKEN): Promise<Response> {
  return fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Uploads bytes the way the client does: CreateArtifact, PUT to the signed URL, FinalizeArtifact. */
async function uploadRaw(name: string, bytes: Buffer, declaredSize = bytes.length): Promise<Response> {
  const created = await twirp('CreateArtifact', {
    workflow_run_backend_id: ids.run,
    workflow_job_run_backend_id: ids.job,
    name,
    version: 7,
    mime_type: 'application/zip',
  });
  const { signed_upload_url } = (await created.json()) as { signed_upload_url: string };
  const put = await fetch(signed_upload_url, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/zip' },
    body: bytes,
  });
  expect(put.status).toBe(201);
  return twirp('FinalizeArtifact', {
    workflow_run_backend_id: ids.run,
    workflow_job_run_backend_id: ids.job,
    name,
    size: String(declaredSize),
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    )
    .sort();
}

beforeAll(async () => {
  work = tempDir('artifact-service-');
  service = await startArtifactService({ runId: 5150 });
  ids = backendIdsFromToken(service.env.ACTIONS_RUNTIME_TOKEN!)!;
}, 60_000);

afterAll(async () => {
  await service?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('runtime token', () => {
  it('carries the run and job backend ids in the scp claim', () => {
    const token = makeRuntimeToken('run-1', 'job-2');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { scp: string };
    expect(claims.scp.split(' ')).toContain('Actions.Results:run-1:job-2');
    expect(backendIdsFromToken(token)).toEqual({ run: 'run-1', job: 'job-2' });
    expect(backendIdsFromToken('not-a-jwt')).toBeUndefined();
  });
});

describe('the results service protocol', () => {
  it('gives what a runner would: results URL, github.com server, a token', () => {
    expect(service.env.ACTIONS_RESULTS_URL).toBe(`${service.url}/`);
    expect(service.env.GITHUB_SERVER_URL).toBe('https://github.com');
    expect(ids.run).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses calls without a results-scoped bearer token (401 unauthenticated)', async () => {
    const res = await fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'unauthenticated', msg: expect.stringContaining('Actions.Results') });
  });

  it("refuses another run's backend id (403) and unknown methods (404 bad_route)", async () => {
    const other = await twirp('ListArtifacts', {
      workflow_run_backend_id: 'someone-else',
      workflow_job_run_backend_id: ids.job,
    });
    expect(other.status).toBe(403);
    const unknown = await twirp('UploadEverything', {});
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { code: string }).code).toBe('bad_route');
  });

  it('finalizes with int64 ids as strings, lists by name and id, and answers 409 for a second same-name artifact', async () => {
    const finalize = await uploadRaw('raw-report', Buffer.from('PK-not-really-a-zip'));
    expect(finalize.status).toBe(200);
    const { ok, artifact_id } = (await finalize.json()) as { ok: boolean; artifact_id: string };
    expect(ok).toBe(true);
    expect(artifact_id).toMatch(/^\d+$/);

    const byName = await twirp('ListArtifacts', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name_filter: 'raw-report',
    });
    const listed = ((await byName.json()) as { artifacts: Record<string, unknown>[] }).artifacts;
    expect(listed).toEqual([
      expect.objectContaining({
        database_id: artifact_id,
        name: 'raw-report',
        size: String('PK-not-really-a-zip'.length),
        created_at: expect.stringMatching(/Z$/),
      }),
    ]);
    const byId = await twirp('ListArtifacts', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      id_filter: artifact_id,
    });
    expect(((await byId.json()) as { artifacts: unknown[] }).artifacts).toHaveLength(1);
    const none = await twirp('ListArtifacts', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      id_filter: '1',
    });
    expect(((await none.json()) as { artifacts: unknown[] }).artifacts).toHaveLength(0);

    const again = await twirp('CreateArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name: 'raw-report',
      version: 7,
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('already_exists');
  });

  it('refuses to finalize when the declared size differs from the blob, or nothing was uploaded', async () => {
    const wrong = await uploadRaw('sized', Buffer.from('12345'), 99);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { msg: string }).msg).toMatch(
      /declared size 99 does not match the uploaded blob \(5 bytes\)/,
    );

    await twirp('CreateArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name: 'never-uploaded',
      version: 7,
    });
    const missing = await twirp('FinalizeArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name: 'never-uploaded',
      size: '10',
    });
    expect(missing.status).toBe(412);
  });

  it('deletes an artifact and its blob; a second delete or a signed URL for it is 404', async () => {
    await uploadRaw('to-delete', Buffer.from('bye'));
    const signed = (await (
      await twirp('GetSignedArtifactURL', {
        workflow_run_backend_id: ids.run,
        workflow_job_run_backend_id: ids.job,
        name: 'to-delete',
      })
    ).json()) as { signed_url: string };
    expect(await (await fetch(signed.signed_url)).text()).toBe('bye');
    const del = await twirp('DeleteArtifact', {
      workflow_run_backend_id: ids.run,
      workflow_job_run_backend_id: ids.job,
      name: 'to-delete',
    });
    expect(del.status).toBe(200);
    expect((await fetch(signed.signed_url)).status).toBe(404);
    expect(
      (
        await twirp('DeleteArtifact', {
          workflow_run_backend_id: ids.run,
          workflow_job_run_backend_id: ids.job,
          name: 'to-delete',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await twirp('GetSignedArtifactURL', {
          workflow_run_backend_id: ids.run,
          workflow_job_run_backend_id: ids.job,
          name: 'to-delete',
        })
      ).status,
    ).toBe(404);
  });
});

describe("a step run by the runner emulator with only the service's environment", () => {
  function coverage(): string {
    const root = mkdtempSync(path.join(work, 'coverage-'));
    mkdirSync(path.join(root, 'html'), { recursive: true });
    writeFileSync(path.join(root, 'lcov.info'), 'SF:src/app.ts\nDA:1,1\nend_of_record\n'.repeat(100));
    writeFileSync(path.join(root, 'html', 'index.html'), '<h1>coverage</h1>'.repeat(100));
    return root;
  }

  for (const runtime of ['node 20', 'node 24'] as const) {
    it(`uploads with the real client and downloads the same files (${runtime})`, async (ctx) => {
      const node = runtime === 'node 24' ? findNode24() : undefined;
      if (runtime === 'node 24' && !node)
        ctx.skip('node@24 is not installed: npm install --prefix .tools/node24 node@24');
      const root = coverage();
      const downloadTo = path.join(work, `download-${runtime.replace(' ', '')}`);
      const name = `coverage-${runtime.replace(' ', '')}`;
      const step = await runAction({
        entry: 'test/harness/entries/upload-artifact.mjs',
        workspace: work,
        node,
        inputs: { path: root, name, 'download-to': downloadTo, 'retention-days': '7' },
        env: service.env,
      });
      try {
        expect(step.stderr).toBe('');
        expect(step.exitCode).toBe(0);
        const record = service.artifacts().find((a) => a.name === name)!;
        expect(step.outputs['artifact-id']).toBe(String(record.id));
        expect(Number(step.outputs.size)).toBe(record.size);
        expect(Math.round((record.expiresAt!.getTime() - record.createdAt.getTime()) / 86_400_000)).toBe(7);
        expect(listFiles(downloadTo)).toEqual(['html/index.html', 'lcov.info']);
        for (const f of listFiles(root))
          expect(readFileSync(path.join(downloadTo, f))).toEqual(readFileSync(path.join(root, f)));
        // The client registers the SAS signature as a secret; the log as shown must not contain it in any form.
        const encoded = /sig=([^&"\s]+)/.exec(unescapeData(step.stdout))?.[1];
        expect(encoded).toBeDefined();
        const sig = decodeURIComponent(encoded!);
        expect(step.masks).toContain(sig);
        expect(step.maskedStdout).not.toContain(sig);
        expect(step.maskedStdout).not.toContain(encoded);
      } finally {
        step.cleanup();
      }
    }, 60_000);
  }
});

describe('the REST face', () => {
  it("lists a run's artifacts and redirects downloads, also when another server delegates to it", async () => {
    const { createServer } = await import('node:http');
    const front = createServer((req, res) => {
      void service.handleRest(req, res).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
    try {
      await uploadRaw('rest-listed', Buffer.from('zip bytes'));
      const headers = { authorization: 'token ghs_x' };
      const list = await fetch(`${base}/repos/acme/forum-api/actions/runs/5150/artifacts?name=rest-listed`, {
        headers,
      });
      const body = (await list.json()) as {
        total_count: number;
        artifacts: { id: number; size_in_bytes: number; workflow_run: { id: number } }[];
      };
      expect(body.total_count).toBe(1);
      expect(body.artifacts[0]).toMatchObject({ size_in_bytes: 9, workflow_run: { id: 5150 } });
      const zip = await fetch(`${base}/repos/acme/forum-api/actions/artifacts/${body.artifacts[0]!.id}/zip`, {
        headers,
        redirect: 'manual',
      });
      expect(zip.status).toBe(302);
      expect(await (await fetch(zip.headers.get('location')!)).text()).toBe('zip bytes');
      expect((await fetch(`${base}/repos/acme/forum-api/actions/runs/5150/artifacts`)).status).toBe(401);
      expect((await fetch(`${base}/repos/acme/forum-api/issues`, { headers })).status).toBe(404);
    } finally {
      front.close();
    }
  });
});
