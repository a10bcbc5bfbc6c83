// Runs a load with Locust (https://locust.io) instead of the built-in load generator: the user's own
// locustfile, or one made from the scenario's endpoints, headless, one Locust run per stage. In one process,
// or distributed as Locust scales: a master and N workers (here on loopback). Locust's own stats CSV gives
// the latency, throughput and error numbers per request name; a small plugin adds the response headers the
// service reports (X-Query-Count, X-Perf-Time-ms), the status codes, and the requests of each worker.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Transport } from '../deploy/transport.js';
import type { Logger } from '../host/host.js';
import { ProgramNotFoundError, runProgram, tail, type RunResult } from '../exec/run.js';
import type { CpuMeter } from './cpu.js';
import { parseLocustStats, type LocustStatsRow } from './locust-csv.js';
import { LOCUST_PLUGIN, SCENARIO_LOCUSTFILE } from './locust-plugin.js';
import { combineStages, round, type Measured, type PerfResults, type StageRun, type WorkerLoad } from './results.js';
import { LoadLimitError } from './run-scenario.js';
import { BoundedSample } from './sample.js';
import type { Scenario } from './scenario.js';

export class LocustError extends Error {
  override name = 'LocustError';
}

export interface LocustOptions {
  baseUrl: URL;
  log: Logger;
  /** The Locust executable (default `locust` on PATH). */
  command?: string;
  /** The user's locustfile (absolute); default the scenario's `locustfile`; without either, one is made from the endpoints. */
  locustfile?: string;
  /** 0 or 1: one Locust process. N > 1: a master and N workers. */
  workers?: number;
  /**
   * Workers on other hosts, one per transport (the deploy targets, over SSH): instead of local workers. The
   * master listens on `masterHost`, which those hosts must be able to reach.
   */
  remoteWorkers?: Transport[];
  /** Address the master binds to and workers connect to (default 127.0.0.1). */
  masterHost?: string;
  /** Measures the service's CPU during each measured stage. */
  cpu?: CpuMeter;
  /** Where Locust's own stats CSV of each measured stage is kept (the report's folder). */
  csvDir?: string;
  onProgress?: (text: string) => void;
}

/** What the plugin writes for one load generator when it quits. */
interface GeneratorReport {
  role: string;
  pid: number;
  requests: number;
  endpoints: {
    method: string;
    name: string;
    requests: number;
    bytes: number;
    status: Record<string, number>;
    queries: number[];
    maxQueries: number | null;
    perfTime: number[];
  }[];
}

const REMOTE_MARKER = '@@backend-ci-locust-generators@@';

/**
 * Runs one Locust worker on a deploy target: the plugin, the locustfile and the endpoints arrive as
 * positional arguments (never as script text), in a temporary folder removed afterwards; the worker's report
 * comes back on stdout after a marker line.
 */
const REMOTE_WORKER_SCRIPT = `dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/generators"
printf '%s' "$1" > "$dir/backend_ci_locust.py"
printf '%s' "$2" > "$dir/locustfile.py"
printf '%s' "$3" > "$dir/endpoints.json"
code=0
BACKEND_CI_LOCUSTFILE="$dir/locustfile.py" BACKEND_CI_LOCUST_ENDPOINTS="$dir/endpoints.json" BACKEND_CI_LOCUST_OUT="$dir/generators" \\
  BACKEND_CI_LOCUST_ROLE="$4" BACKEND_CI_LOCUST_MAX="$5" BACKEND_CI_LOCUST_RPS="$6" BACKEND_CI_LOCUST_USERS="$7" PYTHONDONTWRITEBYTECODE=1 \\
  "$8" -f "$dir/backend_ci_locust.py" --worker --master-host "$9" --master-port "\${10}" --loglevel WARNING >&2 || code=$?
echo "${REMOTE_MARKER}"
for f in "$dir"/generators/*.json; do [ -e "$f" ] && { cat "$f"; echo; }; done
exit $code
`;
function remoteReports(stdout: string): GeneratorReport[] {
  const at = stdout.lastIndexOf(REMOTE_MARKER);
  if (at < 0) return [];
  return stdout
    .slice(at + REMOTE_MARKER.length)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GeneratorReport);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function readReports(dir: string): GeneratorReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GeneratorReport);
}

