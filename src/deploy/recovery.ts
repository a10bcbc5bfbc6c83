// Recovery from a run that died mid-deploy: read what it left on a target (release outcomes, its journal,
// snapshots, debris) and bring that target back to its last release confirmed healthy. Runs under the lock,
// at the start of every deploy and rollback and as `backend-ci recover`.
import type { Logger } from '../host/host.js';
import { restoreDatabase } from './database.js';
import type { DeploySettings } from './fleet.js';
import { checkHealth, describeHealth, type HealthSettings } from './health.js';
import { audit, writeMeta, type JournalEntry, type ReleaseMeta, type TargetState } from './layout.js';
import { CLOSE_JOURNAL, DISCARD_RELEASE, REMOVE_DEBRIS, RUN_IN_RELEASE, SWITCH_CURRENT } from './scripts.js';
import { mustRun, type Transport } from './transport.js';

/** Outcomes a release only has while its deploy runs: found on a locked target, their run is gone. */
export const UNFINISHED = ['unpacking', 'prepared', 'migrating', 'switched', 'healthy'] as const;

export interface RecoveryContext {
  transport: Transport;
  /** As read under our lock. */
  state: TargetState;
  settings: DeploySettings;
  healthUrl?: string;
  log: Logger;
  /** Who recovers, for the audit log and the metadata of the releases it marks failed. */
  by: string;
  /** Releases whose gate passed on every host of the fleet (see fleetConfirmed). */
  fleetConfirmed: Set<string>;
}

export interface Recovery {
  target: string;
  /** Something was found and dealt with. */
  changed: boolean;
  /** What was done, in order. */
  actions: string[];
  /** What could not be done: the target is not in a known good state. */
  problems: string[];
  /** Release serving afterwards. */
  current?: string;
  /** The database was put back from a snapshot (its time, ISO), or by down-migrations. */
  database?: { how: 'snapshot' | 'down-migrations'; release: string; snapshotTime?: string };
}

/** The summary's one line for a recovery. */
export function recoveryLine(r: Recovery): string {
  return `recovered ${r.target}: ${r.actions.join('; ')}${r.problems.length ? `; NOT RECOVERED: ${r.problems.join('; ')}` : ''}`;
}

function lastEntry(journal: JournalEntry[] | undefined): string | undefined {
  const e = journal?.[journal.length - 1];
  return e ? `${e.step} (${e.phase})` : undefined;
}

/** A fixed body text describes what a new release should serve; an older one is held to status and its own id. */
export function previousHealthSettings(health: HealthSettings): HealthSettings {
  return health.bodyContains?.includes('${RELEASE_ID}') ? health : { ...health, bodyContains: undefined };
}

/**
 * Releases the fleet finished: recorded deployed on some host (the final records are written only once every
 * gate passed), or healthy or deployed on every host (the run died while writing those records). Anything
 * else that is live somewhere is undone everywhere, so a crash never leaves a fleet on two releases.
 */
export function fleetConfirmed(states: Pick<TargetState, 'releases'>[]): Set<string> {
  const out = new Set<string>();
  for (const st of states) for (const r of st.releases) if (r.outcome === 'deployed') out.add(r.id);
  const first = states[0];
  for (const r of first?.releases ?? []) {
    if (
      states.every((st) =>
        st.releases.some((x) => x.id === r.id && (x.outcome === 'healthy' || x.outcome === 'deployed')),
      )
    )
      out.add(r.id);
  }
  return out;
}

