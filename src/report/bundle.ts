// The two-phase report for pull requests from forks: the pull request run (read-only token) saves what it
// measured as a bundle; a workflow_run run with write permission reads it back, renders the report itself and
// judges it with its own (the base branch's) settings. The bundle comes from code we do not trust, so it
// carries data only (numbers, names, stage outcomes as facts; never markup, statuses or a conclusion), and
// reading it checks it against the schema below field by field, with a cap on every size.
import { existsSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  sumTotals,
  METRICS,
  type CoverageReport,
  type FileCoverage,
  type Metric,
  type MetricName,
} from '../coverage/model.js';
import {
  STAGE_NAMES,
  type Annotation,
  type AnnotationLevel,
  type StageName,
  type StageStatus,
} from '../pipeline/stage.js';
import type { PatchCoverage } from './model.js';

export const BUNDLE_ARTIFACT = 'backend-ci-report';
export const BUNDLE_FILE = 'report.json';
/** Version of the schema below; a bundle of another version is refused, never guessed at. */
export const BUNDLE_VERSION = 2;
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
export const MAX_ANNOTATIONS = 5000;
/** Files listed with their coverage; a bigger report keeps its least covered files and says how many it left out. */
export const MAX_COVERAGE_FILES = 20_000;
export const MAX_PATCH_FILES = 5000;
export const MAX_PATCH_RANGES = 20_000;
const MAX_TEXT = 2000;
const MAX_PATH = 1000;

/** The test stage's facts: what ran and what it counted. The verdict is made again by the posting run. */
export interface BundleTests {
  passed: number;
  failed: number;
  skipped: number;
  /** The test command's exit code; null when it was stopped (timeout, signal). */
  exitCode: number | null;
}

export interface BundleCoverage {
  files: FileCoverage[];
  /** Files of the report that are not in `files` (over MAX_COVERAGE_FILES); 0 when every file is there. */
  filesOmitted: number;
  /** Totals of the whole report; must equal the sum of `files` when none is omitted. */
  totals: Record<MetricName, Metric>;
}

export interface BundleStage {
  stage: StageName;
  status: StageStatus;
  /** Text only: rendered as code by the posting run. */
  headline: string;
  durationMs: number;
}

export interface ReportBundle {
  version: typeof BUNDLE_VERSION;
  name: string;
  repository?: { owner: string; repo: string };
  pullRequest?: number;
  headSha?: string;
  /** Id of the run that saved it, when known. */
  runId?: string;
  stages: BundleStage[];
  tests?: BundleTests;
  coverage?: BundleCoverage;
  patch?: PatchCoverage;
  /** Every annotation, for the check run (plain text fields; paths inside the repository). */
  annotations: Annotation[];
}

export class BundleError extends Error {
  override name = 'BundleError';
}

export function writeBundle(folder: string, bundle: ReportBundle): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, BUNDLE_FILE);
  writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  return file;
}

/** A report's coverage in bundle form: no line hits, at most MAX_COVERAGE_FILES files, least covered kept. */
export function bundleCoverage(report: CoverageReport): BundleCoverage {
  const strip = (f: FileCoverage): FileCoverage => ({
    path: f.path,
    lines: f.lines,
    branches: f.branches,
    functions: f.functions,
    statements: f.statements,
  });
  let files = report.files;
  if (files.length > MAX_COVERAGE_FILES) {
    const uncovered = (f: FileCoverage) => f.lines.total - f.lines.covered;
    files = [...files].sort((a, b) => uncovered(b) - uncovered(a)).slice(0, MAX_COVERAGE_FILES);
  }
  return { files: files.map(strip), filesOmitted: report.files.length - files.length, totals: report.totals };
}

/**
 * Patch coverage in bundle form: the counts whole, the uncovered ranges listed up to the caps (the summary
 * lists at most 1,000 files anyway), so a huge pull request still saves a bundle the post run accepts.
 */
export function bundlePatch(patch: PatchCoverage): PatchCoverage {
  let ranges = 0;
  const files: PatchCoverage['files'] = [];
  for (const f of patch.files.slice(0, MAX_PATCH_FILES)) {
    const room = MAX_PATCH_RANGES - ranges;
    if (room <= 0) break;
    const uncovered = f.uncovered.slice(0, room).map(({ start, end }) => ({ start, end }));
    ranges += uncovered.length;
    files.push({ path: f.path, uncovered });
  }
  return { percent: patch.percent, covered: patch.covered, total: patch.total, files };
}

/** Reads and checks a bundle from a report.json or the folder of a downloaded backend-ci-report artifact. */
export function readBundle(location: string, expectedName: string): ReportBundle {
  const file = existsSync(location) && statSync(location).isDirectory() ? path.join(location, BUNDLE_FILE) : location;
  if (!existsSync(file))
    throw new BundleError(
      `${file}: no report bundle here (expected the ${BUNDLE_FILE} of a ${BUNDLE_ARTIFACT} artifact)`,
    );
  const size = statSync(file).size;
  if (size > MAX_BUNDLE_BYTES)
    throw new BundleError(
      `${file}: ${size} bytes, over the ${MAX_BUNDLE_BYTES} bytes a saved report may have; refusing it`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BundleError(`${file}: not JSON (${(e as Error).message})`);
  }
  return checkBundle(raw, expectedName, file);
}

