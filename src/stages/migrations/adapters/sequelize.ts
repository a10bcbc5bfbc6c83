// Sequelize: unapplied migrations from `sequelize-cli db:migrate:status`, with the folders and the config
// file that the project's .sequelizerc names. Sequelize has no command that compares models with
// migrations, so drift is not applicable and the report says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tail } from '../../../exec/run.js';
import {
  embeddedSql,
  jsIgnoreComment,
  localBin,
  MigrationToolError,
  runTool,
  toolEnv,
  toolFailed,
  type AdapterContext,
  type Inspection,
  type MigrationAdapter,
  type MigrationFile,
} from '../adapter.js';
import type { Dialect, SqlSource } from '../sql/lint.js';
import { stripAnsi } from '../../../exec/ansi.js';

export const SEQUELIZE_DRIFT_NOTE = 'n/a: Sequelize has no model-vs-migration diff';

/** The paths sequelize-cli uses: .sequelizerc's, else its defaults (config/config.json, migrations/). */
export interface SequelizePaths {
  config: string;
  migrations: string;
  /** Where each came from, for messages: ".sequelizerc" or "sequelize-cli's default". */
  configSource: string;
  migrationsSource: string;
}

/** A project is Sequelize's when it has a .sequelizerc, or sequelize-cli's default config/config.json next to sequelize-cli in package.json. */
export function findSequelize(cwd: string): string | undefined {
  if (existsSync(path.join(cwd, '.sequelizerc'))) return '.sequelizerc';
  const manifest = path.join(cwd, 'package.json');
  if (!existsSync(manifest) || !existsSync(path.join(cwd, 'config', 'config.json'))) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    if ({ ...pkg.dependencies, ...pkg.devDependencies }['sequelize-cli'])
      return 'sequelize-cli in package.json and config/config.json';
  } catch {
    return undefined;
  }
  return undefined;
}

// .sequelizerc is the project's own JavaScript (sequelize-cli requires it); it is read the same way, in
// the project folder, and only the two paths we need come back.
const READ_RC = `const rc = require(require('path').resolve('.sequelizerc')); process.stdout.write(JSON.stringify({ config: rc.config ?? null, migrations: rc['migrations-path'] ?? null }));`;

export async function sequelizePaths(ctx: AdapterContext): Promise<SequelizePaths> {
  const defaults = {
    config: path.join(ctx.cwd, 'config', 'config.json'),
    migrations: path.join(ctx.cwd, 'migrations'),
  };
  const rcFile = path.join(ctx.cwd, '.sequelizerc');
  const byDefault = "sequelize-cli's default";
  if (!existsSync(rcFile)) return { ...defaults, configSource: byDefault, migrationsSource: byDefault };
  const result = await runTool(process.execPath, ['-e', READ_RC], { cwd: ctx.cwd, env: toolEnv(ctx), install: 'node' });
  if (result.code !== 0) throw toolFailed(`reading ${rcFile}`, result);
  let rc: { config: unknown; migrations: unknown };
  try {
    rc = JSON.parse(result.stdout) as typeof rc;
  } catch {
    throw new MigrationToolError(
      `${rcFile}: expected module.exports = { config, 'migrations-path', ... }, got: ${tail(result.stdout, 3)}`,
    );
  }
  for (const [key, value] of Object.entries({ config: rc.config, 'migrations-path': rc.migrations })) {
    if (value !== null && typeof value !== 'string')
      throw new MigrationToolError(`${rcFile}: '${key}' must be a path string, got ${JSON.stringify(value)}`);
  }
  return {
    config: typeof rc.config === 'string' ? path.resolve(ctx.cwd, rc.config) : defaults.config,
    migrations: typeof rc.migrations === 'string' ? path.resolve(ctx.cwd, rc.migrations) : defaults.migrations,
    configSource: typeof rc.config === 'string' ? '.sequelizerc' : `${byDefault}; .sequelizerc sets no config`,
    migrationsSource:
      typeof rc.migrations === 'string' ? '.sequelizerc' : `${byDefault}; .sequelizerc sets no migrations-path`,
  };
}

interface EnvConfig {
  use_env_variable?: string;
  url?: string;
  dialect?: string;
  host?: string;
  database?: string;
  storage?: string;
}

