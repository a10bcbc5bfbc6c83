// The deploy engine: packs a release, then per target lock -> upload + unpack -> install -> link shared ->
// database snapshot -> migrate -> switch current -> restart -> health gate -> prune -> unlock, in rolling
// batches, with an automatic rollback of every host already touched when any of them fails.
import { parseSnapshot, restoreDatabase, snapshotPart, type Snapshot } from './database.js';
import { checkHealth, describeHealth, type HealthResult } from './health.js';
import {
  audit,
  lastGoodRelease,
  newReleaseId,
  parseState,
  releasesToPrune,
  writeMeta,
  type ReleaseMeta,
  type TargetState,
} from './layout.js';
import { TargetLock } from './lock.js';
import { fleetConfirmed, previousHealthSettings, recoverTarget, recoveryLine, type Recovery } from './recovery.js';
import {
  buildArchive,
  defaultTransportOpener,
  healthUrlFor,
  migrationsIn,
  openAll,
  targetsOf,
  type OperationOptions,
} from './fleet.js';
import type { Target } from '../config/target.js';
export type { DeploySettings } from './fleet.js';
import {
  AUDIT_APPEND,
  CLOSE_JOURNAL,
  DISCARD_RELEASE,
  LINK_SHARED,
  LOCK_RELEASE,
  PREFLIGHT,
  PRUNE,
  READ_STATE,
  RUN_IN_RELEASE,
  SWITCH_CURRENT,
  UNPACK,
  UPLOAD,
  WRITE_META,
} from './scripts.js';
import { mustRun, runParts, type RunStepOptions, type ScriptPart, type Transport } from './transport.js';

export interface EngineOptions extends OperationOptions {
  /** Fixed release id (tests); normally UTC time + short sha + per-run suffix, made once every target is locked. */
  releaseId?: string;
  /**
   * Called before each step on each host. Tests use it to fail or stop a deploy at a chosen step; it is the
   * only way in from outside, and it is never set outside tests.
   */
  beforeStep?: (step: StepName, target: string) => Promise<void> | void;
  /** Lock polling interval; tests shorten it. */
  lockPollMs?: number;
  /** The canary's gate beyond health (the perf budgets), run once the canary batch is live and healthy. */
  canaryGate?: CanaryGate;
  /** Called once the release id is made (under every target's lock), before anything is shipped. */
  onReleaseId?: (releaseId: string) => Promise<void> | void;
}

/**
 * What the engine needs from a load test to gate a canary: the deploy stage builds it on the perf stage's
 * runner, so the engine never imports a stage.
 */
export interface CanaryGate {
  /** What it checks, for the log (e.g. the scenario file). */
  describe: string;
  /** Runs against one canary host's URL (its health URL; the gate takes the origin). */
  check(host: { target: string; url: string }): Promise<{ ok: boolean; summary: string }>;
}

export type StepName =
  | 'lock'
  | 'upload'
  | 'unpack'
  | 'install'
  | 'link-shared'
  | 'snapshot'
  | 'migrate'
  | 'switch'
  | 'restart'
  | 'health'
  | 'canary'
  | 'finish'
  | 'unlock'
  | 'rollback-switch'
  | 'rollback-database'
  | 'rollback-restart'
  | 'rollback-health';

export interface StepRecord {
  step: StepName;
  ms: number;
  ok: boolean;
  note?: string;
}

export type HostOutcome = 'deployed' | 'rolled-back' | 'rollback-failed' | 'failed' | 'not-started';

export interface HostReport {
  target: string;
  outcome: HostOutcome;
  previous?: string;
  steps: StepRecord[];
  error?: string;
  snapshot?: Snapshot;
  /** How the database went back, when it had to. */
  databaseRollback?: { path: 'restore-snapshot' | 'down-migrations' | 'remove-new-file'; ms: number; note?: string };
  health?: HealthResult;
  previousHealth?: HealthResult;
  /** What this run found left by a dead one and did about it. */
  recovery?: Recovery;
  /** SSH (or local) sessions this run opened on the host. */
  sessions: number;
}

export type DeployStatus = 'deployed' | 'rolled-back' | 'failed' | 'skipped';

