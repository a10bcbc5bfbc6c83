// The deploy engine: packs a release, then per target lock -> upload + unpack -> install -> link shared ->
// database snapshot -> migrate -> switch current -> restart -> health gate -> prune -> unlock, in rolling
// batches, with an automatic rollback of every host already touched when any of them fails.
import type { Logger } from '../host/host.js';
import { parseSnapshot, restoreDatabase, snapshotPart, type Snapshot } from './database.js';
import { checkHealth, describeHealth, type HealthResult } from './health.js';
import { audit, BAD_OUTCOMES, lastGoodRelease, newReleaseId, parseState, releasesToPrune, writeMeta, type ReleaseMeta, type TargetState } from './layout.js';
import { TargetLock } from './lock.js';
import { buildArchive, defaultTransportOpener, healthUrlFor, migrationsIn, openAll, targetsOf, type DeploySettings, type OperationOptions } from './fleet.js';
import type { Target } from '../config/target.js';
export type { DeploySettings } from './fleet.js';
import { AUDIT_APPEND, DISCARD_RELEASE, LINK_SHARED, LOCK_RELEASE, PREFLIGHT, PRUNE, READ_STATE, RUN_IN_RELEASE, SWITCH_CURRENT, UNPACK, UPLOAD, WRITE_META } from './scripts.js';
import { mustRun, runParts, type ScriptPart, type Transport } from './transport.js';

export interface EngineOptions extends OperationOptions {
  /** Fixed release id (tests); normally UTC time + short sha. */
  releaseId?: string;
  /**
   * Called before each step on each host. Tests use it to fail or stop a deploy at a chosen step; it is the
   * only way in from outside, and it is never set outside tests.
   */
  beforeStep?: (step: StepName, target: string) => Promise<void> | void;
  /** Lock polling interval; tests shorten it. */
  lockPollMs?: number;
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
}

