// Open-loop load: requests at a fixed arrival rate, sent on schedule whether or not earlier ones were
// answered, and each one's latency counted from the moment it was meant to be sent. A closed-loop generator
// sends less when the service slows down and leaves the waiting out of its numbers (coordinated omission);
// this one keeps the schedule, so time spent queued for a connection shows in p95/p99 as a user would feel it.
// The stage's `users` is the most connections open at once; requests beyond them wait in the queue, timed.
import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { weightedCycle } from './load.js';
import { Recorder, type StageRun } from './results.js';
import type { Endpoint } from './scenario.js';

export interface OpenLoad {
  baseUrl: URL;
  endpoints: Endpoint[];
  /** Most connections at once. */
  users: number;
  /** Arrival rate, requests per second. */
  rps: number;
  seconds: number;
  maxRequests: number;
  timeoutSeconds: number;
  sampleCap?: number;
  onProgress?: (responses: number) => void;
}

/** Requests scheduled but not answered beyond this are not sent and count as errors (memory bound). */
const MAX_OUTSTANDING = 20_000;

function headerNumber(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function runOpenStage(load: OpenLoad): Promise<StageRun> {
  const client = load.baseUrl.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: load.users });
  const prefix = load.baseUrl.pathname.replace(/\/+$/, '');
  const stage = new Recorder(load.sampleCap);
  const perEndpoint = load.endpoints.map(() => new Recorder(load.sampleCap));
  const cycle = weightedCycle(load.endpoints.map((e) => e.weight));
  const planned = Math.min(load.maxRequests, Math.max(1, Math.floor(load.rps * load.seconds)));
  const interval = 1000 / load.rps;

  return new Promise((resolve) => {
    const start = performance.now();
    let sent = 0;
    let outstanding = 0;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const pending = new Map<http.ClientRequest, number>();

    const finish = () => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      clearTimeout(deadline);
      // What is still unanswered when the stage is over has waited past the timeout: an error, not dropped.
      for (const [req, index] of pending) {
        fail(index, 'timeout');
        req.destroy();
      }
      agent.destroy();
      const seconds = Math.max(load.seconds, (performance.now() - start) / 1000);
      const endpoints: StageRun['endpoints'] = {};
      load.endpoints.forEach((e, i) => {
        endpoints[e.name] = perEndpoint[i]!.measured(seconds);
      });
      resolve({
        users: load.users,
        seconds: Math.round(seconds * 100) / 100,
        total: stage.measured(seconds),
        endpoints,
        mode: 'open',
        targetRps: load.rps,
      });
    };

    const settle = () => {
      if (sent >= planned && outstanding === 0) finish();
    };

    const fire = (n: number, intended: number) => {
      const index = cycle[n % cycle.length]!;
      const e = load.endpoints[index]!;
      if (outstanding >= MAX_OUTSTANDING) {
        stage.failure('not sent: backlog');
        perEndpoint[index]!.failure('not sent: backlog');
        return;
      }
      outstanding++;
      let done = false;
      const end = (record: () => void) => {
        if (done || finished) return;
        done = true;
        outstanding--;
        pending.delete(req);
        record();
        if (stage.responses % 500 === 0) load.onProgress?.(stage.responses);
        settle();
      };
      const headers = Object.fromEntries(
        Object.entries(e.headers).filter((kv): kv is [string, string] => kv[1] !== undefined),
      );
      const req = client.request(
        {
          protocol: load.baseUrl.protocol,
          hostname: load.baseUrl.hostname,
          port: load.baseUrl.port,
          method: e.method,
          path: prefix + e.path,
          headers,
          agent,
          timeout: load.timeoutSeconds * 1000,
        },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
          });
          res.on('end', () =>
            end(() => {
              // From the intended send time: queueing for a connection is part of the latency.
              const latency = performance.now() - intended;
              const q = headerNumber(res.headers['x-query-count']);
              const t = headerNumber(res.headers['x-perf-time-ms']);
              stage.response(res.statusCode ?? 0, latency, q, t, bytes);
              perEndpoint[index]!.response(res.statusCode ?? 0, latency, q, t, bytes);
            }),
          );
          res.on('error', () => end(() => fail(index, 'connection error')));
        },
      );
      pending.set(req, index);
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (err) => end(() => fail(index, /timed out/i.test(err.message) ? 'timeout' : 'connection error')));
      if (e.body !== undefined) req.end(e.body);
      else req.end();
    };

    const fail = (index: number, kind: string) => {
      stage.failure(kind);
      perEndpoint[index]!.failure(kind);
    };

    // Catch up on every request whose time has come, then sleep until the next one: a late timer does not
    // lower the rate, it sends the missed requests at once (and their latency starts at their intended time).
    const tick = () => {
      const now = performance.now();
      while (sent < planned && start + sent * interval <= now) {
        fire(sent, start + sent * interval);
        sent++;
      }
      if (sent < planned) timer = setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else settle();
    };
    const deadline = setTimeout(finish, (load.seconds + load.timeoutSeconds + 1) * 1000);
    tick();
  });
}
