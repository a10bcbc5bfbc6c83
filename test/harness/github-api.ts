// A local stand-in for api.github.com for tests: the endpoints the report and the deploy stage use, with
// state kept in memory. Every request is checked against GitHub's OpenAPI description; anything GitHub would
// refuse is recorded in `violations` (tests assert there are none) and answered the way GitHub answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBody, checkParameters, findOperation, type MatchedOperation } from './openapi.js';

export type TokenAccess = 'write' | 'read';

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface StoredStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
  /** Number of create/update requests that carried annotations. */
  annotationRequests: number;
}

export interface StoredDeployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  description: string | null;
  payload: unknown;
  statuses: { id: number; state: string; description?: string; environment_url?: string; log_url?: string }[];
}

export interface StoredWorkflowRun {
  id: number;
  name: string;
  head_branch: string;
  head_sha: string;
  event: string;
  status: string;
  conclusion: string | null;
  created_at: string;
  /** owner/repo the run's commit came from (a fork's for a fork pull request); this repository by default. */
  head_repository?: string;
  /** Pull requests GitHub links to the run (empty for fork pull requests, as on GitHub). */
  pull_requests?: number[];
}

export interface PullRequestFile {
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  patch?: string;
}

export interface PullRequestRecord {
  number: number;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseSha: string;
  baseRef: string;
  files: PullRequestFile[];
}

export interface GitHubApiOptions {
  owner?: string;
  repo?: string;
  /** Token -> what it may do. A read token gets 403 on every write, like a fork PR's GITHUB_TOKEN. */
  tokens?: Record<string, TokenAccess>;
  /** Tokens whose check-run writes are refused (a workflow without `checks: write`). */
  noChecksTokens?: string[];
  /** Login shown as the author of comments this double creates. */
  botLogin?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
}

/** GitHub's limit on issue and pull request comment bodies. */
export const COMMENT_BODY_LIMIT = 65_536;
const MAX_PER_PAGE = 100;
const PULL_FILES_LIMIT = 3000;

