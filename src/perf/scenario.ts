// The load-test scenario file: what to hit, with how many users, for how long, and the budgets. Parsed with
// the same typed schema as backend-ci.yml, so every error names file:line:column.
import path from 'node:path';
import { readYaml } from '../config/config.js';
import { bool, listOf, num, obj, oneOf, record, str, type Infer, type RawValue } from '../config/schema.js';
import { ConfigError } from '../pipeline/stage.js';

/** Ceilings a scenario can lower but never raise: a load test must end, whatever the file says. */
export const CEILINGS = {
  totalSeconds: 600,
  users: 1000,
  requestsPerStage: 1_000_000,
  repeat: 10,
} as const;

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const budgetFields = {
  p95Ms: num({ doc: 'Highest allowed p95 latency.', min: 0, unit: 'ms' }),
  p99Ms: num({ doc: 'Highest allowed p99 latency.', min: 0, unit: 'ms' }),
  errorRatePct: num({
    doc: 'Highest allowed share of failed requests (status >= 400, timeouts, connection errors).',
    min: 0,
    max: 100,
    unit: 'percent',
  }),
  maxQueries: num({ doc: 'Highest allowed X-Query-Count header on any response.', min: 0, integer: true }),
  maxPerfTimeMs: num({
    doc: 'Highest allowed p95 of the X-Perf-Time-ms header (time the service says it spent).',
    min: 0,
    unit: 'ms',
  }),
  minRps: num({ doc: 'Lowest allowed throughput.', min: 0, unit: 'requests per second' }),
};

const budgets = obj(budgetFields, { doc: 'Budgets; each one unset is reported, not enforced.' });

const endpoint = obj(
  {
    name: str({ doc: 'Name shown in the report (default: method and path).' }),
    method: oneOf(METHODS, { doc: 'HTTP method.', default: 'GET' }),
    path: str({
      doc: 'Path on the base URL, starting with a single "/" (never a full URL: the load only goes to the base URL).',
      pattern: /^\/(?!\/)[^\s]*$/,
      patternDoc:
        'a path starting with a single "/" and no spaces (a full URL is not allowed: requests only go to the base URL)',
    }),
    weight: num({ doc: 'Relative share of requests.', min: 0.001, max: 1000, default: 1 }),
    headers: record(str({ doc: 'a header value' }), { doc: 'Request headers.' }),
    body: str({ doc: 'Request body (sent as is).' }),
    budgets,
  },
  { doc: 'An endpoint.' },
);

const loadStage = obj(
  {
    users: num({ doc: 'Concurrent users (connections).', min: 1, max: CEILINGS.users, integer: true }),
    seconds: num({ doc: 'How long this stage runs.', min: 0.5, max: CEILINGS.totalSeconds, unit: 'seconds' }),
    rps: num({
      doc: "Open loop: send this many requests per second on schedule, answered or not, and count latency from each one's intended send time; users is then the most connections at once.",
      min: 0.1,
      max: 100_000,
      unit: 'requests per second',
    }),
  },
  { doc: 'A stage of the load.' },
);

// Numbers to show beside the measured ones, such as a sprint report's hand-made (or simulated) table. They
// are only shown, never used as budgets.
const referenceNumbers = {
  p95Ms: num({ doc: 'p95 latency.', min: 0, unit: 'ms' }),
  p99Ms: num({ doc: 'p99 latency.', min: 0, unit: 'ms' }),
  rps: num({ doc: 'Throughput.', min: 0, unit: 'requests per second' }),
  errorRatePct: num({ doc: 'Error rate.', min: 0, max: 100, unit: 'percent' }),
  queries: num({ doc: 'Queries per request.', min: 0 }),
  kb: num({ doc: 'Response size.', min: 0, unit: 'KB' }),
  cpuPct: num({ doc: 'Service CPU, average.', min: 0, unit: 'percent' }),
};

