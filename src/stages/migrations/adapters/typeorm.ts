// TypeORM: unapplied from `typeorm migration:show`, drift from `typeorm migration:generate --check`, which
// compares the entities with a live database. That comparison is only meaningful once every migration is
// applied, so on PostgreSQL it runs against a scratch database migrated from zero, never the target.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { runProgram, tail } from '../../../exec/run.js';
import {
  databaseVars,
  embeddedSql,
  envVarsRead,
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

const DATA_SOURCE_CANDIDATES = [
  'data-source.ts',
  'data-source.js',
  'data-source.mjs',
  'src/data-source.ts',
  'src/data-source.js',
  'src/db/data-source.ts',
  'src/db/data-source.js',
  'ormconfig.ts',
  'ormconfig.js',
];

/** A file that constructs a TypeORM DataSource, for auto-detection and for `-d`. */
export function findDataSource(cwd: string): string | undefined {
  return DATA_SOURCE_CANDIDATES.map((n) => path.join(cwd, n)).find(
    (f) => existsSync(f) && /new\s+DataSource\s*\(/.test(readFileSync(f, 'utf8')),
  );
}

/** What a failed connection looks like in TypeORM's drivers. */
const UNREACHABLE =
  /ECONN[A-Z]+|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|password authentication failed|database "[^"]*" does not exist/i;

const UP_ENDS = /\basync\s+down\s*\(|\bdown\s*\(/;

export const typeormAdapter: MigrationAdapter = {
  name: 'typeorm',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const dataSource = ctx.config.migrations.dataSource
      ? path.resolve(ctx.cwd, ctx.config.migrations.dataSource)
      : findDataSource(ctx.cwd);
    if (!dataSource || !existsSync(dataSource)) {
      throw new MigrationToolError(
        `no TypeORM data source found in ${ctx.cwd} (looked for ${DATA_SOURCE_CANDIDATES.join(', ')}); set migrations.dataSource`,
      );
    }
    // TypeScript data sources need TypeORM's ts-node entry point, for the project's module system.
    const bin = dataSource.endsWith('.ts')
      ? localBin(ctx.cwd, isEsmProject(ctx.cwd) ? 'typeorm-ts-node-esm' : 'typeorm-ts-node-commonjs', 'typeorm ts-node')
      : localBin(ctx.cwd, 'typeorm', 'typeorm');
    const dialect =
      ctx.database?.dialect ??
      (/type\s*:\s*['"](postgres|sqlite|better-sqlite3|mysql)/
        .exec(readFileSync(dataSource, 'utf8'))?.[1]
        ?.replace('better-sqlite3', 'sqlite') as 'postgres' | 'sqlite' | 'mysql' | undefined) ??
      'unknown';
    const named = ctx.config.migrations.directory ? undefined : migrationsGlobDir(dataSource, ctx.cwd);
    const dir =
      named ??
      path.resolve(
        ctx.cwd,
        ctx.config.migrations.directory ??
          (existsSync(path.join(ctx.cwd, 'src', 'migrations')) ? 'src/migrations' : 'migrations'),
      );
    const files = migrationFiles(dir);
    if (named && files.length === 0) {
      throw new MigrationToolError(
        `${path.relative(ctx.cwd, dataSource)} names its migrations in ${path.relative(ctx.cwd, named) || '.'}, but ${named} ${existsSync(named) ? 'holds no migration' : 'does not exist'}`,
      );
    }
    const run = (args: string[], env = toolEnv(ctx)) =>
      runTool(bin, [...args, '-d', dataSource], { cwd: ctx.cwd, env, install: 'npm install --save-dev typeorm' });

    const inspection: Inspection = {
      dialect,
      files,
      sqlOf: async (m) => (m.file ? embeddedSql(m.file, readFileSync(m.file, 'utf8'), ['query'], UP_ENDS) : []),
    };

    const show = await run(['migration:show']);
    const pendingNames = [...show.stdout.matchAll(/^\s*\[ \]\s+(\S+)/gm)].map((m) => m[1]!);
    // TypeORM 0.3 exits 1 when migrations are pending; only a non-zero exit without a list is a failure.
    if (show.code !== 0 && pendingNames.length === 0) {
      // Both checks need a live database: without one, say what was not checked instead of failing.
      const unreachable = UNREACHABLE.exec(show.stdout + show.stderr);
      if (unreachable && !ctx.config.migrations.databaseUrl) {
        const shown = path.relative(ctx.cwd, dataSource);
        inspection.pendingNote = `unapplied migrations not checked: the database that ${shown} names is not reachable (${unreachable[0]}); set database-url${databaseVars(envVarsRead(dataSource)).length ? `, or ${databaseVars(envVarsRead(dataSource)).join('/')} that ${shown} reads` : ''}`;
        inspection.driftNote = 'drift not checked: typeorm compares the entities with a live database';
        return inspection;
      }
      throw toolFailed('typeorm migration:show', show);
    }
    inspection.pending = pendingNames.map((name) => files.find((f) => f.name === name) ?? { name });

    const url = ctx.config.migrations.databaseUrl;
    if (ctx.database?.dialect === 'postgres' && url) {
      inspection.drift = await withScratchDatabase(url, async (scratchUrl) => {
        const env = { ...toolEnv(ctx), DATABASE_URL: scratchUrl };
        const migrated = await run(['migration:run'], env);
        if (migrated.code !== 0) throw toolFailed('typeorm migration:run on a scratch database', migrated);
        return generateCheck(run, env);
      });
    } else if (pendingNames.length === 0) {
      inspection.drift = await generateCheck(run, toolEnv(ctx));
    } else {
      inspection.driftNote =
        'drift not checked: the target has unapplied migrations, and a scratch database needs a PostgreSQL database-url';
    }
    return inspection;
  },
};

async function generateCheck(
  run: (args: string[], env?: NodeJS.ProcessEnv) => ReturnType<typeof runTool>,
  env: NodeJS.ProcessEnv,
) {
  // The path argument is required, but with --check nothing is written.
  const result = await run(['migration:generate', '--check', 'backend-ci-drift-check'], env);
  if (result.code === 0) return null;
  const output = result.stdout + result.stderr;
  if (!/Unexpected changes in database schema/i.test(output))
    throw toolFailed('typeorm migration:generate --check', result);
  // The printed migration's up() holds the SQL; down() undoes it.
  const downAt = output.search(/down\s*\(/);
  const up = downAt === -1 ? output : output.slice(0, downAt);
  const statements = [...up.matchAll(/query\(`((?:[^`\\]|\\.)*)`\)/g)].map((m) => `${m[1]};`);
  return { changes: ['entities differ from the migrated schema'], sql: statements.join('\n') };
}

/**
 * The folder of the data source's `migrations: ['dir/*.js']` (also `__dirname + '/dir/*.ts'` and
 * `${__dirname}/dir/*.{ts,js}`), resolved as TypeORM does: plain globs from the working directory,
 * __dirname ones from the data source's folder. Undefined when it names none or a class list.
 */
export function migrationsGlobDir(dataSource: string, cwd: string): string | undefined {
  const text = readFileSync(dataSource, 'utf8');
  const list = /\bmigrations\s*:\s*\[([^\]]*)\]/.exec(text)?.[1];
  if (!list) return undefined;
  const m = /(__dirname\s*\+\s*)?["'`](\$\{__dirname\})?([^"'`]+)["'`]/.exec(list);
  if (!m) return undefined;
  const glob = m[3]!.split(/[*{?[]/)[0]!;
  const folder = glob.endsWith('/') ? glob : path.dirname(glob);
  return m[1] || m[2] ? path.join(path.dirname(dataSource), folder) : path.resolve(cwd, folder);
}

function isEsmProject(cwd: string): boolean {
  const manifest = path.join(cwd, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type === 'module';
  } catch {
    return false;
  }
}

function migrationFiles(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(?:[cm]?js|ts)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const name =
        /\bname\s*=\s*['"](\w+)['"]/.exec(readFileSync(file, 'utf8'))?.[1] ??
        /class\s+(\w+)/.exec(readFileSync(file, 'utf8'))?.[1] ??
        f;
      return { name, file };
    });
}

/** Creates an empty database beside the target on the same server, runs fn with its URL, drops it. */
async function withScratchDatabase<T>(url: string, fn: (scratchUrl: string) => Promise<T>): Promise<T> {
  const name = `backend_ci_scratch_${randomBytes(6).toString('hex')}`;
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const psql = async (sql: string) => {
    const r = await runProgram('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', sql], {
      timeoutMs: 60_000,
    }).catch((err: Error) => {
      throw new MigrationToolError(
        `psql is needed to create a scratch database (apt-get install postgresql-client): ${err.message}`,
      );
    });
    if (r.code !== 0)
      throw new MigrationToolError(
        `could not ${sql.split(' ').slice(0, 2).join(' ').toLowerCase()} for the drift check (the database user needs CREATEDB): ${tail(r.stderr, 5)}`,
      );
  };
  await psql(`CREATE DATABASE ${name}`);
  try {
    return await fn(scratch.toString());
  } finally {
    await psql(`DROP DATABASE IF EXISTS ${name}`);
  }
}
