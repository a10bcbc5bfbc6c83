// Reads migration bookkeeping tables from the target database with the database's own client program
// (sqlite3, psql), so the check needs no driver in this package and runs what a developer would run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ProgramNotFoundError, runProgram, tail } from '../../exec/run.js';
import type { Dialect } from './sql/lint.js';

export class DatabaseQueryError extends Error {
  override name = 'DatabaseQueryError';
}

export interface DatabaseTarget {
  dialect: Extract<Dialect, 'postgres' | 'sqlite'>;
  /** postgres: the connection URL; sqlite: the absolute file path. */
  location: string;
}

/**
 * Understands postgres://, postgresql://, file:<path>, sqlite:<path>, sqlite:///<path> and a bare path to
 * an SQLite file. Relative SQLite paths are resolved against the service folder.
 */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseTarget {
  if (/^postgres(?:ql)?:\/\//i.test(url)) return { dialect: 'postgres', location: url };
  const file = url.replace(/^sqlite:\/\//i, '').replace(/^(?:file|sqlite):/i, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && file === url) {
    throw new DatabaseQueryError(
      `database-url: unsupported scheme in '${url.split(':')[0]}://…'; expected postgres://, postgresql://, file:, sqlite: or a path to an SQLite file`,
    );
  }
  return { dialect: 'sqlite', location: path.resolve(cwd, file) };
}

const TIMEOUT_MS = 60_000;

/** Runs a read-only query and returns rows as arrays of strings. */
export async function query(target: DatabaseTarget, sql: string): Promise<string[][]> {
  if (target.dialect === 'sqlite') {
    // A missing file is an empty database: nothing applied yet. Opening it read-only never creates it.
    if (!existsSync(target.location)) return [];
    const result = await run(
      'sqlite3',
      ['-readonly', '-batch', '-noheader', '-separator', '\t', target.location, sql],
      'sqlite3 (apt-get install sqlite3)',
    );
    return rows(result);
  }
  const result = await run(
    'psql',
    ['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', target.location, '-c', sql],
    'psql (apt-get install postgresql-client)',
  );
  return rows(result);
}

/** Whether a table exists; `schema` only matters on PostgreSQL. */
export async function tableExists(target: DatabaseTarget, table: string, schema = 'public'): Promise<boolean> {
  if (target.dialect === 'sqlite') {
    return (
      (
        await query(
          target,
          `SELECT name FROM sqlite_master WHERE type='table' AND name='${table.replaceAll("'", "''")}'`,
        )
      ).length > 0
    );
  }
  const found = await query(
    target,
    `SELECT to_regclass('${`"${schema}"."${table}"`.replaceAll("'", "''")}') IS NOT NULL`,
  );
  return found[0]?.[0] === 't';
}

async function run(program: string, args: string[], install: string) {
  let result;
  try {
    result = await runProgram(program, args, { timeoutMs: TIMEOUT_MS });
  } catch (err) {
    if (err instanceof ProgramNotFoundError)
      throw new ProgramNotFoundError(program, `install ${install} to read the migrations table`);
    throw err;
  }
  if (result.timedOut) throw new DatabaseQueryError(`${program} did not answer within ${TIMEOUT_MS / 1000}s`);
  if (result.code !== 0)
    throw new DatabaseQueryError(`${program} failed (exit ${result.code}): ${tail(result.stderr, 5)}`);
  return result;
}

function rows(result: { stdout: string }): string[][] {
  return result.stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
}
