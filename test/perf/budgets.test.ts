import { describe, expect, it } from 'vitest';
import { checkBudgets, describeCheck } from '../../src/perf/budgets.js';
import type { Endpoint } from '../../src/perf/scenario.js';
import { measured } from './fixtures.js';
import type { StageResults } from '../../src/perf/results.js';

const stageWith = (
  users: number,
  total: Partial<ReturnType<typeof measured>>,
  endpoints: Record<string, Partial<ReturnType<typeof measured>>> = {},
): StageResults => ({
  users,
  seconds: 1,
  total: measured(total),
  runs: [measured(total)],
  endpoints: Object.entries(endpoints).map(([name, m]) => ({ name, measured: measured(m) })),
});

describe('checkBudgets', () => {
  it('checks every stage against the scenario budgets', () => {
    const checks = checkBudgets(
      [stageWith(10, { p95: 120 }), stageWith(100, { p95: 700 })],
      { p95Ms: 200 } as never,
      [],
    );
    expect(checks.map((c) => [c.users, c.outcome])).toEqual([
      [10, 'passed'],
      [100, 'failed'],
    ]);
    expect(describeCheck(checks[1]!)).toBe('p95 700 ms over budget 200 ms (100 users)');
  });

  it('fails a throughput under its minimum and an error rate over its maximum', () => {
    const checks = checkBudgets(
      [stageWith(10, { rps: 30, errorRatePct: 2 })],
      { minRps: 50, errorRatePct: 1 } as never,
      [],
    );
    expect(checks.every((c) => c.outcome === 'failed')).toBe(true);
    expect(checks.map(describeCheck)).toEqual([
      'error rate 2 % over budget 1 % (10 users)',
      'throughput 30 req/s under the minimum 50 req/s (10 users)',
    ]);
  });

  it('holds an endpoint to its own budgets', () => {
    const ep = { name: 'list', budgets: { maxQueries: 4 } } as unknown as Endpoint;
    const checks = checkBudgets([stageWith(10, {}, { list: { maxQueries: 45 } })], {} as never, [ep]);
    expect(checks).toHaveLength(1);
    expect(describeCheck(checks[0]!)).toBe('queries per request 45 over budget 4 (10 users, list)');
  });

  it('fails a latency budget when nothing answered, and flags a header budget it could not check', () => {
    const checks = checkBudgets(
      [stageWith(10, { p95: undefined, maxQueries: undefined })],
      { p95Ms: 100, maxQueries: 4 } as never,
      [],
    );
    expect(checks.map((c) => c.outcome)).toEqual(['failed', 'unmeasured']);
    expect(describeCheck(checks[1]!)).toMatch(/no response carried X-Query-Count/);
  });
});