export async function recoverTarget(ctx: RecoveryContext): Promise<Recovery> {
  const { transport, state, settings, log } = ctx;
  const root = transport.target.path;
  const result: Recovery = {
    target: transport.target.label,
    changed: false,
    actions: [],
    problems: [],
    ...(state.current ? { current: state.current } : {}),
  };
  const unfinished = state.releases.filter((r) => (UNFINISHED as readonly string[]).includes(r.outcome));
  const journal = (id: string) => state.journals[id] ?? [];
  const began = (id: string, step: string) => journal(id).some((e) => e.step === step && e.phase === 'intent');

  // Passed its gate here and on every other host: the fleet finished it; only the final record was lost.
  for (const r of unfinished) {
    if (r.outcome === 'healthy' && ctx.fleetConfirmed.has(r.id)) {
      await writeMeta(transport, { ...r, outcome: 'deployed' });
      r.outcome = 'deployed';
      result.actions.push(
        `${r.id} had passed its health gate on every host, only its record was cut short: recorded deployed`,
      );
    }
  }
  const undo = unfinished.filter((r) => r.outcome !== 'deployed');
  const lastGood = [...state.releases].reverse().find((r) => r.outcome === 'deployed');
  // A release went live if current pointed at it or a switch to it (or back from it) began.
  const wentLive = (r: ReleaseMeta) =>
    r.id === state.current ||
    r.outcome === 'switched' ||
    r.outcome === 'healthy' ||
    began(r.id, 'switch current') ||
    began(r.id, 'switch back');

  // 1. The database first: restore the snapshot taken before the oldest unfinished release that migrated.
  const migrated = undo.filter((r) => began(r.id, 'migrate'));
  const oldest = migrated[0];
  if (oldest && settings.database.kind !== 'none') {
    const backup = state.backups[oldest.id];
    const snapshotDone = journal(oldest.id).some((e) => e.step === 'database snapshot' && e.phase === 'done');
    if (backup && snapshotDone) {
      const kind = settings.database.kind as 'sqlite' | 'postgres';
      try {
        const ms = await restoreDatabase(transport, oldest.id, settings.database, {
          kind,
          absent: !backup.file,
          bytes: 0,
          ms: 0,
        });
        const when = backup.time ? new Date(backup.time * 1000).toISOString() : undefined;
        result.database = { how: 'snapshot', release: oldest.id, ...(when ? { snapshotTime: when } : {}) };
        result.actions.push(
          backup.file
            ? `database restored from the snapshot taken before ${oldest.id} migrated${when ? ` (${when})` : ''} in ${ms} ms; rows written since then are lost`
            : `database file removed: there was none before ${oldest.id} migrated`,
        );
      } catch (err) {
        result.problems.push(
          `restoring the database from backups/${oldest.id} failed: ${(err as Error).message.split('\n')[0]}`,
        );
      }
    } else if (settings.migrateDown) {
      try {
        await mustRun(transport, 'down-migrate', RUN_IN_RELEASE, [root, oldest.id, settings.migrateDown]);
        result.database = { how: 'down-migrations', release: oldest.id };
        result.actions.push(`database migrated down with ${oldest.id}'s deploy.migrateDown (no snapshot)`);
      } catch (err) {
        result.problems.push(`down-migrations of ${oldest.id} failed: ${(err as Error).message.split('\n')[0]}`);
      }
    } else {
      result.problems.push(
        `${oldest.id} began migrating and there is no finished snapshot to restore: the database is as its migration left it`,
      );
    }
  }

  // 2. Code: an unconfirmed release is never adopted; current goes back to the last release confirmed healthy.
  let switched = false;
  if (state.current && undo.some((r) => r.id === state.current)) {
    try {
      if (lastGood) {
        await mustRun(transport, 'switch back', SWITCH_CURRENT, [root, lastGood.id]);
        result.actions.push(
          `switched current from the unconfirmed ${state.current} back to ${lastGood.id}, the last release confirmed healthy`,
        );
        result.current = lastGood.id;
      } else {
        await mustRun(transport, 'remove current', 'rm -f "$1/current"', [root]);
        result.actions.push(`removed current: ${state.current} was never confirmed healthy and no earlier release was`);
        delete result.current;
      }
      switched = true;
    } catch (err) {
      result.problems.push(`switching back from ${state.current} failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  // 3. What serves must be the release current points at, on the schema it expects: restart it and check it.
  const liveAtSomePoint = undo.some(wentLive);
  if ((switched || liveAtSomePoint || result.database) && result.current && settings.restart) {
    const id = result.current;
    try {
      await mustRun(transport, 'restart', RUN_IN_RELEASE, [root, id, settings.restart]);
      result.actions.push(`restarted ${id}`);
      if (ctx.healthUrl) {
        const health = previousHealthSettings(settings.health);
        const h = await checkHealth(ctx.healthUrl, health, id);
        if (h.ok) result.actions.push(`${id} is healthy`);
        else result.problems.push(`${id} is not healthy after the recovery: ${describeHealth(h, health, id)}`);
      }
    } catch (err) {
      result.problems.push(`restarting ${id} failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  // 4. Mark what the dead run left: failed when it had gone live (kept for a look), removed when it never did.
  for (const r of undo) {
    const stopped = lastEntry(state.journals[r.id]) ?? r.outcome;
    if (wentLive(r)) {
      await writeMeta(transport, {
        ...r,
        outcome: 'failed',
        reason: `its deploy was interrupted at ${stopped} before it was confirmed healthy; recovered by ${ctx.by}`,
      });
      await mustRun(transport, 'close journal', CLOSE_JOURNAL, [root, r.id]);
      result.actions.push(`${r.id} (interrupted at ${stopped}) marked failed`);
    } else {
      await mustRun(transport, 'discard unfinished release', DISCARD_RELEASE, [root, r.id]);
      result.actions.push(`${r.id} (interrupted at ${stopped}, never live) removed`);
    }
  }

  // 5. Debris: uploads, temporary links, journals and snapshots that belong to no release kept here.
  const kept = new Set(state.releases.filter((r) => !undo.includes(r) || wentLive(r)).map((r) => r.id));
  const final = new Set(
    state.releases
      .filter((r) => !(UNFINISHED as readonly string[]).includes(r.outcome) || undo.includes(r))
      .map((r) => r.id),
  );
  const debris = [
    ...state.debris,
    ...Object.keys(state.backups)
      .filter((id) => !kept.has(id) && !undo.some((r) => r.id === id))
      .map((id) => `backups/${id}`),
    ...Object.keys(state.journals)
      .filter((id) => (!kept.has(id) || final.has(id)) && !undo.some((r) => r.id === id))
      .map((id) => `.backend-ci/journal/${id}.jsonl`),
  ];
  if (debris.length) {
    try {
      await mustRun(transport, 'remove debris', REMOVE_DEBRIS, [root, ...debris]);
      result.actions.push(`removed ${debris.length} leftover file(s): ${debris.join(', ')}`);
    } catch (err) {
      result.problems.push(`removing leftovers failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  result.changed = result.actions.length > 0 || result.problems.length > 0;
  if (result.changed) {
    const line = recoveryLine(result);
    if (result.problems.length) log.error(line);
    else log.warning(line);
    await audit(
      transport,
      {
        event: 'recovered',
        by: ctx.by,
        current: result.current ?? null,
        actions: result.actions,
        problems: result.problems,
        database: result.database ?? null,
      },
      log.warning,
    );
  }
  return result;
}
