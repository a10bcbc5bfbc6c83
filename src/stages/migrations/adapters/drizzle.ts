// Drizzle: drift by running `drizzle-kit generate` against a scratch copy of the migrations folder (the
// repository is never written), unapplied by comparing meta/_journal.json with __drizzle_migrations.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl, query, tableExists, type DatabaseTarget } from '../database.js';
import type { Dialect } from '../sql/lint.js';
import {
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
import { stripAnsi } from '../../../exec/ansi.js';

export const DRIZZLE_CONFIGS = [
  'drizzle.config.ts',
  'drizzle.config.mts',
  'drizzle.config.js',
  'drizzle.config.mjs',
  'drizzle.config.cjs',
  'drizzle.config.json',
];

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export function findDrizzleConfig(cwd: string): string | undefined {
  return DRIZZLE_CONFIGS.map((n) => path.join(cwd, n)).find((f) => existsSync(f));
}

export interface DrizzleConfigFacts {
  /** As written (undefined: drizzle-kit's default, ./drizzle). */
  out?: string;
  schema: string[];
  dialect: Dialect;
  /** The connection the config resolves: its literal, or the first of its environment variables that is set. */
  url?: string;
  /** The environment variables dbCredentials reads, for the "no database" note. */
  urlVars: string[];
  migrationsTable?: string;
  migrationsSchema?: string;
}

/**
 * `out`, `schema`, `dialect`, `dbCredentials` and `migrations` as written in the config. The config is
 * code; this reads the literal values and `process.env.X ?? 'literal'` chains, the forms configs use.
 */
export function readConfigFacts(configFile: string, env: NodeJS.ProcessEnv = process.env): DrizzleConfigFacts {
  const text = readFileSync(configFile, 'utf8');
  const literal = (key: string, within = text) =>
    new RegExp(`\\b${key}["']?\\s*:\\s*["'\`]([^"'\`]+)["'\`]`).exec(within)?.[1];
  const out = literal('out');
  const schemaList = /\bschema["']?\s*:\s*\[([^\]]*)\]/.exec(text)?.[1];
  const schema = schemaList
    ? [...schemaList.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!)
    : [literal('schema')].filter((x): x is string => Boolean(x));
  const d = literal('dialect');
  const dialect: Dialect =
    d === 'postgresql' ? 'postgres' : d === 'sqlite' || d === 'turso' ? 'sqlite' : d === 'mysql' ? 'mysql' : 'unknown';
  const credentials = objectAfter(text, /\bdbCredentials["']?\s*:\s*/);
  // url: a ?? / || chain of process.env.X, template literals and string literals; the first with a value wins.
  // The value may run over several lines (`url:\n  process.env.X ||\n  'literal'`): it ends at a comma or the brace.
  const expr = /\b(?:url|connectionString)["']?\s*:\s*((?:`[^`]*`|[^,}`])+)/.exec(credentials)?.[1] ?? '';
  const urlVars: string[] = [];
  let url: string | undefined;
  const ENV_REF = /process\.env(?:\.([A-Za-z_]\w*)|\[\s*["']([A-Za-z_]\w*)["']\s*\])!?/g;
  for (const raw of expr.split(/\?\?|\|\|/)) {
    const part = raw.trim();
    const whole = new RegExp(`^${ENV_REF.source}$`).exec(part);
    if (whole) {
      const name = (whole[1] ?? whole[2])!;
      urlVars.push(name);
      if (url === undefined && env[name]) url = env[name];
      continue;
    }
    // A template literal built from variables: usable only when every one of them is set.
    const template = /^`([^`]*)`$/.exec(part)?.[1];
    if (template !== undefined) {
      const names = [
        ...template.matchAll(/\$\{\s*process\.env(?:\.([A-Za-z_]\w*)|\[\s*["']([A-Za-z_]\w*)["']\s*\])!?\s*\}/g),
      ].map((m) => (m[1] ?? m[2])!);
      urlVars.push(...names);
      if (
        url === undefined &&
        !/\$\{/.test(template.replace(/\$\{\s*process\.env[^}]*\}/g, '')) &&
        names.every((n) => env[n])
      ) {
        url = template.replace(
          /\$\{\s*process\.env(?:\.([A-Za-z_]\w*)|\[\s*["']([A-Za-z_]\w*)["']\s*\])!?\s*\}/g,
          (_, a: string, b: string) => env[a ?? b]!,
        );
      }
      continue;
    }
    const lit = /^["']([^"']*)["']$/.exec(part)?.[1];
    if (lit !== undefined && url === undefined) url = lit;
  }
  const migrations = /\bmigrations["']?\s*:\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  return {
    out,
    schema,
    dialect,
    url,
    urlVars,
    migrationsTable: literal('table', migrations),
    migrationsSchema: literal('schema', migrations),
  };
}

export const drizzleAdapter: MigrationAdapter = {
  name: 'drizzle',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const configFile = findDrizzleConfig(ctx.cwd);
    if (!configFile)
      throw new MigrationToolError(`no drizzle config in ${ctx.cwd} (looked for ${DRIZZLE_CONFIGS.join(', ')})`);
    const shown = path.relative(ctx.cwd, configFile);
    const facts = readConfigFacts(configFile);
    const { dialect } = facts;
    const outDir = path.resolve(ctx.cwd, facts.out ?? 'drizzle');
    ctx.host.log.info(
      `migrations: ${shown}: dialect ${dialect}, out ${facts.out ?? './drizzle (default)'}, schema ${facts.schema.join(', ') || '(not found)'}`,
    );
    checkNamedPaths(ctx.cwd, shown, facts, outDir);
    const journal = readJournal(outDir);
    const files: MigrationFile[] = journal.map((e) => ({ name: e.tag, file: path.join(outDir, `${e.tag}.sql`) }));

    const inspection: Inspection = {
      dialect: ctx.database?.dialect ?? dialect,
      files,
      // The breakpoint markers are comments for drizzle's migrator; the plan reads better without them.
      sqlOf: async (m) =>
        m.file && existsSync(m.file)
          ? [{ file: m.file, sql: readFileSync(m.file, 'utf8').replace(/-->\s*statement-breakpoint/g, '') }]
          : [],
    };

    inspection.drift = await checkDrift(ctx, configFile, outDir);

    // No database-url: the connection the config resolves (dbCredentials, its environment variables included).
    if (!ctx.database && facts.url) {
      // The URL came from the environment or the config, not from the secret input: mask it all the same.
      ctx.host.setSecret(facts.url);
      const password = /^[a-z][a-z0-9+.-]*:\/\/[^/:@]*:([^@/]+)@/i.exec(facts.url)?.[1];
      if (password) ctx.host.setSecret(decodeURIComponent(password));
    }
    const database = ctx.database ?? (facts.url ? targetOf(facts.url, ctx.cwd, shown) : undefined);
    if (database) {
      const table = facts.migrationsTable ?? '__drizzle_migrations';
      const schema = facts.migrationsSchema ?? 'drizzle';
      const qualified = database.dialect === 'postgres' ? `"${schema}"."${table}"` : `"${table}"`;
      const exists = await tableExists(database, table, schema);
      // The migrator applies every journal entry newer than the newest created_at it recorded.
      const last = exists
        ? Number((await query(database, `SELECT MAX(created_at) FROM ${qualified}`))[0]?.[0] || 0)
        : 0;
      inspection.pending = journal
        .filter((e) => e.when > last)
        .map((e) => ({ name: e.tag, file: path.join(outDir, `${e.tag}.sql`) }));
    } else {
      inspection.pendingNote = noDatabaseNote(shown, facts.urlVars);
    }
    return inspection;
  },
};

/** The text of the `{ ... }` object after the key (braces inside template literals included). */
function objectAfter(text: string, key: RegExp): string {
  const m = key.exec(text);
  if (!m || text[m.index + m[0].length] !== '{') return '';
  const start = m.index + m[0].length;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start + 1, i);
  }
  return text.slice(start + 1);
}

/** The folders and files the config names must be there: otherwise the check would look at nothing. */
function checkNamedPaths(cwd: string, shown: string, facts: DrizzleConfigFacts, outDir: string): void {
  if (facts.out !== undefined) {
    if (!existsSync(outDir))
      throw new MigrationToolError(
        `${shown} names out '${facts.out}', but ${outDir} does not exist (run drizzle-kit generate and commit the folder)`,
      );
    if (!existsSync(path.join(outDir, 'meta', '_journal.json')))
      throw new MigrationToolError(
        `${shown} names out '${facts.out}', but ${outDir} holds no migration (no meta/_journal.json)`,
      );
  }
  for (const schema of facts.schema) {
    if (/[*?{[]/.test(schema)) continue;
    const file = path.resolve(cwd, schema);
    if (!existsSync(file))
      throw new MigrationToolError(`${shown} names schema '${schema}', but ${file} does not exist`);
  }
}

function targetOf(url: string, cwd: string, shown: string): DatabaseTarget | undefined {
  try {
    return parseDatabaseUrl(url, cwd);
  } catch (err) {
    throw new MigrationToolError(`${shown} dbCredentials: ${(err as Error).message}`);
  }
}

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
      writeFileSync(
        scratchConfig,
        JSON.stringify({ ...(JSON.parse(readFileSync(configFile, 'utf8')) as object), out: relOut }),
      );
    } else {
      writeFileSync(
        scratchConfig,
        `import config from ${JSON.stringify(configFile)};\nexport default { ...config, out: ${JSON.stringify(relOut)} };\n`,
      );
    }
    const result = await runTool(bin, ['generate', '--config', scratchConfig], {
      cwd: ctx.cwd,
      env: toolEnv(ctx),
      install: 'npm install --save-dev drizzle-kit',
    });
    const output = result.stdout + result.stderr;
    const created = sqlFiles(scratchOut).filter((f) => !before.has(f));
    // An add plus a removal makes drizzle-kit ask whether it is a rename. Without a terminal the versions
    // differ in how they stop (0.2x and early 0.31 print the question and exit 0 having written nothing,
    // later 0.31 throw from the prompt), so this goes by what the tool did: it asked, and wrote nothing.
    if (created.length === 0 && askedForAnswer(output)) {
      return {
        changes: [
          'a column or table was removed and another added: run `drizzle-kit generate` in a terminal to answer whether it is a rename, and commit the migration',
        ],
      };
    }
    // drizzle-kit exits 0 even when it rejects its input, so success is read from what it wrote and said.
    if (result.code !== 0 || (created.length === 0 && !/No schema changes/i.test(output)))
      throw toolFailed('drizzle-kit generate', { ...result, stderr: output });
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

/**
 * Whether drizzle-kit stopped at a question: a line it printed ends in a question mark (with its answers
 * listed after it), or it failed inside its prompt code for want of a terminal.
 */
export function askedForAnswer(output: string): boolean {
  const text = stripAnsi(output);
  return (
    /\?\s*$/m.test(
      text
        .split('\n')
        .filter((l) => !/^\s*at /.test(l))
        .join('\n'),
    ) || /\bprompt\w*\b|isTTY/.test(text)
  );
}

function sqlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .sort()
    : [];
}
