// Per-file coverage with the detail the readers see (hits per line, function, branch), before it is
// summarised into the model. Keeping the detail lets two reports of the same file be added up exactly.
import { BranchHits } from './branch-hits.js';
import { FunctionHits } from './function-hits.js';
import { LineHits } from './line-hits.js';
import { type FileCoverage, type Metric, emptyMetric } from './model.js';

/** Hits of one function or branch; -1 for an lcov branch that was never evaluated ('-'). */
export interface Counter {
  line: number;
  hits: number;
  /** A function's name when the map key is not the name itself (lcov keys functions by line and name). */
  name?: string;
}

export interface FileDetail {
  /** The path as the report wrote it, or repository-relative once normalised. */
  path: string;
  lines: Map<number, number>;
  /** By a key unique within the file: lcov "line,name" (two methods may share a name), others the name. */
  functions: Map<string, Counter>;
  /** By a key unique within the file (lcov: "line,block,branch"). */
  branches: Map<string, Counter>;
  /** Totals the file states (lcov LF/LH, FNF/FNH, BRF/BRH), used only where it lists no detail. */
  stated: { lines?: Metric; functions?: Metric; branches?: Metric };
  /** From istanbul's json-summary only: the other formats have no statements. */
  statements?: Metric;
}

export function newDetail(path: string): FileDetail {
  return { path, lines: new LineHits(), functions: new Map(), branches: new Map(), stated: {} };
}

/** Adds hits; an unevaluated branch (-1) plus an unevaluated one stays unevaluated. */
export function addHits(a: number | undefined, b: number): number {
  if (a === undefined) return b;
  if (a < 0 && b < 0) return -1;
  return Math.max(a, 0) + Math.max(b, 0);
}

/** Adds `from` into `into` (two runs of the same file): hits add up per line, function and branch. */
export function addDetail(into: FileDetail, from: FileDetail): void {
  for (const [line, hits] of from.lines) into.lines.set(line, addHits(into.lines.get(line), hits));
  for (const [name, fn] of from.functions) {
    const had = into.functions.get(name);
    into.functions.set(name, { ...fn, line: had?.line ?? fn.line, hits: addHits(had?.hits, fn.hits) });
  }
  for (const [key, br] of from.branches) {
    const had = into.branches.get(key);
    into.branches.set(key, { line: br.line, hits: addHits(had?.hits, br.hits) });
  }
  for (const m of ['lines', 'functions', 'branches'] as const) {
    const a = into.stated[m];
    const b = from.stated[m];
    // Stated totals of two runs of one file: the same total, and at least the larger covered count.
    if (b) into.stated[m] = a ? { total: Math.max(a.total, b.total), covered: Math.max(a.covered, b.covered) } : { ...b };
  }
  if (from.statements) {
    const a = into.statements;
    into.statements = a
      ? { total: Math.max(a.total, from.statements.total), covered: Math.max(a.covered, from.statements.covered) }
      : { ...from.statements };
  }
}

function countCovered<T>(values: Iterable<T>, hits: (v: T) => number): Metric {
  const m = emptyMetric();
  for (const v of values) {
    m.total++;
    if (hits(v) > 0) m.covered++;
  }
  return m;
}

/**
 * Functions as listed, unless the file states a different count (lcov FNF/FNH): a writer that lists two
 * anonymous functions on one line under one name still counts two, and its own total is then the right one.
 */
export function functionMetric(detail: FileDetail): Metric {
  const stated = detail.stated.functions;
  if (detail.functions.size === 0) return stated ? { ...stated } : emptyMetric();
  const counted =
    detail.functions instanceof FunctionHits ? detail.functions.metric() : countCovered(detail.functions.values(), (f) => f.hits);
  if (stated && stated.total !== counted.total && stated.covered <= stated.total) return { ...stated };
  return counted;
}

/** `path` names the file when it differs from the detail's (the repository path of a report's path). */
export function summarise(detail: FileDetail, path = detail.path): FileCoverage {
  const counted = detail.lines instanceof LineHits ? detail.lines.metric() : countCovered(detail.lines.values(), (h) => h);
  const lines = detail.lines.size > 0 ? counted : (detail.stated.lines ?? emptyMetric());
  const functions = functionMetric(detail);
  const branchesCounted =
    detail.branches instanceof BranchHits ? detail.branches.metric() : countCovered(detail.branches.values(), (b) => b.hits);
  const branches = detail.branches.size > 0 ? branchesCounted : (detail.stated.branches ?? emptyMetric());
  const file: FileCoverage = {
    path,
    lines,
    branches,
    functions,
    // lcov and istanbul's Cobertura have no statements: n/a, not a copy of lines (98.75% statements would show
    // as 99.61%). coverage.py's lines are its statements (one per executable line), so Python files keep them.
    statements: detail.statements ? { ...detail.statements } : path.endsWith('.py') ? { ...lines } : emptyMetric(),
  };
  if (detail.lines.size > 0) file.lineHits = detail.lines;
  return file;
}
