// Database snapshots taken before a release migrates, and their restore on rollback.
import { ConfigError } from '../pipeline/stage.js';
import { PG_RESTORE, PG_SNAPSHOT, SQLITE_RESTORE, SQLITE_SNAPSHOT } from './scripts.js';
import { mustRun, type ScriptPart, type Transport } from './transport.js';

export interface DatabaseSettings {
  kind: 'sqlite' | 'postgres' | 'none';
  /** SQLite file, relative to the deploy path (e.g. shared/data/app.db). */
  path?: string;
  /** PostgreSQL connection URL (secret). */
  url?: string;
}

export interface Snapshot {
  kind: 'sqlite' | 'postgres';
  /** SQLite only: there was no database file yet, so restoring means removing the one migrate created. */
  absent?: boolean;
  bytes: number;
  ms: number;
}

/** libpq settings for the snapshot scripts' stdin (never argv, so the password stays out of process lists). */
export function libpqStdin(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError(
      `deploy.database.url is not a valid URL; expected postgres://user:password@host:port/database`,
    );
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new ConfigError(`deploy.database.url must start with postgres:// or postgresql://, got '${u.protocol}'`);
  }
  const lines = [
    decodeURIComponent(u.hostname),
    u.port,
    decodeURIComponent(u.username),
    decodeURIComponent(u.password),
    decodeURIComponent(u.pathname.replace(/^\//, '')),
    u.searchParams.get('sslmode') ?? '',
  ];
  if (lines.some((l) => l.includes('\n'))) throw new ConfigError('deploy.database.url cannot contain line breaks');
  if (!lines[4])
    throw new ConfigError(
      'deploy.database.url names no database; expected postgres://user:password@host:port/database',
    );
  return `${lines.join('\n')}\n`;
}

export function sqliteFile(root: string, settings: DatabaseSettings): string {
  return `${root}/${settings.path}`;
}

/** The snippet that takes the snapshot, so it can share a session with the step bookkeeping. */
export function snapshotPart(
  root: string,
  releaseId: string,
  settings: DatabaseSettings,
): { part: ScriptPart; input?: string } | undefined {
  if (settings.kind === 'sqlite')
    return { part: { script: SQLITE_SNAPSHOT, args: [root, releaseId, sqliteFile(root, settings)] } };
  if (settings.kind === 'postgres')
    return { part: { script: PG_SNAPSHOT, args: [root, releaseId] }, input: libpqStdin(settings.url ?? '') };
  return undefined;
}

export function parseSnapshot(kind: 'sqlite' | 'postgres', stdout: string, ms: number): Snapshot {
  const out = stdout.trim();
  return out === 'ABSENT' ? { kind, absent: true, bytes: 0, ms } : { kind, bytes: Number(out), ms };
}

/** Puts the snapshot back. Returns how long it took. */
export async function restoreDatabase(
  transport: Transport,
  releaseId: string,
  settings: DatabaseSettings,
  snapshot: Snapshot,
): Promise<number> {
  const root = transport.target.path;
  const started = Date.now();
  if (snapshot.kind === 'sqlite') {
    await mustRun(transport, 'database restore', SQLITE_RESTORE, [
      root,
      releaseId,
      sqliteFile(root, settings),
      snapshot.absent ? 'ABSENT' : 'PRESENT',
    ]);
  } else {
    await mustRun(transport, 'database restore', PG_RESTORE, [root, releaseId], {
      input: libpqStdin(settings.url ?? ''),
    });
  }
  return Date.now() - started;
}
