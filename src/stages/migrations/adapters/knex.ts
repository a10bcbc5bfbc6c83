// Knex has no models, so only unapplied migrations. The knexfile is read as knex reads it (environment,
// migrations.directory, loadExtensions), and `knex migrate:list` against the connection it names is the
// source of truth for what is applied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  databaseVars,
  embeddedSql,
  envVarsRead,
  jsIgnoreComment,
  localBin,
  MigrationToolError,
  noDatabaseNote,
  runTool,
  toolEnv,
  toolFailed,
  type AdapterContext,
  type Inspection,
  type MigrationAdapter,
  type MigrationFile,
} from '../adapter.js';
import { KNEX_DEFAULT_EXTENSIONS, knexDialect, readKnexfile, type KnexfileFacts } from './knexfile.js';
import { stripAnsi } from '../../../exec/ansi.js';

export const KNEXFILES = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'];
const DOWN = /\bdown\b\s*[=:(]/;
/** What a failed connection looks like in knex's drivers (pg, better-sqlite3, mysql). */
const UNREACHABLE =
  /ECONN[A-Z]+|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|Connection terminated|password authentication failed|database "[^"]*" does not exist|SQLITE_CANTOPEN|unable to open database/i;

export function findKnexfile(cwd: string): string | undefined {
  return KNEXFILES.map((f) => path.join(cwd, f)).find((f) => existsSync(f));
}

export const knexAdapter: MigrationAdapter = {
  name: 'knex',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const knexfile = findKnexfile(ctx.cwd);
    if (!knexfile) throw new MigrationToolError(`no knexfile in ${ctx.cwd} (looked for ${KNEXFILES.join(', ')})`);
    const shown = path.relative(ctx.cwd, knexfile);
    const environment = process.env.NODE_ENV || 'development';
    const env = toolEnv(ctx);
    const facts = await readKnexfile(knexfile, environment, env);
    const where = `${shown}${facts.perEnvironment ? ` (environment ${environment})` : ''}`;
    ctx.host.log.info(
      `migrations: knex reads ${where}: client ${facts.client ?? '(none)'}, migrations.directory ${JSON.stringify(facts.directory ?? './migrations (knex default)')}`,
    );
    const files = migrationFiles(ctx, knexfile, where, facts);

    const inspection: Inspection = {
      dialect: ctx.database?.dialect ?? knexDialect(facts.client),
      files,
      driftNote: 'knex has no models, so there is no drift to check',
      // Knex migrations are code; the SQL we can show and lint is what they pass to knex.raw().
      sqlOf: async (m) => {
        if (!m.file) return [];
        const text = readFileSync(m.file, 'utf8');
        return [...embeddedSql(m.file, text, ['raw'], DOWN), ...schemaBuilderSql(m.file, text)].sort(
          (a, b) => (a.line ?? 1) - (b.line ?? 1),
        );
      },
    };

    const given = Boolean(ctx.config.migrations.databaseUrl);
    const vars = envVarsRead(knexfile);
    if (given && !vars.includes('DATABASE_URL'))
      ctx.host.log.warning(
        `migrations: database-url is set, but ${shown} does not read DATABASE_URL: knex checks the connection ${shown} names`,
      );
    if (facts.connection.kind === 'none') {
      inspection.pendingNote = noDatabaseNote(shown, vars);
      return inspection;
    }
    if (
      facts.connection.kind === 'sqlite' &&
      facts.connection.filename !== ':memory:' &&
      !existsSync(facts.connection.filename)
    ) {
      // knex would create the file; an absent database has nothing applied.
      inspection.pending = files;
      inspection.pendingNote = `the SQLite database ${path.relative(ctx.cwd, facts.connection.filename)} that ${where} names does not exist yet: every migration is unapplied`;
      return inspection;
    }
    const bin = localBin(ctx.cwd, 'knex', 'knex');
    const list = await runTool(bin, ['migrate:list', '--knexfile', knexfile, '--env', environment], {
      cwd: path.dirname(knexfile),
      env,
      install: 'npm install --save-dev knex',
    });
    const output = `${list.stdout}\n${list.stderr}`;
    const pendingNames = parseMigrateList(list.stdout);
    if (list.code !== 0 || !pendingNames) {
      if (!given && UNREACHABLE.test(output)) {
        const reason = UNREACHABLE.exec(output)![0];
        inspection.pendingNote = `unapplied migrations not checked: the database that ${where} names is not reachable (${reason}); set database-url${databaseVars(vars).length ? `, or ${databaseVars(vars).join('/')} that ${shown} reads` : ''}`;
        return inspection;
      }
      throw toolFailed(`knex migrate:list --env ${environment}`, { ...list, stderr: output });
    }
    const byName = new Map(files.map((f) => [f.name, f]));
    inspection.pending = pendingNames.map((name) => byName.get(name) ?? { name });
    return inspection;
  },
};

