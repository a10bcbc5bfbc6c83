export const id = 651;
export const ids = [651];
export const modules = {

/***/ 27651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  describeCode: () => (/* binding */ describeCode),
  inspectMigrations: () => (/* binding */ inspectMigrations),
  migrationsCommand: () => (/* binding */ migrationsCommand),
  migrationsStage: () => (/* binding */ migrationsStage),
  toOutcome: () => (/* binding */ toOutcome)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/exec/run.js
var run = __webpack_require__(95676);
// EXTERNAL MODULE: ./.build/src/pipeline/stage.js
var stage = __webpack_require__(58992);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./.build/src/stages/migrations/adapter.js
// What every migration tool adapter tells the stage, in one shape: the migration files it knows, which
// are not applied to the target database, whether the models changed without a migration, and the SQL
// of a migration for the plan and the lint.



/** A migration tool failed or could not run; the stage reports it with exit code 1. */
class MigrationToolError extends Error {
    name = 'MigrationToolError';
}
const TOOL_TIMEOUT_MS = 180_000;
/** Path of a tool installed in the project's node_modules, or a MigrationToolError naming what to install. */
function localBin(cwd, bin, pkg) {
    let dir = cwd;
    for (;;) {
        const candidate = external_node_path_.join(dir, 'node_modules', '.bin', bin);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    throw new MigrationToolError(`${bin} is not installed in ${cwd}: run \`npm install --save-dev ${pkg}\` (and npm ci before backend-ci)`);
}
/** Runs a migration tool; a missing program or a timeout becomes a MigrationToolError with a hint. */
async function runTool(program, args, options) {
    let result;
    try {
        result = await (0,run/* runProgram */.mB)(program, args, { timeoutMs: TOOL_TIMEOUT_MS, ...options });
    }
    catch (err) {
        if (err instanceof run/* ProgramNotFoundError */.oo)
            throw new MigrationToolError(`${program} was not found: ${options.install}`);
        throw err;
    }
    if (result.timedOut) {
        throw new MigrationToolError(`${external_node_path_.basename(program)} ${args[0] ?? ''} did not finish within ${TOOL_TIMEOUT_MS / 1000}s (is it waiting for an answer on the terminal?):\n${(0,run/* tail */.RT)(result.stdout + result.stderr, 15)}`);
    }
    return result;
}
/** A MigrationToolError for a tool that exited with an unexpected code, carrying the tail of its stderr. */
function toolFailed(what, result) {
    const output = (0,run/* tail */.RT)(result.stderr.trim() ? result.stderr : result.stdout, 20);
    return new MigrationToolError(`${what} failed (exit ${result.code ?? result.signal}):\n${output}`);
}
/** The environment a tool runs with: the service's own, plus DATABASE_URL when one was given. */
function toolEnv(ctx) {
    const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
    if (ctx.config.migrations.databaseUrl)
        env.DATABASE_URL = ctx.config.migrations.databaseUrl;
    return env;
}
/**
 * SQL strings inside a JS/TS migration: the first argument of `.query(` / `.raw(` calls, when it is a
 * string literal (template literals without ${} included), with the line each starts on.
 */
function embeddedSql(file, text, calls, stopAt) {
    const end = stopAt ? text.search(stopAt) : -1;
    const body = end === -1 ? text : text.slice(0, end);
    const out = [];
    const lines = body.split('\n');
    const pattern = new RegExp(`\\.(?:${calls.join('|')})\\(\\s*(\`(?:[^\`\\\\]|\\\\.)*\`|'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`, 'g');
    for (const m of body.matchAll(pattern)) {
        const literal = m[1];
        if (literal.startsWith('`') && literal.includes('${'))
            continue;
        const offset = m.index + m[0].length - literal.length;
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
function jsIgnoreComment(lines, line) {
    const ignore = /\/\/\s*(backend-ci-ignore:.*)$/.exec(lines[line - 2] ?? '')?.[1];
    return ignore ? ` -- ${ignore.trim()}\n` : '';
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/adapters/django.js
// Django: drift from `makemigrations --check --dry-run --noinput`, unapplied from `showmigrations --plan`,
// the SQL plan from `sqlmigrate`. The interpreter is configurable because the one that has Django is often
// not the first python3 on PATH.



const djangoAdapter = {
    name: 'django',
    async inspect(ctx) {
        const python = ctx.config.migrations.python;
        const manage = external_node_path_.join(ctx.cwd, 'manage.py');
        if (!(0,external_node_fs_.existsSync)(manage))
            throw new MigrationToolError(`no manage.py in ${ctx.cwd}`);
        const install = `install Python 3 with Django, or set migrations.python (input 'python') to the interpreter that has it`;
        const run = (args) => runTool(python, ['manage.py', ...args], { cwd: ctx.cwd, env: toolEnv(ctx), install });
        const vendor = await run(['shell', '-c', 'from django.db import connection; print(connection.vendor)']);
        if (vendor.code !== 0) {
            if (/No module named '?django/i.test(vendor.stderr))
                throw new MigrationToolError(`${python} cannot import Django: ${install}`);
            throw toolFailed(`${python} manage.py shell`, vendor);
        }
        const v = vendor.stdout.trim().split('\n').pop();
        const dialect = v === 'postgresql' ? 'postgres' : v === 'sqlite' ? 'sqlite' : v === 'mysql' ? 'mysql' : 'unknown';
        const plan = await run(['showmigrations', '--plan']);
        if (plan.code !== 0)
            throw toolFailed(`${python} manage.py showmigrations --plan`, plan);
        const all = [...plan.stdout.matchAll(/^\[([ X])\]\s+(\w+)\.(\w+)/gm)].map((m) => ({ applied: m[1] === 'X', migration: { name: `${m[2]}.${m[3]}`, file: findMigrationFile(ctx.cwd, m[2], m[3]) } }));
        const drift = await run(['makemigrations', '--check', '--dry-run', '--noinput']);
        const output = drift.stdout + drift.stderr;
        let driftResult = null;
        if (drift.code !== 0) {
            if (!/Migrations for '/.test(output))
                throw toolFailed(`${python} manage.py makemigrations --check`, drift);
            driftResult = { changes: output.split('\n').filter((l) => /^\s+(?:- |\S+\/migrations\/)/.test(l)).map((l) => l.trim()) };
        }
        return {
            dialect,
            files: all.map((a) => a.migration),
            pending: all.filter((a) => !a.applied).map((a) => a.migration),
            drift: driftResult,
            sqlOf: async (m) => {
                const [app, name] = m.name.split('.');
                const sql = await run(['sqlmigrate', app, name]);
                if (sql.code !== 0)
                    throw toolFailed(`${python} manage.py sqlmigrate ${app} ${name}`, sql);
                // Django migrations are Python; findings point at the migration file's first line.
                return [{ file: m.file ?? external_node_path_.join(ctx.cwd, `${app}/migrations/${name}.py`), sql: sql.stdout.replace(/^(BEGIN|COMMIT);$/gm, ''), line: 1, pinLine: true }];
            },
        };
    },
};
/** <app>/migrations/<name>.py at the service root or one folder down (src/<app>, apps/<app>). */
function findMigrationFile(cwd, app, name) {
    const direct = external_node_path_.join(cwd, app, 'migrations', `${name}.py`);
    if ((0,external_node_fs_.existsSync)(direct))
        return direct;
    for (const entry of (0,external_node_fs_.readdirSync)(cwd, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const nested = external_node_path_.join(cwd, entry.name, app, 'migrations', `${name}.py`);
        if ((0,external_node_fs_.existsSync)(nested))
            return nested;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./.build/src/stages/migrations/database.js
// Reads migration bookkeeping tables from the target database with the database's own client program
// (sqlite3, psql), so the check needs no driver in this package and runs what a developer would run.



class DatabaseQueryError extends Error {
    name = 'DatabaseQueryError';
}
/**
 * Understands postgres://, postgresql://, file:<path>, sqlite:<path>, sqlite:///<path> and a bare path to
 * an SQLite file. Relative SQLite paths are resolved against the service folder.
 */
function parseDatabaseUrl(url, cwd) {
    if (/^postgres(?:ql)?:\/\//i.test(url))
        return { dialect: 'postgres', location: url };
    const file = url.replace(/^sqlite:\/\//i, '').replace(/^(?:file|sqlite):/i, '');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && file === url) {
        throw new DatabaseQueryError(`database-url: unsupported scheme in '${url.split(':')[0]}://…'; expected postgres://, postgresql://, file:, sqlite: or a path to an SQLite file`);
    }
    return { dialect: 'sqlite', location: external_node_path_.resolve(cwd, file) };
}
const TIMEOUT_MS = 60_000;
/** Runs a read-only query and returns rows as arrays of strings. */
async function query(target, sql) {
    if (target.dialect === 'sqlite') {
        // A missing file is an empty database: nothing applied yet. Opening it read-only never creates it.
        if (!(0,external_node_fs_.existsSync)(target.location))
            return [];
        const result = await database_run('sqlite3', ['-readonly', '-batch', '-noheader', '-separator', '\t', target.location, sql], 'sqlite3 (apt-get install sqlite3)');
        return rows(result);
    }
    const result = await database_run('psql', ['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', target.location, '-c', sql], 'psql (apt-get install postgresql-client)');
    return rows(result);
}
/** Whether a table exists; `schema` only matters on PostgreSQL. */
async function tableExists(target, table, schema = 'public') {
    if (target.dialect === 'sqlite') {
        return (await query(target, `SELECT name FROM sqlite_master WHERE type='table' AND name='${table.replaceAll("'", "''")}'`)).length > 0;
    }
    const found = await query(target, `SELECT to_regclass('${`"${schema}"."${table}"`.replaceAll("'", "''")}') IS NOT NULL`);
    return found[0]?.[0] === 't';
}
async function database_run(program, args, install) {
    let result;
    try {
        result = await (0,run/* runProgram */.mB)(program, args, { timeoutMs: TIMEOUT_MS });
    }
    catch (err) {
        if (err instanceof run/* ProgramNotFoundError */.oo)
            throw new run/* ProgramNotFoundError */.oo(program, `install ${install} to read the migrations table`);
        throw err;
    }
    if (result.timedOut)
        throw new DatabaseQueryError(`${program} did not answer within ${TIMEOUT_MS / 1000}s`);
    if (result.code !== 0)
        throw new DatabaseQueryError(`${program} failed (exit ${result.code}): ${(0,run/* tail */.RT)(result.stderr, 5)}`);
    return result;
}
function rows(result) {
    return result.stdout
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => l.split('\t'));
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/adapters/drizzle.js
// Drizzle: drift by running `drizzle-kit generate` against a scratch copy of the migrations folder (the
// repository is never written), unapplied by comparing meta/_journal.json with __drizzle_migrations.





const DRIZZLE_CONFIGS = ['drizzle.config.ts', 'drizzle.config.mts', 'drizzle.config.js', 'drizzle.config.mjs', 'drizzle.config.cjs', 'drizzle.config.json'];
function findDrizzleConfig(cwd) {
    return DRIZZLE_CONFIGS.map((n) => external_node_path_.join(cwd, n)).find((f) => (0,external_node_fs_.existsSync)(f));
}
/** `out` and `dialect` as written in the config; the config is code, so this reads the literal values. */
function readConfigFacts(configFile) {
    const text = (0,external_node_fs_.readFileSync)(configFile, 'utf8');
    const out = /\bout["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(text)?.[1] ?? 'drizzle';
    const d = /\bdialect["']?\s*:\s*["'`](\w+)["'`]/.exec(text)?.[1];
    const dialect = d === 'postgresql' ? 'postgres' : d === 'sqlite' || d === 'turso' ? 'sqlite' : d === 'mysql' ? 'mysql' : 'unknown';
    return { out, dialect };
}
const drizzleAdapter = {
    name: 'drizzle',
    async inspect(ctx) {
        const configFile = findDrizzleConfig(ctx.cwd);
        if (!configFile)
            throw new MigrationToolError(`no drizzle config in ${ctx.cwd} (looked for ${DRIZZLE_CONFIGS.join(', ')})`);
        const { out, dialect } = readConfigFacts(configFile);
        const outDir = external_node_path_.resolve(ctx.cwd, out);
        const journal = readJournal(outDir);
        const files = journal.map((e) => ({ name: e.tag, file: external_node_path_.join(outDir, `${e.tag}.sql`) }));
        const inspection = {
            dialect: ctx.database?.dialect ?? dialect,
            files,
            // The breakpoint markers are comments for drizzle's migrator; the plan reads better without them.
            sqlOf: async (m) => (m.file && (0,external_node_fs_.existsSync)(m.file) ? [{ file: m.file, sql: (0,external_node_fs_.readFileSync)(m.file, 'utf8').replace(/-->\s*statement-breakpoint/g, '') }] : []),
        };
        inspection.drift = await checkDrift(ctx, configFile, outDir);
        if (ctx.database) {
            const table = '__drizzle_migrations';
            const schema = 'drizzle';
            const qualified = ctx.database.dialect === 'postgres' ? `"${schema}"."${table}"` : `"${table}"`;
            const exists = await tableExists(ctx.database, table, schema);
            // The migrator applies every journal entry newer than the newest created_at it recorded.
            const last = exists ? Number((await query(ctx.database, `SELECT MAX(created_at) FROM ${qualified}`))[0]?.[0] || 0) : 0;
            inspection.pending = journal.filter((e) => e.when > last).map((e) => ({ name: e.tag, file: external_node_path_.join(outDir, `${e.tag}.sql`) }));
        }
        else {
            inspection.pendingNote = 'no database-url given: unapplied migrations not checked';
        }
        return inspection;
    },
};
function readJournal(outDir) {
    const file = external_node_path_.join(outDir, 'meta', '_journal.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return [];
    try {
        const journal = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return [...(journal.entries ?? [])].sort((a, b) => a.idx - b.idx);
    }
    catch (err) {
        throw new MigrationToolError(`${file}: not valid JSON (${err.message})`);
    }
}
async function checkDrift(ctx, configFile, outDir) {
    const bin = localBin(ctx.cwd, 'drizzle-kit', 'drizzle-kit');
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'backend-ci-drizzle-'));
    try {
        const scratchOut = external_node_path_.join(scratch, 'out');
        if ((0,external_node_fs_.existsSync)(outDir))
            (0,external_node_fs_.cpSync)(outDir, scratchOut, { recursive: true });
        const before = new Set(sqlFiles(scratchOut));
        // drizzle-kit refuses --out together with --config, so a generated config extends the project's one.
        // It prefixes "./" to out, hence a path relative to the service folder.
        const scratchConfig = external_node_path_.join(scratch, `drizzle.config${external_node_path_.extname(configFile) === '.json' ? '.json' : '.ts'}`);
        const relOut = external_node_path_.relative(ctx.cwd, scratchOut);
        if (configFile.endsWith('.json')) {
            (0,external_node_fs_.writeFileSync)(scratchConfig, JSON.stringify({ ...JSON.parse((0,external_node_fs_.readFileSync)(configFile, 'utf8')), out: relOut }));
        }
        else {
            (0,external_node_fs_.writeFileSync)(scratchConfig, `import config from ${JSON.stringify(configFile)};\nexport default { ...config, out: ${JSON.stringify(relOut)} };\n`);
        }
        const result = await runTool(bin, ['generate', '--config', scratchConfig], { cwd: ctx.cwd, env: toolEnv(ctx), install: 'npm install --save-dev drizzle-kit' });
        const output = result.stdout + result.stderr;
        const created = sqlFiles(scratchOut).filter((f) => !before.has(f));
        // An add plus a removal makes drizzle-kit ask whether it is a rename, which it cannot do without a
        // terminal: the schema has changed, and only a person can write that migration.
        if (/Interactive prompts require a TTY/i.test(output)) {
            return { changes: ['a column or table was removed and another added: run `drizzle-kit generate` in a terminal to answer whether it is a rename, and commit the migration'] };
        }
        // drizzle-kit exits 0 even when it rejects its input, so success is read from what it wrote and said.
        if (result.code !== 0 || (created.length === 0 && !/No schema changes/i.test(output)))
            throw toolFailed('drizzle-kit generate', { ...result, stderr: output });
        if (created.length === 0)
            return null;
        const sql = created.map((f) => (0,external_node_fs_.readFileSync)(external_node_path_.join(scratchOut, f), 'utf8')).join('\n');
        // The scratch file's name (a random drizzle-kit name) tells a reader nothing: name the changes by the
        // statements the missing migration would run, one line each.
        const statements = sql
            .split(/--> statement-breakpoint|;\s*$/m)
            .map((s) => s.replace(/\s+/g, ' ').trim())
            .filter(Boolean);
        return { changes: statements.length ? statements : created, sql };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
function sqlFiles(dir) {
    return (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).filter((f) => f.endsWith('.sql')).sort() : [];
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/adapters/knex.js
// Knex has no models, so only unapplied migrations: the knex_migrations table against the migrations folder.




const KNEXFILES = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'];
const DOWN = /\bdown\b\s*[=:(]/;
const MIGRATION_EXT = /\.(?:[cm]?js|ts)$/;
const knexAdapter = {
    name: 'knex',
    async inspect(ctx) {
        const dir = external_node_path_.resolve(ctx.cwd, ctx.config.migrations.directory ?? 'migrations');
        const names = (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).filter((f) => MIGRATION_EXT.test(f) && !f.endsWith('.d.ts')).sort() : [];
        const files = names.map((name) => ({ name, file: external_node_path_.join(dir, name) }));
        const inspection = {
            dialect: ctx.database?.dialect ?? 'unknown',
            files,
            driftNote: 'knex has no models, so there is no drift to check',
            // Knex migrations are code; the SQL we can show and lint is what they pass to knex.raw().
            sqlOf: async (m) => {
                if (!m.file)
                    return [];
                const text = (0,external_node_fs_.readFileSync)(m.file, 'utf8');
                return [...embeddedSql(m.file, text, ['raw'], DOWN), ...schemaBuilderSql(m.file, text)].sort((a, b) => (a.line ?? 1) - (b.line ?? 1));
            },
        };
        if (ctx.database) {
            const applied = (await tableExists(ctx.database, 'knex_migrations')) ? new Set((await query(ctx.database, 'SELECT name FROM knex_migrations')).map((r) => r[0])) : new Set();
            inspection.pending = files.filter((f) => !applied.has(f.name));
        }
        else {
            inspection.pendingNote = 'no database-url given: unapplied migrations not checked';
        }
        return inspection;
    },
};
/**
 * The destructive schema-builder calls of a knex migration's up(), written as the SQL they stand for, so
 * the lint sees them: dropTable, dropColumn(s), renameColumn, renameTable.
 */
function schemaBuilderSql(file, text) {
    const end = text.search(DOWN);
    const body = end === -1 ? text : text.slice(0, end);
    const out = [];
    const lines = body.split('\n');
    const lineAt = (offset) => body.slice(0, offset).split('\n').length;
    const withIgnore = (sql, line) => sql.replace(/;$/, `${jsIgnoreComment(lines, line)};`);
    for (const m of body.matchAll(/\.(dropTable(?:IfExists)?|renameTable)\(\s*['"`]([\w.]+)['"`]/g)) {
        const line = lineAt(m.index);
        out.push({ file, sql: withIgnore(m[1] === 'renameTable' ? `ALTER TABLE ${m[2]} RENAME TO x;` : `DROP TABLE ${m[2]};`, line), line });
    }
    // Column calls sit inside alterTable('name', (t) => ...): take the nearest table name before them.
    for (const m of body.matchAll(/\.(dropColumns?|renameColumn)\(\s*['"`]([\w.]+)['"`]/g)) {
        const before = body.slice(0, m.index);
        const tables = [...before.matchAll(/(?:alterTable|table)\(\s*['"`]([\w.]+)['"`]/g)];
        const name = tables.at(-1)?.[1] ?? 'unknown_table';
        const line = lineAt(m.index);
        out.push({ file, sql: withIgnore(m[1] === 'renameColumn' ? `ALTER TABLE ${name} RENAME COLUMN ${m[2]} TO x;` : `ALTER TABLE ${name} DROP COLUMN ${m[2]};`, line), line });
    }
    return out.sort((a, b) => a.line - b.line);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./.build/src/stages/migrations/adapters/typeorm.js
// TypeORM: unapplied from `typeorm migration:show`, drift from `typeorm migration:generate --check`, which
// compares the entities with a live database. That comparison is only meaningful once every migration is
// applied, so on PostgreSQL it runs against a scratch database migrated from zero, never the target.





const DATA_SOURCE_CANDIDATES = ['data-source.ts', 'data-source.js', 'data-source.mjs', 'src/data-source.ts', 'src/data-source.js', 'src/db/data-source.ts', 'src/db/data-source.js', 'ormconfig.ts', 'ormconfig.js'];
/** A file that constructs a TypeORM DataSource, for auto-detection and for `-d`. */
function findDataSource(cwd) {
    return DATA_SOURCE_CANDIDATES.map((n) => external_node_path_.join(cwd, n)).find((f) => (0,external_node_fs_.existsSync)(f) && /new\s+DataSource\s*\(/.test((0,external_node_fs_.readFileSync)(f, 'utf8')));
}
const UP_ENDS = /\basync\s+down\s*\(|\bdown\s*\(/;
const typeormAdapter = {
    name: 'typeorm',
    async inspect(ctx) {
        const dataSource = ctx.config.migrations.dataSource ? external_node_path_.resolve(ctx.cwd, ctx.config.migrations.dataSource) : findDataSource(ctx.cwd);
        if (!dataSource || !(0,external_node_fs_.existsSync)(dataSource)) {
            throw new MigrationToolError(`no TypeORM data source found in ${ctx.cwd} (looked for ${DATA_SOURCE_CANDIDATES.join(', ')}); set migrations.dataSource`);
        }
        // TypeScript data sources need TypeORM's ts-node entry point, for the project's module system.
        const bin = dataSource.endsWith('.ts') ? localBin(ctx.cwd, isEsmProject(ctx.cwd) ? 'typeorm-ts-node-esm' : 'typeorm-ts-node-commonjs', 'typeorm ts-node') : localBin(ctx.cwd, 'typeorm', 'typeorm');
        const dialect = ctx.database?.dialect ?? /type\s*:\s*['"](postgres|sqlite|better-sqlite3|mysql)/.exec((0,external_node_fs_.readFileSync)(dataSource, 'utf8'))?.[1]?.replace('better-sqlite3', 'sqlite') ?? 'unknown';
        const dir = external_node_path_.resolve(ctx.cwd, ctx.config.migrations.directory ?? ((0,external_node_fs_.existsSync)(external_node_path_.join(ctx.cwd, 'src', 'migrations')) ? 'src/migrations' : 'migrations'));
        const files = migrationFiles(dir);
        const run = (args, env = toolEnv(ctx)) => runTool(bin, [...args, '-d', dataSource], { cwd: ctx.cwd, env, install: 'npm install --save-dev typeorm' });
        const inspection = {
            dialect,
            files,
            sqlOf: async (m) => (m.file ? embeddedSql(m.file, (0,external_node_fs_.readFileSync)(m.file, 'utf8'), ['query'], UP_ENDS) : []),
        };
        const show = await run(['migration:show']);
        const pendingNames = [...show.stdout.matchAll(/^\s*\[ \]\s+(\S+)/gm)].map((m) => m[1]);
        // TypeORM 0.3 exits 1 when migrations are pending; only a non-zero exit without a list is a failure.
        if (show.code !== 0 && pendingNames.length === 0)
            throw toolFailed('typeorm migration:show', show);
        inspection.pending = pendingNames.map((name) => files.find((f) => f.name === name) ?? { name });
        const url = ctx.config.migrations.databaseUrl;
        if (ctx.database?.dialect === 'postgres' && url) {
            inspection.drift = await withScratchDatabase(url, async (scratchUrl) => {
                const env = { ...toolEnv(ctx), DATABASE_URL: scratchUrl };
                const migrated = await run(['migration:run'], env);
                if (migrated.code !== 0)
                    throw toolFailed('typeorm migration:run on a scratch database', migrated);
                return generateCheck(run, env);
            });
        }
        else if (pendingNames.length === 0) {
            inspection.drift = await generateCheck(run, toolEnv(ctx));
        }
        else {
            inspection.driftNote = 'drift not checked: the target has unapplied migrations, and a scratch database needs a PostgreSQL database-url';
        }
        return inspection;
    },
};
async function generateCheck(run, env) {
    // The path argument is required, but with --check nothing is written.
    const result = await run(['migration:generate', '--check', 'backend-ci-drift-check'], env);
    if (result.code === 0)
        return null;
    const output = result.stdout + result.stderr;
    if (!/Unexpected changes in database schema/i.test(output))
        throw toolFailed('typeorm migration:generate --check', result);
    // The printed migration's up() holds the SQL; down() undoes it.
    const downAt = output.search(/down\s*\(/);
    const up = downAt === -1 ? output : output.slice(0, downAt);
    const statements = [...up.matchAll(/query\(`((?:[^`\\]|\\.)*)`\)/g)].map((m) => `${m[1]};`);
    return { changes: ['entities differ from the migrated schema'], sql: statements.join('\n') };
}
function isEsmProject(cwd) {
    const manifest = external_node_path_.join(cwd, 'package.json');
    if (!(0,external_node_fs_.existsSync)(manifest))
        return false;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8')).type === 'module';
    }
    catch {
        return false;
    }
}
function migrationFiles(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => /\.(?:[cm]?js|ts)$/.test(f) && !f.endsWith('.d.ts'))
        .sort()
        .map((f) => {
        const file = external_node_path_.join(dir, f);
        const name = /\bname\s*=\s*['"](\w+)['"]/.exec((0,external_node_fs_.readFileSync)(file, 'utf8'))?.[1] ?? /class\s+(\w+)/.exec((0,external_node_fs_.readFileSync)(file, 'utf8'))?.[1] ?? f;
        return { name, file };
    });
}
/** Creates an empty database beside the target on the same server, runs fn with its URL, drops it. */
async function withScratchDatabase(url, fn) {
    const name = `backend_ci_scratch_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    const scratch = new URL(url);
    scratch.pathname = `/${name}`;
    const psql = async (sql) => {
        const r = await (0,run/* runProgram */.mB)('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', sql], { timeoutMs: 60_000 }).catch((err) => {
            throw new MigrationToolError(`psql is needed to create a scratch database (apt-get install postgresql-client): ${err.message}`);
        });
        if (r.code !== 0)
            throw new MigrationToolError(`could not ${sql.split(' ').slice(0, 2).join(' ').toLowerCase()} for the drift check (the database user needs CREATEDB): ${(0,run/* tail */.RT)(r.stderr, 5)}`);
    };
    await psql(`CREATE DATABASE ${name}`);
    try {
        return await fn(scratch.toString());
    }
    finally {
        await psql(`DROP DATABASE IF EXISTS ${name}`);
    }
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/adapters/command.js
// Any migration check that follows the exit-code contract: 0 clean, 1 tool error, 2 unapplied,
// 3 model changes without a migration, 4 destructive or locking SQL. It is the user's own command, so it
// runs in a shell; values from the run reach it only through environment variables (DATABASE_URL).


async function runMigrationCommand(ctx) {
    const command = ctx.config.migrations.command;
    if (!command)
        throw new MigrationToolError("the command adapter needs migrations.command (input 'migrations-command')");
    const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
    const args = process.platform === 'win32' ? ['/d', '/s', '/c', command] : ['-c', command];
    const result = await (0,run/* runProgram */.mB)(shell, args, {
        cwd: ctx.cwd,
        env: toolEnv(ctx),
        timeoutMs: TOOL_TIMEOUT_MS,
        onStdout: (c) => ctx.host.log.info(c.trimEnd()),
        onStderr: (c) => ctx.host.log.info(c.trimEnd()),
    });
    const output = (0,run/* tail */.RT)(`${result.stdout}\n${result.stderr}`.trim(), 20);
    if (result.timedOut)
        throw new MigrationToolError(`'${command}' did not finish within ${TOOL_TIMEOUT_MS / 1000}s:\n${output}`);
    const code = result.code ?? 1;
    // Anything outside the contract (a crash, 127 for command not found) is a tool error.
    return { command, code: code >= 0 && code <= 4 ? code : 1, output };
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/detect.js
// Picks the migration adapter from what the repository contains, and says why.





function detectAdapter(cwd, configured, command) {
    if (configured !== 'auto')
        return { adapter: configured, reason: `set by migrations.adapter` };
    if (command)
        return { adapter: 'command', reason: 'migrations.command is set' };
    const drizzle = findDrizzleConfig(cwd);
    if (drizzle)
        return { adapter: 'drizzle', reason: `found ${external_node_path_.basename(drizzle)}` };
    const knexfile = KNEXFILES.find((f) => (0,external_node_fs_.existsSync)(external_node_path_.join(cwd, f)));
    if (knexfile)
        return { adapter: 'knex', reason: `found ${knexfile}` };
    const dataSource = findDataSource(cwd);
    if (dataSource)
        return { adapter: 'typeorm', reason: `found a TypeORM DataSource in ${external_node_path_.relative(cwd, dataSource)}` };
    if ((0,external_node_fs_.existsSync)(external_node_path_.join(cwd, 'manage.py')))
        return { adapter: 'django', reason: 'found manage.py' };
    return { adapter: 'none', reason: `no drizzle.config.*, knexfile.*, TypeORM data source or manage.py in ${cwd}` };
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/sql/split.js
// Splits a migration file into SQL statements, keeping each statement's starting line so findings can
// point at file:line. Quotes, comments and PostgreSQL dollar-quoted bodies are respected, so a semicolon
// inside a string or a function body does not end a statement.
const IGNORE = /--\s*backend-ci-ignore:\s*([\w\-, ]+)/g;
function splitSql(source, firstLine = 1) {
    const out = [];
    let start = 0;
    let line = firstLine;
    let statementLine;
    let i = 0;
    const push = (end) => {
        const raw = source.slice(start, end);
        if (statementLine !== undefined) {
            const ignored = new Set();
            for (const m of raw.matchAll(IGNORE))
                for (const rule of m[1].split(','))
                    if (rule.trim())
                        ignored.add(rule.trim());
            out.push({ text: raw.trim(), line: statementLine, ignored });
        }
        start = end + 1;
        statementLine = undefined;
    };
    const mark = () => {
        if (statementLine === undefined)
            statementLine = line;
    };
    while (i < source.length) {
        const c = source[i];
        const next = source[i + 1];
        if (c === '\n') {
            line++;
            i++;
            continue;
        }
        if (c === '-' && next === '-') {
            const end = source.indexOf('\n', i);
            i = end === -1 ? source.length : end;
            continue;
        }
        if (c === '/' && next === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end === -1 ? source.length : end + 2;
            line += countLines(source, i, stop);
            i = stop;
            continue;
        }
        if (c === "'" || c === '"' || c === '`') {
            mark();
            let j = i + 1;
            while (j < source.length) {
                if (source[j] === c) {
                    if (source[j + 1] === c)
                        j += 2; // doubled quote is an escaped quote
                    else
                        break;
                }
                else if (source[j] === '\\' && c === "'" && /[eE]/.test(source[i - 1] ?? ''))
                    j += 2; // E'..\'..'
                else
                    j++;
            }
            line += countLines(source, i, j);
            i = j + 1;
            continue;
        }
        if (c === '$') {
            const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(source.slice(i, i + 64));
            if (tag && !/[A-Za-z0-9_]/.test(source[i - 1] ?? '')) {
                mark();
                const close = source.indexOf(tag[0], i + tag[0].length);
                const stop = close === -1 ? source.length : close + tag[0].length;
                line += countLines(source, i, stop);
                i = stop;
                continue;
            }
        }
        if (c === ';') {
            push(i);
            i++;
            continue;
        }
        if (!/\s/.test(c))
            mark();
        i++;
    }
    push(source.length);
    return out;
}
function countLines(text, from, to) {
    let n = 0;
    for (let k = from; k < to && k < text.length; k++)
        if (text[k] === '\n')
            n++;
    return n;
}
/** The statement with comments removed and whitespace collapsed, for rule matching. */
function normalizeSql(text) {
    return text
        .replace(/--[^\n]*/g, ' ')
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/sql/lint.js
// Destructive and locking SQL rules for new migrations. Each finding says why the statement is dangerous
// for a service that keeps running while it migrates, and how to get the same result safely.

const LINT_RULES = [
    'drop-table',
    'table-rebuild',
    'drop-column',
    'rename',
    'column-type-change',
    'not-null-without-default',
    'set-not-null',
    'index-without-concurrently',
    'drop-index-without-concurrently',
    'foreign-key-validating',
    'truncate',
    'delete-without-where',
];
const DEFAULT_SEVERITY = {
    'drop-table': 'error',
    'table-rebuild': 'error',
    'drop-column': 'error',
    rename: 'error',
    'column-type-change': 'error',
    'not-null-without-default': 'error',
    'set-not-null': 'warning',
    'index-without-concurrently': 'error',
    'drop-index-without-concurrently': 'warning',
    'foreign-key-validating': 'warning',
    truncate: 'error',
    'delete-without-where': 'error',
};
const IDENT = String.raw `((?:"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]|[\w$]+)(?:\.(?:"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]|[\w$]+))?)`;
const re = (pattern) => new RegExp(pattern.replaceAll('IDENT', IDENT), 'i');
const CREATE_TABLE = re(String.raw `^CREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?IDENT`);
const DROP_TABLE = re(String.raw `^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?IDENT`);
const ALTER_TABLE = re(String.raw `^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?IDENT\s+(.*)$`);
const COPY_ROWS = re(String.raw `^INSERT\s+INTO\s+IDENT.*?\bSELECT\b.*?\bFROM\s+IDENT`);
const CREATE_INDEX = re(String.raw `^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:IDENT\s+)?ON\s+(?:ONLY\s+)?IDENT`);
/** Removes the quoting of an identifier and any schema prefix, lower-cased for comparison. */
function tableName(ident) {
    const last = ident.split('.').pop() ?? ident;
    return last.replace(/^["`[]|["`\]]$/g, '').toLowerCase();
}
function shorten(sql, max = 160) {
    const one = normalizeSql(sql);
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/**
 * Lints migration sources in order. Tables created by an earlier statement in these sources count as new,
 * so adding an index or a NOT NULL column to them is not a locking risk.
 */
function lintSql(sources, dialect, severities = {}) {
    const findings = [];
    const created = new Set();
    // Tables whose rows were copied into a new table: dropping them afterwards is a rebuild, not a plain drop.
    const copiedFrom = new Set();
    for (const source of sources) {
        for (const statement of splitSql(source.sql, source.line ?? 1)) {
            const sql = normalizeSql(statement.text);
            if (!sql)
                continue;
            const create = CREATE_TABLE.exec(sql);
            if (create) {
                created.add(tableName(create[1]));
                continue;
            }
            const copy = COPY_ROWS.exec(sql);
            if (copy && created.has(tableName(copy[1])))
                copiedFrom.add(tableName(copy[2]));
            for (const [rule, message] of checkStatement(sql, dialect, created, copiedFrom)) {
                const severity = severities[rule] ?? DEFAULT_SEVERITY[rule];
                if (severity === 'off' || isIgnored(statement, rule))
                    continue;
                findings.push({ rule, severity, file: source.file, line: source.pinLine ? (source.line ?? 1) : statement.line, statement: shorten(statement.text), message });
            }
        }
    }
    return findings;
}
function isIgnored(statement, rule) {
    return statement.ignored.has(rule) || statement.ignored.has('all');
}
function checkStatement(sql, dialect, created, copiedFrom) {
    const out = [];
    const drop = DROP_TABLE.exec(sql);
    if (drop) {
        const table = tableName(drop[1]);
        // A table created by these same new migrations (e.g. the temporary one of a rebuild) holds no old data.
        if (copiedFrom.has(table)) {
            out.push(['table-rebuild', `Table ${table} is rebuilt (new table, rows copied, old one dropped), the way SQLite changes or removes a column: writes are blocked while every row is copied, data in removed columns is lost, and the release still running during the deploy may fail on the changed columns. Safe way: add new columns instead of changing or removing them, and remove them in a later release once no code uses them.`]);
        }
        else if (!created.has(table)) {
            out.push(['drop-table', `DROP TABLE ${table} deletes the table and its data, and the release still running during the deploy fails on it. Safe way: stop reading and writing it in one release, back it up, drop it in a later release.`]);
        }
        return out;
    }
    if (/^TRUNCATE\b/i.test(sql)) {
        out.push(['truncate', 'TRUNCATE deletes every row and takes an exclusive lock. Safe way: move data deletion out of schema migrations, delete in bounded batches with a WHERE clause.']);
        return out;
    }
    if (/^DELETE\s+FROM\b/i.test(sql) && !/\bWHERE\b/i.test(sql)) {
        out.push(['delete-without-where', 'DELETE without WHERE removes every row of the table. Safe way: add a WHERE clause naming the rows, delete in bounded batches.']);
        return out;
    }
    if (dialect === 'postgres' && /^DROP\s+INDEX\b/i.test(sql) && !/^DROP\s+INDEX\s+CONCURRENTLY\b/i.test(sql)) {
        out.push(['drop-index-without-concurrently', 'DROP INDEX takes an exclusive lock on its table, blocking reads and writes until it is done. Safe way: DROP INDEX CONCURRENTLY in a migration that runs outside a transaction.']);
        return out;
    }
    const index = CREATE_INDEX.exec(sql);
    if (index) {
        const table = tableName(index[3]);
        if (dialect === 'postgres' && !index[1] && !created.has(table)) {
            out.push(['index-without-concurrently', `CREATE INDEX on the existing table ${table} blocks writes to it until the index is built. Safe way: CREATE INDEX CONCURRENTLY in a migration that runs outside a transaction.`]);
        }
        return out;
    }
    const alter = ALTER_TABLE.exec(sql);
    if (!alter)
        return out;
    const table = tableName(alter[1]);
    const isNew = created.has(table);
    // Several actions can share one ALTER TABLE, separated by commas outside parentheses.
    for (const action of splitActions(alter[2])) {
        // Renaming a constraint or an index changes nothing the running code uses.
        if (/^RENAME\b/i.test(action) && !/^RENAME\s+(?:CONSTRAINT|INDEX|KEY)\b/i.test(action) && !isNew) {
            out.push(['rename', `Renaming ${/^RENAME\s+TO\b/i.test(action) ? 'table' : 'a column of'} ${table} breaks the release still running during the deploy, which uses the old name. Safe way (expand/contract): add the new one, write to both, backfill, switch reads, drop the old one in a later release.`]);
        }
        else if (/^DROP\s+(?:COLUMN\s+)?(?!CONSTRAINT\b|DEFAULT\b|NOT\s+NULL\b|INDEX\b|PRIMARY\b|FOREIGN\b|CHECK\b|KEY\b)/i.test(action) && !isNew) {
            out.push(['drop-column', `Dropping a column of ${table} deletes its data, and the release still running during the deploy fails when it reads or writes it. Safe way: stop using the column in one release (and ignore it in the ORM), drop it in a later release.`]);
        }
        else if (/^(?:ALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b|MODIFY\b|CHANGE\b)/i.test(action) && !isNew) {
            out.push(['column-type-change', `Changing a column type on ${table} rewrites the table under an exclusive lock and can fail or truncate on existing values. Safe way: add a new column of the new type, backfill in batches, switch the code, drop the old column later.`]);
        }
        else if (/^ALTER\s+(?:COLUMN\s+)?\S+\s+SET\s+NOT\s+NULL\b/i.test(action) && !isNew && dialect === 'postgres') {
            out.push(['set-not-null', `SET NOT NULL on ${table} scans the whole table under an exclusive lock. Safe way: ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL.`]);
        }
        else if (/^ADD\s+(?:COLUMN\s+)?(?!CONSTRAINT\b|PRIMARY\b|UNIQUE\b|FOREIGN\b|CHECK\b|INDEX\b|KEY\b)/i.test(action) && /\bNOT\s+NULL\b/i.test(action) && !/\bDEFAULT\b/i.test(action) && !/\bGENERATED\b/i.test(action) && !isNew) {
            out.push(['not-null-without-default', `Adding a NOT NULL column without a DEFAULT to the existing table ${table} fails when the table has rows, and breaks inserts from the release still running. Safe way: add it nullable or with a DEFAULT, backfill, then add the NOT NULL constraint.`]);
        }
        else if (/^ADD\s+(?:CONSTRAINT\s+\S+\s+)?FOREIGN\s+KEY\b/i.test(action) && !/\bNOT\s+VALID\b/i.test(action) && !isNew && dialect === 'postgres') {
            out.push(['foreign-key-validating', `Adding a foreign key to ${table} checks every row while blocking writes on both tables. Safe way: ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a separate statement.`]);
        }
    }
    return out;
}
function splitActions(text) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(text.slice(start, i).trim());
            start = i + 1;
        }
    }
    parts.push(text.slice(start).trim());
    return parts.filter(Boolean);
}

;// CONCATENATED MODULE: ./.build/src/stages/migrations/stage.js
// The migrations stage: picks the adapter, asks it for drift and unapplied migrations, lints the SQL of new
// migrations, and reports the plan. Also the `backend-ci migrations` command with the exit-code contract.
//
// Exit-code contract: 0 clean · 1 tool error · 2 unapplied · 3 drift · 4 destructive/locking SQL.
// With several problems the command returns the most urgent, in this order:
//   1 (a tool failed: the other answers are incomplete, so nothing can be trusted),
//   4 (destructive SQL would lose data or lock tables if deployed),
//   3 (a model change has no migration: the deploy would ship a schema that does not match the code),
//   2 (unapplied migrations: normal before a deploy, which applies them).
// The stage treats unapplied migrations as a warning for the same reason.













const EXIT = { clean: 0, toolError: 1, unapplied: 2, drift: 3, destructive: 4 };
const ADAPTERS = {
    drizzle: drizzleAdapter,
    knex: knexAdapter,
    typeorm: typeormAdapter,
    django: djangoAdapter,
};
const SQL_PER_MIGRATION = 4000;
const SQL_TOTAL = 20000;
async function inspectMigrations(config, host) {
    const severities = lintSeverities(config);
    const detection = detectAdapter(config.cwd, config.migrations.adapter, config.migrations.command);
    host.log.info(`migrations: ${detection.adapter} adapter (${detection.reason})`);
    const report = { ...detection, dialect: 'unknown', findings: [], lintNote: '', code: EXIT.clean };
    if (detection.adapter === 'none')
        return report;
    const database = config.migrations.databaseUrl ? parseDatabaseUrlOrThrow(config.migrations.databaseUrl, config.cwd) : undefined;
    const ctx = { config, host, cwd: config.cwd, database };
    if (detection.adapter === 'command') {
        try {
            report.command = await runMigrationCommand(ctx);
            report.code = report.command.code;
            if (report.code === EXIT.toolError)
                report.toolError = `'${report.command.command}' failed:\n${report.command.output}`;
        }
        catch (err) {
            return failTool(report, err);
        }
        report.lintNote = 'the command does its own checks';
        return report;
    }
    let inspection;
    try {
        inspection = await host.group(`migrations: ${detection.adapter}`, () => ADAPTERS[detection.adapter].inspect(ctx));
    }
    catch (err) {
        return failTool(report, err);
    }
    report.dialect = inspection.dialect;
    report.drift = inspection.drift;
    report.driftNote = inspection.driftNote;
    report.pendingNote = inspection.pendingNote;
    try {
        const sqlCache = new Map();
        const sqlOf = (m) => {
            const key = m.file ?? m.name;
            if (!sqlCache.has(key))
                sqlCache.set(key, inspection.sqlOf(m));
            return sqlCache.get(key);
        };
        if (inspection.pending) {
            let budget = SQL_TOTAL;
            report.pending = [];
            for (const m of inspection.pending) {
                const text = (await sqlOf(m)).map((s) => s.sql.trim()).filter(Boolean).join('\n\n');
                const limit = Math.min(SQL_PER_MIGRATION, Math.max(0, budget));
                budget -= Math.min(text.length, limit);
                const sql = text.length > limit ? `${text.slice(0, limit)}\n-- … ${text.length - limit} more characters` : text;
                report.pending.push({ name: m.name, file: m.file ? rel(config, m.file) : undefined, sql });
            }
        }
        const { targets, note } = newMigrations(config, host, inspection);
        report.lintNote = note;
        const sources = (await Promise.all(targets.map(sqlOf))).flat();
        report.findings = lintSql(sources, inspection.dialect, severities);
    }
    catch (err) {
        return failTool(report, err);
    }
    if (report.findings.some((f) => f.severity === 'error'))
        report.code = EXIT.destructive;
    else if (report.drift)
        report.code = EXIT.drift;
    else if (report.pending && report.pending.length > 0)
        report.code = EXIT.unapplied;
    return report;
}
function parseDatabaseUrlOrThrow(url, cwd) {
    try {
        return parseDatabaseUrl(url, cwd);
    }
    catch (err) {
        throw new stage/* ConfigError */.x(err.message);
    }
}
function failTool(report, err) {
    if (err instanceof MigrationToolError || err instanceof DatabaseQueryError || err instanceof run/* ProgramNotFoundError */.oo) {
        report.toolError = err.message;
        report.code = EXIT.toolError;
        return report;
    }
    throw err;
}
function lintSeverities(config) {
    for (const rule of Object.keys(config.migrations.lint)) {
        if (!LINT_RULES.includes(rule)) {
            throw new stage/* ConfigError */.x(`migrations.lint: unknown rule '${rule}'; allowed: ${LINT_RULES.join(', ')}`);
        }
    }
    return config.migrations.lint;
}
/**
 * Migrations the lint looks at: files changed since the base branch, plus migrations not applied to the
 * target. Old, applied migrations are history; flagging them on every run would only teach people to ignore it.
 */
function newMigrations(config, host, inspection) {
    const base = config.migrations.base ?? host.context.pullRequest?.baseSha;
    const pendingKeys = new Set((inspection.pending ?? []).map((m) => m.file ?? m.name));
    let changed = new Set();
    const reasons = [];
    if (base) {
        try {
            const top = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--show-toplevel'], { cwd: config.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
            const names = (0,external_node_child_process_.execFileSync)('git', ['diff', '--name-only', '--diff-filter=AMR', `${base}...HEAD`], { cwd: config.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
            changed = new Set(names.split('\n').filter(Boolean).map((n) => external_node_path_.resolve(top, n)));
            reasons.push(`changed since ${base.slice(0, 12)}`);
        }
        catch (err) {
            const message = (err.stderr ?? err.message).trim().split('\n')[0];
            host.log.warning(`migrations: could not list files changed since ${base} (${message}); with actions/checkout use fetch-depth: 0`);
        }
    }
    if (inspection.pending)
        reasons.push('not applied to the target');
    const targets = inspection.files.filter((m) => (m.file && changed.has(m.file)) || pendingKeys.has(m.file ?? m.name));
    // Pending migrations the adapter could not map to a known file still get linted.
    for (const m of inspection.pending ?? [])
        if (!targets.includes(m) && !targets.some((t) => (t.file ?? t.name) === (m.file ?? m.name)))
            targets.push(m);
    const note = reasons.length === 0 ? 'no base branch and no database: new migrations unknown, lint skipped (set migrations-base or database-url)' : `linted ${targets.length} migration(s) ${reasons.join(' or ')}`;
    return { targets, note };
}
function rel(config, file) {
    return external_node_path_.relative(config.workspace, file).split(external_node_path_.sep).join('/');
}
function toOutcome(report, config) {
    const annotations = report.findings.map((f) => ({
        level: f.severity === 'error' ? 'error' : 'warning',
        title: `Migration lint: ${f.rule}`,
        message: f.message,
        file: rel(config, f.file),
        line: f.line,
    }));
    if (report.drift)
        annotations.push({ level: 'error', title: 'Model changes without a migration', message: `The ${report.adapter} models differ from the migrations: ${report.drift.changes.join(', ')}. Generate a migration and commit it.` });
    const pendingCount = report.pending?.length;
    const outputs = {};
    if (pendingCount !== undefined)
        outputs['pending-migrations'] = String(pendingCount);
    let status;
    let headline;
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.length - errors;
    if (report.adapter === 'none') {
        status = 'skipped';
        headline = `no migration tool found (${report.reason})`;
    }
    else if (report.toolError) {
        status = 'failed';
        headline = `${report.adapter}: tool error: ${report.toolError.split('\n')[0]}`;
    }
    else if (report.command) {
        status = report.code === EXIT.clean ? 'passed' : report.code === EXIT.unapplied ? 'warned' : 'failed';
        headline = `'${report.command.command}' exited ${report.code}: ${describeCode(report.code)}`;
    }
    else {
        const parts = [];
        if (errors)
            parts.push(`${errors} destructive or locking statement(s)`);
        if (report.drift)
            parts.push('model changes without a migration');
        if (pendingCount)
            parts.push(`${pendingCount} unapplied migration(s)`);
        if (warnings)
            parts.push(`${warnings} lint warning(s)`);
        status = errors || report.drift ? 'failed' : pendingCount || warnings ? 'warned' : 'passed';
        headline = `${report.adapter}: ${parts.length ? parts.join(', ') : 'migrations match the models, nothing pending'}`;
    }
    return { status, headline, details: details(report), outputs, annotations, data: { ...report, exitCode: report.code } };
}
function describeCode(code) {
    return ['clean', 'tool error', 'unapplied migrations', 'model changes without a migration', 'destructive or locking SQL'][code] ?? 'unknown';
}
function details(report) {
    const out = [`**Adapter:** ${report.adapter} (${report.reason})`];
    if (report.toolError)
        out.push('', '**Tool error**', '', fence(report.toolError));
    if (report.command)
        out.push('', `\`${report.command.command}\` exited **${report.code}** (${describeCode(report.code)})`, '', fence(report.command.output || '(no output)'));
    if (report.drift) {
        out.push('', '**Model changes without a migration:**', '', ...report.drift.changes.map((c) => `- ${c}`));
        if (report.drift.sql)
            out.push('', 'The missing migration would run:', '', fence(truncate(report.drift.sql, SQL_PER_MIGRATION), 'sql'));
    }
    else if (report.drift === null) {
        out.push('', 'Models and migrations match.');
    }
    else if (report.driftNote) {
        out.push('', `Drift: ${report.driftNote}.`);
    }
    if (report.pending) {
        if (report.pending.length === 0)
            out.push('', 'Every migration is applied to the target database.');
        else {
            out.push('', `**Pending migrations (${report.pending.length})** — the plan:`);
            for (const m of report.pending) {
                out.push('', `- \`${m.name}\`${m.file ? ` (${m.file})` : ''}`);
                if (m.sql)
                    out.push('', fence(m.sql, 'sql'));
            }
        }
    }
    else if (report.pendingNote)
        out.push('', `Unapplied: ${report.pendingNote}.`);
    if (report.lintNote)
        out.push('', `Lint: ${report.lintNote}.`);
    if (report.findings.length > 0) {
        out.push('', '| Severity | Rule | Where | Why and how to do it safely |', '| --- | --- | --- | --- |');
        for (const f of report.findings.slice(0, 50))
            out.push(`| ${f.severity} | ${f.rule} | ${external_node_path_.basename(f.file)}:${f.line} | ${f.message.replaceAll('|', '\\|')} |`);
        if (report.findings.length > 50)
            out.push('', `…and ${report.findings.length - 50} more.`);
        out.push('', 'To accept a statement, put `-- backend-ci-ignore: <rule>` on the line before it.');
    }
    return out.join('\n');
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max)}\n-- … ${text.length - max} more characters` : text;
}
function fence(text, lang = '') {
    const ticks = text.includes('```') ? '````' : '```';
    return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}
const migrationsStage = {
    name: 'migrations',
    async run({ config, host }) {
        return toOutcome(await inspectMigrations(config, host), config);
    },
};
/** `backend-ci migrations`: runs the stage, prints what it found, returns the exit-code contract. */
async function migrationsCommand(config, host) {
    const report = await inspectMigrations(config, host);
    const outcome = toOutcome(report, config);
    for (const a of outcome.annotations ?? [])
        host.annotate(a);
    for (const [name, value] of Object.entries(outcome.outputs ?? {}))
        host.setOutput(name, value);
    const level = report.code === EXIT.clean ? 'info' : report.code === EXIT.unapplied ? 'warning' : 'error';
    host.log[level](`migrations: ${outcome.headline} (exit ${report.code}: ${describeCode(report.code)})`);
    host.log.info(outcome.details ?? '');
    return report.code;
}


/***/ })

};
