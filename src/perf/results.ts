// The perf results model: what one run of one stage measured, how repeats are combined, and the
// results.json that the next run's comparison reads back.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../pipeline/stage.js';
import { BoundedSample } from './sample.js';

/** What was measured for a whole stage or one endpoint in one run. Latencies in ms. */
export interface Measured {
  requests: number;
  errors: number;
  errorRatePct: number;
  rps: number;
  p50?: number;
  p95?: number;
  p99?: number;
  /** Highest X-Query-Count seen on any response. */
  maxQueries?: number;
  p95Queries?: number;
  /** p95 of the X-Perf-Time-ms header: the time the service itself reports. */
  p95PerfTimeMs?: number;
  /** Average response body size, KB (1 KB = 1024 bytes). */
  avgKB?: number;
  statusCodes: Record<string, number>;
}

/** Requests one load generator (a Locust process or worker) made during a stage. */
export interface WorkerLoad {
  worker: string;
  requests: number;
}

export interface StageRun {
  users: number;
  /** Seconds the stage actually ran. */
  seconds: number;
  total: Measured;
  endpoints: Record<string, Measured>;
  /** CPU the service used during the stage, % of one core, when the stage could read it. */
  cpuPct?: number;
  workers?: WorkerLoad[];
  /** closed: each user waits for its answer (the default); open: a fixed arrival rate. */
  mode?: 'closed' | 'open';
  /** The arrival rate asked for, in open mode. */
  targetRps?: number;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface StageResults {
  users: number;
  seconds: number;
  /** Medians over the repeat runs (sums for counts, max for maxQueries). */
  total: Measured;
  /** p95 of each repeat run, so a reader sees the noise. */
  p95Spread?: Spread;
  runs: Measured[];
  endpoints: { name: string; measured: Measured; p95Spread?: Spread }[];
  /** Median over the repeat runs of the service's CPU, % of one core; absent when not measured. */
  cpuPct?: number;
  /** Load per generator, summed over the repeat runs (distributed Locust). */
  workers?: WorkerLoad[];
  mode?: 'closed' | 'open';
  targetRps?: number;
}

export interface PerfResults {
  version: 1;
  tool: 'autocannon' | 'k6' | 'locust';
  /** Where the load came from, e.g. "locust, master + 2 workers"; shown in the summary. */
  engineNote?: string;
  scenario: string;
  baseUrl: string;
  createdAt: string;
  sha?: string;
  repeat: number;
  stages: StageResults[];
}

/** Accumulates one stage's (or one endpoint's) responses during a run. */
export class Recorder {
  readonly latency: BoundedSample;
  readonly queries: BoundedSample;
  readonly perfTime: BoundedSample;
  /** Body bytes of responses whose size was seen. */
  bytes = 0;
  sized = 0;
  responses = 0;
  /** Requests that got no response: timeouts, refused or reset connections. */
  noResponse = 0;
  errors = 0;
  readonly statusCodes: Record<string, number> = {};

  constructor(cap?: number) {
    this.latency = new BoundedSample(cap);
    this.queries = new BoundedSample(cap);
    this.perfTime = new BoundedSample(cap);
  }

  response(status: number, latencyMs: number, queryCount?: number, perfTimeMs?: number, bodyBytes?: number): void {
    this.responses++;
    if (bodyBytes !== undefined) {
      this.bytes += bodyBytes;
      this.sized++;
    }
    this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
    if (status >= 400) this.errors++;
    this.latency.add(latencyMs);
    if (queryCount !== undefined) this.queries.add(queryCount);
    if (perfTimeMs !== undefined) this.perfTime.add(perfTimeMs);
  }

  /** A request that got no response (timeout, refused, reset). */
  failure(kind: string): void {
    this.errors++;
    this.noResponse++;
    this.statusCodes[kind] = (this.statusCodes[kind] ?? 0) + 1;
  }