/**
 * The migration files, from the folders the knexfile names (migrations-directory overrides it), with its
 * loadExtensions. A folder that the config names but that is missing or empty is an error: the check
 * would otherwise look at nothing and call it clean.
 */
function migrationFiles(ctx: AdapterContext, knexfile: string, where: string, facts: KnexfileFacts): MigrationFile[] {
  const override = ctx.config.migrations.directory;
  const named = override ?? facts.directory;
  const dirs = (Array.isArray(named) ? named : [named ?? './migrations']).map((d) =>
    override ? path.resolve(ctx.cwd, d) : path.resolve(path.dirname(knexfile), d),
  );
  const extensions = facts.loadExtensions ?? KNEX_DEFAULT_EXTENSIONS;
  const source = override ? 'migrations-directory' : `${where} migrations.directory`;
  const files: MigrationFile[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      if (named === undefined) continue;
      throw new MigrationToolError(`${source} names ${JSON.stringify(named)}, but ${dir} does not exist`);
    }
    const names = readdirSync(dir)
      .filter((f) => extensions.includes(path.extname(f)) && !f.endsWith('.d.ts'))
      .sort();
    if (names.length === 0 && named !== undefined)
      throw new MigrationToolError(
        `${source} names ${JSON.stringify(named)}, but ${dir} holds no migration (files ending ${extensions.join(' ')})`,
      );
    files.push(...names.map((name) => ({ name, file: path.join(dir, name) })));
  }
  return files;
}

/** The pending names `knex migrate:list` printed, or undefined when its output is not that list. */
export function parseMigrateList(stdout: string): string[] | undefined {
  const text = stripAnsi(stdout);
  if (/No Pending Migration files Found/i.test(text)) return [];
  const at = text.search(/Found \d+ Pending Migration file/i);
  if (at === -1) return undefined;
  return text
    .slice(at)
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The destructive schema-builder calls of a knex migration's up(), written as the SQL they stand for, so
 * the lint sees them: dropTable, dropColumn(s), renameColumn, renameTable.
 */
export function schemaBuilderSql(file: string, text: string): { file: string; sql: string; line: number }[] {
  const end = text.search(DOWN);
  const body = end === -1 ? text : text.slice(0, end);
  const out: { file: string; sql: string; line: number }[] = [];
  const lines = body.split('\n');
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length;
  const withIgnore = (sql: string, line: number) => sql.replace(/;$/, `${jsIgnoreComment(lines, line)};`);
  for (const m of body.matchAll(/\.(dropTable(?:IfExists)?|renameTable)\(\s*['"`]([\w.]+)['"`]/g)) {
    const line = lineAt(m.index!);
    out.push({
      file,
      sql: withIgnore(m[1] === 'renameTable' ? `ALTER TABLE ${m[2]} RENAME TO x;` : `DROP TABLE ${m[2]};`, line),
      line,
    });
  }
  // Column calls sit inside alterTable('name', (t) => ...): take the nearest table name before them.
  for (const m of body.matchAll(/\.(dropColumns?|renameColumn)\(\s*['"`]([\w.]+)['"`]/g)) {
    const before = body.slice(0, m.index!);
    const tables = [...before.matchAll(/(?:alterTable|table)\(\s*['"`]([\w.]+)['"`]/g)];
    const name = tables.at(-1)?.[1] ?? 'unknown_table';
    const line = lineAt(m.index!);
    out.push({
      file,
      sql: withIgnore(
        m[1] === 'renameColumn'
          ? `ALTER TABLE ${name} RENAME COLUMN ${m[2]} TO x;`
          : `ALTER TABLE ${name} DROP COLUMN ${m[2]};`,
        line,
      ),
      line,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}
