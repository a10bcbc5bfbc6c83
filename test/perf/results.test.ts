import { describe, expect, it } from 'vitest';
import { combineRuns, combineStages, Recorder } from '../../src/perf/results.js';
import { measured } from './fixtures.js';

describe('Recorder', () => {
  it('counts HTTP errors and requests that got no answer in the error rate', () => {
    const r = new Recorder();
    for (let i = 0; i < 8; i++) r.response(200, 10 + i, 3, 1.25);
    r.response(503, 50);
    r.failure('timeout');
    const m = r.measured(2);
    expect(m).toMatchObject({
      requests: 10,
      errors: 2,
      errorRatePct: 20,
      rps: 4.5,
      maxQueries: 3,
      p95PerfTimeMs: 1.25,
    });
    expect(m.statusCodes).toEqual({ 200: 8, 503: 1, timeout: 1 });
    expect(m.p50).toBe(14);
    expect(m.p99).toBe(50);
  });
});

describe('combining repeat runs', () => {
  it('takes medians of percentiles and rates, sums of counts and the max of maxima', () => {
    const m = combineRuns([
      measured({ p95: 30, rps: 100, requests: 100, errors: 1, maxQueries: 3 }),
      measured({ p95: 10, rps: 300, requests: 300, errors: 0, maxQueries: 9 }),
      measured({ p95: 20, rps: 200, requests: 200, errors: 2, maxQueries: 4 }),
    ]);
    expect(m).toMatchObject({ p95: 20, rps: 200, requests: 600, errors: 3, errorRatePct: 0.5, maxQueries: 9 });
  });

  it('groups runs by stage and keeps the p95 spread per stage and endpoint', () => {
    const run = (p95: number) => [
      { users: 10, seconds: 1, total: measured({ p95 }), endpoints: { a: measured({ p95: p95 + 1 }) } },
    ];
    const [stage] = combineStages([run(10), run(14), run(12)]);
    expect(stage!.p95Spread).toEqual({ min: 10, median: 12, max: 14 });
    expect(stage!.runs).toHaveLength(3);
    expect(stage!.endpoints).toEqual([
      expect.objectContaining({ name: 'a', p95Spread: { min: 11, median: 13, max: 15 } }),
    ]);
  });
});