const reference = obj(
  {
    label: str({ doc: 'Where the numbers come from, e.g. "sprint 2025-11-19 (simulated)".', default: 'reference' }),
    stages: listOf(
      obj(
        {
          users: num({ doc: 'Users of the stage these numbers are for.', min: 1, max: CEILINGS.users, integer: true }),
          ...referenceNumbers,
        },
        { doc: 'Reference numbers for one stage.' },
      ),
      { doc: 'Per stage, matched by users.' },
    ),
    before: obj(referenceNumbers, { doc: "A before-the-fix column (the sprint's comparison table)." }),
    after: obj(referenceNumbers, { doc: 'An after-the-fix column.' }),
  },
  { doc: 'Numbers shown beside the measured ones (never budgets).' },
);

export type Reference = Infer<typeof reference>;

export const scenarioSchema = obj(
  {
    baseUrl: str({
      doc: "Where the service answers. Default: the started service's ready URL origin, perf.url, or the deployed URL.",
    }),
    allowRemote: bool({
      doc: "Allow a base URL that is not loopback. Off by default: a load test is for your own services, and a typo must not aim it at someone else's.",
      default: false,
    }),
    warmup: obj(
      {
        seconds: num({
          doc: 'Warm-up load before the measured stages (not reported).',
          min: 0,
          max: 60,
          default: 0,
          unit: 'seconds',
        }),
        users: num({
          doc: "Users during warm-up (default: the first stage's).",
          min: 1,
          max: CEILINGS.users,
          integer: true,
        }),
      },
      { doc: 'Warm-up.' },
    ),
    stages: listOf(loadStage, { doc: 'Stages of concurrent users, e.g. 10, 50, 100.' }),
    endpoints: listOf(endpoint, { doc: 'Endpoints with weights.' }),
    budgets,
    reference,
    repeat: num({
      doc: 'Run every stage this many times and report the spread (min/median/max).',
      min: 1,
      max: CEILINGS.repeat,
      integer: true,
      default: 1,
    }),
    timeoutSeconds: num({
      doc: 'A request slower than this counts as an error.',
      min: 0.1,
      max: 120,
      default: 10,
      unit: 'seconds',
    }),
    locustfile: str({
      doc: "The locustfile perf.engine 'locust' runs (relative to this file). Without it, one is made from the endpoints.",
    }),
    k6Script: str({
      doc: 'A k6 script to run instead of the built-in load when a k6 binary is on PATH (relative to this file).',
    }),
    limits: obj(
      {
        maxTotalSeconds: num({
          doc: `Longest the whole load may take, warm-up and repeats included (at most ${CEILINGS.totalSeconds}).`,
          min: 1,
          max: CEILINGS.totalSeconds,
          default: 120,
          unit: 'seconds',
        }),
        maxRequestsPerStage: num({
          doc: `Most requests one stage may send (at most ${CEILINGS.requestsPerStage}).`,
          min: 1,
          max: CEILINGS.requestsPerStage,
          integer: true,
          default: 200_000,
        }),
      },
      { doc: 'Hard caps.' },
    ),
  },
  { doc: 'perf scenario' },
);

export type Budgets = Infer<typeof budgets>;
export type LoadStage = Infer<typeof loadStage>;
export interface Endpoint extends Omit<Infer<typeof endpoint>, 'name' | 'path'> {
  name: string;
  path: string;
}
export interface Scenario extends Omit<Infer<typeof scenarioSchema>, 'endpoints'> {
  endpoints: Endpoint[];
  /** The file it was read from, as shown in messages. */
  file: string;
  /** Absolute path of the locustfile, when one is named. */
  locustfilePath?: string;
  /** Absolute path of the k6 script, when one is named. */
  k6ScriptPath?: string;
  /** Line of the budgets key, for annotations on a failed budget. */
  budgetsLine?: number;
}

