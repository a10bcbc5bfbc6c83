import { describe, expect, it } from 'vitest';
import type { PerfResults, StageResults } from '../../../src/perf/results.js';
import type { Reference } from '../../../src/perf/scenario.js';
import { renderDetails } from '../../../src/stages/perf/summary.js';

const stage = (users: number, extra: Partial<StageResults> = {}): StageResults => ({
  users,
  seconds: 5,
  total: {
    requests: 1000,
    errors: 0,
    errorRatePct: 0,
    rps: 200,
    p50: 10,
    p95: 40,
    p99: 90,
    maxQueries: 3,
    avgKB: 24.5,
    statusCodes: { 200: 1000 },
  },
  runs: [],
  endpoints: [],
  ...extra,
});

const results = (stages: StageResults[]): PerfResults => ({
  version: 1,
  tool: 'locust',
  engineNote: 'Locust, one process',
  scenario: 'perf.yml',
  baseUrl: 'http://127.0.0.1:1',
  createdAt: '',
  repeat: 1,
  stages,
});

describe('perf summary', () => {
  it("carries the sprint's whole table, with n/a for what was not measured", () => {
    const text = renderDetails({ results: results([stage(10, { cpuPct: 12.5 }), stage(100)]), checks: [] });
    expect(text).toContain(
      '| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate | queries per request (max) | response (KB, avg) | service CPU (avg) |',
    );
    expect(text).toContain('| 10 | 40 | 90 | 200 | 0.00% | 3 | 24.5 | 12.5% |');
    expect(text).toContain('| 100 | 40 | 90 | 200 | 0.00% | 3 | 24.5 | n/a |');
    expect(text).not.toContain('n/a: not measured');
    const none = renderDetails({
      results: results([stage(10, { total: { ...stage(10).total, maxQueries: undefined } })]),
      checks: [],
    });
    expect(none).toContain(
      'n/a: not measured: service CPU (read for the service this stage starts with perf.start, or from perf.cpuPidFile); queries (the service sent no X-Query-Count header).',
    );
  });

  it('puts the reference numbers beside the measured ones, stage by stage and before / after', () => {
    const text = renderDetails({
      results: results([stage(10, { cpuPct: 20 }), stage(50)]),
      checks: [],
      reference: {
        label: 'sprint (simulated)',
        stages: [
          { users: 10, p95Ms: 120, p99Ms: 240, rps: 30, errorRatePct: 0 },
          { users: 500, p95Ms: 1 },
        ] as Reference['stages'],
        before: { p95Ms: 700, queries: 45, kb: 860, cpuPct: 65 } as Reference['before'],
        after: { p95Ms: 220, queries: 5, kb: 280, cpuPct: 30 } as Reference['after'],
      },
    });
    expect(text).toContain('Measured · sprint (simulated):');
    expect(text).toContain('| 10 | 40 · 120 | 90 · 240 | 200 · 30 | 0% · 0% | 3 · n/a | 24.5 · n/a | 20% · n/a |');
    expect(text).not.toMatch(/\| 500 \|/);
    expect(text).toContain('| queries per request (max) | 45 | 5 | 3 |');
    expect(text).toContain('| service CPU (avg) | 65% | 30% | n/a |');
  });

  it('shows the requests of each Locust worker next to what the master counted', () => {
    const text = renderDetails({
      results: results([
        stage(6, {
          workers: [
            { worker: 'worker-1', requests: 480 },
            { worker: 'worker-2', requests: 520 },
          ],
        }),
      ]),
      checks: [],
    });
    expect(text).toContain('| Users | worker-1 | worker-2 | counted by the master |');
    expect(text).toContain('| 6 | 480 | 520 | 1000 |');
  });
});
