// The sprint's comparison, measured: the forum API fixture naive (FORUM_NAIVE=1, the N+1), optimized (the
// constant-query code, no response cache) and cached (optimized + the response cache), each loaded with
// Locust at 10 / 50 / 100 users through the perf stage's own runner, on the fixture's perf.yml endpoints
// (uncached pages, cursors, details, and writes). Prints the sprint's table with every column measured:
// p95, p99, req/s, errors, queries per request (max), response KB (avg) and the service's CPU (avg).
// Run: npx tsx bench/perf-sprint-table.ts [seconds per stage] [users list]   (default: 5 and 10,50,100)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../src/host/host.js';
import { processGroupCpu } from '../src/perf/cpu.js';
import { runLocust } from '../src/perf/locust.js';
import { loadScenario } from '../src/perf/scenario.js';
import { startService } from '../src/perf/service.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.join(root, 'test', 'fixtures', 'forum-api');
const seconds = Number(process.argv[2] ?? 5);
const users = (process.argv[3] ?? '10,50,100').split(',').map(Number);

const log: Logger = {
  info: () => {},
  warning: (m: string) => process.stderr.write(`${m}\n`),
  error: (m: string) => process.stderr.write(`${m}\n`),
  debug: () => {},
} as Logger;
const dir = mkdtempSync(path.join(tmpdir(), 'perf-sprint-'));
const database = path.join(dir, 'forum.db');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function manage(args: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/manage.ts', ...args], {
    cwd: fixture,
    env: { ...process.env, DATABASE_PATH: database },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`manage ${args.join(' ')}: ${r.stderr}`);
}

const modes = [
  { mode: 'naive', env: { FORUM_NAIVE: 'true', CACHE_RESPONSES: 'false' } },
  { mode: 'optimized', env: { FORUM_NAIVE: 'false', CACHE_RESPONSES: 'false' } },
  { mode: 'cached', env: { FORUM_NAIVE: 'false', CACHE_RESPONSES: 'true' } },
];

const base = loadScenario(path.join(fixture, 'perf.yml'), root);
const scenario = {
  ...base,
  warmup: { seconds: 1, users: 10 },
  stages: users.map((u) => ({ users: u, seconds, rps: undefined })),
  repeat: 1,
  limits: { ...base.limits, maxTotalSeconds: 600 },
};
const rows: string[] = [];
try {
  manage(['migrate']);
  for (const { mode, env } of modes) {
    // The same data for every mode: the writes of one mode do not change what the next one reads.
    manage(['seed']);
    const port = await freePort();
    const service = await startService({
      command: `exec node --import tsx src/server.ts`,
      cwd: fixture,
      readyUrl: `http://127.0.0.1:${port}/healthz`,
      readyTimeoutSeconds: 30,
      log,
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        DATABASE_PATH: database,
        REDIS_URL: '',
        LOG_LEVEL: 'warn',
        SECRET_KEY: 'bench-only-secret-key-0123456789abcdef',
      },
    });
    try {
      const results = await runLocust(scenario, {
        baseUrl: new URL(`http://127.0.0.1:${port}`),
        log,
        cpu: processGroupCpu(service.pid),
      });
      for (const s of results.stages) {
        const t = s.total;
        // The sprint's "queries (GET posts)": the list pages only (a write runs up to 7 statements, a page 3).
        const lists = s.endpoints.filter((e) => e.name.startsWith('list')).map((e) => e.measured.maxQueries ?? -1);
        const listQueries = lists.length && Math.max(...lists) >= 0 ? Math.max(...lists) : 'n/a';
        rows.push(
          `| ${mode} | ${s.users} | ${t.p95 ?? 'n/a'} | ${t.p99 ?? 'n/a'} | ${t.rps} | ${t.errorRatePct}% | ${listQueries} | ${t.maxQueries ?? 'n/a'} | ${t.avgKB ?? 'n/a'} | ${s.cpuPct === undefined ? 'n/a' : `${s.cpuPct}%`} |`,
        );
        process.stderr.write(`${rows.at(-1)}\n`);
      }
    } finally {
      await service.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `Locust, one process, fixture perf.yml endpoints, ${seconds} s per stage; the seeded data (5,000 posts, 50,000 comments)\n\n`,
);
process.stdout.write(
  '| mode | users | p95 (ms) | p99 (ms) | req/s | errors | queries, GET posts (max) | queries, any request (max) | response KB (avg) | service CPU (avg) |\n',
);
process.stdout.write('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n');
process.stdout.write(`${rows.join('\n')}\n`);
