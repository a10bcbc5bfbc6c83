// Drives one stage of load with autocannon and measures it per endpoint, including the response headers
// the service reports about itself (X-Query-Count, X-Perf-Time-ms).
//
// Weights: one autocannon instance runs all endpoints, and each user (connection) walks a request cycle in
// which every endpoint appears in proportion to its weight, interleaved (smooth weighted round-robin) and
// rotated per user so users do not move in lockstep. So the request mix matches the weights and the
// concurrency is exactly the stage's users. Splitting connections per endpoint instead would let a fast
// endpoint take far more than its share and a slow one less, and the "users" would not be the same users.
// Per-endpoint numbers stay honest because autocannon calls the request's onResponse and then emits the
// instance's 'response' event synchronously for the same response, so the pairing cannot interleave.
import autocannon from 'autocannon';
import { Recorder, type StageRun } from './results.js';
import type { Endpoint } from './scenario.js';

export interface StageLoad {
  baseUrl: URL;
  endpoints: Endpoint[];
  users: number;
  seconds: number;
  maxRequests: number;
  timeoutSeconds: number;
  /** Cap on kept latency samples per endpoint (memory bound); percentiles are exact below it. */
  sampleCap?: number;
  onProgress?: (responses: number) => void;
}

/** Length of the request cycle each user walks; weights are rounded to shares of it. */
const CYCLE_SLOTS = 100;

/** A bounded, interleaved sequence of endpoint indexes whose counts follow the weights. */
export function weightedCycle(weights: number[], slots = CYCLE_SLOTS): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.round((w / total) * slots)));
  const length = counts.reduce((a, b) => a + b, 0);
  const current = counts.map(() => 0);
  const out: number[] = [];
  for (let n = 0; n < length; n++) {
    let best = 0;
    for (let i = 0; i < counts.length; i++) {
      current[i]! += counts[i]!;
      if (current[i]! > current[best]!) best = i;
    }
    current[best]! -= length;
    out.push(best);
  }
  return out;
}

function headerNumber(headers: Record<string, string | string[]>, lowerName: string): number | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== lowerName) continue;
    const n = Number(Array.isArray(value) ? value[value.length - 1] : value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Runs one stage and returns what it measured. Ends by the stage's time or its request cap, whichever first. */
export function runStage(load: StageLoad): Promise<StageRun> {
  const prefix = load.baseUrl.pathname.replace(/\/+$/, '');
  const stage = new Recorder(load.sampleCap);
  const perEndpoint = load.endpoints.map(() => new Recorder(load.sampleCap));
  let pending: { index: number; status: number; headers: Record<string, string | string[]>; bytes: number } | undefined;

  const requests: autocannon.Request[] = load.endpoints.map((e, index) => ({
    method: e.method,
    path: prefix + e.path,
    headers: Object.keys(e.headers).length
      ? Object.fromEntries(Object.entries(e.headers).filter((kv): kv is [string, string] => kv[1] !== undefined))
      : undefined,
    body: e.body,
    onResponse: (status, body, _context, headers) => {
      pending = { index, status, headers, bytes: Buffer.byteLength(body ?? '') };
    },
  }));
  const cycle = weightedCycle(load.endpoints.map((e) => e.weight)).map((i) => requests[i]!);
  let clientNumber = 0;

  return new Promise((resolve, reject) => {
    let settled = false;
    const instance = autocannon(
      {
        url: load.baseUrl.origin,
        connections: load.users,
        duration: load.seconds,
        // autocannon needs at least one request per connection.
        maxOverallRequests: Math.max(load.maxRequests, load.users),
        timeout: load.timeoutSeconds,
        pipelining: 1,
        requests: cycle,
        setupClient: (client) => {
          const offset = Math.floor((clientNumber++ * cycle.length) / load.users) % cycle.length;
          client.setRequests([...cycle.slice(offset), ...cycle.slice(0, offset)]);
        },
      },
      (err, result) => {
        clearTimeout(watchdog);
        if (settled) return;
        settled = true;
        if (err) return reject(err);
        const seconds = result.duration > 0 ? result.duration : load.seconds;
        const endpoints: StageRun['endpoints'] = {};
        load.endpoints.forEach((e, i) => {
          endpoints[e.name] = perEndpoint[i]!.measured(seconds);
        });
        resolve({ users: load.users, seconds, total: stage.measured(seconds), endpoints });
      },
    );
    // autocannon stops on its own; this is the second lock on the door in case it does not.
    const watchdog = setTimeout(() => instance.stop(), (load.seconds + load.timeoutSeconds + 5) * 1000);
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      const p = pending;
      pending = undefined;
      const queries = p ? headerNumber(p.headers, 'x-query-count') : undefined;
      const perfTime = p ? headerNumber(p.headers, 'x-perf-time-ms') : undefined;
      stage.response(statusCode, responseTime, queries, perfTime, p?.bytes);
      if (p) perEndpoint[p.index]!.response(statusCode, responseTime, queries, perfTime, p.bytes);
      if (stage.responses % 500 === 0) load.onProgress?.(stage.responses);
      if (stage.responses >= load.maxRequests) instance.stop();
    });
    // Timeouts and refused connections cannot be tied to an endpoint: they count in the stage's error rate.
    instance.on('reqError', (error) => {
      stage.failure(/timed out/i.test(error.message) ? 'timeout' : 'connection error');
    });
  });
}
