import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, createPostgresDatabase, FIXTURES, type Project } from './project.js';

const projects: Project[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.remove();
});

function knexProject(): Project {
  const p = copyFixture('knex');
  projects.push(p);
  return p;
}

const DB = 'file:./app.sqlite3';
const migrateLatest = (p: Project) => p.run('node_modules/.bin/knex', ['migrate:latest'], { DATABASE_URL: DB });

describe('knex adapter', { timeout: 60_000 }, () => {
  it('passes when the knex_migrations table has every file, and says drift does not apply', async () => {
    const p = knexProject();
    migrateLatest(p);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
    expect(outcome.details).toContain('knex (found knexfile.js)');
    expect(outcome.details).toContain('knex has no models');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(0);
  });

  it('lists migration files missing from knex_migrations (exit 2)', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'db/migrations/20250103000000_add_views.js',
      "exports.up = (knex) => knex.schema.alterTable('posts', (t) => { t.integer('views').defaultTo(0); });\nexports.down = () => {};\n",
    );
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.status).toBe('warned');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
    expect(outcome.details).toContain('20250103000000_add_views.js');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(2);
  });

  it('treats a database with no knex_migrations table as having nothing applied', async () => {
    const p = knexProject();
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.outputs).toEqual({ 'pending-migrations': '2' });
  });

  it('flags dropColumn in a new migration and raw SQL that drops a table, at their lines (exit 4)', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'db/migrations/20250104000000_cleanup.js',
      [
        'exports.up = async (knex) => {',
        "  await knex.schema.alterTable('users', (t) => {",
        "    t.dropColumn('email');",
        '  });',
        "  await knex.raw('DROP TABLE posts');",
        '};',
        "exports.down = async (knex) => { await knex.raw('DROP TABLE users'); };",
        '',
      ].join('\n'),
    );
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    const found = outcome.annotations!.map((a) => [a.title, a.file, a.line]);
    expect(found).toEqual([
      ['Migration lint: drop-column', 'db/migrations/20250104000000_cleanup.js', 3],
      ['Migration lint: drop-table', 'db/migrations/20250104000000_cleanup.js', 5],
    ]);
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(4);
  });

  it('lints migrations added since the base branch even without a database', async () => {
    const p = knexProject();
    p.write('knexfile.js', NO_FALLBACK);
    const base = p.commit('base');
    p.write(
      'db/migrations/20250105000000_rename.js',
      "exports.up = (knex) => knex.raw('ALTER TABLE users RENAME COLUMN name TO full_name');\nexports.down = () => {};\n",
    );
    p.commit('rename');
    const outcome = await migrationsStage.run({
      config: p.config(),
      host: p.host({
        pullRequest: { number: 1, baseRef: 'main', baseSha: base, headRef: 'x', headSha: 'y', fromFork: false },
      }),
      previous: new Map(),
    });
    expect(outcome.annotations!.map((a) => a.title)).toEqual(['Migration lint: rename']);
    expect(outcome.details).toContain(`changed since ${base.slice(0, 12)}`);
    expect(outcome.outputs).toEqual({});
  });
});

// A knexfile whose only connection is DATABASE_URL, as production sections are written.
const NO_FALLBACK =
  "module.exports = { client: 'pg', connection: process.env.DATABASE_URL, migrations: { directory: './db/migrations' } };\n";

