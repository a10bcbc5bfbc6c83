// The two-phase report for pull requests from forks: the pull request run (read-only token) saves what it
// would publish as a bundle; a workflow_run run with write permission reads it back and publishes it.
// The bundle comes from code we do not trust, so reading it checks every field and bounds every size.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation, AnnotationLevel, StageStatus } from '../pipeline/stage.js';
import { COMMENT_LIMIT } from './comment.js';
import { DESCRIPTION_LIMIT, type CommitState, type CommitStatus } from './statuses.js';

export const BUNDLE_ARTIFACT = 'backend-ci-report';
export const BUNDLE_FILE = 'report.json';
const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
const MAX_ANNOTATIONS = 5000;
const MAX_STATUSES = 20;

export interface ReportBundle {
  version: 1;
  name: string;
  repository?: { owner: string; repo: string };
  pullRequest?: number;
  headSha?: string;
  runUrl?: string;
  conclusion: 'success' | 'failure' | 'neutral';
  /** Rendered sticky comment body (marker included), when a comment is wanted. */
  comment?: string;
  statuses: CommitStatus[];
  /** Every annotation, for the check run. */
  annotations: Annotation[];
  checkRun: { title: string; summary: string };
  /** Stage results in short form, for tools that read the bundle. */
  stages: { stage: string; status: StageStatus; headline: string; durationMs: number }[];
}

export class BundleError extends Error {
  override name = 'BundleError';
}

export function writeBundle(folder: string, bundle: ReportBundle): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, BUNDLE_FILE);
  writeFileSync(file, `${JSON.stringify(bundle, null, 1)}\n`);
  return file;
}