export class GitHubApiDouble {
  readonly owner: string;
  readonly repo: string;
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly statuses: StoredStatus[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  readonly deployments: StoredDeployment[] = [];
  readonly workflowRuns: StoredWorkflowRun[] = [];
  readonly pulls = new Map<number, PullRequestRecord>();
  defaultBranch = 'main';
  url = '';
  private nextId = 1000;
  private readonly tokens: Record<string, TokenAccess>;
  private readonly noChecks: Set<string>;
  private readonly botLogin: string;
  private server?: Server;

  constructor(options: GitHubApiOptions = {}) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'forum-api';
    this.tokens = options.tokens ?? { 'write-token': 'write', 'read-token': 'read' };
    this.noChecks = new Set(options.noChecksTokens ?? []);
    this.botLogin = options.botLogin ?? 'github-actions[bot]';
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violations.push(`internal error in the GitHub API double: ${(err as Error).stack ?? String(err)}`);
        send(res, 500, { message: 'Server Error' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  // Seeding helpers for tests.
  addComment(issueNumber: number, body: string, login = 'someone'): StoredComment {
    const now = new Date().toISOString();
    const comment = {
      id: this.nextId++,
      issueNumber,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
    };
    this.comments.push(comment);
    return comment;
  }

  addPullRequest(pr: Partial<PullRequestRecord> & { number: number }): PullRequestRecord {
    const record = {
      headSha: 'a'.repeat(40),
      headRef: 'feature',
      headRepo: `${this.owner}/${this.repo}`,
      baseSha: 'b'.repeat(40),
      baseRef: this.defaultBranch,
      files: [],
      ...pr,
    };
    this.pulls.set(pr.number, record);
    return record;
  }

  addWorkflowRun(run: Partial<StoredWorkflowRun>): StoredWorkflowRun {
    const stored = {
      id: this.nextId++,
      name: 'CI',
      head_branch: this.defaultBranch,
      head_sha: 'c'.repeat(40),
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      created_at: new Date(Date.now() + this.nextId).toISOString(),
      ...run,
    };
    this.workflowRuns.push(stored);
    return stored;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((c) => c.issueNumber === issueNumber);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RecordedRequest = { method, path: url.pathname + url.search, status: 0 };
    this.requests.push(record);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, body, headers);
    };

    const found = findOperation(method, url.pathname);
    if (!('operation' in found)) {
      this.violations.push(
        `${method} ${url.pathname}: ${found.pathExists ? 'method not allowed by' : 'no such path in'} GitHub's REST API`,
      );
      return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    record.operationId = found.operation.operationId;

    const token = tokenFrom(req.headers.authorization);
    if (token === undefined)
      return reply(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
    const access = this.tokens[token];
    if (!access) return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

    const text = await readBody(req);
    let body: unknown;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return reply(400, { message: 'Problems parsing JSON' });
      }
    }
    const problems = [...checkParameters(found, url.searchParams), ...checkBody(found, body, text.length > 0)];
    if (problems.length > 0) {
      this.violations.push(...problems.map((p) => `${method} ${url.pathname}: ${p}`));
      return reply(422, {
        message: 'Invalid request.',
        errors: problems,
        documentation_url: 'https://docs.github.com/rest',
      });
    }

    const writing = method !== 'GET' && method !== 'HEAD';
    const isCheck = found.operation.operationId.startsWith('checks/');
    if (writing && (access === 'read' || (isCheck && this.noChecks.has(token)))) {
      return reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    }
    const answer = this.route(found, url, body as Record<string, unknown> | undefined);
    return reply(answer.status, answer.body, answer.headers);
  }

  private route(matched: MatchedOperation, url: URL, body: Record<string, unknown> | undefined): Answer {
    const p = matched.pathParams;
    if (
      p.owner !== undefined &&
      (p.owner.toLowerCase() !== this.owner.toLowerCase() || p.repo?.toLowerCase() !== this.repo.toLowerCase())
    ) {
      return { status: 404, body: { message: 'Not Found' } };
    }
    const page = pageOf(url);
    const now = new Date().toISOString();
    switch (matched.operation.operationId) {
      case 'repos/get':
        return ok(this.repository());
      case 'pulls/get': {
        const pr = this.pulls.get(Number(p.pull_number));
        return pr ? ok(this.pullRequest(pr)) : notFound();
      }
      case 'pulls/list-files': {
        const pr = this.pulls.get(Number(p.pull_number));
        if (!pr) return notFound();
        return this.paginate(
          url,
          page,
          pr.files
            .slice(0, PULL_FILES_LIMIT)
            .map((f) => ({ sha: '0'.repeat(40), blob_url: '', raw_url: '', contents_url: '', ...f })),
        );
      }
      case 'issues/list-comments':
        return this.paginate(
          url,
          page,
          this.commentsOn(Number(p.issue_number)).map((c) => this.commentJson(c)),
        );
      case 'issues/create-comment': {
        const text = String(body!.body);
        if (text.length > COMMENT_BODY_LIMIT) return bodyTooLong();
        const created = this.addComment(Number(p.issue_number), text, this.botLogin);
        return { status: 201, body: this.commentJson(created) };
      }
      case 'issues/get-comment': {
        const comment = this.comments.find((c) => c.id === Number(p.comment_id));
        return comment ? ok(this.commentJson(comment)) : notFound();
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return notFound();
        const text = String(body!.body);
        if (text.length > COMMENT_BODY_LIMIT) return bodyTooLong();
        comment.body = text;
        comment.updated_at = now;
        return ok(this.commentJson(comment));
      }
      case 'repos/create-commit-status': {
        const status = {
          id: this.nextId++,
          sha: p.sha!,
          state: String(body!.state),
          context: (body!.context as string | undefined) ?? 'default',
          description: (body!.description as string | null | undefined) ?? null,
          target_url: (body!.target_url as string | null | undefined) ?? null,
        };
        // GitHub answers 422 for descriptions over 140 characters even though the schema has no maxLength.
        if (status.description && status.description.length > 140) {
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'Status',
                  field: 'description',
                  code: 'custom',
                  message: 'description is too long (maximum is 140 characters)',
                },
              ],
            },
          };
        }
        this.statuses.push(status);
        return {
          status: 201,
          body: { ...status, url: '', avatar_url: null, node_id: '', created_at: now, updated_at: now, creator: null },
        };
      }
      case 'repos/list-commit-statuses-for-ref':
        return this.paginate(url, page, this.statuses.filter((s) => s.sha === p.ref).reverse());
      case 'checks/create': {
        const output = (body!.output as Record<string, unknown> | undefined) ?? {};
        const annotations = (output.annotations as Record<string, unknown>[] | undefined) ?? [];
        const run: StoredCheckRun = {
          id: this.nextId++,
          name: String(body!.name),
          head_sha: String(body!.head_sha),
          status: body!.conclusion ? 'completed' : ((body!.status as string | undefined) ?? 'queued'),
          conclusion: (body!.conclusion as string | undefined) ?? null,
          output: { title: output.title as string, summary: output.summary as string, text: output.text as string },
          annotations: [...annotations],
          annotationRequests: annotations.length > 0 ? 1 : 0,
        };
        this.checkRuns.push(run);
        return { status: 201, body: this.checkRunJson(run) };
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(p.check_run_id));
        if (!run) return notFound();
        const output = body!.output as Record<string, unknown> | undefined;
        if (output) {
          const annotations = (output.annotations as Record<string, unknown>[] | undefined) ?? [];
          run.output = {
            title: output.title as string,
            summary: output.summary as string,
            text: (output.text as string | undefined) ?? run.output.text,
          };
          run.annotations.push(...annotations);
          if (annotations.length > 0) run.annotationRequests++;
        }
        if (body!.conclusion) {
          run.conclusion = String(body!.conclusion);
          run.status = 'completed';
        } else if (body!.status) run.status = String(body!.status);
        return ok(this.checkRunJson(run));
      }
      case 'repos/create-deployment': {
        const deployment: StoredDeployment = {
          id: this.nextId++,
          ref: String(body!.ref),
          sha: /^[0-9a-f]{40}$/.test(String(body!.ref)) ? String(body!.ref) : 'd'.repeat(40),
          environment: (body!.environment as string | undefined) ?? 'production',
          description: (body!.description as string | null | undefined) ?? null,
          payload: body!.payload ?? {},
          statuses: [],
        };
        this.deployments.push(deployment);
        return { status: 201, body: this.deploymentJson(deployment) };
      }
      case 'repos/list-deployments': {
        const q = url.searchParams;
        const list = this.deployments
          .filter(
            (d) =>
              (!q.get('environment') || d.environment === q.get('environment')) &&
              (!q.get('sha') || d.sha === q.get('sha')) &&
              (!q.get('ref') || d.ref === q.get('ref')),
          )
          .reverse()
          .map((d) => this.deploymentJson(d));
        return this.paginate(url, page, list);
      }
      case 'repos/create-deployment-status': {
        const deployment = this.deployments.find((d) => d.id === Number(p.deployment_id));
        if (!deployment) return notFound();
        const status = {
          id: this.nextId++,
          state: String(body!.state),
          description: body!.description as string | undefined,
          environment_url: body!.environment_url as string | undefined,
          log_url: body!.log_url as string | undefined,
        };
        deployment.statuses.push(status);
        return {
          status: 201,
          body: {
            ...status,
            url: '',
            node_id: '',
            created_at: now,
            updated_at: now,
            deployment_url: '',
            repository_url: '',
            creator: null,
          },
        };
      }
      case 'repos/list-deployment-statuses': {
        const deployment = this.deployments.find((d) => d.id === Number(p.deployment_id));
        if (!deployment) return notFound();
        return this.paginate(url, page, [...deployment.statuses].reverse());
      }
      case 'actions/get-workflow-run': {
        const run = this.workflowRuns.find((r) => r.id === Number(p.run_id));
        const head = run?.head_repository ?? `${this.owner}/${this.repo}`;
        return run
          ? ok({
              ...run,
              pull_requests: (run.pull_requests ?? []).map((n) => ({
                id: n,
                number: n,
                url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${n}`,
                head: { ref: 'feature', sha: run.head_sha, repo: { id: 3, url: '', name: head.split('/')[1]! } },
                base: { ref: this.defaultBranch, sha: 'b'.repeat(40), repo: { id: 1, url: '', name: this.repo } },
              })),
              head_repository: { full_name: head, name: head.split('/')[1], owner: { login: head.split('/')[0] } },
              html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${run.id}`,
            })
          : notFound();
      }
      case 'actions/list-workflow-runs-for-repo': {
        const q = url.searchParams;
        const status = q.get('status');
        const runs = this.workflowRuns
          .filter(
            (r) =>
              (!q.get('branch') || r.head_branch === q.get('branch')) &&
              (!q.get('event') || r.event === q.get('event')) &&
              (!status || r.status === status || r.conclusion === status) &&
              (!q.get('head_sha') || r.head_sha === q.get('head_sha')),
          )
          .sort((a, b) => b.created_at.localeCompare(a.created_at));
        const answer = this.paginate(url, page, runs);
        return { ...answer, body: { total_count: runs.length, workflow_runs: answer.body } };
      }
      default:
        this.violations.push(
          `${matched.operation.operationId} is a real GitHub operation this double does not implement`,
        );
        return {
          status: 501,
          body: { message: `${matched.operation.operationId} is not implemented by the GitHub API double` },
        };
    }
  }

  private paginate(url: URL, page: { perPage: number; page: number }, items: unknown[]): Answer {
    const start = (page.page - 1) * page.perPage;
    const slice = items.slice(start, start + page.perPage);
    const last = Math.max(1, Math.ceil(items.length / page.perPage));
    const link = (n: number, rel: string) => {
      const u = new URL(url.pathname + url.search, this.url);
      u.searchParams.set('per_page', String(page.perPage));
      u.searchParams.set('page', String(n));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page.page > 1) links.push(link(page.page - 1, 'prev'));
    if (page.page < last) links.push(link(page.page + 1, 'next'), link(last, 'last'));
    if (page.page > 1) links.push(link(1, 'first'));
    return { status: 200, body: slice, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private repository() {
    const full = `${this.owner}/${this.repo}`;
    return {
      id: 1,
      node_id: 'R_1',
      name: this.repo,
      full_name: full,
      private: false,
      owner: { login: this.owner, id: 2, type: 'Organization' },
      default_branch: this.defaultBranch,
      html_url: `https://github.com/${full}`,
      fork: false,
    };
  }

  private pullRequest(pr: PullRequestRecord) {
    const repo = (full: string) => ({
      full_name: full,
      name: full.split('/')[1],
      owner: { login: full.split('/')[0] },
      fork: full !== `${this.owner}/${this.repo}`,
    });
    return {
      number: pr.number,
      state: 'open',
      title: `Pull request ${pr.number}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      head: {
        sha: pr.headSha,
        ref: pr.headRef,
        repo: repo(pr.headRepo),
        label: `${pr.headRepo.split('/')[0]}:${pr.headRef}`,
      },
      base: {
        sha: pr.baseSha,
        ref: pr.baseRef,
        repo: repo(`${this.owner}/${this.repo}`),
        label: `${this.owner}:${pr.baseRef}`,
      },
      changed_files: pr.files.length,
    };
  }

  private commentJson(c: StoredComment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: { login: c.user.login, id: 1, type: c.user.type },
      created_at: c.created_at,
      updated_at: c.updated_at,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issueNumber}`,
      author_association: 'NONE',
    };
  }

  private checkRunJson(r: StoredCheckRun) {
    return {
      id: r.id,
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${r.id}`,
      output: { ...r.output, annotations_count: r.annotations.length },
    };
  }

  private deploymentJson(d: StoredDeployment) {
    return {
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: 'deploy',
      environment: d.environment,
      description: d.description,
      payload: d.payload,
      created_at: new Date().toISOString(),
      statuses_url: `${this.url}/repos/${this.owner}/${this.repo}/deployments/${d.id}/statuses`,
    };
  }
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const notFound = (): Answer => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
});
const bodyTooLong = (): Answer => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`,
      },
    ],
    documentation_url: 'https://docs.github.com/rest',
  },
});

function pageOf(url: URL): { perPage: number; page: number } {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  return { perPage, page };
}

function tokenFrom(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  });
  res.end(text);
}

/** Starts a GitHub API double on a free port on 127.0.0.1. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiDouble> {
  return new GitHubApiDouble(options).start();
}
