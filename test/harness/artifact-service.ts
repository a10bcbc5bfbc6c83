// A local stand-in for GitHub's Actions results service: the Twirp JSON ArtifactService that
// @actions/artifact talks to, with the real Azure blob emulator (Azurite) holding the zips behind signed
// SAS URLs. It also answers the few REST routes the client uses to reach another run's artifacts (list a
// run's artifacts, download redirect) and the workflow-runs listing used to find a branch's last good run.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createContainer, signedBlobUrl, startAzurite, type AzuriteProcess } from './azurite.js';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const CONTAINER = 'actions-results';
const URL_LIFETIME_MS = 60 * 60 * 1000;

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Bytes in the blob, known once finalized. */
  size: number;
  /** "sha256:<hex>" as reported by the client at finalize. */
  digest?: string;
  mimeType?: string;
  createdAt: Date;
  /** From the client's retention days; undefined means the repository default. */
  expiresAt?: Date;
  finalized: boolean;
  blobName: string;
}

/** A workflow run known to the REST face: maps GitHub's numeric run id to the results backend id. */
export interface WorkflowRunRecord {
  id: number;
  backendId: string;
  headBranch: string;
  headSha: string;
  /** Conclusion of the run: only 'success' runs match `status=success`. */
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  createdAt: Date;
}

export interface ArtifactService {
  /** Origin of the service (ACTIONS_RESULTS_URL, and usable as GITHUB_API_URL for the artifact REST routes). */
  url: string;
  /** The environment a runner gives a job of the default run (see `runEnv` for other runs). */
  env: Record<string, string>;
  /** Environment for a job of another run (own backend id and token); registers the run for REST look-ups. */
  runEnv(run: {
    runId: number;
    branch?: string;
    sha?: string;
    conclusion?: WorkflowRunRecord['conclusion'];
  }): Record<string, string>;
  /** Finalized and pending artifacts, oldest first. */
  artifacts(): StoredArtifact[];
  runs(): WorkflowRunRecord[];
  /** Marks a run's conclusion (runs start as null, i.e. still in progress). */
  concludeRun(runId: number, conclusion: WorkflowRunRecord['conclusion']): void;
  /**
   * Fault injection for retry tests: the next `count` Twirp calls to `method` fail with `status`, or, with
   * status 'reset', have their connection destroyed before any response.
   */
  failNext(method: string, status: number | 'reset', count?: number): void;
  /**
   * The REST face on its own, for a GitHub API double to delegate to: answers the artifact and workflow-run
   * routes it knows and returns true, or returns false without touching the response.
   */
  handleRest(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  /** Every Twirp request received, in order (method and the decoded body). */
  requests(): { method: string; body: Record<string, unknown> }[];
  azurite: AzuriteProcess;
  stop(): Promise<void>;
}

export interface StartArtifactServiceOptions {
  /** GitHub's numeric id for the default run (GITHUB_RUN_ID). */
  runId?: number;
  repository?: string;
  /** Must be github.com, *.ghe.com or *.localhost, or the client refuses to run (it assumes GHES). */
  serverUrl?: string;
  /**
   * GITHUB_API_URL handed out in `env`. Default: this service, which answers the REST routes the artifact
   * client uses for other runs; pass a GitHub API double's URL when that double delegates to `handleRest`.
   */
  apiUrl?: string;
}

/** The token a runner hands a job: a JWT that is decoded, not verified, carrying the results scope. */
export function makeRuntimeToken(workflowRunBackendId: string, workflowJobRunBackendId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
    iat: now,
    exp: now + 6 * 3600,
  };
  return `${part({ typ: 'JWT', alg: 'HS256' })}.${part(claims)}.${Buffer.from('local-artifact-service').toString('base64url')}`;
}

