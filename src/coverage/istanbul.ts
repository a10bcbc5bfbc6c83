// istanbul's JSON reports. json-summary (coverage-summary.json): { "total": {...}, "<path>": { lines,
// statements, functions, branches: { total, covered, skipped, pct } } }, totals per file only, no line hits.
// json (coverage-final.json): per file statementMap/s, fnMap/f, branchMap/b counters, from which line hits
// are derived the way istanbul does (a line's hits are the most any statement starting on it got).
import { readFile } from 'node:fs/promises';
import { type FileDetail, newDetail } from './detail.js';
import { CoverageFormatError, type Metric } from './model.js';

const METRIC_KEYS = ['lines', 'statements', 'functions', 'branches'] as const;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse reports a character position in its message on Node 20; turn it into a line. */
function syntaxLine(text: string, err: SyntaxError): number | undefined {
  const m = /position (\d+)/.exec(err.message);
  return m ? lineOf(text, Number(m[1])) : undefined;
}

export interface IstanbulJson {
  kind: 'json-summary' | 'istanbul-json';
  files: Map<string, FileDetail>;
}

type Counters = Record<string, number>;

interface FinalEntry {
  statementMap: Record<string, { start: { line: number } }>;
  s: Counters;
  fnMap?: Record<string, { name?: string; decl?: { start: { line: number } }; loc?: { start: { line: number } }; line?: number }>;
  f?: Counters;
  branchMap?: Record<string, { line?: number; loc?: { start: { line: number } } }>;
  b?: Record<string, number[]>;
}

function isFinalEntry(value: unknown): value is FinalEntry {
  return value !== null && typeof value === 'object' && 'statementMap' in value && 's' in value;
}

function finalDetail(key: string, entry: FinalEntry, fail: (message: string) => never): FileDetail {
  const detail = newDetail(key);
  const statements = { covered: 0, total: 0 };
  for (const [id, count] of Object.entries(entry.s)) {
    const location = entry.statementMap[id];
    if (typeof count !== 'number' || !location?.start || typeof location.start.line !== 'number') fail(`expected statement ${id} of '${key}' in statementMap with a count in s`);
    statements.total++;
    if (count > 0) statements.covered++;
    const line = location.start.line;
    const had = detail.lines.get(line);
    if (had === undefined || had < count) detail.lines.set(line, count);
  }
  detail.statements = statements;
  for (const [id, count] of Object.entries(entry.f ?? {})) {
    const fn = entry.fnMap?.[id];
    const name = fn?.name && !detail.functions.has(fn.name) ? fn.name : `(function ${id})`;
    detail.functions.set(name, { line: fn?.decl?.start.line ?? fn?.loc?.start.line ?? fn?.line ?? 0, hits: count });
  }
  for (const [id, counts] of Object.entries(entry.b ?? {})) {
    const branch = entry.branchMap?.[id];
    const line = branch?.loc?.start.line ?? branch?.line ?? 0;
    if (!Array.isArray(counts)) fail(`expected b.${id} of '${key}' to be a list of counts`);
    counts.forEach((count, i) => detail.branches.set(`${id},${i}`, { line, hits: count }));
  }
  return detail;
}

/** Reads either istanbul JSON report; which one it is shows in each entry's shape. */
export function parseIstanbulJson(text: string, file: string): IstanbulJson {
  const data = parseObject(text, file);
  const entries = Object.entries(data).filter(([key]) => key !== 'total');
  if (entries.length > 0 && entries.every(([, value]) => isFinalEntry(value))) {
    const files = new Map<string, FileDetail>();
    for (const [key, value] of entries) {
      const where = () => lineOf(text, Math.max(0, text.indexOf(JSON.stringify(key))));
      files.set(key, finalDetail(key, value as FinalEntry, (message) => {
        throw new CoverageFormatError(file, where(), message);
      }));
    }
    return { kind: 'istanbul-json', files };
  }
  return { kind: 'json-summary', files: parseJsonSummary(text, file) };
}

function parseObject(text: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const e = err as SyntaxError;
    throw new CoverageFormatError(file, syntaxLine(text, e), `expected JSON (an istanbul json-summary): ${e.message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new CoverageFormatError(file, 1, 'expected a JSON object keyed by file path (an istanbul json-summary)');
  }
  return data as Record<string, unknown>;
}

export function parseJsonSummary(text: string, file: string): Map<string, FileDetail> {
  const data = parseObject(text, file);
  const files = new Map<string, FileDetail>();
  for (const [key, value] of Object.entries(data)) {
    // Point errors at the key: the first occurrence of its JSON spelling is where it is.
    const where = () => lineOf(text, Math.max(0, text.indexOf(JSON.stringify(key))));
    // "total" is not a file, but a file whose totals have the wrong types is no summary to trust either.
    if (key === 'total') {
      if (value !== null && typeof value === 'object') for (const m of METRIC_KEYS) checkPct(file, where, key, m, (value as Record<string, unknown>)[m]);
      continue;
    }
    if (value === null || typeof value !== 'object') {
      throw new CoverageFormatError(file, where(), `expected an object of metrics for '${key}', got ${JSON.stringify(value)}`);
    }
    const detail = newDetail(key);
    const metrics: Partial<Record<(typeof METRIC_KEYS)[number], Metric>> = {};
    for (const m of METRIC_KEYS) {
      const raw = (value as Record<string, unknown>)[m] as Record<string, unknown> | undefined;
      if (raw === undefined) throw new CoverageFormatError(file, where(), `expected '${m}' in the summary of '${key}'`);
      const { total, covered } = raw ?? {};
      if (typeof total !== 'number' || typeof covered !== 'number' || total < 0 || covered < 0 || covered > total) {
        throw new CoverageFormatError(
          file,
          where(),
          `expected '${m}' of '${key}' to have numbers total >= covered >= 0, got ${JSON.stringify(raw)}`,
        );
      }
      checkPct(file, where, key, m, raw);
      metrics[m] = { total, covered };
    }
    detail.stated = { lines: metrics.lines, functions: metrics.functions, branches: metrics.branches };
    detail.statements = metrics.statements;
    files.set(key, detail);
  }
  return files;
}

/**
 * istanbul writes pct as a number, or "Unknown" where there was nothing to count; anything else (a string
 * "85.5") means the file was not written by istanbul and its numbers cannot be trusted.
 */
function checkPct(file: string, where: () => number, key: string, metric: string, raw: unknown): void {
  if (raw === null || typeof raw !== 'object' || !('pct' in raw)) return;
  const { pct, total } = raw as { pct: unknown; total: unknown };
  if (typeof pct === 'number' && Number.isFinite(pct) && pct >= 0 && pct <= 100) return;
  if (pct === 'Unknown' && total === 0) return;
  throw new CoverageFormatError(file, where(), `expected '${metric}.pct' of '${key}' to be a number from 0 to 100 (or "Unknown" with total 0), got ${JSON.stringify(pct)}`);
}

export async function readIstanbulJson(file: string): Promise<IstanbulJson> {
  return parseIstanbulJson(await readFile(file, 'utf8'), file);
}
