// Which annotations a step may show (GitHub keeps 10 errors, 10 warnings and 10 notices per step, 50 per
// job, and silently drops the rest), most useful first; and the check run that carries all of them.
import type { GitHubClient } from '../host/host.js';
import type { Annotation, AnnotationLevel } from '../pipeline/stage.js';
import type { PatchCoverage } from './model.js';
import { ranges } from './markdown.js';

export const STEP_BUDGET: Record<AnnotationLevel, number> = { error: 10, warning: 10, notice: 10 };
export const JOB_BUDGET = 50;
/** The Checks API takes at most 50 annotations per request. */
export const CHECK_RUN_PAGE = 50;

/** Where an annotation came from; stage findings (test failures, unsafe SQL) rank before uncovered lines. */
export type AnnotationSource = 'stage' | 'uncovered';

export interface RankedAnnotation extends Annotation {
  source: AnnotationSource;
}

const LEVEL_RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

function span(a: Annotation): number {
  return a.line === undefined ? 0 : (a.endLine ?? a.line) - a.line + 1;
}

/** Errors first; within a level, stage findings before uncovered lines, then bigger uncovered ranges first. */
export function rankAnnotations(list: readonly RankedAnnotation[]): RankedAnnotation[] {
  return list
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] ||
        (x.a.source === y.a.source ? 0 : x.a.source === 'stage' ? -1 : 1) ||
        span(y.a) - span(x.a) ||
        x.i - y.i,
    )
    .map(({ a }) => a);
}

export interface AnnotationChoice {
  emit: RankedAnnotation[];
  omitted: Record<AnnotationLevel, number>;
  omittedTotal: number;
}

/** The annotations to emit as workflow commands within the per-step and per-job budgets. */
export function chooseAnnotations(list: readonly RankedAnnotation[], alreadyEmittedInJob = 0): AnnotationChoice {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const emit: RankedAnnotation[] = [];
  let jobLeft = Math.max(0, JOB_BUDGET - alreadyEmittedInJob);
  for (const a of rankAnnotations(list)) {
    if (used[a.level] < STEP_BUDGET[a.level] && jobLeft > 0) {
      emit.push(a);
      used[a.level]++;
      jobLeft--;
    } else omitted[a.level]++;
  }
  return { emit, omitted, omittedTotal: omitted.error + omitted.warning + omitted.notice };
}

/** One warning per uncovered range of changed lines. */
export function uncoveredAnnotations(patch: PatchCoverage | undefined): RankedAnnotation[] {
  if (!patch) return [];
  return patch.files.flatMap((f) =>
    f.uncovered.map(({ start, end }) => ({
      source: 'uncovered' as const,
      level: 'warning' as const,
      title: 'Changed lines not covered',
      message:
        start === end
          ? `Line ${start} was changed but no test ran it.`
          : `Lines ${ranges([{ start, end }])} were changed but no test ran them.`,
      file: f.path,
      line: start,
      endLine: end,
    })),
  );
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
}

/** Check run annotations need a file and a line; the others stay in the summary. */
export function toCheckRunAnnotations(list: readonly Annotation[]): CheckRunAnnotation[] {
  return rankAnnotations(list.map((a) => ({ source: 'stage', ...a }) as RankedAnnotation))
    .filter((a) => a.file && a.line !== undefined)
    .map((a) => {
      const out: CheckRunAnnotation = {
        path: a.file!,
        start_line: a.line!,
        end_line: a.endLine ?? a.line!,
        annotation_level: a.level === 'error' ? 'failure' : a.level,
        message: a.message.slice(0, 60_000),
      };
      if (a.title) out.title = a.title.slice(0, 255);
      // The API accepts columns only on single-line annotations.
      if (a.column !== undefined && out.end_line === out.start_line) out.start_column = out.end_column = a.column;
      return out;
    });
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  detailsUrl?: string;
  annotations: CheckRunAnnotation[];
}

/** Creates a completed check run with the first 50 annotations and appends the rest 50 per update. */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<{ id: number; url?: string; requests: number }> {
  const summary =
    request.summary.length > 65_535
      ? `${request.summary.slice(0, 65_400)}\n\n… (cut; see the run summary)`
      : request.summary;
  const output = (annotations: CheckRunAnnotation[]) => ({ title: request.title.slice(0, 255), summary, annotations });
  const pages: CheckRunAnnotation[][] = [];
  for (let i = 0; i < request.annotations.length; i += CHECK_RUN_PAGE)
    pages.push(request.annotations.slice(i, i + CHECK_RUN_PAGE));
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    completed_at: new Date().toISOString(),
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    output: output(pages[0] ?? []),
  });
  for (const page of pages.slice(1)) {
    await client.rest.checks.update({
      owner: request.owner,
      repo: request.repo,
      check_run_id: data.id,
      output: output(page),
    });
  }
  return { id: data.id, url: data.html_url ?? undefined, requests: Math.max(1, pages.length) };
}
