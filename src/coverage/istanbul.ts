// istanbul's json-summary (coverage-summary.json): { "total": {...}, "<path>": { lines, statements,
// functions, branches: { total, covered, skipped, pct } } }. Totals per file only, no line hits.
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

export function parseJsonSummary(text: string, file: string): Map<string, FileDetail> {
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
  const files = new Map<string, FileDetail>();
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'total') continue;
    // Point errors at the key: the first occurrence of its JSON spelling is where it is.
    const where = () => lineOf(text, Math.max(0, text.indexOf(JSON.stringify(key))));
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
      metrics[m] = { total, covered };
    }
    detail.stated = { lines: metrics.lines, functions: metrics.functions, branches: metrics.branches };
    detail.statements = metrics.statements;
    files.set(key, detail);
  }
  return files;
}

export async function readJsonSummaryDetail(file: string): Promise<Map<string, FileDetail>> {
  return parseJsonSummary(await readFile(file, 'utf8'), file);
}
