import { afterEach, describe, expect, it } from 'vitest';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, type Project } from './project.js';

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
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
    expect(outcome.details).toContain('knex (found knexfile.js)');
    expect(outcome.details).toContain('knex has no models');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(0);
  });

  it('lists migration files missing from knex_migrations (exit 2)', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write('migrations/20250103000000_add_views.js', "exports.up = (knex) => knex.schema.alterTable('posts', (t) => { t.integer('views').defaultTo(0); });\nexports.down = () => {};\n");
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
    expect(outcome.details).toContain('20250103000000_add_views.js');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(2);
  });

  it('treats a database with no knex_migrations table as having nothing applied', async () => {
    const p = knexProject();
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host: p.host(), previous: new Map() });
    expect(outcome.outputs).toEqual({ 'pending-migrations': '2' });
  });

  it('flags dropColumn in a new migration and raw SQL that drops a table, at their lines (exit 4)', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'migrations/20250104000000_cleanup.js',
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
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host: p.host(), previous: new Map() });
    const found = outcome.annotations!.map((a) => [a.title, a.file, a.line]);
    expect(found).toEqual([
      ['Migration lint: drop-column', 'migrations/20250104000000_cleanup.js', 3],
      ['Migration lint: drop-table', 'migrations/20250104000000_cleanup.js', 5],
    ]);
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(4);
  });

  it('lints migrations added since the base branch even without a database', async () => {
    const p = knexProject();
    const base = p.commit('base');
    p.write('migrations/20250105000000_rename.js', "exports.up = (knex) => knex.raw('ALTER TABLE users RENAME COLUMN name TO full_name');\nexports.down = () => {};\n");
    p.commit('rename');
    const outcome = await migrationsStage.run({ config: p.config(), host: p.host({ pullRequest: { number: 1, baseRef: 'main', baseSha: base, headRef: 'x', headSha: 'y', fromFork: false } }), previous: new Map() });
    expect(outcome.annotations!.map((a) => a.title)).toEqual(['Migration lint: rename']);
    expect(outcome.details).toContain(`changed since ${base.slice(0, 12)}`);
    expect(outcome.outputs).toEqual({});
  });
});

describe('knex adapter ignore comments', { timeout: 60_000 }, () => {
  it('accepts a statement with `// backend-ci-ignore: <rule>` on the line before the call', async () => {
    const p = knexProject();
    migrateLatest(p);
    p.write(
      'migrations/20250106000000_cleanup.js',
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
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host: p.host(), previous: new Map() });
    expect(outcome.annotations!.map((a) => [a.title, a.line])).toEqual([['Migration lint: drop-table', 8]]);
  });
});

describe('migrations stage details', { timeout: 60_000 }, () => {
  it('bounds the SQL plan of a huge migration', async () => {
    const p = knexProject();
    migrateLatest(p);
    const values = Array.from({ length: 2000 }, (_, i) => `(${i}, 'tag number ${i}')`).join(', ');
    p.write('migrations/20250107000000_seed.js', `exports.up = (knex) => knex.raw("INSERT INTO tags (id, name) VALUES ${values}");\nexports.down = () => {};\n`);
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host: p.host(), previous: new Map() });
    expect(outcome.details).toMatch(/-- … \d+ more characters/);
    expect(outcome.details!.length).toBeLessThan(6000);
  });

  it('warns and lints only unapplied migrations when the base commit is not in the clone', async () => {
    const p = knexProject();
    p.commit('base');
    const host = p.host();
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB, 'migrations-base': '0123456789abcdef0123456789abcdef01234567' }), host, previous: new Map() });
    expect(host.logText).toContain('could not list files changed since 0123456789abcdef0123456789abcdef01234567');
    expect(host.logText).toContain('fetch-depth: 0');
    expect(outcome.details).toContain('linted 2 migration(s) not applied to the target');
  });
});

describe('knex adapter without the sqlite3 program', () => {
  it('names the package to install', async () => {
    const p = knexProject();
    p.write('app.sqlite3', '');
    const saved = process.env.PATH;
    process.env.PATH = p.path('empty-bin');
    try {
      const host = p.host();
      expect(await migrationsCommand(p.config({ 'database-url': DB }), host)).toBe(1);
      expect(host.logText).toContain('apt-get install sqlite3');
    } finally {
      process.env.PATH = saved;
    }
  });
});