  measured(seconds: number): Measured {
    const attempts = this.responses + this.noResponse;
    return {
      requests: attempts,
      errors: this.errors,
      errorRatePct: attempts === 0 ? 0 : round((this.errors / attempts) * 100, 3),
      rps: seconds > 0 ? round(this.responses / seconds, 1) : 0,
      p50: roundMaybe(this.latency.percentile(50)),
      p95: roundMaybe(this.latency.percentile(95)),
      p99: roundMaybe(this.latency.percentile(99)),
      maxQueries: this.queries.count > 0 ? this.queries.max : undefined,
      p95Queries: this.queries.percentile(95),
      p95PerfTimeMs: this.perfTime.count > 0 ? round(this.perfTime.percentile(95)!, 2) : undefined,
      avgKB: this.sized > 0 ? round(this.bytes / this.sized / 1024, 2) : undefined,
      statusCodes: { ...this.statusCodes },
    };
  }
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function roundMaybe(n: number | undefined): number | undefined {
  return n === undefined ? undefined : round(n, 1);
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function spreadOf(values: (number | undefined)[]): Spread | undefined {
  const v = values.filter((x): x is number => x !== undefined);
  if (v.length === 0) return undefined;
  return { min: Math.min(...v), median: round(median(v)!, 1), max: Math.max(...v) };
}

/** Combines repeat runs of one stage: medians of rates and percentiles, sums of counts, max of maxima. */
export function combineRuns(runs: Measured[]): Measured {
  const med = (pick: (m: Measured) => number | undefined, digits = 1) => {
    const m = median(runs.map(pick).filter((x): x is number => x !== undefined));
    return m === undefined ? undefined : round(m, digits);
  };
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const errors = runs.reduce((n, r) => n + r.errors, 0);
  const statusCodes: Record<string, number> = {};
  for (const r of runs) for (const [k, c] of Object.entries(r.statusCodes)) statusCodes[k] = (statusCodes[k] ?? 0) + c;
  const maxima = runs.map((r) => r.maxQueries).filter((x): x is number => x !== undefined);
  return {
    requests,
    errors,
    errorRatePct: requests === 0 ? 0 : round((errors / requests) * 100, 3),
    rps: med((r) => r.rps) ?? 0,
    p50: med((r) => r.p50),
    p95: med((r) => r.p95),
    p99: med((r) => r.p99),
    maxQueries: maxima.length ? Math.max(...maxima) : undefined,
    p95Queries: med((r) => r.p95Queries),
    p95PerfTimeMs: med((r) => r.p95PerfTimeMs, 2),
    avgKB: med((r) => r.avgKB, 2),
    statusCodes,
  };
}

function med1(values: (number | undefined)[]): number | undefined {
  const m = median(values.filter((x): x is number => x !== undefined));
  return m === undefined ? undefined : round(m, 1);
}

function sumWorkers(lists: (WorkerLoad[] | undefined)[]): WorkerLoad[] | undefined {
  const by = new Map<string, number>();
  for (const list of lists) for (const w of list ?? []) by.set(w.worker, (by.get(w.worker) ?? 0) + w.requests);
  return by.size ? [...by].map(([worker, requests]) => ({ worker, requests })) : undefined;
}

/** Groups runs by stage position: runs[repeat][stage] -> StageResults per stage. */
export function combineStages(runs: StageRun[][]): StageResults[] {
  const stageCount = runs[0]?.length ?? 0;
  const out: StageResults[] = [];
  for (let i = 0; i < stageCount; i++) {
    const ofStage = runs.map((r) => r[i]!).filter(Boolean);
    const names = [...new Set(ofStage.flatMap((r) => Object.keys(r.endpoints)))];
    out.push({
      users: ofStage[0]!.users,
      seconds: round(median(ofStage.map((r) => r.seconds)) ?? 0, 2),
      total: combineRuns(ofStage.map((r) => r.total)),
      p95Spread: spreadOf(ofStage.map((r) => r.total.p95)),
      runs: ofStage.map((r) => r.total),
      cpuPct: med1(ofStage.map((r) => r.cpuPct)),
      workers: sumWorkers(ofStage.map((r) => r.workers)),
      mode: ofStage[0]!.mode,
      targetRps: ofStage[0]!.targetRps,
      endpoints: names.map((name) => {
        const per = ofStage.map((r) => r.endpoints[name]).filter((m): m is Measured => m !== undefined);
        return { name, measured: combineRuns(per), p95Spread: spreadOf(per.map((m) => m.p95)) };
      }),
    });
  }
  return out;
}

/** Reads a results.json written by an earlier run (the base branch's), checking its shape. */
export function readResults(file: string, shownAs = file): PerfResults {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${shownAs}: cannot read perf results: ${(err as Error).message}`);
  }
  const r = data as Partial<PerfResults>;
  if (!r || r.version !== 1 || !Array.isArray(r.stages)) {
    throw new ConfigError(`${shownAs}: not a backend-ci perf results file (expected "version": 1 and a "stages" list)`);
  }
  return r as PerfResults;
}
