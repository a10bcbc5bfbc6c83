// What every migration tool adapter tells the stage, in one shape: the migration files it knows, which
// are not applied to the target database, whether the models changed without a migration, and the SQL
// of a migration for the plan and the lint.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import { ProgramNotFoundError, runProgram, tail, type RunOptions, type RunResult } from '../../exec/run.js';
import type { DatabaseTarget } from './database.js';
import type { Dialect, SqlSource } from './sql/lint.js';

/** A migration tool failed or could not run; the stage reports it with exit code 1. */
export class MigrationToolError extends Error {
  override name = 'MigrationToolError';
}

export interface MigrationFile {
  /** The tool's name for it (file name, class name, app.name). */
  name: string;
  /** Absolute path, when the migration is a file we can point at. */
  file?: string;
}

export interface Drift {
  /** What the tool would generate: file names or a short description. */
  changes: string[];
  /** The SQL the missing migration would contain, when the tool says. */
  sql?: string;
}

export interface Inspection {
  dialect: Dialect;
  /** Every migration the project has, in the order the tool applies them. */
  files: MigrationFile[];
  /** Migrations not applied to the target; undefined when this could not be checked (see pendingNote). */
  pending?: MigrationFile[];
  pendingNote?: string;
  /** null: checked, no drift; undefined: not checked (see driftNote). */
  drift?: Drift | null;
  driftNote?: string;
  /** The SQL a migration runs, for the plan and the lint; [] when the tool cannot tell. */
  sqlOf(migration: MigrationFile): Promise<SqlSource[]>;
}

export interface AdapterContext {
  config: Config;
  host: Host;
  cwd: string;
  database?: DatabaseTarget;
}

export interface MigrationAdapter {
  name: string;
  inspect(ctx: AdapterContext): Promise<Inspection>;
}

export const TOOL_TIMEOUT_MS = 180_000;

/** Path of a tool installed in the project's node_modules, or a MigrationToolError naming what to install. */
export function localBin(cwd: string, bin: string, pkg: string): string {
  let dir = cwd;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', '.bin', bin);
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new MigrationToolError(
    `${bin} is not installed in ${cwd}: run \`npm install --save-dev ${pkg}\` (and npm ci before backend-ci)`,
  );
}

/** Runs a migration tool; a missing program or a timeout becomes a MigrationToolError with a hint. */
export async function runTool(
  program: string,
  args: string[],
  options: RunOptions & { install: string },
): Promise<RunResult> {
  let result: RunResult;
  try {
    result = await runProgram(program, args, { timeoutMs: TOOL_TIMEOUT_MS, ...options });
  } catch (err) {
    if (err instanceof ProgramNotFoundError)
      throw new MigrationToolError(`${program} was not found: ${options.install}`);
    throw err;
  }
  if (result.timedOut) {
    throw new MigrationToolError(
      `${path.basename(program)} ${args[0] ?? ''} did not finish within ${TOOL_TIMEOUT_MS / 1000}s (is it waiting for an answer on the terminal?):\n${tail(result.stdout + result.stderr, 15)}`,
    );
  }
  return result;
}

/** A MigrationToolError for a tool that exited with an unexpected code, carrying the tail of its stderr. */
export function toolFailed(what: string, result: RunResult): MigrationToolError {
  const output = tail(result.stderr.trim() ? result.stderr : result.stdout, 20);
  return new MigrationToolError(`${what} failed (exit ${result.code ?? result.signal}):\n${output}`);
}

/** The environment a tool runs with: the service's own, plus DATABASE_URL when one was given. */
export function toolEnv(ctx: AdapterContext): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (ctx.config.migrations.databaseUrl) env.DATABASE_URL = ctx.config.migrations.databaseUrl;
  return env;
}

/** Environment variables a config file reads (process.env.X, process.env['X'], os.environ / env('X')). */
export function envVarsRead(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const m of text.matchAll(
    /process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\])|(?:environ(?:\.get)?|getenv|env)\(\s*['"]([A-Z_][A-Z0-9_]*)['"]|environ\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\]/g,
  )) {
    names.add((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return [...names].filter((n) => n !== 'NODE_ENV');
}

/** The variables among those a config reads that are about the database connection. */
export function databaseVars(vars: string[]): string[] {
  return vars.filter((v) => /DATABASE|DB|PG|SQL|POSTGRES|CONNECTION/i.test(v));
}

/**
 * The note of an adapter that had no database to ask: unchecked, never "nothing pending". Names the
 * variable the tool's own config reads for its connection when there is one.
 */
export function noDatabaseNote(configShown: string, vars: string[]): string {
  const url = vars.find((v) => /DATABASE_URL|DB_URL|CONNECTION/i.test(v)) ?? databaseVars(vars)[0];
  return `unapplied migrations not checked: no database (set database-url, or ${url ? `${url} that ${configShown} reads` : `a connection in ${configShown}`})`;
}

/**
 * SQL strings inside a JS/TS migration: the first argument of `.query(` / `.raw(` calls, when it is a
 * string literal (template literals without ${} included), with the line each starts on.
 */
export function embeddedSql(file: string, text: string, calls: string[], stopAt?: RegExp): SqlSource[] {
  const end = stopAt ? text.search(stopAt) : -1;
  const body = end === -1 ? text : text.slice(0, end);
  const out: SqlSource[] = [];
  const lines = body.split('\n');
  const pattern = new RegExp(
    `\\.(?:${calls.join('|')})\\(\\s*(\`(?:[^\`\\\\]|\\\\.)*\`|'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`,
    'g',
  );
  for (const m of body.matchAll(pattern)) {
    const literal = m[1]!;
    if (literal.startsWith('`') && literal.includes('${')) continue;
    const offset = m.index! + m[0].length - literal.length;
    const line = body.slice(0, offset).split('\n').length;
    const sql = literal.slice(1, -1).replace(/\\(.)/g, '$1');
    out.push({ file, sql: `${sql.replace(/;\s*$/, '')}${jsIgnoreComment(lines, line)}`, line });
  }
  return out;
}

/**
 * In JS/TS migrations the ignore comment is a `// backend-ci-ignore: rule` line just above the call; it is
 * carried into the SQL as an SQL comment at the end of the statement, where the lint reads it without
 * moving the statement's line.
 */
export function jsIgnoreComment(lines: string[], line: number): string {
  const ignore = /\/\/\s*(backend-ci-ignore:.*)$/.exec(lines[line - 2] ?? '')?.[1];
  return ignore ? ` -- ${ignore.trim()}\n` : '';
}