describe('knex adapter reads the knexfile as knex does', { timeout: 60_000 }, () => {
  it('takes the folder from the environment section (db/migrations) and says where it looked', async () => {
    const p = knexProject();
    migrateLatest(p);
    const host = p.host();
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host, previous: new Map() });
    expect(outcome.headline).toBe('knex: 2 of 2 migrations applied');
    expect(host.logText).toContain(
      'knex reads knexfile.js (environment test): client better-sqlite3, migrations.directory "./db/migrations"',
    );
  });

  it('reports every migration unapplied on an empty SQLite database, not "clean" (exit 2)', async () => {
    const p = knexProject();
    p.write('app.sqlite3', '');
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toBe('knex: 2 unapplied migration(s)');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '2' });
    expect(outcome.details).toContain('20250101000000_create_users.js');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(2);
  });

  it('uses the connection the knexfile resolves when no database-url is given (its DATABASE_URL fallback file)', async () => {
    const p = knexProject();
    p.run('node_modules/.bin/knex', ['migrate:latest']);
    expect(await migrationsCommand(p.config(), p.host())).toBe(0);
    p.write(
      'db/migrations/20250103000000_add_views.js',
      "exports.up = (knex) => knex.schema.alterTable('posts', (t) => { t.integer('views'); });\nexports.down = () => {};\n",
    );
    const outcome = await migrationsStage.run({ config: p.config(), host: p.host(), previous: new Map() });
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
  });

  it('is warned, not clean, with no database: pending-migrations stays empty (exit 0 with the note)', async () => {
    const p = knexProject();
    p.write('knexfile.js', NO_FALLBACK);
    const host = p.host();
    const outcome = await migrationsStage.run({ config: p.config(), host, previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toBe(
      'knex: unapplied migrations not checked: no database (set database-url, or DATABASE_URL that knexfile.js reads)',
    );
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).not.toContain('Every migration is applied');
  });

  it('is warned when the database the knexfile names from the environment is not reachable', async () => {
    const p = knexProject();
    p.write('knexfile.js', NO_FALLBACK);
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/nothing_here';
    try {
      const outcome = await migrationsStage.run({ config: p.config(), host: p.host(), previous: new Map() });
      expect(outcome.status).toBe('warned');
      expect(outcome.headline).toBe(
        'knex: unapplied migrations not checked: the database that knexfile.js names is not reachable (ECONNREFUSED); set database-url, or DATABASE_URL that knexfile.js reads',
      );
      expect(outcome.outputs).toEqual({});
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });

  it('fails naming the knexfile and the folder when migrations.directory does not exist or is empty (exit 1)', async () => {
    const p = knexProject();
    p.edit('knexfile.js', "'./db/migrations'", "'./database/migrations'");
    const host = p.host();
    expect(await migrationsCommand(p.config({ 'database-url': DB }), host)).toBe(1);
    expect(host.logText).toContain(
      `knexfile.js (environment test) migrations.directory names "./database/migrations", but ${p.path('database/migrations')} does not exist`,
    );
    p.run('mkdir', ['-p', 'database/migrations']);
    p.write('database/migrations/README.md', 'notes\n');
    const again = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(again.status).toBe('failed');
    expect(again.headline).toContain(`but ${p.path('database/migrations')} holds no migration (files ending .js)`);
  });

  it('checks a PostgreSQL database through knex migrate:list: empty, migrated, one new', async () => {
    const p = knexProject();
    const db = createPostgresDatabase('backend_ci_knex');
    try {
      const empty = await migrationsStage.run({
        config: p.config({ 'database-url': db.url }),
        host: p.host(),
        previous: new Map(),
      });
      expect(empty.outputs).toEqual({ 'pending-migrations': '2' });
      expect(empty.headline).toBe('knex: 2 unapplied migration(s)');
      p.run('node_modules/.bin/knex', ['migrate:latest'], { DATABASE_URL: db.url });
      expect(await migrationsCommand(p.config({ 'database-url': db.url }), p.host())).toBe(0);
      p.write(
        'db/migrations/20250103000000_add_views.js',
        "exports.up = (knex) => knex.schema.alterTable('posts', (t) => { t.integer('views'); });\nexports.down = () => {};\n",
      );
      const one = await migrationsStage.run({
        config: p.config({ 'database-url': db.url }),
        host: p.host(),
        previous: new Map(),
      });
      expect(one.outputs).toEqual({ 'pending-migrations': '1' });
      expect(one.details).toContain('db/migrations/20250103000000_add_views.js');
    } finally {
      db.drop();
    }
  });
});

describe('knex adapter ignore comments', { timeout: 60_000 }, () => {
  it('accepts a statement with `// backend-ci-ignore: <rule>` on the line before the call', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'db/migrations/20250106000000_cleanup.js',
      [
        'exports.up = async (knex) => {',
        "  await knex.schema.alterTable('users', (t) => {",
        '    // backend-ci-ignore: drop-column',
        "    t.dropColumn('email');",
        '  });',
        '  // backend-ci-ignore: drop-table',
        "  await knex.raw('DROP TABLE posts');",
        "  await knex.raw('DROP TABLE tags');",
        '};',
        'exports.down = async () => {};',
        '',
      ].join('\n'),
    );
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.annotations!.map((a) => [a.title, a.line])).toEqual([['Migration lint: drop-table', 8]]);
  });
});