/** Reads and checks a scenario file; throws ConfigError naming file:line:column. */
export function loadScenario(file: string, workspace: string): Scenario {
  let raw: RawValue;
  try {
    raw = readYaml(file, workspace);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ConfigError(
        `perf scenario ${path.relative(workspace, file) || file} does not exist (looked at ${file})`,
      );
    throw err;
  }
  const parsed = scenarioSchema.parse(raw, '');
  const shown = path.relative(workspace, file) || file;
  const where = (key: string) => raw.entries?.get(key)?.keyOrigin.describe() ?? shown;

  if (parsed.stages.length === 0)
    throw new ConfigError(
      `${where('stages')}: 'stages' must list at least one stage, e.g. [{ users: 10, seconds: 10 }]`,
    );
  if (parsed.endpoints.length === 0 && !parsed.k6Script && !parsed.locustfile) {
    throw new ConfigError(
      `${where('endpoints')}: 'endpoints' must list at least one endpoint, e.g. [{ path: /health }]`,
    );
  }

  const stageItems = raw.entries?.get('stages')?.items ?? [];
  parsed.stages.forEach((s, i) => {
    const at = stageItems[i]?.origin.describe() ?? where('stages');
    if (s.users === undefined)
      throw new ConfigError(`${at}: 'stages[${i}].users' is required (concurrent users, 1 to ${CEILINGS.users})`);
    if (s.seconds === undefined)
      throw new ConfigError(`${at}: 'stages[${i}].seconds' is required (how long the stage runs)`);
  });

  const endpointItems = raw.entries?.get('endpoints')?.items ?? [];
  const names = new Set<string>();
  const endpoints: Endpoint[] = parsed.endpoints.map((e, i) => {
    const at = endpointItems[i]?.origin.describe() ?? where('endpoints');
    if (!e.path) throw new ConfigError(`${at}: 'endpoints[${i}].path' is required (a path such as /api/posts/)`);
    const name = e.name ?? `${e.method} ${e.path}`;
    if (names.has(name))
      throw new ConfigError(`${at}: 'endpoints[${i}].name' '${name}' is used twice; names must be unique`);
    names.add(name);
    return { ...e, name, path: e.path };
  });

  const total = plannedSeconds(parsed);
  if (total > parsed.limits.maxTotalSeconds) {
    throw new ConfigError(
      `${where('stages')}: the load would run ${total} s (warm-up + stages, times repeat ${parsed.repeat}), over limits.maxTotalSeconds ${parsed.limits.maxTotalSeconds}; shorten the stages or lower repeat`,
    );
  }
  if (parsed.baseUrl !== undefined) checkBaseUrl(parsed.baseUrl, parsed.allowRemote, where('baseUrl'));

  return {
    ...parsed,
    endpoints,
    file: shown,
    locustfilePath: parsed.locustfile ? path.resolve(path.dirname(file), parsed.locustfile) : undefined,
    k6ScriptPath: parsed.k6Script ? path.resolve(path.dirname(file), parsed.k6Script) : undefined,
    budgetsLine: (raw.entries?.get('budgets')?.keyOrigin as { line?: number } | undefined)?.line,
  };
}

/** Seconds the scenario asks for: (warm-up + every stage) per repeat. */
export function plannedSeconds(s: {
  warmup: { seconds: number };
  stages: { seconds?: number }[];
  repeat: number;
}): number {
  return (s.warmup.seconds + s.stages.reduce((sum, st) => sum + (st.seconds ?? 0), 0)) * s.repeat;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(hostname: string): boolean {
  return (
    LOOPBACK_NAMES.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname.endsWith('.localhost')
  );
}

/**
 * A base URL must be absolute http(s); requests only ever go to its origin. A non-loopback host is refused
 * unless the scenario says allowRemote: true.
 */
export function checkBaseUrl(url: string, allowRemote: boolean, where: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      `${where}: base URL must be an absolute http(s) URL such as http://127.0.0.1:8000, got '${url}'`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`${where}: base URL must use http or https, got '${parsed.protocol}'`);
  }
  if (!allowRemote && !isLoopback(parsed.hostname)) {
    throw new ConfigError(
      `${where}: base URL ${parsed.origin} is not a loopback address; load tests are for your own services, so a remote target needs 'allowRemote: true' in the scenario`,
    );
  }
  return parsed;
}
