// Settings of the migrations stage.
import { obj, oneOf, record, str } from '../schema.js';

export const MIGRATION_ADAPTERS = [
  'auto',
  'drizzle',
  'knex',
  'typeorm',
  'sequelize',
  'django',
  'alembic',
  'command',
  'none',
] as const;
export const LINT_SEVERITIES = ['error', 'warning', 'off'] as const;

export const migrations = obj(
  {
    adapter: oneOf(MIGRATION_ADAPTERS, {
      doc: `Migration tool. Allowed: ${MIGRATION_ADAPTERS.join(', ')}. auto picks from the repository and says why.`,
      input: 'migrations-adapter',
      default: 'auto',
    }),
    command: str({
      doc: 'For the command adapter: a command following the exit-code contract 0 clean, 1 tool error, 2 unapplied, 3 drift, 4 destructive.',
      input: 'migrations-command',
    }),
    databaseUrl: str({
      doc: "Database to check for unapplied migrations (postgres://…, or file:/sqlite: path to an SQLite file). Default: the connection the tool's own config resolves (knexfile, drizzle dbCredentials, data source, Django settings); with none, unapplied migrations are reported as not checked.",
      input: 'database-url',
      secret: true,
    }),
    python: str({
      doc: 'Python interpreter for Django projects (the one that has Django installed).',
      input: 'python',
      default: 'python3',
    }),
    directory: str({
      doc: "Migrations folder for knex and TypeORM, relative to the working directory. Default: the knexfile's migrations.directory or the data source's migrations glob, else migrations (src/migrations for TypeORM when it exists).",
      input: 'migrations-directory',
    }),
    dataSource: str({
      doc: 'TypeORM data source file (default: data-source.ts/.js at the root or in src/).',
      input: 'typeorm-data-source',
    }),
    base: str({
      doc: 'Git ref of the base branch: migration files changed since it count as new and are linted. Default: the pull request base.',
      input: 'migrations-base',
    }),
    lint: record(oneOf(LINT_SEVERITIES, { doc: 'severity' }), {
      doc: 'Severity per SQL lint rule (error | warning | off), e.g. {drop-column: warning}. Rules: drop-table, table-rebuild, drop-column, rename, column-type-change, not-null-without-default, set-not-null, index-without-concurrently, drop-index-without-concurrently, foreign-key-validating, truncate, delete-without-where.',
    }),
  },
  { doc: 'The migrations stage.' },
);
