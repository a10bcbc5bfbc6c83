// Drizzle: drift by running `drizzle-kit generate` against a scratch copy of the migrations folder (the
// repository is never written), unapplied by comparing meta/_journal.json with __drizzle_migrations.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { query, tableExists } from '../database.js';
import type { Dialect } from '../sql/lint.js';
import { localBin, MigrationToolError, runTool, toolEnv, toolFailed, type AdapterContext, type Inspection, type MigrationAdapter, type MigrationFile } from '../adapter.js';

export const DRIZZLE_CONFIGS = ['drizzle.config.ts', 'drizzle.config.mts', 'drizzle.config.js', 'drizzle.config.mjs', 'drizzle.config.cjs', 'drizzle.config.json'];

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export function findDrizzleConfig(cwd: string): string | undefined {
  return DRIZZLE_CONFIGS.map((n) => path.join(cwd, n)).find((f) => existsSync(f));
}

/** `out` and `dialect` as written in the config; the config is code, so this reads the literal values. */
function readConfigFacts(configFile: string): { out: string; dialect: Dialect } {
  const text = readFileSync(configFile, 'utf8');
  const out = /\bout["']?\s*:\s*["'`]([^"'`]+)["'`]/.exec(text)?.[1] ?? 'drizzle';
  const d = /\bdialect["']?\s*:\s*["'`](\w+)["'`]/.exec(text)?.[1];
  const dialect: Dialect = d === 'postgresql' ? 'postgres' : d === 'sqlite' || d === 'turso' ? 'sqlite' : d === 'mysql' ? 'mysql' : 'unknown';
  return { out, dialect };
}

export const drizzleAdapter: MigrationAdapter = {
  name: 'drizzle',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const configFile = findDrizzleConfig(ctx.cwd);
    if (!configFile) throw new MigrationToolError(`no drizzle config in ${ctx.cwd} (looked for ${DRIZZLE_CONFIGS.join(', ')})`);
    const { out, dialect } = readConfigFacts(configFile);
    const outDir = path.resolve(ctx.cwd, out);
    const journal = readJournal(outDir);
    const files: MigrationFile[] = journal.map((e) => ({ name: e.tag, file: path.join(outDir, `${e.tag}.sql`) }));

    const inspection: Inspection = {
      dialect: ctx.database?.dialect ?? dialect,
      files,
      // The breakpoint markers are comments for drizzle's migrator; the plan reads better without them.
      sqlOf: async (m) => (m.file && existsSync(m.file) ? [{ file: m.file, sql: readFileSync(m.file, 'utf8').replace(/-->\s*statement-breakpoint/g, '') }] : []),
    };

    inspection.drift = await checkDrift(ctx, configFile, outDir);

    if (ctx.database) {
      const table = '__drizzle_migrations';
      const schema = 'drizzle';
      const qualified = ctx.database.dialect === 'postgres' ? `"${schema}"."${table}"` : `"${table}"`;
      const exists = await tableExists(ctx.database, table, schema);
      // The migrator applies every journal entry newer than the newest created_at it recorded.
      const last = exists ? Number((await query(ctx.database, `SELECT MAX(created_at) FROM ${qualified}`))[0]?.[0] || 0) : 0;
      inspection.pending = journal.filter((e) => e.when > last).map((e) => ({ name: e.tag, file: path.join(outDir, `${e.tag}.sql`) }));
    } else {
      inspection.pendingNote = 'no database-url given: unapplied migrations not checked';
    }
    return inspection;
  },
};

function readJournal(outDir: string): JournalEntry[] {
  const file = path.join(outDir, 'meta', '_journal.json');
  if (!existsSync(file)) return [];
  try {
    const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries?: JournalEntry[] };
    return [...(journal.entries ?? [])].sort((a, b) => a.idx - b.idx);
  } catch (err) {
    throw new MigrationToolError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

async function checkDrift(ctx: AdapterContext, configFile: string, outDir: string) {
  const bin = localBin(ctx.cwd, 'drizzle-kit', 'drizzle-kit');
  const scratch = mkdtempSync(path.join(tmpdir(), 'backend-ci-drizzle-'));
  try {
    const scratchOut = path.join(scratch, 'out');
    if (existsSync(outDir)) cpSync(outDir, scratchOut, { recursive: true });
    const before = new Set(sqlFiles(scratchOut));
    // drizzle-kit refuses --out together with --config, so a generated config extends the project's one.
    // It prefixes "./" to out, hence a path relative to the service folder.
    const scratchConfig = path.join(scratch, `drizzle.config${path.extname(configFile) === '.json' ? '.json' : '.ts'}`);
    const relOut = path.relative(ctx.cwd, scratchOut);
    if (configFile.endsWith('.json')) {
      writeFileSync(scratchConfig, JSON.stringify({ ...(JSON.parse(readFileSync(configFile, 'utf8')) as object), out: relOut }));
    } else {
      writeFileSync(scratchConfig, `import config from ${JSON.stringify(configFile)};\nexport default { ...config, out: ${JSON.stringify(relOut)} };\n`);
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
    if (result.code !== 0 || (created.length === 0 && !/No schema changes/i.test(output))) throw toolFailed('drizzle-kit generate', { ...result, stderr: output });
    if (created.length === 0) return null;
    const sql = created.map((f) => readFileSync(path.join(scratchOut, f), 'utf8')).join('\n');
    // The scratch file's name (a random drizzle-kit name) tells a reader nothing: name the changes by the
    // statements the missing migration would run, one line each.
    const statements = sql
      .split(/--> statement-breakpoint|;\s*$/m)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return { changes: statements.length ? statements : created, sql };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function sqlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.sql')).sort() : [];
}