/** Reads the results scope back out of a bearer token; undefined when it is not one. */
export function backendIdsFromToken(token: string): { run: string; job: string } | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: { scp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims.scp !== 'string') return undefined;
  for (const scope of claims.scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3) return { run: parts[1]!, job: parts[2]! };
  }
  return undefined;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw new TwirpError(400, 'invalid_argument', `${field} is required`);
  return value;
}

export async function startArtifactService(options: StartArtifactServiceOptions = {}): Promise<ArtifactService> {
  const azurite = await startAzurite();
  try {
    await createContainer(azurite.blobEndpoint, CONTAINER);
  } catch (error) {
    await azurite.stop();
    throw error;
  }

  const repository = options.repository ?? 'acme/forum-api';
  const serverUrl = options.serverUrl ?? 'https://github.com';
  const stored: StoredArtifact[] = [];
  const runs = new Map<number, WorkflowRunRecord>();
  const faults: { method: string; status: number | 'reset'; remaining: number }[] = [];
  const received: { method: string; body: Record<string, unknown> }[] = [];
  let nextArtifactId = 4100;

  const blobUrl = (a: StoredArtifact, permissions: string) =>
    signedBlobUrl(azurite.blobEndpoint, {
      container: CONTAINER,
      blob: a.blobName,
      permissions,
      expiresOn: new Date(Date.now() + URL_LIFETIME_MS),
    });

  const finalizedIn = (runBackendId: string) =>
    stored.filter((a) => a.finalized && a.workflowRunBackendId === runBackendId);

  function registerRun(
    runId: number,
    backendId: string,
    branch: string,
    sha: string,
    conclusion: WorkflowRunRecord['conclusion'],
  ): void {
    const existing = runs.get(runId);
    if (existing) {
      existing.headBranch = branch;
      existing.conclusion = conclusion;
      return;
    }
    runs.set(runId, { id: runId, backendId, headBranch: branch, headSha: sha, conclusion, createdAt: new Date() });
  }

  const twirp: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
    async CreateArtifact(body) {
      const run = requireString(body, 'workflow_run_backend_id');
      const job = requireString(body, 'workflow_job_run_backend_id');
      const name = requireString(body, 'name');
      const existing = stored.find((a) => a.workflowRunBackendId === run && a.name === name);
      if (existing?.finalized) {
        throw new TwirpError(
          409,
          'already_exists',
          `an artifact with this name already exists on the workflow run: ${name}`,
        );
      }
      // An unfinished upload of the same name (a retried attempt) is replaced, as the real service does.
      if (existing) stored.splice(stored.indexOf(existing), 1);
      const mimeType = typeof body.mime_type === 'string' ? body.mime_type : undefined;
      const fileName = mimeType === 'application/zip' && !name.endsWith('.zip') ? `${name}.zip` : name;
      const artifact: StoredArtifact = {
        id: nextArtifactId++,
        name,
        workflowRunBackendId: run,
        workflowJobRunBackendId: job,
        size: 0,
        mimeType,
        createdAt: new Date(),
        expiresAt: typeof body.expires_at === 'string' ? new Date(body.expires_at) : undefined,
        finalized: false,
        blobName: `${run}/${randomUUID()}/${fileName}`,
      };
      stored.push(artifact);
      return { ok: true, signed_upload_url: blobUrl(artifact, 'cw') };
    },

    async FinalizeArtifact(body) {
      const run = requireString(body, 'workflow_run_backend_id');
      const name = requireString(body, 'name');
      const artifact = stored.find((a) => a.workflowRunBackendId === run && a.name === name && !a.finalized);
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact named ${name} is being uploaded in this run`);
      const head = await fetch(blobUrl(artifact, 'r'), { method: 'HEAD' });
      if (head.status === 404)
        throw new TwirpError(412, 'failed_precondition', `the blob of artifact ${name} was never uploaded`);
      if (!head.ok) throw new TwirpError(500, 'internal', `blob storage answered HTTP ${head.status}`);
      const blobSize = Number(head.headers.get('content-length'));
      const declared = Number(typeof body.size === 'string' || typeof body.size === 'number' ? body.size : NaN);
      if (declared !== blobSize) {
        throw new TwirpError(
          400,
          'invalid_argument',
          `declared size ${String(body.size)} does not match the uploaded blob (${blobSize} bytes)`,
        );
      }
      if (body.hash !== undefined && (typeof body.hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(body.hash))) {
        throw new TwirpError(400, 'invalid_argument', `hash must be "sha256:<hex>", got ${JSON.stringify(body.hash)}`);
      }
      artifact.size = blobSize;
      artifact.digest = body.hash as string | undefined;
      artifact.finalized = true;
      return { ok: true, artifact_id: String(artifact.id) };
    },

    async ListArtifacts(body) {
      const run = requireString(body, 'workflow_run_backend_id');
      let list = finalizedIn(run);
      if (typeof body.name_filter === 'string') list = list.filter((a) => a.name === body.name_filter);
      if (body.id_filter !== undefined) list = list.filter((a) => String(a.id) === String(body.id_filter));
      return {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: a.workflowRunBackendId,
          workflow_job_run_backend_id: a.workflowJobRunBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      };
    },

    async GetSignedArtifactURL(body) {
      const run = requireString(body, 'workflow_run_backend_id');
      const name = requireString(body, 'name');
      const artifact = finalizedIn(run).find((a) => a.name === name);
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact not found: ${name}`);
      return { signed_url: blobUrl(artifact, 'r') };
    },

    async DeleteArtifact(body) {
      const run = requireString(body, 'workflow_run_backend_id');
      const name = requireString(body, 'name');
      const artifact = finalizedIn(run).find((a) => a.name === name);
      if (!artifact) throw new TwirpError(404, 'not_found', `artifact not found: ${name}`);
      const del = await fetch(blobUrl(artifact, 'd'), { method: 'DELETE' });
      if (!del.ok && del.status !== 404)
        throw new TwirpError(500, 'internal', `blob storage answered HTTP ${del.status}`);
      stored.splice(stored.indexOf(artifact), 1);
      return { ok: true, artifact_id: String(artifact.id) };
    },
  };

  async function handleTwirp(method: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const ids = auth.startsWith('Bearer ') ? backendIdsFromToken(auth.slice('Bearer '.length)) : undefined;
    if (!ids) throw new TwirpError(401, 'unauthenticated', 'a bearer token with an Actions.Results scope is required');
    const handler = twirp[method];
    if (!handler) throw new TwirpError(404, 'bad_route', `no handler for ${method}`);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req)) || '{}');
    } catch {
      throw new TwirpError(400, 'malformed', 'the request body is not JSON');
    }
    received.push({ method, body });
    const fault = faults.find((f) => f.method === method && f.remaining > 0);
    if (fault) {
      fault.remaining--;
      if (fault.status === 'reset') {
        req.socket.destroy();
        return;
      }
      throw new TwirpError(fault.status, fault.status >= 500 ? 'unavailable' : 'internal', 'injected fault');
    }
    const run = body.workflow_run_backend_id;
    if (typeof run === 'string' && run !== ids.run) {
      throw new TwirpError(403, 'permission_denied', 'the token does not grant access to this workflow run');
    }
    sendJson(res, 200, await handler(body));
  }

  const restArtifact = (a: StoredArtifact, runId: number | undefined) => {
    const [owner, repo] = repository.split('/');
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: `${origin}/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${origin}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
      expired: false,
      digest: a.digest ?? null,
      created_at: a.createdAt.toISOString(),
      updated_at: a.createdAt.toISOString(),
      expires_at: (a.expiresAt ?? new Date(a.createdAt.getTime() + 90 * 86_400_000)).toISOString(),
      workflow_run: runId === undefined ? null : { id: runId },
    };
  };

  async function handleRest(url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    if (req.method !== 'GET') return false;
    const [owner, repo] = repository.split('/');
    const prefix = `/repos/${owner}/${repo}/actions/`;
    if (!url.pathname.startsWith(prefix)) return false;
    if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) {
      sendJson(res, 401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
      return true;
    }
    const rest = url.pathname.slice(prefix.length);
    let m: RegExpExecArray | null;
    if (rest === 'runs') {
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
      const list = [...runs.values()]
        .filter(
          (r) =>
            (!branch || r.headBranch === branch) &&
            (!status || r.conclusion === status || (status === 'completed' && r.conclusion !== null)),
        )
        .sort((a, b) => b.id - a.id);
      sendJson(res, 200, {
        total_count: list.length,
        workflow_runs: list.slice(0, perPage).map((r) => ({
          id: r.id,
          head_branch: r.headBranch,
          head_sha: r.headSha,
          status: r.conclusion === null ? 'in_progress' : 'completed',
          conclusion: r.conclusion,
          created_at: r.createdAt.toISOString(),
          html_url: `${serverUrl}/${repository}/actions/runs/${r.id}`,
        })),
      });
      return true;
    }
    if ((m = /^runs\/(\d+)\/artifacts$/.exec(rest))) {
      const run = runs.get(Number(m[1]));
      const name = url.searchParams.get('name');
      const list = run ? finalizedIn(run.backendId).filter((a) => !name || a.name === name) : [];
      sendJson(res, 200, { total_count: list.length, artifacts: list.map((a) => restArtifact(a, run?.id)) });
      return true;
    }
    if ((m = /^artifacts\/(\d+)\/zip$/.exec(rest))) {
      const artifact = stored.find((a) => a.finalized && a.id === Number(m![1]));
      if (!artifact) {
        sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return true;
      }
      res.writeHead(302, { location: blobUrl(artifact, 'r'), 'content-length': 0 });
      res.end();
      return true;
    }
    return false;
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void (async () => {
      try {
        if (req.method === 'POST' && url.pathname.startsWith(TWIRP_PREFIX)) {
          await handleTwirp(url.pathname.slice(TWIRP_PREFIX.length), req, res);
          return;
        }
        if (await handleRest(url, req, res)) return;
        sendJson(res, 404, { code: 'bad_route', msg: `no route for ${req.method} ${url.pathname}` });
      } catch (error) {
        if (res.headersSent || req.socket.destroyed) return;
        if (error instanceof TwirpError) sendJson(res, error.status, { code: error.code, msg: error.message });
        else sendJson(res, 500, { code: 'internal', msg: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const defaultRunId = options.runId ?? 9001;
  const envFor = (runId: number, backendId: string): Record<string, string> => ({
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(backendId, randomUUID()),
    ACTIONS_RESULTS_URL: `${origin}/`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_API_URL: options.apiUrl ?? origin,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
  });
  const defaultBackendId = randomUUID();
  registerRun(defaultRunId, defaultBackendId, 'main', '0'.repeat(40), null);

  return {
    url: origin,
    env: envFor(defaultRunId, defaultBackendId),
    runEnv(run) {
      const existing = runs.get(run.runId);
      const backendId = existing?.backendId ?? randomUUID();
      registerRun(run.runId, backendId, run.branch ?? 'main', run.sha ?? '0'.repeat(40), run.conclusion ?? null);
      return envFor(run.runId, backendId);
    },
    artifacts: () => stored.map((a) => ({ ...a })),
    runs: () => [...runs.values()].map((r) => ({ ...r })),
    concludeRun(runId, conclusion) {
      const run = runs.get(runId);
      if (!run) throw new Error(`unknown run ${runId}`);
      run.conclusion = conclusion;
    },
    failNext(method, status, count = 1) {
      faults.push({ method, status, remaining: count });
    },
    handleRest: (req, res) => handleRest(new URL(req.url ?? '/', 'http://127.0.0.1'), req, res),
    requests: () => received.map((r) => ({ ...r })),
    azurite,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite.stop();
    },
  };
}
