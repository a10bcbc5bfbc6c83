// Open loop against a server that stalls: every other half second its answers take 400 ms. A closed-loop
// load sends less during a stall and its p95 hides the stall (coordinated omission); the open-loop load keeps
// its schedule, so requests queue for the few connections and the queueing is in the latency.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/host/host.js';
import { runStage } from '../../src/perf/load.js';
import { runLocust } from '../../src/perf/locust.js';
import { runOpenStage } from '../../src/perf/open-loop.js';
import type { Endpoint, Scenario } from '../../src/perf/scenario.js';
import { renderDetails } from '../../src/stages/perf/summary.js';

let server: http.Server;
let base: URL;
beforeAll(async () => {
  const t0 = Date.now();
  server = http.createServer((_req, res) => {
    const stalled = Math.floor((Date.now() - t0) / 500) % 2 === 1;
    setTimeout(() => res.end('{"ok":true}'), stalled ? 400 : 2);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const endpoints: Endpoint[] = [
  {
    name: 'ok',
    method: 'GET',
    path: '/ok',
    weight: 1,
    headers: {},
    body: undefined,
    budgets: {} as Endpoint['budgets'],
  },
];
const quiet = { info: () => {}, warning: () => {}, error: () => {}, debug: () => {} } as unknown as Logger;

describe('open-loop load (fixed arrival rate)', () => {
  it('sends on schedule and counts queueing in the latency, where closed loop hides the stalls', async () => {
    const open = await runOpenStage({
      baseUrl: base,
      endpoints,
      users: 4,
      rps: 40,
      seconds: 2,
      maxRequests: 100_000,
      timeoutSeconds: 5,
    });
    const closed = await runStage({
      baseUrl: base,
      endpoints,
      users: 4,
      seconds: 2,
      maxRequests: 100_000,
      timeoutSeconds: 5,
    });
    // The schedule held: 40 req/s for 2 s, every one answered.
    expect(open.total.requests).toBe(80);
    expect(open.total.errors).toBe(0);
    expect(open.mode).toBe('open');
    // 4 connections at 400 ms per answer serve 10 req/s during a stall, and 40 arrive: they wait, and it shows.
    expect(open.total.p95!).toBeGreaterThan(400);
    // Closed loop: during a stall the 4 users send 4 requests, between stalls hundreds, so its median is fast
    // and most of the stall is not in its numbers at all.
    expect(closed.total.p50!).toBeLessThan(100);
    // A closed-loop request never waits for more than one stalled answer (about 400 ms); open-loop ones queue
    // behind several.
    expect(open.total.p99!).toBeGreaterThan(closed.total.p99! + 100);
    const text = renderDetails({
      results: {
        version: 1,
        tool: 'autocannon',
        scenario: 's',
        baseUrl: base.origin,
        createdAt: '',
        repeat: 1,
        stages: [{ ...open, runs: [], endpoints: [], targetRps: 40 }],
      },
      checks: [],
    });
    expect(text).toContain(
      "Mode: Open loop (a fixed arrival rate, sent whether or not earlier requests were answered; latency counted from each request's intended send time, so queueing is in it): 40 req/s with 4 connections at most.",
    );
  });

  it('counts requests still unanswered at the end of the stage as timeouts, not as missing', async () => {
    const stalling = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    try {
      const url = new URL(`http://127.0.0.1:${(stalling.address() as AddressInfo).port}`);
      const run = await runOpenStage({
        baseUrl: url,
        endpoints,
        users: 2,
        rps: 10,
        seconds: 1,
        maxRequests: 100,
        timeoutSeconds: 0.5,
      });
      expect(run.total.requests).toBe(10);
      expect(run.total.errorRatePct).toBe(100);
      expect(run.total.statusCodes.timeout).toBe(10);
    } finally {
      stalling.closeAllConnections();
      stalling.close();
    }
  });

  it.skipIf(spawnSync('locust', ['--help'], { stdio: 'ignore' }).status !== 0)(
    'runs open loop in Locust too, latency from the intended send time',
    async () => {
      const scenario = {
        file: 's',
        endpoints,
        warmup: { seconds: 0 },
        stages: [{ users: 4, seconds: 2, rps: 40 }],
        repeat: 1,
        timeoutSeconds: 5,
        limits: { maxTotalSeconds: 60, maxRequestsPerStage: 100_000 },
      } as unknown as Scenario;
      const results = await runLocust(scenario, { baseUrl: base, log: quiet });
      const stage = results.stages[0]!;
      expect(stage.mode).toBe('open');
      expect(stage.targetRps).toBe(40);
      // Roughly the rate asked for (Locust's stats window is its own), and the stalls are in p95.
      expect(stage.total.rps).toBeGreaterThan(25);
      expect(stage.total.rps).toBeLessThan(55);
      expect(stage.total.p95!).toBeGreaterThanOrEqual(390);
    },
  );
});
