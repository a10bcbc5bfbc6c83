// The release layout on a target (releases/<id>, current, shared/, backups/, .backend-ci/) and the state
// read back from it.
import { randomBytes } from 'node:crypto';
import { mustRun, type Transport } from './transport.js';
import { AUDIT_APPEND, READ_STATE, WRITE_META } from './scripts.js';

/** releases/<id>/.release.json `outcome`: how far the release got; rollbacks never pick a bad one. */
export type ReleaseOutcome =
  | 'unpacking' // folder created, archive not fully written yet
  | 'prepared' // unpacked, installed, shared paths linked
  | 'migrating'
  | 'switched' // current points here, health not yet confirmed
  | 'healthy' // passed its health gate on this host; the rest of the fleet not yet done
  | 'deployed' // passed its health gate
  | 'rolled-back' // went live, failed, and was replaced: bad
  | 'failed' // never went live
  | 'abandoned'; // a run died while deploying it; found and marked by a later run

export const BAD_OUTCOMES: ReleaseOutcome[] = ['rolled-back', 'failed', 'abandoned'];

export interface ReleaseMeta {
  id: string;
  sha: string;
  created: string;
  outcome: ReleaseOutcome;
  /** Migration files shipped with this release (all applied once it is deployed). */
  migrations: string[];
  /** Why it is bad, when it is. */
  reason?: string;
  updated?: string;
}

/** One line of a release's journal (.backend-ci/journal/<id>.jsonl), written by STEP_SUPERVISOR. */
export interface JournalEntry {
  step: string;
  phase: 'intent' | 'done' | 'failed' | 'orphaned';
  time: string;
  code?: number;
}

export interface Backup {
  /** db.sqlite3 or db.pgdump; absent when the snapshot found no database file (SQLite) or never finished. */
  file?: string;
  /** When the snapshot was written (epoch seconds). */
  time?: number;
}

export interface TargetState {
  /** Release id `current` points to, if any. */
  current?: string;
  releases: ReleaseMeta[];
  /** Journals of releases whose outcome is not final yet, by release id. */
  journals: Record<string, JournalEntry[]>;
  backups: Record<string, Backup>;
  /** Leftovers of interrupted runs (paths relative to the deploy path). */
  debris: string[];
}

export const RELEASE_ID = /^\d{8}T\d{6}Z-[0-9a-z]{1,12}(-[0-9a-z]{1,8})?$/;

/**
 * UTC timestamp (YYYYMMDDTHHMMSSZ) + '-' + short sha + '-' + a per-run suffix: sorts by time and is the same on
 * every host of a fleet. Made once every target is locked, and later than every id already there (`after`), so
 * two deploys of one commit in the same second still get two ids, in the order they went out.
 */
export function newReleaseId(
  sha: string | undefined,
  now = new Date(),
  suffix = randomBytes(2).toString('hex'),
  after: string[] = [],
): string {
  const short =
    (sha ?? 'local')
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '')
      .slice(0, 7) || 'local';
  let t = Math.floor(now.getTime() / 1000) * 1000;
  const stamp = (ms: number) =>
    new Date(ms)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
  const newest = [...after].sort().pop();
  while (newest && `${stamp(t)}-${short}-${suffix}` <= newest) t += 1000;
  return `${stamp(t)}-${short}-${suffix}`;
}

export async function readState(transport: Transport): Promise<TargetState> {
  const r = await mustRun(transport, 'read releases', READ_STATE, [transport.target.path]);
  return parseState(r.stdout);
}

/** Parses what READ_STATE prints. */
export function parseState(stdout: string): TargetState {
  const state: TargetState = { releases: [], journals: {}, backups: {}, debris: [] };
  for (const line of stdout.split('\n')) {
    const [kind, a, b, c] = line.split('\t');
    if (kind === 'JOURNAL' && a && RELEASE_ID.test(a) && b) {
      try {
        (state.journals[a] ??= []).push(JSON.parse(b) as JournalEntry);
      } catch {
        /* a line cut short by the crash: the lines before it still tell what began */
      }
    }
    if (kind === 'BACKUP' && a && RELEASE_ID.test(a))
      state.backups[a] = { ...(b ? { file: b } : {}), ...(c ? { time: Number(c) } : {}) };
    if (kind === 'DEBRIS' && a) state.debris.push(a);
    if (kind === 'CURRENT' && a) {
      // Only a link of our own making counts: anything else must never reach a switch-back or a restart.
      const id = a.replace(/^releases\//, '').replace(/\/$/, '');
      if (RELEASE_ID.test(id)) state.current = id;
    }
    if (kind === 'RELEASE' && a && RELEASE_ID.test(a)) {
      let meta: Partial<ReleaseMeta> = {};
      try {
        meta = b ? (JSON.parse(b) as Partial<ReleaseMeta>) : {};
      } catch {
        /* unreadable metadata: treated as an unfinished release below */
      }
      state.releases.push({
        id: a,
        sha: meta.sha ?? '',
        created: meta.created ?? '',
        outcome: meta.outcome ?? 'unpacking',
        migrations: meta.migrations ?? [],
        ...(meta.reason ? { reason: meta.reason } : {}),
      });
    }
  }
  state.releases.sort((x, y) => x.id.localeCompare(y.id));
  return state;
}

export async function writeMeta(transport: Transport, meta: ReleaseMeta): Promise<void> {
  await mustRun(transport, 'write release metadata', WRITE_META, [
    transport.target.path,
    meta.id,
    JSON.stringify({ ...meta, updated: new Date().toISOString() }),
  ]);
}

/** The release a rollback goes back to: newest deployed one other than `excluding`. */
export function lastGoodRelease(
  state: Pick<TargetState, 'current' | 'releases'>,
  excluding?: string,
): ReleaseMeta | undefined {
  return [...state.releases].reverse().find((r) => r.outcome === 'deployed' && r.id !== excluding);
}

/** Releases to delete: beyond the newest `keep`, never current, never the last good one, never `protect`. */
export function releasesToPrune(
  state: Pick<TargetState, 'current' | 'releases'>,
  keep: number,
  protect: string[] = [],
): string[] {
  const newestFirst = [...state.releases].reverse();
  const lastGood = lastGoodRelease(state);
  const kept = new Set([...newestFirst.slice(0, keep).map((r) => r.id), ...protect]);
  if (state.current) kept.add(state.current);
  if (lastGood) kept.add(lastGood.id);
  return newestFirst.filter((r) => !kept.has(r.id)).map((r) => r.id);
}

export interface AuditEvent {
  event: string;
  release?: string;
  [key: string]: unknown;
}

/** Appends one line to .backend-ci/log.jsonl. Audit writes warn on failure: they must not mask the real error. */
export async function audit(transport: Transport, event: AuditEvent, warn: (m: string) => void): Promise<void> {
  try {
    await mustRun(transport, 'audit log', AUDIT_APPEND, [
      transport.target.path,
      JSON.stringify({ time: new Date().toISOString(), ...event }),
    ]);
  } catch (err) {
    warn(`could not append to the audit log on ${transport.target.label}: ${(err as Error).message}`);
  }
}
