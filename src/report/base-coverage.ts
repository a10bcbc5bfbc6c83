// The base branch's coverage, for the "change" column: read from a file the user gives or from the base
// branch's latest coverage-report artifact. The base's tests are never run again.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { METRICS, percent, type Metric, type MetricName } from '../coverage/model.js';
import { readCoverage } from '../coverage/read.js';
import type { Host } from '../host/host.js';
import type { BaseFiles } from './files-table.js';
import { ConfigError } from '../pipeline/stage.js';

export type BaseCoverage = Partial<Record<MetricName, number>>;

/** Names looked for inside a folder (an unpacked coverage-report artifact), best first. */
const CANDIDATES = ['coverage-summary.json', 'lcov.info', 'coverage/coverage-summary.json', 'coverage/lcov.info'];

export class BaseCoverageError extends Error {
  override name = 'BaseCoverageError';
}

/** Totals in percent from an istanbul coverage-summary.json or an lcov.info (or a folder holding one). */
export function readBaseCoverage(file: string): BaseCoverage {
  let target = file;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const found = CANDIDATES.map((c) => path.join(file, c)).find((c) => existsSync(c));
    if (!found) throw new BaseCoverageError(`${file}: no ${CANDIDATES.slice(0, 2).join(' or ')} in this folder`);
    target = found;
  }
  const text = readFileSync(target, 'utf8');
  if (target.endsWith('.json')) return fromJsonSummary(text, target);
  return fromLcovTotals(text, target);
}

function fromJsonSummary(text: string, file: string): BaseCoverage {
  let data: { total?: Record<string, { pct?: unknown; total?: unknown; covered?: unknown }> };
  try {
    data = JSON.parse(text) as typeof data;
  } catch (e) {
    throw new BaseCoverageError(`${file}: not JSON (${(e as Error).message})`);
  }
  if (!data.total) throw new BaseCoverageError(`${file}: expected an istanbul json-summary with a "total" object`);
  const out: BaseCoverage = {};
  for (const m of METRICS) {
    const entry = data.total[m];
    if (entry && typeof entry.total === 'number' && typeof entry.covered === 'number' && entry.total > 0)
      out[m] = percent({ total: entry.total, covered: entry.covered });
  }
  return out;
}

/** Only the per-file totals lines (LF/LH, BRF/BRH, FNF/FNH) are needed for a comparison. */
function fromLcovTotals(text: string, file: string): BaseCoverage {
  const sums: Record<'lines' | 'branches' | 'functions', Metric> = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
  };
  const keys: Record<string, [keyof typeof sums, 'total' | 'covered']> = {
    LF: ['lines', 'total'],
    LH: ['lines', 'covered'],
    BRF: ['branches', 'total'],
    BRH: ['branches', 'covered'],
    FNF: ['functions', 'total'],
    FNH: ['functions', 'covered'],
  };
  let records = 0;
  for (const line of text.split('\n')) {
    const m = /^(LF|LH|BRF|BRH|FNF|FNH):(\d+)\s*$/.exec(line);
    if (m) {
      const [metric, field] = keys[m[1]!]!;
      sums[metric][field] += Number(m[2]);
    } else if (line.startsWith('end_of_record')) records++;
  }
  if (records === 0) throw new BaseCoverageError(`${file}: expected lcov records (SF: ... end_of_record)`);
  const out: BaseCoverage = {};
  for (const m of ['lines', 'branches', 'functions'] as const) if (sums[m].total > 0) out[m] = percent(sums[m]);
  if (out.lines !== undefined) out.statements = out.lines;
  return out;
}

export interface LoadedBase {
  coverage: BaseCoverage;
  source: string;
  /** Per file, when the base report has files (lcov, json-summary): for the per-file change. */
  files?: BaseFiles;
}

/** The base report's files in percent per metric (n/a metrics left out), paths as this workspace names them. */
export async function readBaseFiles(file: string, workspace: string): Promise<BaseFiles | undefined> {
  let target = file;
  if (existsSync(file) && statSync(file).isDirectory())
    target = CANDIDATES.map((c) => path.join(file, c)).find((c) => existsSync(c)) ?? '';
  if (!target) return undefined;
  try {
    const report = await readCoverage([target], { workspace, cwd: workspace });
    const out: BaseFiles = new Map();
    for (const f of report.files) {
      const entry: Partial<Record<MetricName, number>> = {};
      for (const m of METRICS) if (f[m].total > 0) entry[m] = percent(f[m]);
      out.set(f.path, entry);
    }
    return out;
  } catch {
    // The totals were readable (or this would not be called); a per-file view is an extra.
    return undefined;
  }
}

/**
 * The base coverage: the `base-coverage` file when given (an error there is the user's to fix), otherwise the
 * base branch's latest coverage-report artifact; missing or unreadable artifacts only mean "no change column".
 */
export async function loadBaseCoverage(
  host: Host,
  options: { file?: string; baseRef?: string; artifactName?: string },
): Promise<LoadedBase | undefined> {
  if (options.file) {
    const file = path.resolve(host.context.workspace, options.file);
    if (!existsSync(file))
      throw new ConfigError(`input 'base-coverage': ${options.file} does not exist (looked at ${file})`);
    try {
      const files = await readBaseFiles(file, host.context.workspace);
      return {
        coverage: readBaseCoverage(file),
        source: `base coverage file ${options.file}`,
        ...(files ? { files } : {}),
      };
    } catch (e) {
      throw new ConfigError(`input 'base-coverage': ${(e as Error).message}`);
    }
  }
  if (!options.baseRef) return undefined;
  const name = options.artifactName ?? 'coverage-report';
  try {
    const store = await host.artifacts();
    const dest = path.join(host.resultsDir, 'base-coverage');
    const folder = await store.downloadLatest(name, dest, { branch: options.baseRef });
    if (!folder) {
      host.log.info(
        `No ${name} artifact from a successful run on ${options.baseRef}; coverage is shown without its change.`,
      );
      return undefined;
    }
    const files = await readBaseFiles(folder, host.context.workspace);
    return {
      coverage: readBaseCoverage(folder),
      source: `the latest ${name} of ${options.baseRef}`,
      ...(files ? { files } : {}),
    };
  } catch (e) {
    host.log.warning(
      `Could not read the base branch's coverage (${(e as Error).message}); coverage is shown without its change.`,
    );
    return undefined;
  }
}
