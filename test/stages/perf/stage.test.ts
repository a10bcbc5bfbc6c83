import { readFileSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import type { ArtifactStore } from '../../../src/host/host.js';
import { ConfigError } from '../../../src/pipeline/stage.js';
import { perfCommand, runPerfStage, type PerfData } from '../../../src/stages/perf/stage.js';
import { RecordingHost } from '../../support/recording-host.js';
import { startTinyServer, type TinyServer } from '../../perf/tiny-server.js';
import type { PerfResults } from '../../../src/perf/results.js';
import { tempDir } from '../../support/temp.js';

let server: TinyServer;
beforeAll(async () => {
  // 30 ms per request: comfortably under a 200 ms budget and never under a 10 ms one.
  server = await startTinyServer({ delayMs: 30, queryCount: 7 });
});
afterAll(() => server.close());

/** A workspace with a backend-ci.yml and a scenario; returns the loaded config. */
function workspace(scenario: string, perfSettings = '', inputs: Record<string, string> = {}) {
  const dir = tempDir('perf-stage-');
  writeFileSync(path.join(dir, 'perf.yml'), scenario);
  writeFileSync(
    path.join(dir, 'backend-ci.yml'),
    `perf:\n  scenario: perf.yml\n  uploadReport: false\n${perfSettings}`,
  );
  return { dir, config: loadConfig({ workspace: dir, inputs }) };
}

const scenario = (budgets: string, endpoints = '[{ name: ok, path: /ok }]', extra = '') =>
  `baseUrl: ${server.url}\nstages: [{ users: 4, seconds: 1 }]\nendpoints: ${endpoints}\nbudgets: ${budgets}\n${extra}`;

async function run(text: string, perfSettings = '', host = new RecordingHost()) {
  const { config, dir } = workspace(text, perfSettings);
  const outcome = await runPerfStage({ config, host, previous: new Map() });
  return { outcome, host, dir, data: outcome.data as PerfData };
}

describe('perf stage', () => {
  it('passes a p95 budget the service meets, and reports the sprint table', async () => {
    const { outcome, host, data } = await run(scenario('{ p95Ms: 200, errorRatePct: 1 }'));
    expect(outcome.status).toBe('passed');
    expect(outcome.headline).toMatch(/^p95 \d+(\.\d)? ms at 4 users; error rate 0%$/);
    expect(outcome.details).toContain('| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate |');
    expect(outcome.details).toMatch(/\n\| 4 \| \d+(\.\d)? \| \d+(\.\d)? \| \d+(\.\d)? \| 0\.00% \|/);
    expect(outcome.details).toContain('xychart-beta');
    expect(outcome.details).toContain('Budgets: all 2 checked passed');
    expect(Number(outcome.outputs!['perf-p95-ms'])).toBeGreaterThanOrEqual(30);
    expect(outcome.outputs!['perf-error-rate']).toBe('0');
    const written = JSON.parse(readFileSync(data.resultsFile, 'utf8')) as PerfResults;
    expect(written.version).toBe(1);
    expect(written.stages[0]!.users).toBe(4);
    expect(readFileSync(data.chartFile, 'utf8')).toMatch(/^<svg /);
    expect(data.resultsFile.startsWith(host.resultsDir)).toBe(true);
  });

  it('fails a p95 budget the service cannot meet, with an annotation on the scenario budgets', async () => {
    const { outcome } = await run(scenario('{ p95Ms: 10 }'));
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/1 budget failed: p95 \d+(\.\d)? ms over budget 10 ms \(4 users\)/);
    expect(outcome.annotations).toEqual([
      expect.objectContaining({ level: 'error', file: 'perf.yml', line: 4, title: 'Perf budget' }),
    ]);
  });

  it('fails an error-rate budget when one request in ten fails', async () => {
    const { outcome } = await run(scenario('{ errorRatePct: 1 }', '[{ name: flaky, path: /flaky }]'));
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/budget failed: error rate (9|10|11)(\.\d+)? % over budget 1 %/);
    expect(Number(outcome.outputs!['perf-error-rate'])).toBeGreaterThan(5);
  });

  it('fails a query budget when the service reports 7 queries per request and 4 are allowed', async () => {
    const { outcome } = await run(scenario('{ maxQueries: 4 }', '[{ name: list, path: /queries }]'));
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toContain('queries per request 7 over budget 4 (4 users)');
    expect(outcome.details).toMatch(/\| list \| 4 \| .* \| 7 \| \d+ \|/);
  });

  it('warns when a query budget cannot be checked because the service sends no X-Query-Count', async () => {
    const { outcome } = await run(scenario('{ maxQueries: 4 }'));
    expect(outcome.status).toBe('warned');
    expect(outcome.details).toMatch(/no response carried X-Query-Count/);
  });

  it('holds an endpoint to its own budget', async () => {
    const { outcome } = await run(
      scenario(
        '{ p95Ms: 500 }',
        '\n  - { name: ok, path: /ok, weight: 3 }\n  - { name: list, path: /queries, budgets: { maxQueries: 2 } }',
      ),
    );
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toContain('queries per request 7 over budget 2 (4 users, list)');
  });

  it('flags a regression against the base results and fails by default', async () => {
    const base = baseResults(5);
    const { outcome } = await run(scenario('{ p95Ms: 500 }'), `  baseResults: ${base}\n`);
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/2 p95 regressions vs base/);
    expect(outcome.details).toMatch(
      /\| 4 \| \(all\) \| 5 \| \d+(\.\d)? \| \+\d+(\.\d)? ms .* \| \*\*regression\*\* \|/,
    );
    expect(outcome.annotations!.some((a) => a.title === 'Perf regression' && a.level === 'error')).toBe(true);
  });

  it('only warns about a regression when failOnRegression is false, and reports an improvement as one', async () => {
    const warn = await run(scenario('{ p95Ms: 500 }'), `  baseResults: ${baseResults(5)}\n  failOnRegression: false\n`);
    expect(warn.outcome.status).toBe('warned');
    const better = await run(scenario('{ p95Ms: 500 }'), `  baseResults: ${baseResults(2000)}\n`);
    expect(better.outcome.status).toBe('passed');
    expect(better.outcome.details).toMatch(/\| 4 \| \(all\) \| 2000 \| .* \| improvement \|/);
  });

  it('reports the spread of repeat runs', async () => {
    const { outcome, data } = await run(scenario('{ p95Ms: 500 }', '[{ name: ok, path: /ok }]', 'repeat: 2\n'));
    expect(data.results.stages[0]!.runs).toHaveLength(2);
    expect(outcome.details).toMatch(/p95 over 2 runs \(min \/ median \/ max\)/);
    const s = data.results.stages[0]!.p95Spread!;
    expect(s.min).toBeLessThanOrEqual(s.max);
  });

  it('fetches the base from the base branch artifact on a pull request, and uploads its own report', async () => {
    const baseDir = tempDir('perf-base-');
    writeFileSync(path.join(baseDir, 'results.json'), JSON.stringify(baseResultsObject(5)));
    const uploads: { name: string; files: string[] }[] = [];
    const asked: { name: string; branch?: string }[] = [];
    const store: ArtifactStore = {
      async upload(name, files) {
        uploads.push({ name, files: files.map((f) => path.basename(f)) });
        return { name, size: 1, location: 'test' };
      },
      async downloadLatest(name, destination, from) {
        asked.push({ name, branch: from.branch });
        writeFileSync(path.join(destination, 'results.json'), readFileSync(path.join(baseDir, 'results.json')));
        return destination;
      },
    };
    const host = new RecordingHost(
      {
        pullRequest: { number: 7, baseRef: 'main', baseSha: 'a', headRef: 'feature', headSha: 'b', fromFork: false },
        sha: 'b',
      },
      store,
    );
    const { config } = workspace(scenario('{ p95Ms: 500 }'), '  failOnRegression: false\n');
    config.perf.uploadReport = true;
    const outcome = await runPerfStage({ config, host, previous: new Map() });
    expect(asked).toEqual([{ name: 'perf-report', branch: 'main' }]);
    expect(outcome.details).toMatch(/'perf-report' artifact of main/);
    expect(outcome.status).toBe('warned');
    expect(uploads).toEqual([{ name: 'perf-report', files: ['results.json', 'p95.svg', 'summary.md'] }]);
    expect((outcome.data as PerfData).results.sha).toBe('b');
  });

  it("warns, and still passes, when the base branch's artifact holds no readable results", async () => {
    const store: ArtifactStore = {
      upload: async (name) => ({ name, size: 0, location: 'test' }),
      async downloadLatest(_name, destination) {
        writeFileSync(path.join(destination, 'results.json'), '{"not": "perf results"}');
        return destination;
      },
    };
    const host = new RecordingHost(
      { pullRequest: { number: 8, baseRef: 'main', baseSha: 'a', headRef: 'f', headSha: 'b', fromFork: false } },
      store,
    );
    const { config } = workspace(scenario('{ p95Ms: 500 }'));
    const outcome = await runPerfStage({ config, host, previous: new Map() });
    expect(outcome.status).toBe('passed');
    expect(host.logText).toMatch(
      /warning: could not fetch the base branch's perf results: .*not a backend-ci perf results file/,
    );
    expect(outcome.details).toMatch(/No comparison with the base: the base branch's results could not be fetched/);
  });

  it("loads the deploy stage's URL when nothing else names one", async () => {
    const { config } = workspace(`stages: [{ users: 1, seconds: 0.5 }]\nendpoints: [{ path: /from-deploy }]\n`);
    const host = new RecordingHost();
    const previous = new Map([
      [
        'deploy',
        {
          stage: 'deploy',
          status: 'passed',
          headline: '',
          durationMs: 0,
          outputs: {},
          annotations: [],
          data: { url: server.url },
        },
      ],
    ]) as never;
    const before = server.hits.get('/from-deploy') ?? 0;
    const outcome = await runPerfStage({ config, host, previous });
    expect(outcome.status).toBe('passed');
    expect((server.hits.get('/from-deploy') ?? 0) - before).toBeGreaterThan(0);
  });

  it('starts the service with perf.start, loads its ready URL origin, and stops it', async () => {
    const dir = tempDir('perf-stage-');
    writeFileSync(
      path.join(dir, 'service.cjs'),
      "require('http').createServer((q, s) => { s.setHeader('X-Query-Count', '2'); s.end('ok'); }).listen(Number(process.env.PORT), '127.0.0.1');\n",
    );
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    writeFileSync(
      path.join(dir, 'perf.yml'),
      'stages: [{ users: 2, seconds: 0.5 }]\nendpoints: [{ path: /api }]\nbudgets: { maxQueries: 4 }\n',
    );
    writeFileSync(
      path.join(dir, 'backend-ci.yml'),
      `perf:\n  scenario: perf.yml\n  uploadReport: false\n  start:\n    command: PORT=${port} node service.cjs\n    readyUrl: http://127.0.0.1:${port}/\n    readyTimeoutSeconds: 20\n`,
    );
    const config = loadConfig({ workspace: dir, inputs: {} });
    const host = new RecordingHost();
    const outcome = await runPerfStage({ config, host, previous: new Map() });
    expect(outcome.status).toBe('passed');
    expect((outcome.data as PerfData).results.baseUrl).toBe(`http://127.0.0.1:${port}`);
    // Stopped afterwards: nothing answers on the port any more.
    const answered = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    expect(answered).toBe(false);
  });

  it('refuses to run without a scenario or without a URL, naming what to set', async () => {
    const dir = tempDir('perf-stage-');
    const none = loadConfig({ workspace: dir, inputs: {} });
    await expect(runPerfStage({ config: none, host: new RecordingHost(), previous: new Map() })).rejects.toThrow(
      /perf\.scenario .*'perf-scenario' input/,
    );
    const { config } = workspace('stages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x }]\n');
    await expect(runPerfStage({ config, host: new RecordingHost(), previous: new Map() })).rejects.toThrow(ConfigError);
    await expect(runPerfStage({ config, host: new RecordingHost(), previous: new Map() })).rejects.toThrow(
      /no URL to load-test/,
    );
  });

  it('refuses a start command without a ready URL to wait for', async () => {
    const { config } = workspace(
      'stages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x }]\n',
      '  start:\n    command: npm start\n',
    );
    await expect(runPerfStage({ config, host: new RecordingHost(), previous: new Map() })).rejects.toThrow(
      /perf\.start\.command needs perf\.start\.readyUrl/,
    );
  });

  it('refuses a remote perf-url input unless the scenario allows remote targets', async () => {
    const { dir } = workspace('stages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x }]\n');
    const config = loadConfig({ workspace: dir, inputs: { 'perf-url': 'http://192.0.2.10:8000' } });
    await expect(runPerfStage({ config, host: new RecordingHost(), previous: new Map() })).rejects.toThrow(
      /perf\.url \(input 'perf-url'\): base URL http:\/\/192\.0\.2\.10:8000 is not a loopback address/,
    );
  });
});

