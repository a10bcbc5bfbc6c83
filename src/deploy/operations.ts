// The deploy commands besides the deploy itself: plan, rollback, releases, unlock.
import {
  buildArchive,
  defaultTransportOpener,
  healthUrlFor,
  migrationsIn,
  openAll,
  targetsOf,
  type OperationOptions,
} from './fleet.js';
export type { OperationOptions } from './fleet.js';
import { checkHealth, describeHealth } from './health.js';
import {
  audit,
  BAD_OUTCOMES,
  lastGoodRelease,
  newReleaseId,
  readState,
  releasesToPrune,
  writeMeta,
  type TargetState,
} from './layout.js';
import {
  describeOwner,
  describeSteps,
  forceUnlock,
  isStale,
  parseHeld,
  TargetLock,
  type LiveStep,
  type LockOwner,
} from './lock.js';
import { LOCK_READ, LOCK_TAKEOVER, RUN_IN_RELEASE, SWITCH_CURRENT } from './scripts.js';
import { mustRun, type Transport } from './transport.js';
import { restoreDatabase } from './database.js';
import { fleetConfirmed, recoverTarget, type Recovery } from './recovery.js';

async function withTransports<T>(
  options: OperationOptions,
  fn: (transport: Transport, index: number, all: Transport[]) => Promise<T>,
): Promise<T[]> {
  const open = options.openTransport ?? defaultTransportOpener(options.settings, options.log);
  const transports = await openAll(targetsOf(options.settings), open);
  try {
    const out: T[] = [];
    for (const [i, t] of transports.entries()) out.push(await fn(t, i, transports));
    return out;
  } finally {
    await Promise.all(transports.map((t) => t.close()));
  }
}

export interface LockState {
  held: boolean;
  /** owner.json as found, for a takeover that must not remove a lock someone else took meanwhile. */
  ownerText?: string;
  ageSeconds?: number;
  owner?: Partial<LockOwner>;
  /** Step processes still alive on the target (of any run). */
  steps: LiveStep[];
}

export async function readLock(transport: Transport): Promise<LockState> {
  const r = await mustRun(transport, 'read lock', LOCK_READ, [transport.target.path]);
  if (!r.stdout.trim()) return { held: false, steps: [] };
  const [age, ...rest] = r.stdout.split('\n');
  const { ownerText, steps } = parseHeld(rest);
  let owner: Partial<LockOwner> | undefined;
  try {
    owner = ownerText ? (JSON.parse(ownerText) as Partial<LockOwner>) : undefined;
  } catch {
    owner = undefined;
  }
  return { held: true, ageSeconds: Number(age), owner, ownerText, steps };
}

export interface HostPlan {
  target: string;
  current?: string;
  lock: LockState;
  steps: string[];
  pendingMigrations: string[];
  wouldPrune: string[];
}

/** What a deploy would do on each host, without changing anything there. */
export async function planDeploy(options: OperationOptions): Promise<{ releaseId: string; hosts: HostPlan[] }> {
  const { settings } = options;
  const { entries } = await buildArchive(settings, options.cwd);
  const migrations = migrationsIn(entries, settings.migrationsDir);
  const releaseId = newReleaseId(options.sha);
  const hosts = await withTransports(options, async (transport, index) => {
    const state = await readState(transport);
    const lock = await readLock(transport);
    const current = state.releases.find((r) => r.id === state.current);
    const shipped = new Set(current?.migrations ?? []);
    const root = transport.target.path;
    const db = settings.database;
    const steps = [
      `lock ${root}/.backend-ci/lock${lock.held ? ` (now held: ${lock.owner ? describeOwner(lock.owner) : 'unknown owner'})` : ''}`,
      `upload and unpack into ${root}/releases/${releaseId}`,
      ...(settings.install ? [`install: ${settings.install}`] : []),
      ...(settings.sharedPaths.length ? [`link shared: ${settings.sharedPaths.join(', ')}`] : []),
      ...(db.kind === 'sqlite'
        ? [`snapshot SQLite ${root}/${db.path} to ${root}/backups/${releaseId}/ (online backup API)`]
        : []),
      ...(db.kind === 'postgres' ? [`snapshot PostgreSQL with pg_dump -Fc to ${root}/backups/${releaseId}/`] : []),
      ...(settings.migrate ? [`migrate: ${settings.migrate}`] : []),
      `switch ${root}/current from ${state.current ?? '(none)'} to ${releaseId}`,
      ...(settings.restart ? [`restart: ${settings.restart}`] : []),
      ...(healthUrlFor(settings, index)
        ? [
            `health gate: ${healthUrlFor(settings, index)} expecting ${settings.health.status}${settings.health.bodyContains ? ` and '${settings.health.bodyContains}'` : ''}`,
          ]
        : []),
      `keep ${settings.keepReleases} releases`,
    ];
    const withNew: Pick<TargetState, 'current' | 'releases'> = {
      current: releaseId,
      releases: [...state.releases, { id: releaseId, sha: '', created: '', outcome: 'deployed', migrations }],
    };
    return {
      target: transport.target.label,
      ...(state.current ? { current: state.current } : {}),
      lock,
      steps,
      pendingMigrations: migrations.filter((m) => !shipped.has(m)),
      wouldPrune: releasesToPrune(withNew, settings.keepReleases),
    };
  });
  return { releaseId, hosts };
}