describe('migrations stage details', { timeout: 60_000 }, () => {
  it('bounds the SQL plan of a huge migration', async () => {
    const p = knexProject();
    migrateLatest(p);
    const values = Array.from({ length: 2000 }, (_, i) => `(${i}, 'tag number ${i}')`).join(', ');
    p.write(
      'db/migrations/20250107000000_seed.js',
      `exports.up = (knex) => knex.raw("INSERT INTO tags (id, name) VALUES ${values}");\nexports.down = () => {};\n`,
    );
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.details).toMatch(/-- … \d+ more characters/);
    expect(outcome.details!.length).toBeLessThan(6000);
  });

  it('warns and lints only unapplied migrations when the base commit is not in the clone', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'db/migrations/20250103000000_add_views.js',
      "exports.up = (knex) => knex.schema.alterTable('posts', (t) => { t.integer('views'); });\nexports.down = () => {};\n",
    );
    p.commit('base');
    const host = p.host();
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB, 'migrations-base': '0123456789abcdef0123456789abcdef01234567' }),
      host,
      previous: new Map(),
    });
    expect(host.logText).toContain('could not list files changed since 0123456789abcdef0123456789abcdef01234567');
    expect(host.logText).toContain('fetch-depth: 0');
    expect(outcome.details).toContain('linted 1 migration(s) not applied to the target');
  });
});

describe('knex adapter without knex installed', () => {
  it('names the package to install (exit 1)', async () => {
    const p = knexProject();
    p.run('rm', ['node_modules']);
    const host = p.host();
    expect(await migrationsCommand(p.config({ 'database-url': DB }), host)).toBe(1);
    expect(host.logText).toContain('npm install --save-dev knex');
  });
});

describe('the README lint settings example', { timeout: 60_000 }, () => {
  it('turns drop-column into a warning, as the README says (exit 2 instead of 4)', async () => {
    const readme = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../README.md'),
      'utf8',
    );
    const example = /```yaml\n(# backend-ci\.yml\nmigrations:\n {2}lint:\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('drop-column: warning');
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'db/migrations/20250108000000_drop_email.js',
      "exports.up = (knex) => knex.schema.alterTable('users', (t) => { t.dropColumn('email'); });\nexports.down = () => {};\n",
    );
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(4);
    p.write('backend-ci.yml', example!);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.annotations!.map((a) => [a.level, a.title])).toEqual([['warning', 'Migration lint: drop-column']]);
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(2);
  });
});

describe('knex adapter with a TypeScript knexfile', { timeout: 120_000 }, () => {
  // Written as TypeScript projects write it; knex loads it through ts-node, the loader the project has.
  const KNEXFILE_TS = [
    "import type { Knex } from 'knex';",
    '',
    'const config: { [env: string]: Knex.Config } = {',
    '  test: {',
    "    client: 'better-sqlite3',",
    "    connection: { filename: (process.env.DATABASE_URL ?? 'file:./dev.sqlite3').replace(/^file:/, '') },",
    '    useNullAsDefault: true,',
    "    migrations: { directory: './db/migrations', loadExtensions: ['.js'] },",
    '  },',
    '};',
    '',
    'export default config;',
    '',
  ].join('\n');

  it('reads it through ts-node and asks knex migrate:list with it', async () => {
    const p = knexProject();
    p.run('rm', ['knexfile.js']);
    p.write('knexfile.ts', KNEXFILE_TS);
    p.write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'commonjs',
          target: 'ES2022',
          strict: true,
          esModuleInterop: true,
          skipLibCheck: true,
        },
      }),
    );
    p.write('app.sqlite3', '');
    const host = p.host();
    const fresh = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host, previous: new Map() });
    expect(host.logText).toContain(
      'knex reads knexfile.ts (environment test): client better-sqlite3, migrations.directory "./db/migrations"',
    );
    expect(fresh.outputs).toEqual({ 'pending-migrations': '2' });
    p.run('node_modules/.bin/knex', ['migrate:latest', '--knexfile', 'knexfile.ts'], { DATABASE_URL: DB });
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(0);
  });

  it('names the loaders knex looks for when the project has none for .ts', async () => {
    const p = knexProject();
    p.run('rm', ['knexfile.js']);
    p.write('knexfile.ts', KNEXFILE_TS);
    // The fixture's packages without ts-node: what a project that never installed a TypeScript loader has.
    useFixturePackagesWithout(p, ['ts-node']);
    const host = p.host();
    expect(await migrationsCommand(p.config({ 'database-url': DB }), host)).toBe(1);
    expect(host.logText).toMatch(/knex found no loader for \.ts knexfiles: install one of .*ts-node\/register/);
  });
});

function useFixturePackagesWithout(p: Project, left: string[]): void {
  const shared = path.join(FIXTURES, 'knex', 'node_modules');
  rmSync(p.path('node_modules'));
  mkdirSync(p.path('node_modules'));
  for (const name of readdirSync(shared))
    if (!left.includes(name)) symlinkSync(path.join(shared, name), p.path(`node_modules/${name}`));
}