describe('perf stage with k6 (a stand-in k6 on PATH, since k6 is not installable here)', () => {
  it("runs the scenario's k6 script instead of the built-in load and holds k6's numbers to the budgets", async () => {
    const bin = tempDir('perf-k6-bin-');
    const summary = {
      metrics: {
        http_req_duration: { avg: 80, min: 10, med: 60, max: 900, 'p(90)': 150, 'p(95)': 250, 'p(99)': 600 },
        http_reqs: { count: 1200, rate: 40 },
        http_req_failed: { passes: 0, fails: 1200, value: 0 },
        vus_max: { value: 20, min: 20, max: 20 },
      },
    };
    writeFileSync(
      path.join(bin, 'k6'),
      `#!/bin/sh\n# writes the summary export where --summary-export says\nwhile [ $# -gt 0 ]; do if [ "$1" = --summary-export ]; then shift; printf '%s' '${JSON.stringify(summary)}' > "$1"; fi; shift; done\n`,
      { mode: 0o755 },
    );
    const { config, dir } = workspace(scenario('{ p95Ms: 200 }', '[{ path: /ok }]', 'k6Script: load.js\n'));
    writeFileSync(path.join(dir, 'load.js'), 'export default function () {}\n');
    const before = server.hits.get('/ok') ?? 0;
    const savedPath = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    try {
      const outcome = await runPerfStage({ config, host: new RecordingHost(), previous: new Map() });
      expect((outcome.data as PerfData).results.tool).toBe('k6');
      expect(outcome.status).toBe('failed');
      expect(outcome.headline).toBe(
        'p95 250 ms at 20 users; error rate 0%; 1 budget failed: p95 250 ms over budget 200 ms (20 users)',
      );
      expect(outcome.details).toContain('Load by k6');
      // The built-in load did not run.
      expect(server.hits.get('/ok') ?? 0).toBe(before);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('falls back to the built-in load when k6 is not on PATH', async () => {
    const { config, dir } = workspace(scenario('{ p95Ms: 200 }', '[{ path: /ok }]', 'k6Script: load.js\n'));
    writeFileSync(path.join(dir, 'load.js'), 'export default function () {}\n');
    const savedPath = process.env.PATH;
    process.env.PATH = path.dirname(process.execPath);
    try {
      const host = new RecordingHost();
      const outcome = await runPerfStage({ config, host, previous: new Map() });
      expect((outcome.data as PerfData).results.tool).toBe('autocannon');
      expect(host.logText).toMatch(/no k6 binary is on PATH: running the scenario endpoints with autocannon/);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describe('perfCommand', () => {
  it('exits 1 on a failed budget and writes outputs and the summary', async () => {
    const { config } = workspace(scenario('{ p95Ms: 10 }'));
    const host = new RecordingHost();
    expect(await perfCommand(config, host)).toBe(1);
    expect(host.outputs.get('perf-p95-ms')).toBeDefined();
    expect(host.summary).toMatch(/^## perf: p95 .* budget failed/);
    expect(host.annotations).toHaveLength(1);
    expect(host.finished[0]!.status).toBe('failed');
  });

  it('exits 0 when budgets hold and 2 on a bad scenario file, naming the line', async () => {
    const ok = workspace(scenario('{ p95Ms: 500 }'));
    expect(await perfCommand(ok.config, new RecordingHost())).toBe(0);
    const bad = workspace('stages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x, wieght: 2 }]\n');
    const host = new RecordingHost();
    expect(await perfCommand(bad.config, host)).toBe(2);
    expect(host.logText).toMatch(
      /error: perf\.yml:2:25: unknown setting 'endpoints\[0\]\.wieght' \(did you mean 'weight'\?\)/,
    );
  });
});

function baseResultsObject(p95: number): PerfResults {
  const m = { requests: 100, errors: 0, errorRatePct: 0, rps: 100, p50: p95 / 2, p95, p99: p95, statusCodes: {} };
  return {
    version: 1,
    tool: 'autocannon',
    scenario: 'perf.yml',
    baseUrl: 'http://127.0.0.1:1',
    createdAt: '2025-11-19T00:00:00Z',
    repeat: 1,
    stages: [{ users: 4, seconds: 1, total: m, runs: [m], endpoints: [{ name: 'ok', measured: m }] }],
  };
}

function baseResults(p95: number): string {
  const file = path.join(tempDir('perf-base-'), 'results.json');
  writeFileSync(file, JSON.stringify(baseResultsObject(p95)));
  return file;
}
