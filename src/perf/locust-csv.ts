// Reads Locust's `--csv` stats file (<prefix>_stats.csv): one row per request name plus "Aggregated".
// Locust writes it with Python's csv module, so a name holding a comma or a quote comes quoted.
import { round, type Measured } from './results.js';

export class LocustCsvError extends Error {
  override name = 'LocustCsvError';
}

/** Splits CSV text into rows of fields (RFC 4180 quoting, as Python's csv module writes it). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface LocustStatsRow {
  method: string;
  name: string;
  measured: Measured;
  /** Locust's "Average Content Size", in bytes. */
  avgBytes?: number;
}

const num = (v: string | undefined): number | undefined => {
  if (v === undefined || v === '' || v === 'N/A') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

const REQUIRED = [
  'Type',
  'Name',
  'Request Count',
  'Failure Count',
  'Requests/s',
  '50%',
  '95%',
  '99%',
  'Average Content Size',
];

/** Rows of a stats CSV; `aggregated` is Locust's own total over every name. */
export function parseLocustStats(
  text: string,
  source: string,
): { rows: LocustStatsRow[]; aggregated?: LocustStatsRow } {
  const [header, ...body] = parseCsv(text);
  if (!header) throw new LocustCsvError(`${source}: empty Locust stats file`);
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = REQUIRED.filter((h) => !col.has(h));
  if (missing.length)
    throw new LocustCsvError(
      `${source}: not a Locust stats CSV (missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')})`,
    );
  const get = (r: string[], h: string) => r[col.get(h)!];
  const rows: LocustStatsRow[] = [];
  let aggregated: LocustStatsRow | undefined;
  for (const r of body) {
    if (r.length < header.length) continue;
    const requests = num(get(r, 'Request Count')) ?? 0;
    const errors = num(get(r, 'Failure Count')) ?? 0;
    // Locust reports percentiles of a stat with no responses as 0 or N/A; neither is a latency.
    const pick = (h: string) => (requests - errors > 0 || requests > 0 ? num(get(r, h)) : undefined);
    const measured: Measured = {
      requests,
      errors,
      errorRatePct: requests === 0 ? 0 : round((errors / requests) * 100, 3),
      rps: round(num(get(r, 'Requests/s')) ?? 0, 1),
      p50: pick('50%'),
      p95: pick('95%'),
      p99: pick('99%'),
      statusCodes: {},
    };
    const row: LocustStatsRow = {
      method: get(r, 'Type') ?? '',
      name: get(r, 'Name') ?? '',
      measured,
      avgBytes: requests > 0 ? num(get(r, 'Average Content Size')) : undefined,
    };
    if (row.name === 'Aggregated' && row.method === '') aggregated = row;
    else rows.push(row);
  }
  return { rows, aggregated };
}
