// Runs an existing k6 script instead of the built-in load, and reads k6's --summary-export JSON.
// The script decides its own stages and targets; BASE_URL is passed in its environment, and the run is
// killed after the scenario's total time limit.
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../host/host.js';
import { runProgram, tail } from '../exec/run.js';
import { round, type Measured, type PerfResults } from './results.js';
import type { Scenario } from './scenario.js';

export class K6Error extends Error {
  override name = 'K6Error';
}

/** The k6 binary on PATH, or undefined. */
export function findK6(envPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, process.platform === 'win32' ? 'k6.exe' : 'k6');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

interface K6Trend {
  avg?: number;
  med?: number;
  'p(90)'?: number;
  'p(95)'?: number;
  'p(99)'?: number;
  max?: number;
}

interface K6Counter {
  count?: number;
  rate?: number;
}

interface K6Rate {
  passes?: number;
  fails?: number;
  value?: number;
}

interface K6Summary {
  metrics?: {
    http_req_duration?: K6Trend;
    http_reqs?: K6Counter;
    http_req_failed?: K6Rate;
    vus_max?: { value?: number; max?: number };
  } & Record<string, unknown>;
  state?: { testRunDurationMs?: number };
}

const ms1 = (n: number | undefined) => (n === undefined ? undefined : round(n, 1));

/**
 * Per-endpoint rows from a summary export's sub-metrics. k6 exports a sub-metric such as
 * `http_req_duration{name:list}` for every one a threshold names, so a script whose thresholds name its
 * request tags (as the fixture's do) gets one row per name. The row is named by the `name` tag when that is
 * the only tag, else by the whole selector. Requests and errors come from the matching `http_reqs{...}` and
 * `http_req_failed{...}` sub-metrics when the script has them; without them the row has latency only.
 */
export function parseK6Endpoints(json: string, source: string): Record<string, Omit<Measured, 'statusCodes'>> {
  let data: K6Summary;
  try {
    data = JSON.parse(json) as K6Summary;
  } catch (err) {
    throw new K6Error(`${source}: k6 summary export is not JSON: ${(err as Error).message}`);
  }
  const metrics = data.metrics ?? {};
  const out: Record<string, Omit<Measured, 'statusCodes'>> = {};
  for (const [key, value] of Object.entries(metrics)) {
    const m = /^http_req_duration\{(.+)\}$/.exec(key);
    if (!m || typeof value !== 'object' || value === null) continue;
    const selector = m[1]!;
    const tags = selector.split(',').map((t) => t.trim());
    const nameTag = tags.length === 1 && /^name:/.test(tags[0]!) ? tags[0]!.slice('name:'.length).trim() : undefined;
    const trend = value as K6Trend;
    const reqs = metrics[`http_reqs{${selector}}`] as K6Counter | undefined;
    const failed = metrics[`http_req_failed{${selector}}`] as K6Rate | undefined;
    const requests = reqs?.count ?? (failed ? (failed.passes ?? 0) + (failed.fails ?? 0) : 0);
    const errors = failed?.passes ?? 0;
    out[nameTag ?? selector] = {
      requests,
      errors,
      errorRatePct:
        failed?.value !== undefined ? round(failed.value * 100, 3) : requests ? round((errors / requests) * 100, 3) : 0,
      rps: round(reqs?.rate ?? 0, 1),
      p50: ms1(trend.med),
      p95: ms1(trend['p(95)']),
      p99: ms1(trend['p(99)']),
    };
  }
  return out;
}

/** Turns a k6 summary export into one stage of results (k6 runs its own stages; we see the whole). */
export function parseK6Summary(
  json: string,
  source: string,
): Omit<Measured, 'statusCodes'> & { users: number; seconds: number } {
  let data: K6Summary;
  try {
    data = JSON.parse(json) as K6Summary;
  } catch (err) {
    throw new K6Error(`${source}: k6 summary export is not JSON: ${(err as Error).message}`);
  }
  const m = data.metrics;
  const duration = m?.http_req_duration;
  if (!m || !duration || !m.http_reqs) {
    throw new K6Error(
      `${source}: k6 summary export has no http_req_duration / http_reqs metrics (did the script make HTTP requests?)`,
    );
  }
  const requests = m.http_reqs.count ?? 0;
  const failedRate = m.http_req_failed?.value ?? 0;
  // In a summary export a Rate metric's "passes" counts true values: for http_req_failed, the failed requests.
  const errors = m.http_req_failed?.passes ?? Math.round(failedRate * requests);
  const rps = m.http_reqs.rate ?? 0;
  return {
    users: m.vus_max?.max ?? m.vus_max?.value ?? 0,
    seconds: data.state?.testRunDurationMs
      ? round(data.state.testRunDurationMs / 1000, 2)
      : rps > 0
        ? round(requests / rps, 2)
        : 0,
    requests,
    errors,
    errorRatePct: round(failedRate * 100, 3),
    rps: round(rps, 1),
    p50: duration.med === undefined ? undefined : round(duration.med, 1),
    p95: duration['p(95)'] === undefined ? undefined : round(duration['p(95)'], 1),
    p99: duration['p(99)'] === undefined ? undefined : round(duration['p(99)'], 1),
  };
}

export async function runK6(k6: string, scenario: Scenario, baseUrl: URL, log: Logger): Promise<PerfResults> {
  const script = scenario.k6ScriptPath!;
  const dir = mkdtempSync(path.join(tmpdir(), 'backend-ci-k6-'));
  const exportFile = path.join(dir, 'summary.json');
  try {
    log.info(`k6 run ${path.basename(script)} (BASE_URL=${baseUrl.origin})`);
    const result = await runProgram(
      k6,
      [
        'run',
        '--quiet',
        '--summary-trend-stats',
        'avg,min,med,max,p(90),p(95),p(99)',
        '--summary-export',
        exportFile,
        script,
      ],
      {
        cwd: path.dirname(script),
        env: { ...process.env, BASE_URL: baseUrl.origin + baseUrl.pathname.replace(/\/+$/, '') },
        timeoutMs: scenario.limits.maxTotalSeconds * 1000,
      },
    );
    if (result.timedOut)
      throw new K6Error(`k6 was stopped after limits.maxTotalSeconds (${scenario.limits.maxTotalSeconds} s)`);
    // k6 exits 99 when the script's own thresholds fail; the summary is still written and our budgets decide.
    let json: string;
    try {
      json = readFileSync(exportFile, 'utf8');
    } catch {
      throw new K6Error(
        `k6 exited with ${result.code} and wrote no summary export:\n${tail(result.stderr || result.stdout)}`,
      );
    }
    if (result.code !== 0)
      log.warning(`k6 exited with ${result.code}${result.code === 99 ? " (the script's own thresholds failed)" : ''}`);
    const s = parseK6Summary(json, path.basename(script));
    const measured: Measured = { ...s, statusCodes: {} };
    delete (measured as Partial<typeof s>).users;
    delete (measured as Partial<typeof s>).seconds;
    const endpoints = Object.entries(parseK6Endpoints(json, path.basename(script))).map(([name, m]) => {
      const e: Measured = { ...m, statusCodes: {} };
      return { name, measured: e };
    });
    return {
      version: 1,
      tool: 'k6',
      engineNote: `k6 (${path.basename(script)}: its own stages, one row; per-endpoint rows from the sub-metrics its thresholds name)`,
      scenario: scenario.file,
      baseUrl: baseUrl.origin,
      createdAt: new Date().toISOString(),
      repeat: 1,
      stages: [{ users: s.users, seconds: s.seconds, total: measured, runs: [measured], endpoints }],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