/** The schema, as code: every field's type, range and size; unknown fields are refused, not ignored. */
export function checkBundle(raw: unknown, expectedName: string, where = BUNDLE_FILE): ReportBundle {
  const fail = (at: string, what: string): never => {
    throw new BundleError(`${where}: ${at} ${what}`);
  };
  const object = (
    v: unknown,
    at: string,
    keys: readonly string[],
    required: readonly string[] = [],
  ): Record<string, unknown> => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(at, 'must be an object');
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (!keys.includes(k))
        fail(
          at,
          `has a field ${JSON.stringify(k.slice(0, 40))} that version ${BUNDLE_VERSION} reports do not have (allowed: ${keys.join(', ')})`,
        );
    for (const k of required) if (o[k] === undefined) fail(`${at}.${k}`, 'is missing');
    return o;
  };
  const text = (v: unknown, at: string, max = MAX_TEXT): string =>
    typeof v === 'string' && v.length <= max ? v : fail(at, `must be a string of at most ${max} characters`);
  const count = (v: unknown, at: string): number =>
    Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(at, 'must be a whole number, 0 or more');
  const line = (v: unknown, at: string): number =>
    Number.isSafeInteger(v) && (v as number) > 0 ? (v as number) : fail(at, 'must be a line number');
  const list = (v: unknown, at: string, max: number): unknown[] =>
    Array.isArray(v) && v.length <= max ? v : fail(at, `must be a list of at most ${max}`);
  const oneOf = <T extends string>(v: unknown, at: string, allowed: readonly T[]): T =>
    allowed.includes(v as T) ? (v as T) : fail(at, `must be one of ${allowed.join(', ')}`);
  const repoPath = (v: unknown, at: string): string => {
    const p = text(v, at, MAX_PATH);
    if (p === '' || p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.split(/[\\/]/).includes('..'))
      fail(at, 'must be a path inside the repository');
    return p;
  };
  const metric = (v: unknown, at: string): Metric => {
    const m = object(v, at, ['covered', 'total'], ['covered', 'total']);
    const covered = count(m.covered, `${at}.covered`);
    const total = count(m.total, `${at}.total`);
    if (covered > total) fail(at, `covers ${covered} of ${total}: more than there is`);
    return { covered, total };
  };
  const metrics = (v: Record<string, unknown>, at: string) =>
    Object.fromEntries(METRICS.map((m) => [m, metric(v[m], `${at}.${m}`)])) as Record<MetricName, Metric>;

  const b = object(
    raw,
    'the report',
    [
      'version',
      'name',
      'repository',
      'pullRequest',
      'headSha',
      'runId',
      'stages',
      'tests',
      'coverage',
      'patch',
      'annotations',
    ],
    ['version', 'name', 'stages', 'annotations'],
  );
  if (b.version !== BUNDLE_VERSION)
    fail(
      'version',
      `is ${JSON.stringify(b.version)}; this backend-ci reads version ${BUNDLE_VERSION} (save and post must use the same backend-ci version)`,
    );
  if (b.name !== expectedName)
    fail('name', `is ${JSON.stringify(String(b.name).slice(0, 100))}, expected ${JSON.stringify(expectedName)}`);
  const out: ReportBundle = { version: BUNDLE_VERSION, name: expectedName, stages: [], annotations: [] };

  if (b.repository !== undefined) {
    const r = object(b.repository, 'repository', ['owner', 'repo'], ['owner', 'repo']);
    const part = (v: unknown, at: string) =>
      /^[A-Za-z0-9_.-]{1,100}$/.test(text(v, at, 100))
        ? (v as string)
        : fail(at, 'must be a GitHub owner or repository name');
    out.repository = { owner: part(r.owner, 'repository.owner'), repo: part(r.repo, 'repository.repo') };
  }
  if (b.pullRequest !== undefined)
    out.pullRequest =
      Number.isSafeInteger(b.pullRequest) && (b.pullRequest as number) > 0
        ? (b.pullRequest as number)
        : fail('pullRequest', 'must be a pull request number');
  if (b.headSha !== undefined)
    out.headSha = /^[0-9a-f]{40}$/.test(text(b.headSha, 'headSha', 40))
      ? (b.headSha as string)
      : fail('headSha', 'must be a 40-character commit id');
  if (b.runId !== undefined)
    out.runId = /^[0-9]{1,20}$/.test(text(b.runId, 'runId', 20))
      ? (b.runId as string)
      : fail('runId', 'must be a run id (digits)');

  const seen = new Set<string>();
  out.stages = list(b.stages, 'stages', STAGE_NAMES.length).map((v, i) => {
    const s = object(v, `stages[${i}]`, ['stage', 'status', 'headline', 'durationMs'], ['stage', 'status', 'headline']);
    const stage = oneOf(
      s.stage,
      `stages[${i}].stage`,
      STAGE_NAMES.filter((n) => n !== 'report'),
    );
    if (seen.has(stage)) fail(`stages[${i}].stage`, `repeats ${stage}`);
    seen.add(stage);
    return {
      stage,
      status: oneOf(s.status, `stages[${i}].status`, ['passed', 'failed', 'skipped', 'warned'] as const),
      headline: text(s.headline, `stages[${i}].headline`),
      durationMs: s.durationMs === undefined ? 0 : count(s.durationMs, `stages[${i}].durationMs`),
    };
  });

  if (b.tests !== undefined) {
    const t = object(
      b.tests,
      'tests',
      ['passed', 'failed', 'skipped', 'exitCode'],
      ['passed', 'failed', 'skipped', 'exitCode'],
    );
    out.tests = {
      passed: count(t.passed, 'tests.passed'),
      failed: count(t.failed, 'tests.failed'),
      skipped: count(t.skipped, 'tests.skipped'),
      exitCode:
        t.exitCode === null
          ? null
          : Number.isSafeInteger(t.exitCode)
            ? (t.exitCode as number)
            : fail('tests.exitCode', 'must be a whole number or null'),
    };
  }

  if (b.coverage !== undefined) {
    const c = object(b.coverage, 'coverage', ['files', 'filesOmitted', 'totals'], ['files', 'filesOmitted', 'totals']);
    const files = list(c.files, 'coverage.files', MAX_COVERAGE_FILES).map((v, i) => {
      const f = object(v, `coverage.files[${i}]`, ['path', ...METRICS], ['path', ...METRICS]);
      return { path: repoPath(f.path, `coverage.files[${i}].path`), ...metrics(f, `coverage.files[${i}]`) };
    });
    const filesOmitted = count(c.filesOmitted, 'coverage.filesOmitted');
    const totals = metrics(object(c.totals, 'coverage.totals', METRICS, METRICS), 'coverage.totals');
    // Totals are recomputed from the files whenever every file is there, so the two cannot disagree.
    const summed = sumTotals(files);
    if (filesOmitted === 0) {
      for (const m of METRICS)
        if (summed[m].covered !== totals[m].covered || summed[m].total !== totals[m].total)
          fail(
            `coverage.totals.${m}`,
            `say ${totals[m].covered}/${totals[m].total}, but the files add up to ${summed[m].covered}/${summed[m].total}`,
          );
    } else {
      for (const m of METRICS)
        if (
          summed[m].total > totals[m].total ||
          summed[m].total - summed[m].covered > totals[m].total - totals[m].covered
        )
          fail(`coverage.totals.${m}`, 'are smaller than the files listed');
    }
    out.coverage = { files, filesOmitted, totals: filesOmitted === 0 ? summed : totals };
  }

  if (b.patch !== undefined) {
    const p = object(b.patch, 'patch', ['percent', 'covered', 'total', 'files'], ['covered', 'total', 'files']);
    const covered = count(p.covered, 'patch.covered');
    const total = count(p.total, 'patch.total');
    if (covered > total) fail('patch', `covers ${covered} of ${total} changed lines: more than there are`);
    let ranges = 0;
    const files = list(p.files, 'patch.files', MAX_PATCH_FILES).map((v, i) => {
      const f = object(v, `patch.files[${i}]`, ['path', 'uncovered'], ['path', 'uncovered']);
      const uncovered = list(f.uncovered, `patch.files[${i}].uncovered`, MAX_PATCH_RANGES).map((r, j) => {
        const at = `patch.files[${i}].uncovered[${j}]`;
        const o = object(r, at, ['start', 'end'], ['start', 'end']);
        const start = line(o.start, `${at}.start`);
        const end = line(o.end, `${at}.end`);
        if (end < start) fail(at, 'ends before it starts');
        return { start, end };
      });
      ranges += uncovered.length;
      if (ranges > MAX_PATCH_RANGES) fail('patch.files', `hold more than ${MAX_PATCH_RANGES} line ranges`);
      return { path: repoPath(f.path, `patch.files[${i}].path`), uncovered };
    });
    // The percent is ours to compute, from the counts (the same rule as src/coverage/patch.ts).
    out.patch = { covered, total, percent: total === 0 ? 100 : Math.floor((covered / total) * 10000) / 100, files };
  }

  out.annotations = list(b.annotations, 'annotations', MAX_ANNOTATIONS).map((v, i) => {
    const at = `annotations[${i}]`;
    const a = object(v, at, ['level', 'message', 'title', 'file', 'line', 'endLine', 'column'], ['level', 'message']);
    const annotation: Annotation = {
      level: oneOf(a.level, `${at}.level`, ['error', 'warning', 'notice'] as AnnotationLevel[]),
      message: text(a.message, `${at}.message`, 4000),
    };
    if (a.title !== undefined) annotation.title = text(a.title, `${at}.title`, 255);
    if (a.file !== undefined) annotation.file = repoPath(a.file, `${at}.file`);
    if (a.line !== undefined) annotation.line = line(a.line, `${at}.line`);
    if (a.endLine !== undefined) annotation.endLine = line(a.endLine, `${at}.endLine`);
    if (a.column !== undefined) annotation.column = line(a.column, `${at}.column`);
    return annotation;
  });
  return out;
}
