// Alembic (Flask, FastAPI): unapplied migrations from the database's current revisions against the script
// heads, drift from `alembic check` (Alembic 1.9+) or, on older Alembic, the same comparison through
// alembic.autogenerate.compare_metadata, and the SQL of a migration from offline mode (`upgrade a:b --sql`).
// Everything runs through the project's alembic.ini and env.py, with the interpreter that has Alembic.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tail } from '../../../exec/run.js';
import {
  MigrationToolError,
  runTool,
  toolEnv,
  type AdapterContext,
  type Inspection,
  type MigrationAdapter,
  type MigrationFile,
} from '../adapter.js';
import type { Dialect, SqlSource } from '../sql/lint.js';
import { ALEMBIC_PROBE } from './alembic-probe.js';

export function findAlembicIni(cwd: string): string | undefined {
  return existsSync(path.join(cwd, 'alembic.ini')) ? 'alembic.ini' : undefined;
}

interface ProbeError {
  error: 'import' | 'config' | 'env' | 'check' | 'sql';
  message: string;
  traceback?: string;
}

interface ProbeInspect {
  version: string;
  revisions: { revision: string; down: string[]; path: string }[];
  heads: string[];
  /** null when the database could not be asked (see noDatabase). */
  current: string[] | null;
  noDatabase?: string;
  dialect?: string;
  drift: string[] | null;
  driftBy?: string;
  driftSkipped?: string | null;
}

const MARKER = '@@backend-ci@@';

async function probe<T>(ctx: AdapterContext, args: string[]): Promise<T | ProbeError> {
  const python = ctx.config.migrations.python;
  const install = `install Alembic for this interpreter (Debian: apt-get install python3-alembic; else pip install alembic), or set migrations.python (input 'python') to the interpreter that has it`;
  const result = await runTool(python, ['-c', ALEMBIC_PROBE, 'alembic.ini', ...args], {
    cwd: ctx.cwd,
    env: toolEnv(ctx),
    install,
  });
  const line = result.stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(MARKER));
  if (result.code !== 0 || !line) {
    throw new MigrationToolError(
      `${python} could not run Alembic (exit ${result.code ?? result.signal}):\n${tail(result.stderr.trim() || result.stdout, 20)}`,
    );
  }
  return JSON.parse(line.slice(MARKER.length)) as T | ProbeError;
}

function isError(x: object): x is ProbeError {
  return 'error' in x;
}

function dialectOf(name: string | undefined): Dialect {
  if (!name) return 'unknown';
  if (name.startsWith('postgres')) return 'postgres';
  if (name.startsWith('sqlite')) return 'sqlite';
  if (name.startsWith('mysql') || name.startsWith('mariadb')) return 'mysql';
  return 'unknown';
}

