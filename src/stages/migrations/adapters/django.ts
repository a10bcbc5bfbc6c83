// Django: drift from `makemigrations --check --dry-run --noinput`, unapplied from `showmigrations --plan`,
// the SQL plan from `sqlmigrate`. The interpreter is configurable because the one that has Django is often
// not the first python3 on PATH.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../../../exec/run.js';
import {
  databaseVars,
  envVarsRead,
  MigrationToolError,
  runTool,
  toolEnv,
  toolFailed,
  type AdapterContext,
  type Inspection,
  type MigrationAdapter,
  type MigrationFile,
} from '../adapter.js';
import type { Dialect } from '../sql/lint.js';

export const djangoAdapter: MigrationAdapter = {
  name: 'django',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const python = ctx.config.migrations.python;
    const manage = path.join(ctx.cwd, 'manage.py');
    if (!existsSync(manage)) throw new MigrationToolError(`no manage.py in ${ctx.cwd}`);
    const install = `install Python 3 with Django, or set migrations.python (input 'python') to the interpreter that has it`;
    const run = (args: string[]) =>
      runTool(python, ['manage.py', ...args], { cwd: ctx.cwd, env: toolEnv(ctx), install });

    const vendor = await run(['shell', '-c', 'from django.db import connection; print(connection.vendor)']);
    if (vendor.code !== 0) {
      if (/No module named '?django/i.test(vendor.stderr))
        throw new MigrationToolError(`${python} cannot import Django: ${install}`);
      throw toolFailed(`${python} manage.py shell`, vendor);
    }
    const v = vendor.stdout.trim().split('\n').pop();
    const dialect: Dialect =
      v === 'postgresql' ? 'postgres' : v === 'sqlite' ? 'sqlite' : v === 'mysql' ? 'mysql' : 'unknown';

    const plan = await run(['showmigrations', '--plan']);
    const settings = settingsFile(ctx.cwd);
    if (plan.code !== 0) {
      // Drift needs no database; an unreachable one leaves only the unapplied check undone.
      const unreachable = UNREACHABLE.exec(plan.stderr);
      if (!unreachable || ctx.config.migrations.databaseUrl)
        throw toolFailed(`${python} manage.py showmigrations --plan`, plan);
      const drift = await checkDrift(run, python);
      const shown = settings?.file
        ? path.relative(ctx.cwd, settings.file)
        : `the settings ${settings?.module ?? '(DJANGO_SETTINGS_MODULE)'}`;
      const vars = settings?.file ? databaseVars(envVarsRead(settings.file)) : [];
      return {
        dialect,
        files: [],
        pendingNote: `unapplied migrations not checked: the database in ${shown} is not reachable (${unreachable[0]}); set ${vars.length ? `${vars.join('/')}, which ${shown} reads,` : 'DATABASES in the settings'} to a database the job can reach`,
        drift,
        sqlOf: async () => [],
      };
    }
    const all = [...plan.stdout.matchAll(/^\[([ X])\]\s+(\w+)\.(\w+)/gm)].map((m) => ({
      applied: m[1] === 'X',
      migration: { name: `${m[2]}.${m[3]}`, file: findMigrationFile(ctx.cwd, m[2]!, m[3]!) },
    }));

    const driftResult = await checkDrift(run, python);

    return {
      dialect,
      files: all.map((a) => a.migration),
      pending: all.filter((a) => !a.applied).map((a) => a.migration),
      drift: driftResult,
      sqlOf: async (m: MigrationFile) => {
        const [app, name] = m.name.split('.');
        const sql = await run(['sqlmigrate', app!, name!]);
        if (sql.code !== 0) throw toolFailed(`${python} manage.py sqlmigrate ${app} ${name}`, sql);
        // Django migrations are Python; findings point at the migration file's first line.
        return [
          {
            file: m.file ?? path.join(ctx.cwd, `${app}/migrations/${name}.py`),
            sql: sql.stdout.replace(/^(BEGIN|COMMIT);$/gm, ''),
            line: 1,
            pinLine: true,
          },
        ];
      },
    };
  },
};

/** What a database driver says when the server is not there (psycopg2, mysqlclient). */
const UNREACHABLE =
  /could not connect to server|Connection refused|could not translate host name|Can't connect to (?:local )?MySQL server|timeout expired/i;

async function checkDrift(run: (args: string[]) => Promise<RunResult>, python: string): Promise<Inspection['drift']> {
  const drift = await run(['makemigrations', '--check', '--dry-run', '--noinput']);
  const output = drift.stdout + drift.stderr;
  if (drift.code === 0) return null;
  if (!/Migrations for '/.test(output)) throw toolFailed(`${python} manage.py makemigrations --check`, drift);
  return {
    changes: output
      .split('\n')
      .filter((l) => /^\s+(?:- |\S+\/migrations\/)/.test(l))
      .map((l) => l.trim()),
  };
}

/** The settings module manage.py sets by default, and its file when it is in the project. */
export function settingsFile(cwd: string): { module: string; file?: string } | undefined {
  const manage = path.join(cwd, 'manage.py');
  const module =
    process.env.DJANGO_SETTINGS_MODULE ??
    (existsSync(manage)
      ? /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(readFileSync(manage, 'utf8'))?.[1]
      : undefined);
  if (!module) return undefined;
  const base = path.join(cwd, ...module.split('.'));
  const file = [`${base}.py`, path.join(base, '__init__.py')].find((f) => existsSync(f));
  return { module, file };
}

/** <app>/migrations/<name>.py at the service root or one folder down (src/<app>, apps/<app>). */
function findMigrationFile(cwd: string, app: string, name: string): string | undefined {
  const direct = path.join(cwd, app, 'migrations', `${name}.py`);
  if (existsSync(direct)) return direct;
  for (const entry of readdirSync(cwd, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const nested = path.join(cwd, entry.name, app, 'migrations', `${name}.py`);
    if (existsSync(nested)) return nested;
  }
  return undefined;
}