/**
 * The environment's block of a JSON config, picked as sequelize-cli picks it: the key NODE_ENV names, else
 * the whole file (a config without environments). Undefined for a .js config, which only running can read.
 */
function readEnvConfig(file: string, env: string): EnvConfig | undefined {
  if (!file.endsWith('.json')) return undefined;
  let all: Record<string, unknown>;
  try {
    all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new MigrationToolError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (!all || typeof all !== 'object' || Array.isArray(all))
    throw new MigrationToolError(
      `${file}: expected an object of environments (development, test, production), got ${JSON.stringify(all)?.slice(0, 40)}`,
    );
  const block = all[env];
  return (block && typeof block === 'object' ? block : all) as EnvConfig;
}

/** Environment variables a JS config reads (process.env.X), to name them when there is no database. */
function envVarsOf(file: string): string[] {
  if (!existsSync(file) || file.endsWith('.json')) return [];
  const names = [
    ...readFileSync(file, 'utf8').matchAll(
      /process\.env(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"]([A-Z_][A-Z0-9_]*)['"]\s*\])/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
  return [...new Set(names)].filter((n) => n !== 'NODE_ENV');
}

function dialectOf(name: string | undefined): Dialect {
  if (name === 'postgres') return 'postgres';
  if (name === 'sqlite') return 'sqlite';
  if (name === 'mysql' || name === 'mariadb') return 'mysql';
  return 'unknown';
}

// The tool could not reach or was not given a database: unchecked, not a tool error.
const NO_CONNECTION =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|getaddrinfo|Error parsing url|database "[^"]+" does not exist|role "[^"]+" does not exist|no PostgreSQL user name specified|password authentication failed|Access denied for user|SQLITE_CANTOPEN|unable to open database/i;

const UP_ENDS = /\bdown\b\s*[=:(]/;
const MIGRATION_EXT = /\.(?:[cm]?js|ts)$/;

export const sequelizeAdapter: MigrationAdapter = {
  name: 'sequelize',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const paths = await sequelizePaths(ctx);
    const shown = (p: string) => path.relative(ctx.cwd, p) || '.';
    if (!existsSync(paths.migrations))
      throw new MigrationToolError(
        `the migrations folder ${shown(paths.migrations)} (${paths.migrationsSource}) does not exist in ${ctx.cwd}`,
      );
    const names = readdirSync(paths.migrations)
      .filter((f) => MIGRATION_EXT.test(f) && !f.endsWith('.d.ts'))
      .sort();
    if (names.length === 0)
      throw new MigrationToolError(
        `the migrations folder ${shown(paths.migrations)} (${paths.migrationsSource}) holds no migration`,
      );
    const files: MigrationFile[] = names.map((name) => ({ name, file: path.join(paths.migrations, name) }));

    const envName = process.env.NODE_ENV || 'development';
    const envConfig = existsSync(paths.config) ? readEnvConfig(paths.config, envName) : undefined;
    const inspection: Inspection = {
      dialect: ctx.database?.dialect ?? dialectOf(envConfig?.dialect),
      files,
      driftNote: SEQUELIZE_DRIFT_NOTE,
      // Sequelize migrations are code; what we can lint is the SQL they pass to query() and the
      // destructive queryInterface calls, written as the SQL they stand for.
      sqlOf: async (m) => {
        if (!m.file) return [];
        const text = readFileSync(m.file, 'utf8');
        return [...embeddedSql(m.file, text, ['query'], UP_ENDS), ...queryInterfaceSql(m.file, text)].sort(
          (a, b) => (a.line ?? 1) - (b.line ?? 1),
        );
      },
    };

    const url = ctx.config.migrations.databaseUrl;
    const envVar = envConfig?.use_env_variable;
    const jsVars = envVarsOf(paths.config);
    const reads = envVar ?? (jsVars.length ? jsVars.join(', ') : undefined);
    const noDatabase = (reason?: string) =>
      `unapplied migrations not checked: no database${reason ? ` reachable (${reason}; ` : ' ('}set database-url, or ${reads ? `${reads} that ${shown(paths.config)} reads` : `a connection in ${shown(paths.config)}`})`;
    if (!url && envVar && !process.env[envVar]) {
      inspection.pendingNote = noDatabase();
      return inspection;
    }
    if (!url && !existsSync(paths.config))
      throw new MigrationToolError(
        `no database-url given and the config file ${shown(paths.config)} (${paths.configSource}) does not exist`,
      );

    const bin = localBin(ctx.cwd, 'sequelize-cli', 'sequelize-cli');
    // A config that reads its URL from a variable gets database-url there, out of the process list; else --url.
    const env = toolEnv(ctx);
    if (url && envVar) env[envVar] = url;
    const args = ['db:migrate:status', ...(url && !envVar ? ['--url', url] : [])];
    const status = await runTool(bin, args, { cwd: ctx.cwd, env, install: 'npm install --save-dev sequelize-cli' });
    // sequelize-cli 5 colours its output whatever NO_COLOR says.
    const plain = (text: string) => stripAnsi(text);
    const output = plain(`${status.stdout}\n${status.stderr}`);
    if (status.code !== 0) {
      const reason = NO_CONNECTION.exec(output);
      if (reason) {
        const line = output
          .split('\n')
          .find((l) => l.includes(reason[0]))
          ?.replace(/^ERROR:\s*/, '')
          .trim();
        inspection.pendingNote = noDatabase(line);
        return inspection;
      }
      throw toolFailed('sequelize-cli db:migrate:status', {
        ...status,
        stdout: plain(status.stdout),
        stderr: plain(status.stderr),
      });
    }
    const rows = [...plain(status.stdout).matchAll(/^(up|down)\s+(\S+)\s*$/gm)].map((m) => ({
      up: m[1] === 'up',
      name: m[2]!,
    }));
    // Exit 0 without a single up/down line is an output we do not understand, not "nothing pending".
    if (rows.length === 0)
      throw new MigrationToolError(
        `sequelize-cli db:migrate:status listed no migration (expected 'up <name>' or 'down <name>' lines for the ${files.length} file(s) in ${shown(paths.migrations)}):\n${tail(output.trim(), 10)}`,
      );
    inspection.pending = rows.filter((r) => !r.up).map((r) => files.find((f) => f.name === r.name) ?? { name: r.name });
    return inspection;
  },
};

/**
 * The destructive queryInterface calls of a migration's up(), as the SQL they stand for, so the lint sees
 * them: dropTable, removeColumn, renameColumn, renameTable, changeColumn, addIndex and removeIndex (with
 * CONCURRENTLY when the call passes `concurrently: true`); and createTable, so the lint knows a table made
 * by a migration in the same run is new (an index on it locks nothing).
 */
export function queryInterfaceSql(file: string, text: string): SqlSource[] {
  const end = text.search(UP_ENDS);
  const body = end === -1 ? text : text.slice(0, end);
  const lines = body.split('\n');
  const out: SqlSource[] = [];
  const quoted = String.raw`['"\x60]([\w.]+)['"\x60]`;
  const calls = new RegExp(
    String.raw`\.(createTable|dropTable|removeColumn|renameColumn|renameTable|changeColumn|addIndex|removeIndex)\(\s*${quoted}(?:\s*,\s*${quoted})?`,
    'g',
  );
  for (const m of body.matchAll(calls)) {
    const [, call, table, column] = m;
    const line = body.slice(0, m.index).split('\n').length;
    // The call's own arguments, to its closing `);` (options such as concurrently sit there).
    const close = body.indexOf(');', m.index);
    const args = body.slice(m.index, close === -1 ? m.index + 400 : close);
    const concurrently = /concurrently\s*:\s*true/.test(args) ? ' CONCURRENTLY' : '';
    const sql: Record<string, string> = {
      createTable: `CREATE TABLE ${table} ()`,
      dropTable: `DROP TABLE ${table}`,
      removeColumn: `ALTER TABLE ${table} DROP COLUMN ${column ?? 'unknown_column'}`,
      renameColumn: `ALTER TABLE ${table} RENAME COLUMN ${column ?? 'unknown_column'} TO x`,
      renameTable: `ALTER TABLE ${table} RENAME TO x`,
      changeColumn: `ALTER TABLE ${table} ALTER COLUMN ${column ?? 'unknown_column'} TYPE unknown`,
      addIndex: `CREATE INDEX${concurrently} ON ${table} (…)`,
      removeIndex: `DROP INDEX${concurrently} ${column ?? `${table}_index`}`,
    };
    out.push({ file, sql: `${sql[call!]}${jsIgnoreComment(lines, line)};`, line });
  }
  return out;
}
