// Real Locust (Debian's python3-locust) through the perf stage: a locustfile made from the scenario, the
// fixture's own locustfile against the forum API, and a master with two workers. Stages are 2 s: enough for
// budgets to pass or fail, short enough for a shared machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import type { PerfResults } from '../../src/perf/results.js';
import { runPerfStage, type PerfData } from '../../src/stages/perf/stage.js';
import { RecordingHost } from '../support/recording-host.js';
import { generateKey, startSshd } from '../harness/sshd.js';
import { startTinyServer, type TinyServer } from './tiny-server.js';

const locustInstalled = spawnSync('locust', ['--help'], { stdio: 'ignore' }).status === 0;
const fixture = path.resolve(__dirname, '../fixtures/forum-api');

let fast: TinyServer;
let slow: TinyServer;
const dirs: string[] = [];
beforeAll(async () => {
  fast = await startTinyServer({ delayMs: 20, queryCount: 7 });
  slow = await startTinyServer({ delayMs: 300 });
});
afterAll(async () => {
  await fast.close();
  await slow.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function run(
  scenario: string,
  perfSettings = '',
  files: Record<string, string> = {},
  inputs: Record<string, string> = {},
) {
  const dir = tempDir('perf-locust-');
  writeFileSync(path.join(dir, 'perf.yml'), scenario);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  writeFileSync(
    path.join(dir, 'backend-ci.yml'),
    `perf:\n  scenario: perf.yml\n  uploadReport: false\n  engine: locust\n${perfSettings}`,
  );
  const host = new RecordingHost();
  const outcome = await runPerfStage({ config: loadConfig({ workspace: dir, inputs }), host, previous: new Map() });
  const data = outcome.data as PerfData;
  return { outcome, host, data, results: JSON.parse(readFileSync(data.resultsFile, 'utf8')) as PerfResults };
}

/** Locust's own stats CSV, read here independently of the code under test: name -> columns. */
function locustCsv(data: PerfData): Map<string, Record<string, string>> {
  const dir = path.join(path.dirname(data.resultsFile), 'locust');
  const [file] = readdirSync(dir).filter((f) => f.endsWith('_stats.csv'));
  const [header, ...rows] = readFileSync(path.join(dir, file!), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  return new Map(rows.map((r) => [r[1]!, Object.fromEntries(header!.map((h, i) => [h, r[i]!]))]));
}

const endpoints = '[{ name: queries, path: /queries, weight: 3 }, { name: ok, path: /ok, weight: 1 }]';

describe.skipIf(!locustInstalled)('perf.engine: locust (real Locust)', () => {
  it("runs a locustfile made from the scenario, and its numbers are the ones in Locust's own CSV", async () => {
    const { outcome, data, results } = await run(
      `baseUrl: ${fast.url}\nstages: [{ users: 4, seconds: 2 }]\nendpoints: ${endpoints}\nbudgets: { p95Ms: 250, errorRatePct: 1 }\n`,
    );
    expect(outcome.status).toBe('passed');
    expect(outcome.details).toContain('Load by Locust, one process, a locustfile made from the scenario endpoints');
    expect(results.tool).toBe('locust');
    const csv = locustCsv(data);
    const stage = results.stages[0]!;
    expect(stage.total.requests).toBe(Number(csv.get('Aggregated')!['Request Count']));
    expect(stage.total.requests).toBeGreaterThan(50);
    expect(stage.total.p95).toBe(Number(csv.get('Aggregated')!['95%']));
    for (const name of ['queries', 'ok']) {
      const e = stage.endpoints.find((x) => x.name === name)!.measured;
      expect(e.requests).toBe(Number(csv.get(name)!['Request Count']));
      expect(e.p99).toBe(Number(csv.get(name)!['99%']));
      // The header the service sends, counted by the plugin on every response Locust counted.
      expect(Object.values(e.statusCodes).reduce((a, b) => a + b, 0)).toBe(e.requests);
    }
    // Weighted 3:1.
    const q = stage.endpoints.find((x) => x.name === 'queries')!.measured.requests;
    expect(q / stage.total.requests).toBeGreaterThan(0.6);
    expect(q / stage.total.requests).toBeLessThan(0.9);
    expect(stage.endpoints.find((x) => x.name === 'queries')!.measured.maxQueries).toBe(7);
    expect(stage.total.avgKB).toBe(0.01);
  });

  it('fails the budgets a slow server or an N+1 breaks, with the same checks as autocannon', async () => {
    const slowRun = await run(
      `baseUrl: ${slow.url}\nstages: [{ users: 3, seconds: 2 }]\nendpoints: [{ name: slow, path: /ok }]\nbudgets: { p95Ms: 200 }\n`,
    );
    expect(slowRun.outcome.status).toBe('failed');
    expect(slowRun.outcome.headline).toMatch(/budget failed: p95 3\d\d ms over budget 200 ms \(3 users\)/);
    const queries = await run(
      `baseUrl: ${fast.url}\nstages: [{ users: 3, seconds: 2 }]\nendpoints: ${endpoints}\nbudgets: { maxQueries: 4 }\n`,
    );
    expect(queries.outcome.status).toBe('failed');
    expect(queries.outcome.headline).toContain('queries per request 7 over budget 4 (3 users)');
    expect(queries.outcome.details).toMatch(/\| 3 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 0\.00% \| 7 \| 0\.01 \| n\/a \|/);
    expect(queries.outcome.details).toContain('n/a: not measured: service CPU');
  });

  it('runs distributed, a master and two workers: every request counted once, budgets on the whole', async () => {
    const { outcome, data, results } = await run(
      `baseUrl: ${fast.url}\nstages: [{ users: 6, seconds: 2 }]\nendpoints: [{ name: flaky, path: /flaky }]\nbudgets: { errorRatePct: 1 }\n`,
      '  workers: 2\n',
    );
    const stage = results.stages[0]!;
    expect(stage.workers!.map((w) => w.worker)).toEqual(['worker-1', 'worker-2']);
    // Both workers made load, and the master's count is exactly the sum of theirs (no double counting).
    for (const w of stage.workers!) expect(w.requests).toBeGreaterThan(10);
    expect(stage.workers!.reduce((n, w) => n + w.requests, 0)).toBe(stage.total.requests);
    expect(stage.total.requests).toBe(Number(locustCsv(data).get('Aggregated')!['Request Count']));
    // One request in ten fails on /flaky: over the 1 % budget for the whole.
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toMatch(/error rate (8|9|10|11|12)(\.\d+)? % over budget 1 % \(6 users\)/);
    expect(outcome.details).toContain('Load by Locust master + 2 workers');
    expect(outcome.details).toMatch(
      new RegExp(
        `\\| 6 \\| ${stage.workers![0]!.requests} \\| ${stage.workers![1]!.requests} \\| ${stage.total.requests} \\|`,
      ),
    );
  });

  it("runs the fixture's own locustfile against the forum API it started, with queries, KB and the service's CPU", async () => {
    const db = path.join(tempDir('perf-locust-db-'), 'forum.db');
    const env = { ...process.env, DATABASE_PATH: db };
    for (const args of [['migrate'], ['seed', '--posts', '300', '--comments', '3000', '--users', '50']]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/manage.ts', ...args], {
        cwd: fixture,
        env,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    }
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const start = `cd '${fixture}' && exec env PORT=${port} DATABASE_PATH='${db}' REDIS_URL= CACHE_RESPONSES=false LOG_LEVEL=warn SECRET_KEY=test-only-secret-key-0123456789 node --import tsx src/server.ts`;
    const { outcome, results } = await run(
      `stages: [{ users: 10, seconds: 3 }]\nlocustfile: ${path.join(fixture, 'load_tests', 'locustfile.py')}\nendpoints:\n  - { name: detail, path: /api/foro/posts/1/, budgets: { maxQueries: 2 } }\nbudgets: { errorRatePct: 1, maxQueries: 3 }\n`,
      `  start:\n    command: "${start.replace(/"/g, '\\"')}"\n    readyUrl: http://127.0.0.1:${port}/healthz\n`,
    );
    const stage = results.stages[0]!;
    const names = stage.endpoints.map((e) => e.name).sort();
    expect(names, JSON.stringify(stage.endpoints)).toEqual(
      expect.arrayContaining(['detail', 'list', 'list by cursor', 'popular']),
    );
    // The optimized service: 3 statements per list page, 2 per detail; real numbers from the database.
    expect(stage.endpoints.find((e) => e.name === 'list')!.measured.maxQueries).toBe(3);
    expect(stage.endpoints.find((e) => e.name === 'detail')!.measured.maxQueries).toBe(2);
    expect(stage.endpoints.find((e) => e.name === 'list')!.measured.avgKB).toBeGreaterThan(1);
    expect(stage.cpuPct).toBeGreaterThan(0);
    expect(outcome.status, outcome.details).toBe('passed');
    // The locustfile ran from the fixture without leaving bytecode behind.
    expect(readdirSync(path.join(fixture, 'load_tests'))).not.toContain('__pycache__');
  });

  it('runs one worker on each deploy target over SSH (two sshd on loopback), host keys checked', async () => {
    const keyDir = tempDir('perf-locust-key-');
    const client = await generateKey(keyDir, 'client');
    const hosts = [await startSshd({ client }), await startSshd({ client })];
    try {
      const { outcome, results, host } = await run(
        `baseUrl: ${fast.url}\nstages: [{ users: 4, seconds: 2 }]\nendpoints: ${endpoints}\nbudgets: { maxQueries: 8, errorRatePct: 1 }\n`,
        '  workersOn: deploy-targets\n',
        {},
        {
          'deploy-targets': hosts.map((h) => h.url('/tmp/perf-target')).join('\n'),
          'ssh-private-key': client.privateKey,
          'ssh-known-hosts': hosts.map((h) => h.knownHosts).join(''),
        },
      );
      const stage = results.stages[0]!;
      expect(outcome.status, outcome.details + JSON.stringify(host.logs)).toBe('passed');
      expect(stage.workers!.map((w) => w.worker)).toEqual(
        hosts.map((h, i) => `worker-${i + 1} (${h.user}@127.0.0.1:${h.port})`),
      );
      for (const w of stage.workers!) expect(w.requests).toBeGreaterThan(10);
      expect(stage.workers!.reduce((n, w) => n + w.requests, 0)).toBe(stage.total.requests);
      // The header metrics come back from the remote workers too.
      expect(stage.endpoints.find((e) => e.name === 'queries')!.measured.maxQueries).toBe(7);
      expect(outcome.details).toContain('Load by Locust master + one worker on each of');
    } finally {
      for (const h of hosts) await h.stop();
    }
  });
});