/** Header metrics and status codes for a set of request names, merged over every generator. */
function headerMetrics(
  reports: GeneratorReport[],
  match: (method: string, name: string) => boolean,
): Pick<Measured, 'maxQueries' | 'p95Queries' | 'p95PerfTimeMs' | 'statusCodes'> {
  const queries = new BoundedSample();
  const perfTime = new BoundedSample();
  let maxQueries: number | undefined;
  const statusCodes: Record<string, number> = {};
  for (const r of reports) {
    for (const e of r.endpoints) {
      if (!match(e.method, e.name)) continue;
      for (const q of e.queries) queries.add(q);
      for (const t of e.perfTime) perfTime.add(t);
      if (e.maxQueries !== null) maxQueries = Math.max(maxQueries ?? -Infinity, e.maxQueries);
      for (const [k, c] of Object.entries(e.status)) statusCodes[k] = (statusCodes[k] ?? 0) + c;
    }
  }
  return {
    maxQueries,
    p95Queries: queries.percentile(95),
    p95PerfTimeMs: perfTime.count > 0 ? round(perfTime.percentile(95)!, 2) : undefined,
    statusCodes,
  };
}

function toMeasured(row: LocustStatsRow, reports: GeneratorReport[], all: boolean): Measured {
  const headers = headerMetrics(reports, all ? () => true : (m, n) => m === row.method && n === row.name);
  return { ...row.measured, ...headers, avgKB: row.avgBytes === undefined ? undefined : round(row.avgBytes / 1024, 2) };
}

function failure(what: string, result: RunResult): LocustError {
  const why = result.timedOut
    ? 'was stopped: it ran past its time'
    : `exited with ${result.signal ?? `code ${result.code}`}`;
  return new LocustError(`${what} ${why}:\n${tail(result.stderr || result.stdout)}`);
}

interface StagePlan {
  users: number;
  seconds: number;
  /** Open loop at this arrival rate. */
  rps?: number;
  label: string;
  /** File name stem for the kept CSV; absent for the warm-up. */
  keepAs?: string;
}

