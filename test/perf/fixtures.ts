// Results objects for tests that check arithmetic on measured numbers without running load.
import type { Measured, PerfResults, StageResults } from '../../src/perf/results.js';

export function measured(over: Partial<Measured> = {}): Measured {
  return {
    requests: 1000,
    errors: 0,
    errorRatePct: 0,
    rps: 100,
    p50: 10,
    p95: 20,
    p99: 30,
    statusCodes: { 200: 1000 },
    ...over,
  };
}

export function stage(users: number, p95Runs: number[], endpoints: Record<string, number[]> = {}): StageResults {
  const sorted = [...p95Runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const spreadOf = (v: number[]) => ({
    min: Math.min(...v),
    median: [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!,
    max: Math.max(...v),
  });
  return {
    users,
    seconds: 1,
    total: measured({ p95: median }),
    p95Spread: spreadOf(p95Runs),
    runs: p95Runs.map((p95) => measured({ p95 })),
    endpoints: Object.entries(endpoints).map(([name, runs]) => ({
      name,
      measured: measured({ p95: spreadOf(runs).median }),
      p95Spread: spreadOf(runs),
    })),
  };
}

export function results(stages: StageResults[]): PerfResults {
  return {
    version: 1,
    tool: 'autocannon',
    scenario: 'perf.yml',
    baseUrl: 'http://127.0.0.1:1',
    createdAt: '2025-11-19T00:00:00Z',
    repeat: stages[0]?.runs.length ?? 1,
    stages,
  };
}