/** The environment variables env.py reads, to name the one that holds the connection. */
function envVarsOf(file: string): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const names = [...text.matchAll(/(?:environ(?:\.get)?\(|environ\[|getenv\()\s*['"]([A-Z_][A-Z0-9_]*)['"]/g)].map(
    (m) => m[1]!,
  );
  return [...new Set(names)];
}

/** script_location from alembic.ini, for messages (Alembic itself resolves it). */
function scriptLocation(cwd: string): string {
  const ini = readFileSync(path.join(cwd, 'alembic.ini'), 'utf8');
  const value = /^\s*script_location\s*=\s*(.+?)\s*$/m.exec(ini)?.[1] ?? 'alembic';
  return value.replace('%(here)s', cwd);
}

export const alembicAdapter: MigrationAdapter = {
  name: 'alembic',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    if (!existsSync(path.join(ctx.cwd, 'alembic.ini'))) throw new MigrationToolError(`no alembic.ini in ${ctx.cwd}`);
    const scripts = path.resolve(ctx.cwd, scriptLocation(ctx.cwd));
    // SQLite creates a database file when it is opened; a missing one is an empty database, asked about without opening it.
    const empty = ctx.database?.dialect === 'sqlite' && !existsSync(ctx.database.location);
    const got = await probe<ProbeInspect>(ctx, empty ? ['inspect', 'empty'] : ['inspect']);
    if (isError(got)) {
      if (got.error === 'import')
        throw new MigrationToolError(
          `${ctx.config.migrations.python} cannot import Alembic (${got.message}): install python3-alembic (Debian) or alembic (pip) for it, or set migrations.python (input 'python') to the interpreter that has it`,
        );
      if (got.error === 'config')
        throw new MigrationToolError(
          `alembic.ini: script_location ${path.relative(ctx.cwd, scripts) || '.'}: ${got.message}`,
        );
      throw new MigrationToolError(
        `alembic (${got.error === 'check' ? 'alembic check' : 'env.py'}) failed: ${got.message}${got.traceback ? `\n${tail(got.traceback, 15)}` : ''}`,
      );
    }
    if (got.revisions.length === 0)
      throw new MigrationToolError(
        `alembic.ini names script_location ${path.relative(ctx.cwd, scripts) || '.'}, which holds no migration (looked in ${path.join(path.relative(ctx.cwd, scripts), 'versions')})`,
      );

    const files: MigrationFile[] = got.revisions.map((r) => ({ name: r.revision, file: r.path }));
    const byRevision = new Map(got.revisions.map((r) => [r.revision, r]));
    const inspection: Inspection = {
      dialect: ctx.database?.dialect ?? dialectOf(got.dialect ?? undefined),
      files,
      sqlOf: async (m) => sqlOf(ctx, m),
    };

    if (got.current === null) {
      const vars = envVarsOf(path.join(scripts, 'env.py'));
      const url = vars.find((v) => /DATABASE_URL|DB_URL|SQLALCHEMY/i.test(v)) ?? vars[0];
      // Settings that want their own variables are the hint themselves; database-url would not reach them.
      const hint = got.noDatabase?.includes('in the environment')
        ? ''
        : `; set database-url, or ${url ? `${url} that ${path.relative(ctx.cwd, path.join(scripts, 'env.py'))} reads` : 'sqlalchemy.url in alembic.ini'}`;
      inspection.pendingNote = `unapplied migrations not checked: no database (${got.noDatabase}${hint})`;
      inspection.driftNote =
        'not checked: Alembic compares the models with a database at head, and there is no database';
      return inspection;
    }

    // Unapplied: every revision from the heads down to what the database has.
    const applied = new Set<string>();
    const stack = [...got.current];
    while (stack.length) {
      const rev = byRevision.get(stack.pop()!);
      if (!rev || applied.has(rev.revision)) continue;
      applied.add(rev.revision);
      stack.push(...rev.down);
    }
    const unknown = got.current.filter((r) => !byRevision.has(r));
    if (unknown.length)
      throw new MigrationToolError(
        `the database is at revision ${unknown.join(', ')}, which is not in ${path.relative(ctx.cwd, scripts) || '.'} (a migration deleted, or another branch's database)`,
      );
    inspection.pending = files.filter((f) => !applied.has(f.name));

    if (got.drift) inspection.drift = got.drift.length ? { changes: got.drift } : null;
    else if (got.driftSkipped) inspection.driftNote = `not checked: ${got.driftSkipped}`;
    else
      inspection.driftNote = `not checked: the database is not at head (${inspection.pending.length} unapplied), and Alembic compares the models with a database at head`;
    ctx.host.log.info(`alembic ${got.version}: drift ${got.driftBy ? `by ${got.driftBy}` : 'not checked'}`);
    return inspection;
  },
};

/** The SQL offline mode renders for one revision; findings point at the migration file's first line. */
async function sqlOf(ctx: AdapterContext, m: MigrationFile): Promise<SqlSource[]> {
  const got = await probe<{ sql: string }>(ctx, ['sql', m.name]);
  if (isError(got)) {
    // Offline mode needs a URL for the dialect; without one the migration is named as not linted.
    ctx.host.log.warning(
      `migrations: ${m.file ? path.relative(ctx.cwd, m.file) : m.name} not linted: alembic upgrade --sql could not render it (${got.message})`,
    );
    return [];
  }
  const sql = got.sql.replace(/^(BEGIN|COMMIT);$/gm, '');
  return [{ file: m.file ?? m.name, sql, line: 1, pinLine: true }];
}