/** One Locust run (single or distributed) for one stage; returns what it measured. */
async function runLocustStage(
  scenario: Scenario,
  options: LocustOptions,
  plan: StagePlan,
  workDir: string,
): Promise<StageRun> {
  const command = options.command ?? 'locust';
  const remote = options.remoteWorkers ?? [];
  const workers = remote.length ? remote.length : options.workers && options.workers > 1 ? options.workers : 0;
  const dir = mkdtempSync(path.join(workDir, 'stage-'));
  const out = path.join(dir, 'generators');
  mkdirSync(out);
  const plugin = path.join(workDir, 'backend_ci_locust.py');
  const statsFile = path.join(dir, 'locust_stats.csv');
  // Locust takes whole seconds; a stage is never cut shorter than asked.
  const seconds = Math.max(1, Math.ceil(plan.seconds));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BACKEND_CI_LOCUSTFILE: options.locustfile ?? path.join(workDir, 'scenario_locustfile.py'),
    BACKEND_CI_LOCUST_ENDPOINTS: path.join(workDir, 'endpoints.json'),
    BACKEND_CI_LOCUST_OUT: out,
    BACKEND_CI_LOCUST_STATS: statsFile,
    BACKEND_CI_LOCUST_RPS: plan.rps ? String(plan.rps) : '',
    BACKEND_CI_LOCUST_USERS: String(plan.users),
    BACKEND_CI_LOCUST_MAX: String(Math.ceil(scenario.limits.maxRequestsPerStage / Math.max(1, workers))),
    // Importing the user's locustfile must not leave __pycache__ in their repository.
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const host = options.baseUrl.origin + options.baseUrl.pathname.replace(/\/+$/, '');
  const args = [
    '-f',
    plugin,
    '--headless',
    '-u',
    String(plan.users),
    '-r',
    String(plan.users),
    '-t',
    `${seconds}s`,
    '--host',
    host,
  ];
  args.push('--only-summary', '--loglevel', 'WARNING', '--exit-code-on-error', '0', '--stop-timeout', '0');
  const timeoutMs = (seconds + scenario.timeoutSeconds + 45) * 1000;

  let results: RunResult[];
  let fromRemote: GeneratorReport[] = [];
  const masterHost = options.masterHost ?? '127.0.0.1';
  try {
    if (!workers) {
      results = [await runProgram(command, args, { env: { ...env, BACKEND_CI_LOCUST_ROLE: 'local' }, timeoutMs })];
    } else {
      const port = await freePort();
      const master = runProgram(
        command,
        [
          ...args,
          '--master',
          '--master-bind-host',
          masterHost,
          '--master-bind-port',
          String(port),
          '--expect-workers',
          String(workers),
          '--expect-workers-max-wait',
          '30',
        ],
        {
          env: { ...env, BACKEND_CI_LOCUST_ROLE: 'master' },
          timeoutMs: timeoutMs + 30_000,
        },
      );
      const started = remote.length
        ? remote.map((t, i) =>
            t.run(
              'locust worker',
              REMOTE_WORKER_SCRIPT,
              [
                readFileSync(plugin, 'utf8'),
                readFileSync(env.BACKEND_CI_LOCUSTFILE!, 'utf8'),
                existsSync(env.BACKEND_CI_LOCUST_ENDPOINTS!)
                  ? readFileSync(env.BACKEND_CI_LOCUST_ENDPOINTS!, 'utf8')
                  : '{}',
                `worker-${i + 1} (${t.target.kind === 'ssh' ? `${t.target.user}@${t.target.host}:${t.target.port}` : 'this machine'})`,
                env.BACKEND_CI_LOCUST_MAX!,
                env.BACKEND_CI_LOCUST_RPS ?? '',
                env.BACKEND_CI_LOCUST_USERS!,
                command,
                masterHost,
                String(port),
              ],
              { timeoutMs: timeoutMs + 40_000 },
            ),
          )
        : Array.from({ length: workers }, (_, i) =>
            runProgram(
              command,
              [
                '-f',
                plugin,
                '--worker',
                '--master-host',
                masterHost,
                '--master-port',
                String(port),
                '--loglevel',
                'WARNING',
              ],
              {
                env: { ...env, BACKEND_CI_LOCUST_ROLE: `worker-${i + 1}` },
                timeoutMs: timeoutMs + 40_000,
              },
            ),
          );
      results = await Promise.all([master, ...started]);
      if (remote.length) {
        fromRemote = results.slice(1).flatMap((r, i) => {
          const got = remoteReports(r.stdout);
          if (got.length === 0)
            options.log.warning(
              `the Locust worker on ${remote[i]!.target.label} sent no report back: ${tail(r.stderr || r.stdout, 5)}`,
            );
          return got;
        });
      }
    }
  } catch (err) {
    if (err instanceof ProgramNotFoundError) {
      throw new LocustError(
        `'${command}' was not found on PATH: install Locust (Debian: apt-get install python3-locust; elsewhere: pip install locust) or set perf.locustCommand`,
      );
    }
    throw err;
  }
  const [main, ...rest] = results;
  if (main!.code !== 0 || main!.timedOut) throw failure(workers ? 'the Locust master' : 'Locust', main!);
  rest.forEach((r, i) => {
    if (r.code !== 0 || r.timedOut)
      options.log.warning(
        `Locust worker ${i + 1} ${r.timedOut ? 'was stopped after its time' : `exited with ${r.signal ?? `code ${r.code}`}`}: ${tail(r.stderr, 3)}`,
      );
  });

  if (!existsSync(statsFile))
    throw new LocustError(
      `Locust wrote no stats file (${path.basename(statsFile)}):\n${tail(main!.stderr || main!.stdout)}`,
    );
  const stats = parseLocustStats(readFileSync(statsFile, 'utf8'), `Locust stats of ${plan.label}`);
  if (options.csvDir && plan.keepAs) {
    mkdirSync(options.csvDir, { recursive: true });
    copyFileSync(statsFile, path.join(options.csvDir, `${plan.keepAs}_stats.csv`));
  }
  const reports = [...readReports(out), ...fromRemote];
  const workerLoad: WorkerLoad[] = reports
    .map((r) => ({ worker: r.role, requests: r.requests }))
    .sort((a, b) => a.worker.localeCompare(b.worker));
  const total = stats.aggregated ? toMeasured(stats.aggregated, reports, true) : emptyMeasured();
  const generated = workerLoad.reduce((n, w) => n + w.requests, 0);
  if (workers && generated !== total.requests) {
    options.log.warning(
      `the Locust workers report ${generated} requests, the master counted ${total.requests}: the master's numbers are used`,
    );
  }

  // A request name used with two methods gets the method in front, so rows stay apart.
  const nameCount = new Map<string, number>();
  for (const r of stats.rows) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  const endpoints: Record<string, Measured> = {};
  for (const r of stats.rows)
    endpoints[nameCount.get(r.name)! > 1 ? `${r.method} ${r.name}` : r.name] = toMeasured(r, reports, false);
  return {
    users: plan.users,
    seconds,
    total,
    endpoints,
    workers: workers ? workerLoad : undefined,
    mode: plan.rps ? 'open' : 'closed',
    targetRps: plan.rps,
  };
}

function emptyMeasured(): Measured {
  return { requests: 0, errors: 0, errorRatePct: 0, rps: 0, statusCodes: {} };
}

