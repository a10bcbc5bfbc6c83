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
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { Host } from '../../host/host.js';
import { ProgramNotFoundError } from '../../exec/run.js';
import { ConfigError, type Annotation, type Stage, type StageOutcome, type StageStatus } from '../../pipeline/stage.js';
import {
  MigrationToolError,
  type AdapterContext,
  type Drift,
  type Inspection,
  type MigrationAdapter,
  type MigrationFile,
} from './adapter.js';
import { djangoAdapter } from './adapters/django.js';
import { drizzleAdapter } from './adapters/drizzle.js';
import { knexAdapter } from './adapters/knex.js';
import { typeormAdapter } from './adapters/typeorm.js';
import { sequelizeAdapter } from './adapters/sequelize.js';
import { alembicAdapter } from './adapters/alembic.js';
import { runMigrationCommand, type CommandCheck } from './adapters/command.js';
import { DatabaseQueryError, parseDatabaseUrl } from './database.js';
import { detectAdapter, findSubprojects, type AdapterName, type Subproject } from './detect.js';
import { LINT_RULES, lintSql, type Dialect, type LintFinding, type Severity, type SqlSource } from './sql/lint.js';

export const EXIT = { clean: 0, toolError: 1, unapplied: 2, drift: 3, destructive: 4 } as const;

const ADAPTERS: Record<Exclude<AdapterName, 'command' | 'none'>, MigrationAdapter> = {
  drizzle: drizzleAdapter,
  knex: knexAdapter,
  typeorm: typeormAdapter,
  django: djangoAdapter,
  sequelize: sequelizeAdapter,
  alembic: alembicAdapter,
};

export interface PlannedMigration {
  name: string;
  /** Repository-relative path, when the migration is a file. */
  file?: string;
  sql: string;
}

export interface MigrationsReport {
  adapter: AdapterName;
  reason: string;
  dialect: Dialect;
  /** How many migrations the project has. */
  total: number;
  pending?: PlannedMigration[];
  pendingNote?: string;
  drift?: Drift | null;
  driftNote?: string;
  findings: LintFinding[];
  lintNote: string;
  toolError?: string;
  command?: CommandCheck;
  /** With no tool here: subfolders that have one, for the working-directory hint. */
  subprojects?: Subproject[];
  code: number;
}

const SQL_PER_MIGRATION = 4000;
const SQL_TOTAL = 20000;