/** A step failed on a host; carries which one. */
class HostStepError extends Error {
  override name = 'HostStepError';
  constructor(readonly step: StepName, override readonly cause: Error) {
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
  const releaseId = options.releaseId ?? newReleaseId(options.sha);
  log.info(`release ${releaseId}: ${(archive.length / 1024).toFixed(1)} KiB, ${entries.length} entries, to ${targets.length} target(s)`);
  if (targets.some((_, i) => !healthUrlFor(settings, i))) {
    log.warning("no health URL (deploy.health.url / input 'health-url'): a release that starts but does not serve will not be caught and rolled back");
  }

  const open = options.openTransport ?? defaultTransportOpener(settings, log);
  const transports = await openAll(targets, open);
  const runs: HostRun[] = targets.map((target, i) => ({
    target,
    transport: transports[i]!,
    report: { target: target.label, outcome: 'not-started', steps: [] },
    reached: { unpacked: false, snapshot: false, migrateStarted: false, switched: false, restarted: false },
  }));
  const report: DeployReport = { releaseId, status: 'failed', rolledBack: false, hosts: runs.map((r) => r.report), archiveBytes: archive.length, migrations, ms: 0 };
  const meta = (outcome: ReleaseMeta['outcome'], extra: Partial<ReleaseMeta> = {}): ReleaseMeta => ({
    id: releaseId,
    sha: options.sha ?? '',
    created: new Date(started).toISOString(),
    outcome,
    migrations,
    ...extra,
  });
  const who = { actor: options.actor, runUrl: options.runUrl, sha: options.sha };

  const step = async <T>(run: HostRun, name: StepName, fn: () => Promise<T>, note?: (v: T) => string | undefined): Promise<T> => {
    const t0 = Date.now();
    try {
      await options.beforeStep?.(name, run.target.label);
      const value = await fn();
      const n = note?.(value);
      run.report.steps.push({ step: name, ms: Date.now() - t0, ok: true, ...(n ? { note: n } : {}) });
      return value;
    } catch (err) {
      run.report.steps.push({ step: name, ms: Date.now() - t0, ok: false, note: (err as Error).message.split('\n')[0] });
      throw new HostStepError(name, err as Error);
    }
  };

  try {
    // Connect and lock every host before changing any: a wrong host key or a busy target stops the deploy here.
    await Promise.all(runs.map((run) => mustRun(run.transport, 'connect', PREFLIGHT, [run.target.path])));
    for (const run of runs) {
      run.lock = await step(run, 'lock', () =>
        TargetLock.acquire(run.transport, { timeoutSeconds: settings.lock.timeoutSeconds, ttlMinutes: settings.lock.ttlMinutes, runUrl: options.runUrl, sha: options.sha, purpose: `deploy ${releaseId}`, pollMs: options.lockPollMs }, log),
      );
      // The audit line rides with the state read: one session instead of two.
      const [, stateText] = await runParts(run.transport, 'read releases', [auditPart(run, { event: 'deploy-started', release: releaseId, ...who }), { script: READ_STATE, args: [run.target.path] }]);
      run.state = parseState(stateText!);
      if (run.state.releases.some((r) => r.id === releaseId) || run.state.current === releaseId) {
        throw new Error(`release ${releaseId} already exists on ${run.target.label}; release ids carry the second they were made, so run the deploy again`);
      }
      await recoverUnfinished(run, log);
      run.report.previous = run.state.current;
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
    for (const batch of chunk(runs, settings.batchSize)) {
      touched.push(...batch);
      const results = await Promise.allSettled(batch.map((run, i) => goLive(run, runs.indexOf(batch[i]!))));
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (rejected) {
        failure = rejected.reason as HostStepError;
        break;
      }
    }

    if (!failure) {
      for (const run of runs) {
        run.report.outcome = 'deployed';
        await step(run, 'finish', () => finish(run), (doomed) => `recorded deployed${doomed.length ? `, pruned ${doomed.join(', ')}` : ''}, unlocked`).catch((err: Error) =>
          log.warning(`recording the deploy, pruning or unlocking on ${run.target.label} failed: ${err.message}`),
        );
      }
      report.status = 'deployed';
      return report;
    }

    report.error = failure.message;
    log.error(`deploy of ${releaseId} failed: ${failure.message}`);
    const untouched = runs.filter((r) => !touched.includes(r));
    const rollbacks = await Promise.allSettled(touched.map((run) => rollbackHost(run, failure!.message.split('\n')[0]!)));
    await Promise.all(untouched.map((run) => discard(run, 'another host failed before this one went live')));
    for (const run of untouched) run.report.outcome = 'failed';
    const rollbackFailed = rollbacks.some((r) => r.status === 'rejected');
    report.rolledBack = touched.length > 0;
    report.status = rollbackFailed ? 'failed' : 'rolled-back';
    if (rollbackFailed) log.error('ROLLBACK FAILED on at least one host: check the per-host report and the audit log (.backend-ci/log.jsonl) on the target');
    return report;
  } catch (err) {
    // Connect, lock or state failures: nothing went live.
    report.error ??= (err as Error).message;
    report.status = 'failed';
    for (const run of runs) {
      if (run.lock) await audit(run.transport, { event: 'deploy-failed', release: releaseId, reason: report.error.split('\n')[0], ...who }, log.warning);
    }
    return report;
  } finally {
    for (const run of runs) {
      if (run.lock && !run.unlocked) {
        await step(run, 'unlock', () => run.lock!.release(log)).catch(() => undefined);
      }
      await run.transport.close();
    }
    report.ms = Date.now() - started;
  }

  async function recoverUnfinished(run: HostRun, log: Logger): Promise<void> {
    const state = run.state!;
    for (const r of state.releases) {
      if (BAD_OUTCOMES.includes(r.outcome) || r.outcome === 'deployed') continue;
      if (r.id === state.current) {
        log.warning(`current release ${r.id} on ${run.target.label} was never confirmed healthy (its deploy stopped at '${r.outcome}'); treating it as the release to return to`);
        continue;
      }
      const dbNote = r.outcome === 'migrating' || r.outcome === 'switched' ? `; it may have migrated the database: its snapshot is kept in backups/${r.id}` : '';
      log.warning(`release ${r.id} on ${run.target.label} was left unfinished by an interrupted deploy (stopped at '${r.outcome}'); removing it${dbNote}`);
      await mustRun(run.transport, 'discard unfinished release', DISCARD_RELEASE, [run.target.path, r.id]);
      await audit(run.transport, { event: 'release-abandoned', release: r.id, stoppedAt: r.outcome, by: releaseId }, log.warning);
      r.outcome = 'abandoned';
    }
    state.releases = state.releases.filter((r) => r.outcome !== 'abandoned');
  }

  async function prepareHost(run: HostRun): Promise<void> {
    const root = run.target.path;
    await step(run, 'upload', () => mustRun(run.transport, 'upload', UPLOAD, [root, releaseId], { input: archive }));
    await step(run, 'unpack', async () => {
      run.reached.unpacked = true;
      await mustRun(run.transport, 'unpack', UNPACK, [root, releaseId, JSON.stringify(meta('unpacking'))]);
    });
    if (settings.install) await step(run, 'install', () => mustRun(run.transport, 'install', RUN_IN_RELEASE, [root, releaseId, settings.install!]));
    const prepared = metaPart(run, meta('prepared'));
    if (settings.sharedPaths.length > 0) {
      await step(run, 'link-shared', () => runParts(run.transport, 'link shared paths', [{ script: LINK_SHARED, args: [root, releaseId, ...(settings.sharedPaths as string[])] }, prepared]));
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
          const [out] = await runParts(run.transport, 'database snapshot', [snapshot.part, migrating], { input: snapshot.input });
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
      await step(run, 'migrate', () => mustRun(run.transport, 'migrate', RUN_IN_RELEASE, [root, releaseId, settings.migrate!]));
    }
    await step(run, 'switch', async () => {
      run.reached.switched = true;
      await runParts(run.transport, 'switch current', [{ script: SWITCH_CURRENT, args: [root, releaseId] }, metaPart(run, meta('switched'))]);
    });
    if (settings.restart) {
      run.reached.restarted = true;
      await step(run, 'restart', () => mustRun(run.transport, 'restart', RUN_IN_RELEASE, [root, releaseId, settings.restart!]));
    }
    const url = healthUrlFor(settings, index);
    if (url) {
      const h = await step(run, 'health', async () => {
        const result = await checkHealth(url, settings.health, releaseId);
        run.report.health = result;
        if (!result.ok) throw new Error(`health gate failed on ${run.target.label}: ${describeHealth(result, settings.health, releaseId)}`);
        return result;
      }, (r) => `${r.attempts} attempt(s)`);
      run.report.health = h;
    }
  }

  async function rollbackHost(run: HostRun, reason: string): Promise<void> {
    const root = run.target.path;
    const previous = run.report.previous;
    const problems: string[] = [];
    await audit(run.transport, { event: 'rollback-started', release: releaseId, to: previous ?? null, reason, ...who }, log.warning);
    const attempt = async (name: StepName, fn: () => Promise<unknown>) => {
      try {
        await step(run, name, fn);
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
      }
    };
    if (run.reached.switched) {
      const back = previous;
      if (back) await attempt('rollback-switch', () => mustRun(run.transport, 'switch back', SWITCH_CURRENT, [root, back]));
      else await attempt('rollback-switch', () => mustRun(run.transport, 'remove current', 'rm -f "$1/current"', [root]));
    }
    if (run.reached.migrateStarted || run.report.snapshot) {
      await attempt('rollback-database', () => rollbackDatabase(run));
    }
    if (previous && settings.restart) {
      const back = previous;
      await attempt('rollback-restart', () => mustRun(run.transport, 'restart previous release', RUN_IN_RELEASE, [root, back, settings.restart!]));
      const url = healthUrlFor(settings, runs.indexOf(run));
      if (url) {
        // A fixed body text describes what the new release should serve; the previous release is held to the
        // status and to its own release id only.
        const previousHealth = settings.health.bodyContains?.includes('${RELEASE_ID}') ? settings.health : { ...settings.health, bodyContains: undefined };
        await attempt('rollback-health', async () => {
          const h = await checkHealth(url, previousHealth, back);
          run.report.previousHealth = h;
          if (!h.ok) throw new Error(`previous release ${back} is not healthy either: ${describeHealth(h, previousHealth, back)}`);
        });
      }
    }
    try {
      await writeMeta(run.transport, meta('rolled-back', { reason }));
    } catch (err) {
      problems.push(`marking ${releaseId} bad: ${(err as Error).message.split('\n')[0]}`);
    }
    run.report.outcome = problems.length === 0 ? 'rolled-back' : 'rollback-failed';
    if (problems.length) run.report.error = [run.report.error, ...problems].filter(Boolean).join('; ');
    else run.report.error ??= run.report.steps.some((s) => !s.ok && !s.step.startsWith('rollback')) ? reason : 'rolled back because another host failed';
    await audit(run.transport, { event: problems.length ? 'rollback-failed' : 'rolled-back', release: releaseId, to: previous ?? null, problems, database: run.report.databaseRollback ?? null, ...who }, log.warning);
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
        log.warning(`down-migrations failed on ${run.target.label}; restoring the snapshot instead: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    const snap = run.report.snapshot;
    if (!snap) return;
    const ms = await restoreDatabase(run.transport, releaseId, settings.database, snap);
    run.report.databaseRollback = snap.absent ? { path: 'remove-new-file', ms, note: 'there was no database before this release' } : { path: 'restore-snapshot', ms };
  }

  async function discard(run: HostRun, reason: string): Promise<void> {
    try {
      await mustRun(run.transport, 'discard release', DISCARD_RELEASE, [run.target.path, releaseId]);
      await audit(run.transport, { event: 'deploy-failed', release: releaseId, reason, ...who }, log.warning);
    } catch (err) {
      log.warning(`could not remove the unfinished release ${releaseId} from ${run.target.label}: ${(err as Error).message}`);
    }
  }

  function metaPart(run: HostRun, m: ReleaseMeta): ScriptPart {
    return { script: WRITE_META, args: [run.target.path, m.id, JSON.stringify({ ...m, updated: new Date().toISOString() })] };
  }

  function auditPart(run: HostRun, event: Record<string, unknown>): ScriptPart {
    return { script: AUDIT_APPEND, args: [run.target.path, JSON.stringify({ time: new Date().toISOString(), ...event })] };
  }

  /** Records the release as deployed, prunes, and unlocks, in one session. Returns the pruned ids. */
  async function finish(run: HostRun): Promise<string[]> {
    // The lock has been held since the state was read, so it is still accurate apart from this release.
    const state: TargetState = { current: releaseId, releases: [...run.state!.releases, meta('deployed')] };
    const doomed = releasesToPrune(state, settings.keepReleases, [releaseId]);
    const parts: ScriptPart[] = [metaPart(run, meta('deployed')), auditPart(run, { event: 'deployed', release: releaseId, previous: run.report.previous ?? null, ...who })];
    if (doomed.length) parts.push({ script: PRUNE, args: [run.target.path, ...doomed] }, auditPart(run, { event: 'pruned', releases: doomed }));
    parts.push({ script: LOCK_RELEASE, args: [run.target.path, run.lock!.owner.token] });
    const outputs = await runParts(run.transport, 'finish', parts);
    run.unlocked = true;
    if (outputs[outputs.length - 1]!.trim() !== 'RELEASED') log.warning(`the deploy lock on ${run.target.label} was no longer ours when releasing it (taken over as stale?)`);
    return doomed;
  }

}

export { lastGoodRelease };
