// What the end-to-end scenarios share: a throwaway git repository holding a copy of the forum fixture, the
// Actions artifact service and the GitHub REST double behind one GITHUB_API_URL, and small readers for what a
// run left behind (the uploaded artifact, a deployed release).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readZip } from '../../src/host/zip.js';
import { startArtifactService, type ArtifactService } from '../harness/artifact-service.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api.js';
import { REPO_ROOT } from '../harness/runner.js';
import { tempDir } from '../support/temp.js';

export const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'forum-api');
export const OWNER = 'acme';
export const REPO = 'forum-api';

/** Folders a checkout would not have: installed packages and what earlier runs wrote. */
const LEFT_OUT = new Set(['node_modules', '.backend-ci', 'coverage', 'data', 'run', '.run', '.env']);

export interface Workspace {
  dir: string;
  git(...args: string[]): string;
  /** Stages everything and commits; returns the new HEAD. */
  commit(message: string): string;
  head(): string;
  cleanup(): void;
}

/** A git repository whose root is a copy of the forum fixture, with one commit, and the fixture's packages linked in. */
export function makeWorkspace(): Workspace {
  const dir = tempDir('e2e-forum-');
  cpSync(FIXTURE, dir, {
    recursive: true,
    filter: (source) =>
      path.relative(FIXTURE, source).split(path.sep)[0] === '' ||
      !LEFT_OUT.has(path.relative(FIXTURE, source).split(path.sep)[0]!),
  });
  symlinkSync(path.join(FIXTURE, 'node_modules'), path.join(dir, 'node_modules'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Forum Dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).trim();
  git('init', '-q', '-b', 'main');
  const head = () => git('rev-parse', 'HEAD');
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return head();
  };
  // The folder name makes every workspace's first commit distinct, so statuses of two scenarios never share a sha.
  commit(`forum api (${path.basename(dir)})`);
  return { dir, git, commit, head, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Services {
  api: GitHubApiDouble;
  artifacts: ArtifactService;
  /** GITHUB_API_URL for the step: artifact routes go to the artifact service, the rest to the REST double. */
  apiUrl: string;
  /** The runner environment for a job of the default run, with GITHUB_API_URL pointing at the front. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * One origin for both doubles, as api.github.com is one origin: GET /repos/o/r/actions/... is answered by the
 * artifact service's REST face, everything else is forwarded to the GitHub API double unchanged.
 */
export async function startServices(): Promise<Services> {
  const api = await startGitHubApi({ owner: OWNER, repo: REPO });
  let artifacts: ArtifactService | undefined;
  const front = http.createServer((req, res) => {
    void (async () => {
      if (artifacts && (await artifacts.handleRest(req, res))) return;
      const target = new URL(req.url ?? '/', api.url);
      const upstream = http.request(
        target,
        { method: req.method, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
    })();
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  artifacts = await startArtifactService({ runId: 9001, repository: `${OWNER}/${REPO}`, apiUrl });
  return {
    api,
    artifacts,
    apiUrl,
    env: { ...artifacts.env, GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY_OWNER: OWNER },
    async stop() {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await api.close();
      await artifacts!.stop();
    },
  };
}

export interface PullRequestEvent {
  name: 'pull_request';
  payload: unknown;
}

/** A pull_request event as the runner writes it to GITHUB_EVENT_PATH. */
export function pullRequestEvent(options: {
  number: number;
  baseSha: string;
  headSha: string;
  headRepo?: string;
}): PullRequestEvent {
  const baseRepo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, fork: false };
  const headRepo = options.headRepo ?? baseRepo.full_name;
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: options.number,
      pull_request: {
        number: options.number,
        head: {
          ref: 'feature',
          sha: options.headSha,
          repo: {
            full_name: headRepo,
            name: REPO,
            owner: { login: headRepo.split('/')[0] },
            fork: headRepo !== baseRepo.full_name,
          },
        },
        base: { ref: 'main', sha: options.baseSha, repo: baseRepo },
      },
      repository: baseRepo,
    },
  };
}

/**
 * Downloads an artifact through the REST face (as a user clicking it would) and returns its entries by name.
 * The zip is written by @actions/artifact's own archiver, so reading it with this repository's reader is no
 * circular check.
 */
export async function downloadArtifact(services: Services, artifactId: string): Promise<Map<string, Buffer>> {
  const headers = { authorization: 'token write-token' };
  const redirect = await fetch(`${services.apiUrl}/repos/${OWNER}/${REPO}/actions/artifacts/${artifactId}/zip`, {
    headers,
    redirect: 'manual',
  });
  if (redirect.status !== 302)
    throw new Error(`artifact ${artifactId}: expected a 302 to the blob, got ${redirect.status}`);
  const zip = Buffer.from(await (await fetch(redirect.headers.get('location')!)).arrayBuffer());
  return new Map(
    (await readZip(zip, `artifact ${artifactId}`)).filter((e) => !e.isDirectory).map((e) => [e.name, e.data]),
  );
}

/** A free TCP port on 127.0.0.1 (closed again at once; the deploy's server binds it next). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
