import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStage, weightedCycle } from '../../src/perf/load.js';
import type { Endpoint } from '../../src/perf/scenario.js';
import { startTinyServer, type TinyServer } from './tiny-server.js';

const endpoint = (name: string, path: string, weight = 1): Endpoint => ({
  name,
  method: 'GET',
  path,
  weight,
  headers: {},
  body: undefined,
  budgets: {} as Endpoint['budgets'],
});

describe('weightedCycle', () => {
  it('gives each endpoint its weighted share, interleaved', () => {
    const cycle = weightedCycle([3, 1]);
    expect(cycle.filter((i) => i === 0).length).toBe(75);
    expect(cycle.filter((i) => i === 1).length).toBe(25);
    // Interleaved: never more than 3 of the heavy endpoint in a row.
    expect(cycle.join('')).not.toMatch(/0000/);
  });

  it('keeps every endpoint in the cycle however small its weight', () => {
    const cycle = weightedCycle([1000, 0.01]);
    expect(cycle).toContain(1);
    expect(cycle.length).toBeLessThanOrEqual(101);
  });
});

describe('runStage', () => {
  let server: TinyServer;
  beforeAll(async () => {
    server = await startTinyServer({ delayMs: 20, queryCount: 7 });
  });
  afterAll(() => server.close());

  it('measures each endpoint apart, with the headers the service reports', async () => {
    const run = await runStage({
      baseUrl: new URL(server.url),
      endpoints: [endpoint('queries', '/queries', 3), endpoint('flaky', '/flaky', 1)],
      users: 4,
      seconds: 1,
      maxRequests: 10_000,
      timeoutSeconds: 5,
    });
    const q = run.endpoints['queries']!;
    const f = run.endpoints['flaky']!;
    expect(run.users).toBe(4);
    expect(q.requests + f.requests).toBe(run.total.requests);
    // 3:1 weights give about three times the requests (in-flight ones at the end blur it a little).
    expect(q.requests / f.requests).toBeGreaterThan(2.2);
    expect(q.requests / f.requests).toBeLessThan(3.8);
    expect(q.maxQueries).toBe(7);
    expect(f.maxQueries).toBeUndefined();
    expect(q.errors).toBe(0);
    expect(f.statusCodes['500']).toBeGreaterThan(0);
    expect(f.errorRatePct).toBeGreaterThanOrEqual(5);
    expect(q.p50!).toBeGreaterThanOrEqual(20);
    expect(q.p95PerfTimeMs!).toBeGreaterThanOrEqual(19);
  });

  it('stops at the request cap before the time is up', async () => {
    const before = server.hits.get('/capped') ?? 0;
    const run = await runStage({
      baseUrl: new URL(server.url),
      endpoints: [endpoint('capped', '/capped')],
      users: 2,
      seconds: 30,
      maxRequests: 20,
      timeoutSeconds: 5,
    });
    const sent = (server.hits.get('/capped') ?? 0) - before;
    expect(run.total.requests).toBeLessThanOrEqual(22);
    expect(sent).toBeLessThanOrEqual(22);
    expect(run.seconds).toBeLessThan(10);
  });

  it('prefixes the base URL path and sends requests nowhere else', async () => {
    const before = new Map(server.hits);
    await runStage({
      baseUrl: new URL(`${server.url}/v1/`),
      endpoints: [endpoint('x', '/ping')],
      users: 1,
      seconds: 0.5,
      maxRequests: 10,
      timeoutSeconds: 5,
    });
    const changed = [...server.hits].filter(([p, n]) => n !== (before.get(p) ?? 0)).map(([p]) => p);
    expect(changed).toEqual(['/v1/ping']);
  });

  it('counts refused connections as errors', async () => {
    const closed = await startTinyServer();
    const url = new URL(closed.url);
    await closed.close();
    const run = await runStage({
      baseUrl: url,
      endpoints: [endpoint('gone', '/')],
      users: 2,
      seconds: 0.5,
      maxRequests: 50,
      timeoutSeconds: 1,
    });
    expect(run.total.errors).toBeGreaterThan(0);
    expect(run.total.errorRatePct).toBe(100);
    expect(run.total.p95).toBeUndefined();
  });
});