export interface RollbackHostResult {
  target: string;
  from?: string;
  to?: string;
  ok: boolean;
  error?: string;
  /** Leftovers of a dead run found first; when it changed something, that was the rollback. */
  recovery?: Recovery;
  /** What happened to the database, and what it cost. */
  database?: {
    how: 'snapshot' | 'down-migrations' | 'kept' | 'none';
    release?: string;
    snapshotTime?: string;
    ms?: number;
  };
}

/** Reads every host's state before locking any, to know which releases the fleet finished. */
async function confirmedOnFleet(transports: Transport[]): Promise<Set<string>> {
  const states = await Promise.all(transports.map((t) => readState(t).catch(() => ({ releases: [] }))));
  return fleetConfirmed(states);
}

/**
 * Puts each host back on `to`, or on its newest good release before current, and by default the database
 * back to the snapshot taken before the release being left migrated (rows written since are lost, and the
 * result says so with the snapshot's time); `keepDatabase` leaves the data, for additive schema changes.
 * A target a dead run left mid-deploy is recovered first, and that recovery is the rollback.
 */
export async function rollbackFleet(
  options: OperationOptions & { to?: string; keepDatabase?: boolean },
): Promise<RollbackHostResult[]> {
  const { settings, log } = options;
  let confirmed: Set<string> | undefined;
  return withTransports(options, async (transport, index, all) => {
    confirmed ??= await confirmedOnFleet(all);
    const root = transport.target.path;
    const result: RollbackHostResult = { target: transport.target.label, ok: false };
    let lock: TargetLock | undefined;
    try {
      lock = await TargetLock.acquire(
        transport,
        {
          timeoutSeconds: settings.lock.timeoutSeconds,
          ttlMinutes: settings.lock.ttlMinutes,
          runUrl: options.runUrl,
          sha: options.sha,
          purpose: 'rollback',
        },
        log,
      );
      const before = await readState(transport);
      const recovery = await recoverTarget({
        transport,
        state: before,
        settings,
        healthUrl: healthUrlFor(settings, index),
        log,
        by: 'rollback',
        fleetConfirmed: confirmed,
      });
      if (recovery.changed) {
        result.recovery = recovery;
        result.from = before.current;
        result.to = recovery.current;
        if (recovery.database)
          result.database = {
            how: recovery.database.how,
            release: recovery.database.release,
            ...(recovery.database.snapshotTime ? { snapshotTime: recovery.database.snapshotTime } : {}),
          };
        if (recovery.problems.length)
          throw new Error(`recovering what an interrupted deploy left failed: ${recovery.problems.join('; ')}`);
        if (before.current !== recovery.current || !options.to) {
          // The interrupted release was the one to leave: undoing it was the rollback.
          result.ok = true;
          return result;
        }
      }
      const state = recovery.changed ? await readState(transport) : before;
      result.from = state.current;
      const wanted = options.to
        ? state.releases.find((r) => r.id === options.to)
        : lastGoodRelease(state, state.current);
      if (!wanted)
        throw new Error(
          options.to
            ? `release ${options.to} is not on ${transport.target.label}`
            : `no earlier good release on ${transport.target.label} to roll back to`,
        );
      if (BAD_OUTCOMES.includes(wanted.outcome))
        throw new Error(
          `release ${wanted.id} on ${transport.target.label} is marked ${wanted.outcome}${wanted.reason ? ` (${wanted.reason})` : ''}; pick another with --to`,
        );
      if (wanted.id === state.current) throw new Error(`${wanted.id} is already current on ${transport.target.label}`);
      result.to = wanted.id;
      // The snapshot that holds the data as `wanted` knew it: the one taken before the next release migrated.
      const later = state.releases.filter((r) => r.id > wanted.id && (!state.current || r.id <= state.current));
      const snapId = later.map((r) => r.id).find((id) => state.backups[id]);
      const db = settings.database;
      if (db.kind !== 'none' && !options.keepDatabase && !snapId && !settings.migrateDown) {
        throw new Error(
          `no database snapshot on ${transport.target.label} to put the data back as ${wanted.id} had it (backups/ of ${later.map((r) => r.id).join(', ') || 'the releases after it'} is gone); nothing was changed. Run 'backend-ci rollback --keep-database' to switch the code back and leave the database as it is`,
        );
      }
      await audit(
        transport,
        {
          event: 'manual-rollback-started',
          from: state.current ?? null,
          to: wanted.id,
          keepDatabase: !!options.keepDatabase,
          actor: options.actor,
        },
        log.warning,
      );
      await mustRun(transport, 'switch back', SWITCH_CURRENT, [root, wanted.id]);
      if (db.kind === 'none') {
        result.database = { how: 'none' };
      } else if (options.keepDatabase) {
        result.database = { how: 'kept' };
        log.warning(
          `rollback on ${transport.target.label} keeps the database as ${state.current} left it (--keep-database): ${wanted.id} runs on that schema`,
        );
      } else if (snapId) {
        const backup = state.backups[snapId]!;
        const ms = await restoreDatabase(transport, snapId, db, {
          kind: db.kind as 'sqlite' | 'postgres',
          absent: !backup.file,
          bytes: 0,
          ms: 0,
        });
        result.database = {
          how: 'snapshot',
          release: snapId,
          ms,
          ...(backup.time ? { snapshotTime: new Date(backup.time * 1000).toISOString() } : {}),
        };
      } else if (state.current) {
        const t0 = Date.now();
        await mustRun(transport, 'down-migrate', RUN_IN_RELEASE, [root, state.current, settings.migrateDown!]);
        result.database = { how: 'down-migrations', release: state.current, ms: Date.now() - t0 };
      }
      if (settings.restart) await mustRun(transport, 'restart', RUN_IN_RELEASE, [root, wanted.id, settings.restart]);
      const url = healthUrlFor(settings, index);
      if (url) {
        const h = await checkHealth(url, settings.health, wanted.id);
        if (!h.ok)
          throw new Error(`health gate failed after the rollback: ${describeHealth(h, settings.health, wanted.id)}`);
      }
      const left = state.releases.find((r) => r.id === state.current);
      if (left)
        await writeMeta(transport, { ...left, outcome: 'rolled-back', reason: `rolled back by hand to ${wanted.id}` });
      await audit(
        transport,
        {
          event: 'manual-rollback',
          from: state.current ?? null,
          to: wanted.id,
          database: result.database ?? null,
          actor: options.actor,
        },
        log.warning,
      );
      result.ok = true;
    } catch (err) {
      result.error = (err as Error).message;
      await audit(
        transport,
        { event: 'manual-rollback-failed', error: result.error, actor: options.actor },
        log.warning,
      );
    } finally {
      await lock?.release(log);
    }
    return result;
  });
}

