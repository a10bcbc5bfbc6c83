// Reads a knexfile the way the knex CLI does: knex's own loaders (rechoir + interpret, so a TypeScript
// knexfile goes through the project's ts-node, sucrase, @babel/register, ...), knex's own import-file for
// ESM, a function export awaited, and the environment picked as `--env || NODE_ENV || development`.
// It runs in a child node process in the project, so the project's code never runs inside this one.
// Only facts come back; a connection's URL or password never leaves the child.
import path from 'node:path';
import { tail } from '../../../exec/run.js';
import { MigrationToolError, runTool } from '../adapter.js';

export interface KnexfileFacts {
  /** The environment knex uses, and whether the knexfile has a section for it. */
  environment: string;
  perEnvironment: boolean;
  client?: string;
  /** As written in the knexfile (string or list), undefined when it names none. */
  directory?: string | string[];
  loadExtensions?: string[];
  tableName?: string;
  /** none: no connection configured; sqlite: a file (absolute); other: a server or a function. */
  connection: { kind: 'none' } | { kind: 'sqlite'; filename: string } | { kind: 'other' };
}

const MARK = '@@backend-ci-knexfile@@';

// CommonJS, run with `node -e`; argv: knexfile, environment.
const READER = `
const path = require('path');
const { createRequire } = require('module');
const [file, envName] = process.argv.slice(1);
const say = (o) => process.stdout.write('\\n${MARK}' + JSON.stringify(o) + '\\n');
(async () => {
  let knexDir;
  try { knexDir = path.dirname(createRequire(file).resolve('knex/package.json')); }
  catch { return say({ error: 'knex is not installed for ' + file + ': run npm install --save-dev knex (and npm ci before backend-ci)' }); }
  const fromKnex = createRequire(path.join(knexDir, 'package.json'));
  // knex 1+ depends on rechoir and interpret itself; older ones get them through liftoff.
  const find = (name) => { for (const r of [() => fromKnex, () => createRequire(fromKnex.resolve('liftoff/package.json'))]) { try { return r()(name); } catch {} } return undefined; };
  let rechoir, interpret;
  rechoir = find('rechoir');
  interpret = find('interpret');
  if (rechoir && interpret) {
    const loaded = rechoir.prepare(interpret.jsVariants, file, path.dirname(file), true);
    if (loaded instanceof Error) {
      return say({ error: 'knex found no loader for ' + path.extname(file) + ' knexfiles: install one of ' + loaded.failures.map((f) => f.moduleName).join(', ') });
    }
  } else if (!/\\.[cm]?js$/.test(file)) {
    return say({ error: 'knex has no loader for ' + path.extname(file) + ' knexfiles here (no rechoir/interpret beside knex)' });
  }
  let importFile;
  try { importFile = fromKnex('./lib/migrations/util/import-file'); } catch {}
  let all = importFile ? await importFile(file) : /\\.mjs$/.test(file) ? await import(require('url').pathToFileURL(file)) : require(file);
  if (all && all.default) all = all.default;
  if (typeof all === 'function') all = await all();
  if (!all || typeof all !== 'object') return say({ error: file + ' exports no configuration object' });
  const perEnvironment = Boolean(all[envName]);
  const c = all[envName] || all;
  const m = c.migrations || {};
  let connection = { kind: 'none' };
  const conn = c.connection;
  const sqlite = /sqlite/.test(String(c.client || c.dialect || ''));
  if (typeof conn === 'function') connection = { kind: 'other' };
  else if (sqlite && conn && typeof conn === 'object' && typeof conn.filename === 'string') connection = { kind: 'sqlite', filename: conn.filename === ':memory:' ? ':memory:' : path.resolve(path.dirname(file), conn.filename) };
  else if (typeof conn === 'string' ? conn.length > 0 : conn && typeof conn === 'object' && Object.keys(conn).length > 0) connection = { kind: 'other' };
  const client = typeof c.client === 'string' ? c.client : typeof c.dialect === 'string' ? c.dialect : undefined;
  say({ environment: envName, perEnvironment, client, directory: m.directory, loadExtensions: m.loadExtensions, tableName: m.tableName, connection });
})().catch((err) => say({ error: 'loading ' + file + ' failed: ' + (err && err.message ? err.message : String(err)) }));
`;

export async function readKnexfile(
  knexfile: string,
  environment: string,
  env: NodeJS.ProcessEnv,
): Promise<KnexfileFacts> {
  const result = await runTool(process.execPath, ['-e', READER, knexfile, environment], {
    cwd: path.dirname(knexfile),
    env,
    install: 'node is needed to read the knexfile',
  });
  const line = result.stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(MARK));
  if (!line)
    throw new MigrationToolError(
      `could not read ${knexfile} (exit ${result.code}):\n${tail(result.stderr || result.stdout, 15)}`,
    );
  const facts = JSON.parse(line.slice(MARK.length)) as KnexfileFacts & { error?: string };
  if (facts.error) throw new MigrationToolError(facts.error);
  return facts;
}

/** knex's default when a knexfile names no loadExtensions. */
export const KNEX_DEFAULT_EXTENSIONS = ['.co', '.coffee', '.eg', '.iced', '.js', '.cjs', '.litcoffee', '.ls', '.ts'];

/** The SQL dialect of a knex client name, for the lint. */
export function knexDialect(client: string | undefined): 'postgres' | 'sqlite' | 'mysql' | 'unknown' {
  if (!client) return 'unknown';
  if (/^(pg|postgres|postgresql|pgnative|cockroachdb)$/i.test(client)) return 'postgres';
  if (/sqlite/i.test(client)) return 'sqlite';
  if (/mysql|mariadb/i.test(client)) return 'mysql';
  return 'unknown';
}