/** Runs the scenario's warm-up and stages (times repeat) with Locust. */
export async function runLocust(scenario: Scenario, given: LocustOptions): Promise<PerfResults> {
  // The scenario's own locustfile unless the caller names another.
  const options = { ...given, locustfile: given.locustfile ?? scenario.locustfilePath };
  const workDir = mkdtempSync(path.join(tmpdir(), 'backend-ci-locust-'));
  const deadline = Date.now() + scenario.limits.maxTotalSeconds * 1000;
  const workers = options.workers && options.workers > 1 ? options.workers : 0;
  try {
    writeFileSync(path.join(workDir, 'backend_ci_locust.py'), LOCUST_PLUGIN);
    if (!options.locustfile) {
      if (scenario.endpoints.length === 0)
        throw new LocustError(`${scenario.file}: no locustfile and no endpoints to make one from`);
      writeFileSync(path.join(workDir, 'scenario_locustfile.py'), SCENARIO_LOCUSTFILE);
      const prefix = options.baseUrl.pathname.replace(/\/+$/, '');
      const endpoints = scenario.endpoints.map((e) => ({
        name: e.name,
        method: e.method,
        path: e.path,
        weight: e.weight,
        headers: e.headers,
        body: e.body,
      }));
      writeFileSync(
        path.join(workDir, 'endpoints.json'),
        JSON.stringify({ prefix, timeoutSeconds: scenario.timeoutSeconds, endpoints }),
      );
    } else if (!existsSync(options.locustfile)) {
      throw new LocustError(`locustfile ${options.locustfile} does not exist`);
    } else if (scenario.stages.some((s) => s.rps)) {
      // A locustfile paces itself (wait_time); even constant_throughput waits for answers, so it is closed loop.
      throw new LocustError(
        `${scenario.file}: stages with rps (open loop) run the scenario's endpoints; a locustfile decides its own pacing, so leave rps out or the locustfile`,
      );
    }
    const what = options.locustfile
      ? path.basename(options.locustfile)
      : 'a locustfile made from the scenario endpoints';
    const where = options.remoteWorkers?.length
      ? `one worker on each of ${options.remoteWorkers.map((t) => t.target.label).join(', ')}`
      : `${workers} workers on this machine`;
    options.log.info(
      `Locust: ${what}, ${workers || options.remoteWorkers?.length ? `master + ${where}` : 'one process'}`,
    );

    if (scenario.warmup.seconds > 0) {
      const users = scenario.warmup.users ?? scenario.stages[0]!.users!;
      options.log.info(`warm-up: ${users} users for ${scenario.warmup.seconds} s (not measured)`);
      options.onProgress?.('warm-up');
      await runLocustStage(scenario, options, { users, seconds: scenario.warmup.seconds, label: 'warm-up' }, workDir);
    }
    const runs: StageRun[][] = [];
    for (let r = 0; r < scenario.repeat; r++) {
      const run: StageRun[] = [];
      for (const [i, stage] of scenario.stages.entries()) {
        if (Date.now() >= deadline)
          throw new LoadLimitError(
            `the load test reached limits.maxTotalSeconds (${scenario.limits.maxTotalSeconds} s) before run ${r + 1}, stage ${i + 1}`,
          );
        const label = `run ${r + 1}/${scenario.repeat}, stage ${i + 1}/${scenario.stages.length}: ${stage.rps ? `${stage.rps} req/s (open loop, ${stage.users} users)` : `${stage.users} users`} for ${stage.seconds} s`;
        options.log.info(label);
        options.onProgress?.(label);
        const stop = await options.cpu?.start();
        const measured = await runLocustStage(
          scenario,
          options,
          {
            users: stage.users!,
            seconds: stage.seconds!,
            rps: stage.rps,
            label,
            keepAs: `run${r + 1}-stage${i + 1}-${stage.users}users`,
          },
          workDir,
        );
        measured.cpuPct = await stop?.();
        options.log.info(
          `  ${measured.total.requests} requests, p95 ${measured.total.p95 ?? '-'} ms, p99 ${measured.total.p99 ?? '-'} ms, ${measured.total.rps} req/s, errors ${measured.total.errorRatePct}%` +
            (measured.workers ? ` (${measured.workers.map((w) => `${w.worker} ${w.requests}`).join(', ')})` : ''),
        );
        run.push(measured);
      }
      runs.push(run);
    }
    return {
      version: 1,
      tool: 'locust',
      engineNote: `${options.remoteWorkers?.length ? `Locust master + ${where}` : workers ? `Locust master + ${workers} workers` : 'Locust, one process'}, ${what}`,
      scenario: scenario.file,
      baseUrl: options.baseUrl.origin + options.baseUrl.pathname.replace(/\/+$/, ''),
      createdAt: new Date().toISOString(),
      repeat: scenario.repeat,
      stages: combineStages(runs),
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
