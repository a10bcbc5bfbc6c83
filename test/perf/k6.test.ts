// k6 is not installable here, so these tests put a stand-in `k6` on PATH: a script that checks the
// arguments the way k6 takes them and writes a summary export shaped like the one k6 writes.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findK6, parseK6Summary, runK6 } from '../../src/perf/k6.js';
import { loadScenario } from '../../src/perf/scenario.js';
import { RecordingHost } from '../support/recording-host.js';
import { tempDir } from '../support/temp.js';

/** A summary export as `k6 run --summary-export` writes it (k6 v0.5x layout). */
const SUMMARY = {
  root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: {}, checks: {} },
  metrics: {
    http_req_duration: { avg: 61.2, min: 20.1, med: 48.5, max: 640.3, 'p(90)': 110.4, 'p(95)': 180.25, 'p(99)': 402.7 },
    http_reqs: { count: 3000, rate: 98.7 },
    http_req_failed: { passes: 15, fails: 2985, value: 0.005 },
    vus_max: { value: 50, min: 50, max: 50 },
    iterations: { count: 3000, rate: 98.7 },
  },
};

function fakeK6(dir: string, summary: unknown): string {
  const bin = path.join(dir, 'bin');
  const script = `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(path.join(dir, 'k6-args.json'))}, JSON.stringify({ args, baseUrl: process.env.BASE_URL }));
if (args[0] !== 'run') process.exit(1);
const at = args.indexOf('--summary-export');
fs.writeFileSync(args[at + 1], ${JSON.stringify(JSON.stringify(summary))});
`;
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'k6'), script);
  chmodSync(path.join(bin, 'k6'), 0o755);
  return bin;
}

describe('k6 (with a stand-in k6 executable, since k6 is not installed here)', () => {
  it('finds k6 on PATH only when it is there', () => {
    const dir = tempDir('perf-k6-');
    const bin = fakeK6(dir, SUMMARY);
    expect(findK6(`/nonexistent${path.delimiter}${bin}`)).toBe(path.join(bin, 'k6'));
    expect(findK6('/nonexistent')).toBeUndefined();
  });

  it('reads p95, p99, throughput and error rate from a summary export', () => {
    expect(parseK6Summary(JSON.stringify(SUMMARY), 'x.js')).toEqual({
      users: 50,
      seconds: 30.4,
      requests: 3000,
      errors: 15,
      errorRatePct: 0.5,
      rps: 98.7,
      p50: 48.5,
      p95: 180.3,
      p99: 402.7,
    });
    expect(() => parseK6Summary('{"metrics":{}}', 'x.js')).toThrow(/x\.js: k6 summary export has no http_req_duration/);
    expect(() => parseK6Summary('nope', 'x.js')).toThrow(/not JSON/);
  });

  it('runs the scenario k6 script with BASE_URL and turns the export into results', async () => {
    const dir = tempDir('perf-k6-');
    const bin = fakeK6(dir, SUMMARY);
    writeFileSync(path.join(dir, 'load.js'), 'export default function () {}\n');
    writeFileSync(path.join(dir, 'perf.yml'), 'k6Script: load.js\nstages: [{ users: 50, seconds: 30 }]\n');
    const scenario = loadScenario(path.join(dir, 'perf.yml'), dir);
    const host = new RecordingHost();
    const results = await runK6(path.join(bin, 'k6'), scenario, new URL('http://127.0.0.1:9999'), host.log);
    const seen = JSON.parse(readFileSync(path.join(dir, 'k6-args.json'), 'utf8')) as {
      args: string[];
      baseUrl: string;
    };
    expect(seen.baseUrl).toBe('http://127.0.0.1:9999');
    expect(seen.args[0]).toBe('run');
    expect(seen.args).toContain('--summary-trend-stats');
    expect(seen.args.at(-1)).toBe(path.join(dir, 'load.js'));
    expect(results.tool).toBe('k6');
    expect(results.stages).toHaveLength(1);
    expect(results.stages[0]).toMatchObject({
      users: 50,
      total: { p95: 180.3, p99: 402.7, rps: 98.7, errorRatePct: 0.5 },
    });
  });

  it("maps the sub-metrics a script's thresholds name to per-endpoint rows", async () => {
    // The fixture's k6 scripts name a threshold per request tag, so k6 exports these sub-metrics.
    const tagged = {
      ...SUMMARY,
      metrics: {
        ...SUMMARY.metrics,
        'http_req_duration{name:list}': {
          avg: 80.1,
          min: 30,
          med: 70.2,
          max: 640.3,
          'p(90)': 150,
          'p(95)': 210.44,
          'p(99)': 402.7,
        },
        'http_reqs{name:list}': { count: 2000, rate: 65.8 },
        'http_req_failed{name:list}': { passes: 10, fails: 1990, value: 0.005 },
        'http_req_duration{name:detail}': {
          avg: 20,
          min: 5,
          med: 18,
          max: 90,
          'p(90)': 40,
          'p(95)': 51.26,
          'p(99)': 80,
        },
        'http_req_duration{name:popular,status:200}': {
          avg: 3,
          min: 1,
          med: 2,
          max: 9,
          'p(90)': 4,
          'p(95)': 5,
          'p(99)': 8,
        },
      },
    };
    const dir = tempDir('perf-k6-');
    const bin = fakeK6(dir, tagged);
    writeFileSync(path.join(dir, 'load.js'), 'export default function () {}\n');
    writeFileSync(path.join(dir, 'perf.yml'), 'k6Script: load.js\nstages: [{ users: 50, seconds: 30 }]\n');
    const results = await runK6(
      path.join(bin, 'k6'),
      loadScenario(path.join(dir, 'perf.yml'), dir),
      new URL('http://127.0.0.1:9999'),
      new RecordingHost().log,
    );
    const rows = Object.fromEntries(results.stages[0]!.endpoints.map((e) => [e.name, e.measured]));
    expect(Object.keys(rows).sort()).toEqual(['detail', 'list', 'name:popular,status:200']);
    expect(rows.list).toMatchObject({
      requests: 2000,
      errors: 10,
      errorRatePct: 0.5,
      rps: 65.8,
      p50: 70.2,
      p95: 210.4,
      p99: 402.7,
    });
    // Latency only: the script set no threshold on the detail requests' count.
    expect(rows.detail).toMatchObject({ requests: 0, p95: 51.3, p99: 80 });
    expect(results.stages[0]!.total.requests).toBe(3000);
    rmSync(dir, { recursive: true, force: true });
  });
});