export async function inspectMigrations(config: Config, host: Host): Promise<MigrationsReport> {
  const severities = lintSeverities(config);
  const detection = detectAdapter(config.cwd, config.migrations.adapter, config.migrations.command);
  host.log.info(`migrations: ${detection.adapter} adapter (${detection.reason})`);
  const report: MigrationsReport = {
    ...detection,
    dialect: 'unknown',
    total: 0,
    findings: [],
    lintNote: '',
    code: EXIT.clean,
  };
  if (detection.adapter === 'none') {
    report.subprojects = findSubprojects(config.cwd).filter((s) => s.tool);
    return report;
  }

  const database = config.migrations.databaseUrl
    ? parseDatabaseUrlOrThrow(config.migrations.databaseUrl, config.cwd)
    : undefined;
  const ctx: AdapterContext = { config, host, cwd: config.cwd, database };

  if (detection.adapter === 'command') {
    try {
      report.command = await runMigrationCommand(ctx);
      report.code = report.command.code;
      if (report.code === EXIT.toolError)
        report.toolError = `'${report.command.command}' failed:\n${report.command.output}`;
    } catch (err) {
      return failTool(report, err);
    }
    report.lintNote = 'the command does its own checks';
    return report;
  }

  let inspection: Inspection;
  try {
    inspection = await host.group(`migrations: ${detection.adapter}`, () =>
      ADAPTERS[detection.adapter as keyof typeof ADAPTERS].inspect(ctx),
    );
  } catch (err) {
    return failTool(report, err);
  }
  report.dialect = inspection.dialect;
  report.total = inspection.files.length;
  report.drift = inspection.drift;
  report.driftNote = inspection.driftNote;
  report.pendingNote = inspection.pendingNote;

  try {
    const sqlCache = new Map<string, Promise<SqlSource[]>>();
    const sqlOf = (m: MigrationFile) => {
      const key = m.file ?? m.name;
      if (!sqlCache.has(key)) sqlCache.set(key, inspection.sqlOf(m));
      return sqlCache.get(key)!;
    };
    if (inspection.pending) {
      let budget = SQL_TOTAL;
      report.pending = [];
      for (const m of inspection.pending) {
        // A framework's own migrations (Django's auth, admin, ...) are listed by name: their SQL is not
        // the repository's to review, and asking the tool for it costs a process each.
        if (!ownMigration(config, m)) {
          report.pending.push({ name: m.name, file: m.file ? rel(config, m.file) : undefined, sql: '' });
          continue;
        }
        const text = (await sqlOf(m))
          .map((s) => s.sql.trim())
          .filter(Boolean)
          .join('\n\n');
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
  } catch (err) {
    return failTool(report, err);
  }

  if (report.findings.some((f) => f.severity === 'error')) report.code = EXIT.destructive;
  else if (report.drift) report.code = EXIT.drift;
  else if (report.pending && report.pending.length > 0) report.code = EXIT.unapplied;
  return report;
}

function parseDatabaseUrlOrThrow(url: string, cwd: string) {
  try {
    return parseDatabaseUrl(url, cwd);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

function failTool(report: MigrationsReport, err: unknown): MigrationsReport {
  if (err instanceof MigrationToolError || err instanceof DatabaseQueryError || err instanceof ProgramNotFoundError) {
    report.toolError = err.message;
    report.code = EXIT.toolError;
    return report;
  }
  throw err;
}

function lintSeverities(config: Config): Partial<Record<string, Severity>> {
  for (const rule of Object.keys(config.migrations.lint)) {
    if (!(LINT_RULES as readonly string[]).includes(rule)) {
      throw new ConfigError(`migrations.lint: unknown rule '${rule}'; allowed: ${LINT_RULES.join(', ')}`);
    }
  }
  return config.migrations.lint;
}

/**
 * Migrations the lint looks at: the repository's own migration files that changed since the base branch
 * or are not applied to the target. Old, applied migrations are history; flagging them on every run would
 * only teach people to ignore it. A framework's or a package's migrations (Django's admin, a library under
 * node_modules or site-packages) are not the repository's to change, so they are never linted.
 */
function newMigrations(config: Config, host: Host, inspection: Inspection): { targets: MigrationFile[]; note: string } {
  const base = config.migrations.base ?? host.context.pullRequest?.baseSha;
  const pendingKeys = new Set((inspection.pending ?? []).map((m) => m.file ?? m.name));
  let changed = new Set<string>();
  const reasons: string[] = [];
  if (base) {
    try {
      const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
        cwd: config.cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
      const names = execFileSync('git', ['diff', '--name-only', '--diff-filter=AMR', `${base}...HEAD`], {
        cwd: config.cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      changed = new Set(
        names
          .split('\n')
          .filter(Boolean)
          .map((n) => path.resolve(top, n)),
      );
      reasons.push(`changed since ${base.slice(0, 12)}`);
    } catch (err) {
      const message = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0];
      host.log.warning(
        `migrations: could not list files changed since ${base} (${message}); with actions/checkout use fetch-depth: 0`,
      );
    }
  }
  // An empty database (nothing applied) is built from nothing by its unapplied migrations: a drop or a
  // rebuild there loses no data and locks no one, so only the changed ones are linted. Fresh CI databases
  // would otherwise fail on every project whose history ever dropped a column.
  const fresh =
    inspection.pending !== undefined &&
    inspection.files.length > 0 &&
    inspection.files.every((f) => inspection.pending!.some((p) => (p.file ?? p.name) === (f.file ?? f.name)));
  if (fresh) pendingKeys.clear();
  else if (inspection.pending) reasons.push('not applied to the target');
  const candidates = [...inspection.files];
  for (const m of inspection.pending ?? [])
    if (!candidates.some((t) => (t.file ?? t.name) === (m.file ?? m.name))) candidates.push(m);
  const wanted = candidates.filter((m) => (m.file && changed.has(m.file)) || pendingKeys.has(m.file ?? m.name));
  const targets = wanted.filter((m) => ownMigration(config, m));
  const others = wanted.length - targets.length;
  const skipped = others
    ? `; ${others} unapplied migration(s) of the framework or packages not linted (not the repository's)`
    : '';
  const freshNote = fresh
    ? 'the target database is empty, so its unapplied migrations (all of them) are not linted'
    : '';
  const note =
    reasons.length === 0
      ? fresh
        ? `${freshNote}; no base branch to tell new migrations (set migrations-base)`
        : 'no base branch and no database: new migrations unknown, lint skipped (set migrations-base or database-url)'
      : `${fresh ? `${freshNote}; ` : ''}linted ${targets.length} migration(s) ${reasons.join(' or ')}${skipped}`;
  return { targets, note };
}

const VENDOR_DIR = /(?:^|[\\/])(?:node_modules|site-packages|dist-packages|\.venv|venv|__pypackages__)(?:[\\/]|$)/;

/** A migration file that lives in the repository (under the workspace, not in an installed package). */
function ownMigration(config: Config, m: MigrationFile): boolean {
  if (!m.file) return false;
  const relative = path.relative(config.workspace, m.file);
  return !relative.startsWith('..') && !path.isAbsolute(relative) && !VENDOR_DIR.test(relative);
}

function rel(config: Config, file: string): string {
  return path.relative(config.workspace, file).split(path.sep).join('/');
}

export function toOutcome(report: MigrationsReport, config: Config): StageOutcome {
  const annotations: Annotation[] = report.findings.map((f) => ({
    level: f.severity === 'error' ? 'error' : 'warning',
    title: `Migration lint: ${f.rule}`,
    message: f.message,
    file: rel(config, f.file),
    line: f.line,
  }));
  if (report.drift)
    annotations.push({
      level: 'error',
      title: 'Model changes without a migration',
      message: `The ${report.adapter} models differ from the migrations: ${report.drift.changes.join(', ')}. Generate a migration and commit it.`,
    });

  const pendingCount = report.pending?.length;
  const outputs: Record<string, string> = {};
  if (pendingCount !== undefined) outputs['pending-migrations'] = String(pendingCount);

  let status: StageStatus;
  let headline: string;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  if (report.adapter === 'none') {
    status = 'skipped';
    const found = report.subprojects ?? [];
    headline = found.length
      ? `no migration tool in the working directory; ${found.map((s) => `${s.dir}/ has ${s.tool}`).join(', ')}: set working-directory: ${found[0]!.dir}`
      : `no migration tool found (${report.reason})`;
  } else if (report.toolError) {
    status = 'failed';
    headline = `${report.adapter}: tool error: ${report.toolError.split('\n')[0]}`;
  } else if (report.command) {
    status = report.code === EXIT.clean ? 'passed' : report.code === EXIT.unapplied ? 'warned' : 'failed';
    headline = `'${report.command.command}' exited ${report.code}: ${describeCode(report.code)}`;
  } else {
    const parts: string[] = [];
    if (errors) parts.push(`${errors} destructive or locking statement(s)`);
    if (report.drift) parts.push('model changes without a migration');
    if (pendingCount) parts.push(`${pendingCount} unapplied migration(s)`);
    if (warnings) parts.push(`${warnings} lint warning(s)`);
    // Not checked is never clean: the stage warns and the headline says what was not checked.
    const unchecked = report.pending === undefined;
    status = errors || report.drift ? 'failed' : pendingCount || warnings || unchecked ? 'warned' : 'passed';
    if (parts.length === 0)
      headline = `${report.adapter}: ${unchecked ? (report.pendingNote ?? 'unapplied migrations not checked') : cleanHeadline(report)}`;
    else headline = `${report.adapter}: ${parts.join(', ')}${unchecked ? '; unapplied migrations not checked' : ''}`;
  }
  return {
    status,
    headline,
    details: details(report),
    outputs,
    annotations,
    data: { ...report, exitCode: report.code },
  };
}

/** What a clean result means for this tool: knex has no models to match. */
function cleanHeadline(report: MigrationsReport): string {
  const applied = `${report.total} of ${report.total} migrations applied`;
  if (report.drift === null) return `models match the migrations, ${applied}`;
  // Sequelize has no model-vs-migration diff: say drift was not checked rather than let "applied" read as all clear.
  if (report.drift === undefined && report.driftNote?.startsWith('n/a')) return `${applied}; drift ${report.driftNote}`;
  return applied;
}

export function describeCode(code: number): string {
  return (
    ['clean', 'tool error', 'unapplied migrations', 'model changes without a migration', 'destructive or locking SQL'][
      code
    ] ?? 'unknown'
  );
}

function details(report: MigrationsReport): string {
  const out: string[] = [`**Adapter:** ${report.adapter} (${report.reason})`];
  if (report.toolError) out.push('', '**Tool error**', '', fence(report.toolError));
  if (report.command)
    out.push(
      '',
      `\`${report.command.command}\` exited **${report.code}** (${describeCode(report.code)})`,
      '',
      fence(report.command.output || '(no output)'),
    );
  if (report.drift) {
    out.push('', '**Model changes without a migration:**', '', ...report.drift.changes.map((c) => `- ${c}`));
    if (report.drift.sql)
      out.push('', 'The missing migration would run:', '', fence(truncate(report.drift.sql, SQL_PER_MIGRATION), 'sql'));
  } else if (report.drift === null) {
    out.push('', 'Models and migrations match.');
  } else if (report.driftNote) {
    out.push('', `Drift: ${report.driftNote}.`);
  }
  if (report.pending) {
    if (report.pendingNote) out.push('', `Unapplied: ${report.pendingNote}.`);
    if (report.pending.length === 0) out.push('', 'Every migration is applied to the target database.');
    else {
      out.push('', `**Pending migrations (${report.pending.length})** — the plan:`);
      for (const m of report.pending) {
        out.push('', `- \`${m.name}\`${m.file ? ` (${m.file})` : ''}`);
        if (m.sql) out.push('', fence(m.sql, 'sql'));
      }
    }
  } else if (report.pendingNote) out.push('', `Unapplied: ${report.pendingNote}.`);
  if (report.lintNote) out.push('', `Lint: ${report.lintNote}.`);
  if (report.findings.length > 0) {
    out.push('', '| Severity | Rule | Where | Why and how to do it safely |', '| --- | --- | --- | --- |');
    for (const f of report.findings.slice(0, 50))
      out.push(
        `| ${f.severity} | ${f.rule} | ${path.basename(f.file)}:${f.line} | ${f.message.replaceAll('|', '\\|')} |`,
      );
    if (report.findings.length > 50) out.push('', `…and ${report.findings.length - 50} more.`);
    out.push(
      '',
      report.adapter === 'django'
        ? 'To accept a finding, set its rule in `migrations.lint` in backend-ci.yml (for example `drop-column: warning`); see the README, "Migration lint".'
        : 'To accept a statement, put `-- backend-ci-ignore: <rule>` (SQL) or `// backend-ci-ignore: <rule>` (JS/TS) on the line before it; to change a rule everywhere, set it in `migrations.lint` in backend-ci.yml.',
    );
  }
  return out.join('\n');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}\n-- … ${text.length - max} more characters` : text;
}

function fence(text: string, lang = ''): string {
  const ticks = text.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}

export const migrationsStage: Stage = {
  name: 'migrations',
  async run({ config, host }) {
    return toOutcome(await inspectMigrations(config, host), config);
  },
};

/** `backend-ci migrations`: runs the stage, prints what it found, returns the exit-code contract. */
export async function migrationsCommand(config: Config, host: Host): Promise<number> {
  const report = await inspectMigrations(config, host);
  const outcome = toOutcome(report, config);
  for (const a of outcome.annotations ?? []) host.annotate(a);
  for (const [name, value] of Object.entries(outcome.outputs ?? {})) host.setOutput(name, value);
  const level = outcome.status === 'passed' ? 'info' : outcome.status === 'failed' ? 'error' : 'warning';
  // Exit 0 says nothing was found; when something could not be checked the line says so, not "clean".
  const meaning =
    report.code !== EXIT.clean
      ? describeCode(report.code)
      : outcome.status === 'skipped'
        ? 'nothing checked'
        : outcome.status === 'warned'
          ? 'nothing found, but not everything was checked'
          : describeCode(report.code);
  host.log[level](`migrations: ${outcome.headline} (exit ${report.code}: ${meaning})`);
  host.log.info(outcome.details ?? '');
  return report.code;
}