/** Reads and checks a bundle from a report.json or the folder of a downloaded backend-ci-report artifact. */
export function readBundle(location: string, expectedName: string): ReportBundle {
  const file = existsSync(location) && statSync(location).isDirectory() ? path.join(location, BUNDLE_FILE) : location;
  if (!existsSync(file)) throw new BundleError(`${file}: no report bundle here (expected the ${BUNDLE_FILE} of a ${BUNDLE_ARTIFACT} artifact)`);
  if (statSync(file).size > MAX_BUNDLE_BYTES) throw new BundleError(`${file}: larger than ${MAX_BUNDLE_BYTES} bytes; refusing it`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BundleError(`${file}: not JSON (${(e as Error).message})`);
  }
  const fail = (what: string): never => {
    throw new BundleError(`${file}: ${what}`);
  };
  const b = raw as Record<string, unknown>;
  if (!b || typeof b !== 'object' || b.version !== 1) fail('expected "version": 1');
  if (b.name !== expectedName) fail(`report name is ${JSON.stringify(b.name)}, expected ${JSON.stringify(expectedName)}`);
  const str = (v: unknown, what: string, max: number): string => (typeof v === 'string' && v.length <= max ? v : fail(`${what} must be a string of at most ${max} characters`));
  const optStr = (v: unknown, what: string, max: number) => (v === undefined ? undefined : str(v, what, max));
  if (b.pullRequest !== undefined && !(Number.isInteger(b.pullRequest) && (b.pullRequest as number) > 0)) fail('pullRequest must be a pull request number');
  const headSha = optStr(b.headSha, 'headSha', 40);
  if (headSha !== undefined && !/^[0-9a-f]{40}$/.test(headSha)) fail('headSha must be a 40-character commit id');
  const runUrl = optStr(b.runUrl, 'runUrl', 500);
  if (runUrl !== undefined && !/^https?:\/\//.test(runUrl)) fail('runUrl must be an http(s) URL');
  if (!['success', 'failure', 'neutral'].includes(b.conclusion as string)) fail('conclusion must be success, failure or neutral');
  const comment = optStr(b.comment, 'comment', COMMENT_LIMIT);
  const statuses = Array.isArray(b.statuses) && b.statuses.length <= MAX_STATUSES ? b.statuses : fail(`statuses must be a list of at most ${MAX_STATUSES}`);
  const prefix = `${expectedName}/`;
  const checkedStatuses: CommitStatus[] = statuses.map((s: Record<string, unknown>, i: number) => {
    const context = str(s?.context, `statuses[${i}].context`, 100);
    // The posting run has write access to the whole repository: only this report's own contexts may be set.
    if (!context.startsWith(prefix)) fail(`statuses[${i}].context must start with ${prefix}`);
    if (!['success', 'failure', 'error', 'pending'].includes(s.state as string)) fail(`statuses[${i}].state is not a commit state`);
    const targetUrl = optStr(s.targetUrl, `statuses[${i}].targetUrl`, 500);
    if (targetUrl !== undefined && !/^https?:\/\//.test(targetUrl)) fail(`statuses[${i}].targetUrl must be an http(s) URL`);
    return { context, state: s.state as CommitState, description: str(s.description, `statuses[${i}].description`, DESCRIPTION_LIMIT), ...(targetUrl ? { targetUrl } : {}) };
  });
  const annotations = Array.isArray(b.annotations) && b.annotations.length <= MAX_ANNOTATIONS ? b.annotations : fail(`annotations must be a list of at most ${MAX_ANNOTATIONS}`);
  const checkedAnnotations: Annotation[] = annotations.map((a: Record<string, unknown>, i: number) => {
    if (!['error', 'warning', 'notice'].includes(a?.level as string)) fail(`annotations[${i}].level must be error, warning or notice`);
    const line = (v: unknown, what: string) => (v === undefined ? undefined : Number.isInteger(v) && (v as number) > 0 ? (v as number) : fail(`annotations[${i}].${what} must be a line number`));
    const out: Annotation = { level: a.level as AnnotationLevel, message: str(a.message, `annotations[${i}].message`, 4000) };
    const title = optStr(a.title, `annotations[${i}].title`, 255);
    const annotatedFile = optStr(a.file, `annotations[${i}].file`, 1000);
    if (annotatedFile !== undefined && (annotatedFile.startsWith('/') || annotatedFile.split('/').includes('..'))) fail(`annotations[${i}].file must be a path inside the repository`);
    if (title !== undefined) out.title = title;
    if (annotatedFile !== undefined) out.file = annotatedFile;
    const l = line(a.line, 'line');
    const e = line(a.endLine, 'endLine');
    const c = line(a.column, 'column');
    if (l !== undefined) out.line = l;
    if (e !== undefined) out.endLine = e;
    if (c !== undefined) out.column = c;
    return out;
  });
  const cr = b.checkRun as Record<string, unknown> | undefined;
  const checkRun = { title: str(cr?.title, 'checkRun.title', 255), summary: str(cr?.summary, 'checkRun.summary', 65_535) };
  const stages = Array.isArray(b.stages) && b.stages.length <= 20 ? b.stages : fail('stages must be a list');
  const checkedStages = stages.map((s: Record<string, unknown>, i: number) => ({
    stage: str(s?.stage, `stages[${i}].stage`, 40),
    status: (['passed', 'failed', 'skipped', 'warned'].includes(s.status as string) ? s.status : fail(`stages[${i}].status is not a stage status`)) as StageStatus,
    headline: str(s.headline, `stages[${i}].headline`, 2000),
    durationMs: typeof s.durationMs === 'number' ? s.durationMs : 0,
  }));
  const repository = b.repository as { owner?: unknown; repo?: unknown } | undefined;
  return {
    version: 1,
    name: expectedName,
    ...(repository ? { repository: { owner: str(repository.owner, 'repository.owner', 100), repo: str(repository.repo, 'repository.repo', 100) } } : {}),
    ...(b.pullRequest !== undefined ? { pullRequest: b.pullRequest as number } : {}),
    ...(headSha ? { headSha } : {}),
    ...(runUrl ? { runUrl } : {}),
    conclusion: b.conclusion as ReportBundle['conclusion'],
    ...(comment !== undefined ? { comment } : {}),
    statuses: checkedStatuses,
    annotations: checkedAnnotations,
    checkRun,
    stages: checkedStages,
  };
}