export interface DeployReport {
  releaseId: string;
  status: DeployStatus;
  rolledBack: boolean;
  hosts: HostReport[];
  /** The first error, in one paragraph. */
  error?: string;
  archiveBytes: number;
  migrations: string[];
  ms: number;
  /** One line per host a dead run's leftovers were recovered on. */
  recoveries: string[];
  /** The canary hosts and, when a load test gated them, its verdict. */
  canary?: { hosts: string[]; gate?: string; passed: boolean };
}

/** Runs every step of one release with its journal (.backend-ci/journal/<id>.jsonl on the target). */
function journaled(inner: Transport, release: () => string): Transport {
  return {
    target: inner.target,
    get sessions() {
      return inner.sessions;
    },
    run: (step: string, script: string, args: string[], options: RunStepOptions = {}) =>
      inner.run(step, script, args, release() ? { ...options, journal: release() } : options),
    close: () => inner.close(),
  };
}

/** A step failed on a host; carries which one. */
class HostStepError extends Error {
  override name = 'HostStepError';
  constructor(
    readonly step: StepName,
    override readonly cause: Error,
  ) {
    super(cause.message);
  }
}

interface HostRun {
  target: Target;
  transport: Transport;
  lock?: TargetLock;
  state?: TargetState;
  report: HostReport;
  /** How far the new release got on this host. */
  reached: { unpacked: boolean; snapshot: boolean; migrateStarted: boolean; switched: boolean; restarted: boolean };
  /** The lock went with the final bookkeeping session. */
  unlocked?: boolean;
  /** The release's outcome is final here and its journal removed: later steps (audit lines) write none. */
  journalClosed?: boolean;
  /** deploy-started is in this host's audit log (it rides with the upload). */
  startLogged?: boolean;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function deployRelease(options: EngineOptions): Promise<DeployReport> {
  const started = Date.now();
  const { settings, log } = options;
  const targets = targetsOf(settings);
  const { archive, entries } = await buildArchive(settings, options.cwd);
  const migrations = migrationsIn(entries, settings.migrationsDir);
  // Made once every target is locked (below), so two runs of one commit can never pick the same id.
  let releaseId = options.releaseId ?? '';
  log.info(
    `release of ${options.sha?.slice(0, 7) ?? 'a local tree'}: ${(archive.length / 1024).toFixed(1)} KiB, ${entries.length} entries, to ${targets.length} target(s)`,
  );
  if (targets.some((_, i) => !healthUrlFor(settings, i))) {
    log.warning(
      "no health URL (deploy.health.url / input 'health-url'): a release that starts but does not serve will not be caught and rolled back",
    );
  }

  const open = options.openTransport ?? defaultTransportOpener(settings, log);
  // Lock, state reads and recovery are not steps of the new release: no journal for them.
  let journalFrom = false;
  const transports = await openAll(targets, open);
  const runs: HostRun[] = targets.map((target, i) => ({
    target,
    transport: transports[i]!,
    report: { target: target.label, outcome: 'not-started', steps: [], sessions: 0 },
    reached: { unpacked: false, snapshot: false, migrateStarted: false, switched: false, restarted: false },
  }));
  // Journaled from the first step of the new release on, until its journal is closed (final outcome written).
  for (const run of runs)
    run.transport = journaled(run.transport, () => (journalFrom && !run.journalClosed ? releaseId : ''));
  const report: DeployReport = {
    releaseId,
    status: 'failed',
    rolledBack: false,
    hosts: runs.map((r) => r.report),
    archiveBytes: archive.length,
    migrations,
    ms: 0,
    recoveries: [],
  };
  const meta = (outcome: ReleaseMeta['outcome'], extra: Partial<ReleaseMeta> = {}): ReleaseMeta => ({
    id: releaseId,
    sha: options.sha ?? '',
    created: new Date(started).toISOString(),
    outcome,
    migrations,
    ...extra,
  });
  const who = { actor: options.actor, runUrl: options.runUrl, sha: options.sha };

  const step = async <T>(
    run: HostRun,
    name: StepName,
    fn: () => Promise<T>,
    note?: (v: T) => string | undefined,
  ): Promise<T> => {
    const t0 = Date.now();
    try {
      await options.beforeStep?.(name, run.target.label);
      const value = await fn();
      const n = note?.(value);
      run.report.steps.push({ step: name, ms: Date.now() - t0, ok: true, ...(n ? { note: n } : {}) });
      return value;
    } catch (err) {
      run.report.steps.push({
        step: name,
        ms: Date.now() - t0,
        ok: false,
        note: (err as Error).message.split('\n')[0],
      });
      throw new HostStepError(name, err as Error);
    }
  };

  try {
    // Connect and lock every host before changing any: a wrong host key or a busy target stops the deploy here.
    await Promise.all(runs.map((run) => mustRun(run.transport, 'connect', PREFLIGHT, [run.target.path])));
    const purpose = `deploy of ${options.sha ? `sha ${options.sha.slice(0, 7)}` : 'a local tree'}`;
    for (const run of runs) {
      // The state is read in the session that takes the lock.
      run.lock = await step(run, 'lock', () =>
        TargetLock.acquire(
          run.transport,
          {
            timeoutSeconds: settings.lock.timeoutSeconds,
            ttlMinutes: settings.lock.ttlMinutes,
            runUrl: options.runUrl,
            sha: options.sha,
            purpose,
            pollMs: options.lockPollMs,
          },
          log,
          { script: READ_STATE, args: [run.target.path] },
        ),
      );
      run.state = parseState(run.lock.alsoOutput);
    }
    // Whatever a dead run left is dealt with before anything new is shipped: back to the last confirmed release.
    const confirmed = fleetConfirmed(runs.map((r) => r.state!));
    await Promise.all(
      runs.map(async (run, i) => {
        const recovery = await recoverTarget({
          transport: run.transport,
          state: run.state!,
          settings,
          healthUrl: healthUrlFor(settings, i),
          log,
          by: purpose,
          fleetConfirmed: confirmed,
        });
        if (!recovery.changed) return;
        run.report.recovery = recovery;
        run.state = parseState((await mustRun(run.transport, 'read releases', READ_STATE, [run.target.path])).stdout);
      }),
    );
    report.recoveries = runs.filter((r) => r.report.recovery).map((r) => recoveryLine(r.report.recovery!));
    const unrecovered = runs.find((r) => r.report.recovery?.problems.length);
    if (unrecovered) {
      throw new Error(
        `${unrecovered.target.label} could not be brought back to its last confirmed release (${unrecovered.report.recovery!.problems.join('; ')}); nothing new was shipped. Fix it, then run 'backend-ci recover'`,
      );
    }
    releaseId ||= newReleaseId(
      options.sha,
      new Date(),
      undefined,
      runs.flatMap((r) => r.state!.releases.map((x) => x.id)),
    );
    report.releaseId = releaseId;
    journalFrom = true;
    log.info(`release ${releaseId}`);
    await options.onReleaseId?.(releaseId);
    for (const run of runs) {
      if (run.state!.releases.some((r) => r.id === releaseId) || run.state!.current === releaseId) {
        throw new Error(`release ${releaseId} already exists on ${run.target.label}`);
      }
      run.report.previous = run.state!.current;
    }

    // Prepare everywhere before anything goes live, so an upload failure on the last host switches nobody.
    // allSettled, not all: every host must have stopped writing before its release folder is removed.
    const prepared = await Promise.allSettled(runs.map((run) => prepareHost(run)));
    const prepareFailure = prepared.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (prepareFailure) {
      const e = prepareFailure.reason as Error;
      report.error = e.message;
      await Promise.all(runs.map((run) => discard(run, `preparing the release failed: ${e.message.split('\n')[0]}`)));
      for (const run of runs) run.report.outcome = 'failed';
      report.status = 'failed';
      return report;
    }

    const touched: HostRun[] = [];
    let failure: HostStepError | undefined;
    // The canary goes live alone; the rest follow in batches only once it passed every gate.
    const canaryRuns = settings.canary > 0 ? runs.slice(0, settings.canary) : [];
    if (canaryRuns.length === runs.length && settings.canary > 0)
      log.warning(
        `deploy.canary is ${settings.canary} and there are ${runs.length} target(s): the canary is the whole fleet`,
      );
    const batches = canaryRuns.length
      ? [canaryRuns, ...chunk(runs.slice(canaryRuns.length), settings.batchSize)]
      : chunk(runs, settings.batchSize);
    if (canaryRuns.length) report.canary = { hosts: canaryRuns.map((r) => r.target.label), passed: false };
    for (const [b, batch] of batches.entries()) {
      touched.push(...batch);
      const results = await Promise.allSettled(batch.map((run, i) => goLive(run, runs.indexOf(batch[i]!))));
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (rejected) {
        failure = rejected.reason as HostStepError;
        break;
      }
      if (b === 0 && canaryRuns.length) {
        try {
          await canaryCheck(canaryRuns[0]!);
          report.canary!.passed = true;
        } catch (err) {
          failure = err as HostStepError;
          break;
        }
      }
    }

    if (!failure) {
      for (const run of runs) {
        run.report.outcome = 'deployed';
        await step(
          run,
          'finish',
          () => finish(run),
          (doomed) => `recorded deployed${doomed.length ? `, pruned ${doomed.join(', ')}` : ''}, unlocked`,
        ).catch((err: Error) =>
          log.warning(`recording the deploy, pruning or unlocking on ${run.target.label} failed: ${err.message}`),
        );
      }
      report.status = 'deployed';
      return report;
    }

    report.error = failure.message;
    log.error(`deploy of ${releaseId} failed: ${failure.message}`);
    const untouched = runs.filter((r) => !touched.includes(r));
    const rollbacks = await Promise.allSettled(
      touched.map((run) => rollbackHost(run, failure!.message.split('\n')[0]!)),
    );
    await Promise.all(untouched.map((run) => discard(run, 'another host failed before this one went live')));
    for (const run of untouched) run.report.outcome = 'failed';
    const rollbackFailed = rollbacks.some((r) => r.status === 'rejected');
    // True only when every host that went live is back on its previous release and that release answered.
    report.rolledBack = touched.length > 0 && !rollbackFailed;
    report.status = rollbackFailed ? 'failed' : 'rolled-back';
    if (rollbackFailed)
      log.error(
        'ROLLBACK FAILED on at least one host: check the per-host report and the audit log (.backend-ci/log.jsonl) on the target',
      );
    return report;
  } catch (err) {
    // Connect, lock or state failures: nothing went live.
    report.error ??= (err as Error).message;
    report.status = 'failed';
    for (const run of runs) {
      if (run.lock)
        await audit(
          run.transport,
          {
            event: 'deploy-failed',
            ...(releaseId ? { release: releaseId } : {}),
            reason: report.error.split('\n')[0],
            ...who,
          },
          log.warning,
        );
    }
    return report;
  } finally {
    for (const run of runs) {
      if (run.lock && !run.unlocked) {
        await step(run, 'unlock', () => run.lock!.release(log)).catch(() => undefined);
      }
      await run.transport.close();
      run.report.sessions = run.transport.sessions;
    }
    report.ms = Date.now() - started;
  }

  async function prepareHost(run: HostRun): Promise<void> {
    const root = run.target.path;
    // The audit line rides with the upload: one session instead of two.
    await step(run, 'upload', async () => {
      const out = await runParts(
        run.transport,
        'upload',
        [
          auditPart(run, { event: 'deploy-started', release: releaseId, ...who }),
          { script: UPLOAD, args: [root, releaseId] },
        ],
        { input: archive },
      );
      run.startLogged = true;
      return out;
    });
    await step(run, 'unpack', async () => {
      run.reached.unpacked = true;
      await mustRun(run.transport, 'unpack', UNPACK, [root, releaseId, JSON.stringify(meta('unpacking'))]);
    });
    if (settings.install)
      await step(run, 'install', () =>
        mustRun(run.transport, 'install', RUN_IN_RELEASE, [root, releaseId, settings.install!]),
      );
    const prepared = metaPart(run, meta('prepared'));
    if (settings.sharedPaths.length > 0) {
      await step(run, 'link-shared', () =>
        runParts(run.transport, 'link shared paths', [
          { script: LINK_SHARED, args: [root, releaseId, ...(settings.sharedPaths as string[])] },
          prepared,
        ]),
      );
    } else {
      await runParts(run.transport, 'write release metadata', [prepared]);
    }
  }

  async function goLive(run: HostRun, index: number): Promise<void> {
    const root = run.target.path;
    const migrating = metaPart(run, meta('migrating'));
    const snapshot = snapshotPart(root, releaseId, settings.database);
    if (snapshot) {
      const kind = settings.database.kind as 'sqlite' | 'postgres';
      run.report.snapshot = await step(
        run,
        'snapshot',
        async () => {
          const t0 = Date.now();
          const [out] = await runParts(run.transport, 'database snapshot', [snapshot.part, migrating], {
            input: snapshot.input,
          });
          return parseSnapshot(kind, out!, Date.now() - t0);
        },
        (s) => `${s.kind}, ${s.absent ? 'no database file yet' : `${s.bytes} bytes`}`,
      );
    } else {
      await runParts(run.transport, 'write release metadata', [migrating]);
    }
    run.reached.snapshot = true;
    if (settings.migrate) {
      run.reached.migrateStarted = true;
      await step(run, 'migrate', () =>
        mustRun(run.transport, 'migrate', RUN_IN_RELEASE, [root, releaseId, settings.migrate!]),
      );
    }
    await step(run, 'switch', async () => {
      run.reached.switched = true;
      await runParts(run.transport, 'switch current', [
        { script: SWITCH_CURRENT, args: [root, releaseId] },
        metaPart(run, meta('switched')),
      ]);
    });
    if (settings.restart) {
      run.reached.restarted = true;
      await step(run, 'restart', () =>
        mustRun(run.transport, 'restart', RUN_IN_RELEASE, [root, releaseId, settings.restart!]),
      );
    }
    const url = healthUrlFor(settings, index);
    if (url) {
      const h = await step(
        run,
        'health',
        async () => {
          const result = await checkHealth(url, settings.health, releaseId);
          run.report.health = result;
          if (!result.ok)
            throw new Error(
              `health gate failed on ${run.target.label}: ${describeHealth(result, settings.health, releaseId)}`,
            );
          return result;
        },
        (r) => `${r.attempts} attempt(s)`,
      );
      run.report.health = h;
    }
    // Written at once, so a run killed while another batch goes live still shows this host passed its gate.
    await writeMeta(run.transport, meta('healthy'));
  }

  /** The canary's load test against the first canary host, when one is configured. */
  async function canaryCheck(run: HostRun): Promise<void> {
    const gate = options.canaryGate;
    if (!gate) return;
    const url = healthUrlFor(settings, runs.indexOf(run));
    await step(
      run,
      'canary',
      async () => {
        if (!url)
          throw new Error(
            `the canary gate (${gate.describe}) needs the canary host's URL: set deploy.health.url or this target's healthUrl`,
          );
        log.info(`canary ${run.target.label}: ${gate.describe}`);
        const verdict = await gate.check({ target: run.target.label, url: url.split('${RELEASE_ID}').join(releaseId) });
        report.canary!.gate = verdict.summary;
        if (!verdict.ok) throw new Error(`canary gate failed on ${run.target.label}: ${verdict.summary}`);
        return verdict;
      },
      (v) => v.summary,
    );
  }

  async function rollbackHost(run: HostRun, reason: string): Promise<void> {
    const root = run.target.path;
    const previous = run.report.previous;
    const problems: string[] = [];
    await audit(
      run.transport,
      { event: 'rollback-started', release: releaseId, to: previous ?? null, reason, ...who },
      log.warning,
    );
    const attempt = async (name: StepName, fn: () => Promise<unknown>) => {
      try {
        await step(run, name, fn);
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
      }
    };
    if (run.reached.switched) {
      const back = previous;
      if (back)
        await attempt('rollback-switch', () => mustRun(run.transport, 'switch back', SWITCH_CURRENT, [root, back]));
      else
        await attempt('rollback-switch', () => mustRun(run.transport, 'remove current', 'rm -f "$1/current"', [root]));
    }
    if (run.reached.migrateStarted || run.report.snapshot) {
      await attempt('rollback-database', () => rollbackDatabase(run));
    }
    if (previous && settings.restart) {
      const back = previous;
      await attempt('rollback-restart', () =>
        mustRun(run.transport, 'restart previous release', RUN_IN_RELEASE, [root, back, settings.restart!]),
      );
      const url = healthUrlFor(settings, runs.indexOf(run));
      if (url) {
        // A fixed body text describes what the new release should serve; the previous release is held to the
        // status and to its own release id only.
        const previousHealth = previousHealthSettings(settings.health);
        await attempt('rollback-health', async () => {
          const h = await checkHealth(url, previousHealth, back);
          run.report.previousHealth = h;
          if (!h.ok)
            throw new Error(
              `previous release ${back} is not healthy either: ${describeHealth(h, previousHealth, back)}`,
            );
        });
      }
    }
    try {
      await runParts(run.transport, 'write release metadata', [
        metaPart(run, meta('rolled-back', { reason })),
        { script: CLOSE_JOURNAL, args: [root, releaseId] },
      ]);
      run.journalClosed = true;
    } catch (err) {
      problems.push(`marking ${releaseId} bad: ${(err as Error).message.split('\n')[0]}`);
    }
    run.report.outcome = problems.length === 0 ? 'rolled-back' : 'rollback-failed';
    if (problems.length) run.report.error = [run.report.error, ...problems].filter(Boolean).join('; ');
    else
      run.report.error ??= run.report.steps.some((s) => !s.ok && !s.step.startsWith('rollback'))
        ? reason
        : 'rolled back because another host failed';
    await audit(
      run.transport,
      {
        event: problems.length ? 'rollback-failed' : 'rolled-back',
        release: releaseId,
        to: previous ?? null,
        problems,
        database: run.report.databaseRollback ?? null,
        ...who,
      },
      log.warning,
    );
    if (problems.length) throw new Error(problems.join('; '));
  }

  async function rollbackDatabase(run: HostRun): Promise<void> {
    const root = run.target.path;
    if (settings.migrateDown && run.reached.migrateStarted) {
      const t0 = Date.now();
      try {
        await mustRun(run.transport, 'down-migrate', RUN_IN_RELEASE, [root, releaseId, settings.migrateDown]);
        run.report.databaseRollback = { path: 'down-migrations', ms: Date.now() - t0 };
        return;
      } catch (err) {
        if (!run.report.snapshot) throw err;
        log.warning(
          `down-migrations failed on ${run.target.label}; restoring the snapshot instead: ${(err as Error).message.split('\n')[0]}`,
        );
      }
    }
    const snap = run.report.snapshot;
    if (!snap) return;
    const ms = await restoreDatabase(run.transport, releaseId, settings.database, snap);
    run.report.databaseRollback = snap.absent
      ? { path: 'remove-new-file', ms, note: 'there was no database before this release' }
      : { path: 'restore-snapshot', ms };
  }

  async function discard(run: HostRun, reason: string): Promise<void> {
    try {
      // One session: the start line when the upload that carries it never ran, the removal, the failure line.
      const started = run.startLogged ? [] : [auditPart(run, { event: 'deploy-started', release: releaseId, ...who })];
      await runParts(run.transport, 'discard release', [
        ...started,
        { script: DISCARD_RELEASE, args: [run.target.path, releaseId] },
        auditPart(run, { event: 'deploy-failed', release: releaseId, reason, ...who }),
      ]);
      run.journalClosed = true;
    } catch (err) {
      log.warning(
        `could not remove the unfinished release ${releaseId} from ${run.target.label}: ${(err as Error).message}`,
      );
    }
  }

  function metaPart(run: HostRun, m: ReleaseMeta): ScriptPart {
    return {
      script: WRITE_META,
      args: [run.target.path, m.id, JSON.stringify({ ...m, updated: new Date().toISOString() })],
    };
  }

  function auditPart(run: HostRun, event: Record<string, unknown>): ScriptPart {
    return {
      script: AUDIT_APPEND,
      args: [run.target.path, JSON.stringify({ time: new Date().toISOString(), ...event })],
    };
  }

  /** Records the release as deployed, prunes, and unlocks, in one session. Returns the pruned ids. */
  async function finish(run: HostRun): Promise<string[]> {
    // The lock has been held since the state was read, so it is still accurate apart from this release.
    const state: Pick<TargetState, 'current' | 'releases'> = {
      current: releaseId,
      releases: [...run.state!.releases, meta('deployed')],
    };
    const doomed = releasesToPrune(state, settings.keepReleases, [releaseId]);
    const parts: ScriptPart[] = [
      metaPart(run, meta('deployed')),
      auditPart(run, { event: 'deployed', release: releaseId, previous: run.report.previous ?? null, ...who }),
    ];
    if (doomed.length)
      parts.push(
        { script: PRUNE, args: [run.target.path, ...doomed] },
        auditPart(run, { event: 'pruned', releases: doomed }),
      );
    parts.push({ script: CLOSE_JOURNAL, args: [run.target.path, releaseId] });
    parts.push({ script: LOCK_RELEASE, args: [run.target.path, run.lock!.owner.token] });
    const outputs = await runParts(run.transport, 'finish', parts);
    run.unlocked = true;
    run.journalClosed = true;
    if (outputs[outputs.length - 1]!.trim() !== 'RELEASED')
      log.warning(`the deploy lock on ${run.target.label} was no longer ours when releasing it (taken over as stale?)`);
    return doomed;
  }
}

export { lastGoodRelease };
