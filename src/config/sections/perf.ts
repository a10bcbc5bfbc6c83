// Settings of the perf stage. The load itself (users, endpoints, budgets) lives in the scenario file, so the
// same scenario runs from the action, the CLI, or by hand; this section says where to find it and what to hit.
import { bool, num, obj, oneOf, str } from '../schema.js';

export const perf = obj(
  {
    scenario: str({
      doc: 'Load-test scenario file (YAML: stages of users, weighted endpoints, budgets), relative to the working directory.',
      input: 'perf-scenario',
    }),
    engine: oneOf(['autocannon', 'locust'] as const, {
      doc: "What makes the load: the built-in autocannon load, or Locust (the scenario's locustfile, or one made from its endpoints). A scenario's k6Script runs with k6 instead when k6 is on PATH.",
      input: 'perf-engine',
      default: 'autocannon',
    }),
    workers: num({
      doc: 'Locust only: run distributed, one master and this many workers on this machine (0: one process). The budgets apply to all requests together.',
      input: 'perf-workers',
      min: 0,
      max: 64,
      integer: true,
      default: 0,
    }),
    cpuPidFile: str({
      doc: "A pid file of the service under load, to read its CPU from /proc when the stage does not start it: a local path (e.g. a local deploy's run/forum.pid), or ssh://user@host:port/path/to/file.pid for a deployed service on another host (read over SSH with deploy.ssh's key and known hosts). The service the stage starts with perf.start is always measured.",
      input: 'perf-cpu-pid-file',
    }),
    workersOn: oneOf(['local', 'deploy-targets'] as const, {
      doc: "Locust only: where the workers run. 'deploy-targets': one worker on each deploy target (over SSH for ssh:// targets, with deploy.ssh's key and known hosts), connecting back to perf.masterHost.",
      input: 'perf-workers-on',
      default: 'local',
    }),
    masterHost: str({
      doc: 'Locust only: the address the master listens on and the workers connect to; the deploy targets must reach it when the workers run there.',
      default: '127.0.0.1',
    }),
    locustCommand: str({ doc: 'The Locust executable.', default: 'locust' }),
    url: str({
      doc: "Base URL to load-test when the scenario has no baseUrl and no service is started here. Default: the deploy stage's URL.",
      input: 'perf-url',
    }),
    start: obj(
      {
        command: str({
          doc: 'Command that starts the service (run by a shell in the working directory, in its own process group, stopped afterwards).',
          input: 'perf-start-command',
        }),
        readyUrl: str({
          doc: 'URL polled until it answers below 400; the service counts as ready then.',
          input: 'perf-ready-url',
        }),
        readyTimeoutSeconds: num({
          doc: 'How long to wait for readyUrl.',
          min: 1,
          max: 600,
          default: 60,
          unit: 'seconds',
        }),
      },
      { doc: 'Start the service for the load test.' },
    ),
    baseResults: str({
      doc: "The base branch's perf results.json to compare with. Default: the newest 'perf-report' artifact of the base branch.",
      input: 'perf-base-results',
    }),
    tolerancePct: num({
      doc: 'A p95 counts as a regression when it is worse than the base by more than this percent (or than the measured noise, whichever is larger).',
      input: 'perf-tolerance-pct',
      min: 0,
      max: 1000,
      default: 10,
      unit: 'percent',
    }),
    noiseFactor: num({
      doc: 'How many times the spread between repeat runs (max - min p95) a difference must exceed to count as a regression.',
      min: 0,
      max: 10,
      default: 2,
    }),
    failOnRegression: bool({
      doc: 'Fail the stage on a regression against the base (false: warn).',
      input: 'perf-fail-on-regression',
      default: true,
    }),
    uploadReport: bool({ doc: "Upload results.json and the p95 chart as the 'perf-report' artifact.", default: true }),
  },
  { doc: 'The perf stage.' },
);