/** `backend-ci recover`: brings every target back to its last release confirmed healthy. */
export async function recoverFleet(options: OperationOptions): Promise<Recovery[]> {
  const { settings, log } = options;
  let confirmed: Set<string> | undefined;
  return withTransports(options, async (transport, index, all) => {
    confirmed ??= await confirmedOnFleet(all);
    const lock = await TargetLock.acquire(
      transport,
      {
        timeoutSeconds: settings.lock.timeoutSeconds,
        ttlMinutes: settings.lock.ttlMinutes,
        runUrl: options.runUrl,
        sha: options.sha,
        purpose: 'recover',
      },
      log,
    );
    try {
      const recovery = await recoverTarget({
        transport,
        state: await readState(transport),
        settings,
        healthUrl: healthUrlFor(settings, index),
        log,
        by: 'backend-ci recover',
        fleetConfirmed: confirmed,
      });
      return recovery;
    } finally {
      await lock.release(log);
    }
  });
}

export interface HostReleases {
  target: string;
  state: TargetState;
  lock: LockState;
}

export async function listReleases(options: OperationOptions): Promise<HostReleases[]> {
  return withTransports(options, async (transport) => ({
    target: transport.target.label,
    state: await readState(transport),
    lock: await readLock(transport),
  }));
}

/** Removes stale locks (or, with force, any lock). Returns false when a live lock was left in place. */
export async function unlockTargets(options: OperationOptions & { force: boolean }): Promise<boolean> {
  const { log } = options;
  const by = options.actor ?? 'backend-ci unlock';
  const results = await withTransports(options, async (transport) => {
    if (options.force) {
      await forceUnlock(transport, log, by);
      return true;
    }
    const lock = await readLock(transport);
    if (!lock.held) {
      log.info(`${transport.target.label} is not locked`);
      return true;
    }
    const verdict = isStale(lock.owner, lock.ageSeconds ?? 0, Date.now(), lock.steps);
    if (!verdict.stale) {
      const alive = lock.steps.length
        ? `; its step ${describeSteps(lock.steps)} is still running on the target`
        : ', which may still be running';
      log.error(
        `${transport.target.label} is locked by ${lock.owner ? describeOwner(lock.owner) : 'an unknown owner'}${alive}; use --force if you are sure it is gone`,
      );
      return false;
    }
    const r = await transport.run('unlock stale', LOCK_TAKEOVER, [transport.target.path, lock.ownerText ?? '']);
    if (r.code !== 0) return false;
    log.warning(`removed a stale lock from ${transport.target.label}: ${verdict.why}`);
    await audit(
      transport,
      { event: 'unlock-stale', why: verdict.why, previousOwner: lock.owner ?? null, by },
      log.warning,
    );
    return true;
  });
  return results.every(Boolean);
}
