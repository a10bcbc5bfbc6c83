import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectAdapter } from '../../../src/stages/migrations/detect.js';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, createPostgresDatabase, type Project } from './project.js';

const projects: Project[] = [];
const databases: { drop: () => void }[] = [];
const savedUrl = process.env.DATABASE_URL;
beforeEach(() => {
  // The tool's config reads DATABASE_URL; a value from the shell running the tests must not leak in.
  delete process.env.DATABASE_URL;
});
afterEach(() => {
  while (projects.length) projects.pop()!.remove();
  while (databases.length) databases.pop()!.drop();
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

function sequelizeProject(): { p: Project; url: string } {
  const p = copyFixture('sequelize');
  projects.push(p);
  const db = createPostgresDatabase('backend_ci_sequelize');
  databases.push(db);
  return { p, url: db.url };
}

const migrate = (p: Project, url: string) =>
  p.run('node_modules/.bin/sequelize-cli', ['db:migrate'], { DATABASE_URL: url });
const run = (p: Project, inputs: Record<string, string> = {}) =>
  migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });

describe('sequelize adapter (sequelize-cli 6.6, PostgreSQL)', { timeout: 60_000 }, () => {
  it('passes when db:migrate:status has every migration up, and says drift does not apply', async () => {
    const { p, url } = sequelizeProject();
    migrate(p, url);
    const outcome = await run(p, { 'database-url': url });
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
    expect(outcome.details).toContain('sequelize (found .sequelizerc)');
    expect(outcome.details).toContain('Drift: n/a: Sequelize has no model-vs-migration diff.');
    expect(outcome.details).toContain('Every migration is applied');
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(0);
  });

  it('lists the migrations sequelize-cli reports down, from the folder .sequelizerc names, with their SQL (exit 2)', async () => {
    const { p, url } = sequelizeProject();
    const outcome = await run(p, { 'database-url': url });
    expect(outcome.status).toBe('warned');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '2' });
    expect(outcome.details).toContain(
      '`20250101000000-create-users.js` (db/migrations/20250101000000-create-users.js)',
    );
    expect(outcome.details).toContain('CREATE INDEX posts_user_id ON posts ("userId")');
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(2);
  });

  it('uses the DATABASE_URL that the config file names with use_env_variable when no database-url is given', async () => {
    const { p, url } = sequelizeProject();
    migrate(p, url);
    p.write(
      'db/migrations/20250103000000-add-views.js',
      "module.exports = { async up(q, S) { await q.addColumn('posts', 'views', { type: S.INTEGER, defaultValue: 0 }); }, async down() {} };\n",
    );
    process.env.DATABASE_URL = url;
    const outcome = await run(p);
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
    expect(outcome.details).toContain('20250103000000-add-views.js');
  });

  it('gives database-url to the variable the config names, whatever its name', async () => {
    const { p, url } = sequelizeProject();
    p.write(
      'db/config/config.json',
      JSON.stringify({ test: { use_env_variable: 'FORUM_DB_URL', dialect: 'postgres' } }),
    );
    const outcome = await run(p, { 'database-url': url });
    expect(outcome.outputs).toEqual({ 'pending-migrations': '2' });
  });

  it('flags removeColumn and raw DROP TABLE in a new migration at their lines, not the ones in down() (exit 4)', async () => {
    const { p, url } = sequelizeProject();
    migrate(p, url);
    p.write(
      'db/migrations/20250104000000-cleanup.js',
      [
        'module.exports = {',
        '  async up(queryInterface) {',
        "    await queryInterface.removeColumn('users', 'name');",
        "    await queryInterface.sequelize.query('DROP TABLE posts');",
        '  },',
        '  async down(queryInterface) {',
        "    await queryInterface.dropTable('users');",
        '  },',
        '};',
        '',
      ].join('\n'),
    );
    const outcome = await run(p, { 'database-url': url });
    expect(outcome.status).toBe('failed');
    expect(outcome.annotations!.map((a) => [a.title, a.file, a.line])).toEqual([
      ['Migration lint: drop-column', 'db/migrations/20250104000000-cleanup.js', 3],
      ['Migration lint: drop-table', 'db/migrations/20250104000000-cleanup.js', 4],
    ]);
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(4);
  });

  it('accepts a destructive call with `// backend-ci-ignore: <rule>` on the line before it', async () => {
    const { p, url } = sequelizeProject();
    migrate(p, url);
    p.write(
      'db/migrations/20250105000000-drop-name.js',
      "module.exports = {\n  async up(q) {\n    // backend-ci-ignore: drop-column\n    await q.removeColumn('users', 'name');\n  },\n  async down() {},\n};\n",
    );
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(2);
  });
});

describe('sequelize adapter without a database', { timeout: 60_000 }, () => {
  it('says unapplied migrations were not checked and names the variable the config reads; pending-migrations stays empty', async () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    const outcome = await run(p);
    expect(outcome.status).not.toBe('failed');
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toContain(
      'unapplied migrations not checked: no database (set database-url, or DATABASE_URL that db/config/config.json reads)',
    );
    expect(outcome.details).not.toContain('Every migration is applied');
  });

  it('treats a database that does not answer as not checked, quoting the connection error', async () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    const outcome = await run(p, { 'database-url': 'postgres://postgres@127.0.0.1:1/nothing' });
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toContain(
      'unapplied migrations not checked: no database reachable (connect ECONNREFUSED 127.0.0.1:1; set database-url, or DATABASE_URL that db/config/config.json reads)',
    );
  });
});

describe('sequelize adapter configuration', { timeout: 60_000 }, () => {
  it('names .sequelizerc and the folder when the migrations folder it names does not exist (exit 1)', async () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    p.edit('.sequelizerc', "path.resolve('db', 'migrations')", "path.resolve('database', 'migrations')");
    const host = p.host();
    expect(
      await migrationsCommand(p.config({ 'database-url': 'postgres://postgres@127.0.0.1:5432/unused' }), host),
    ).toBe(1);
    expect(host.logText).toContain('the migrations folder database/migrations (.sequelizerc) does not exist');
  });

  it("says the folder is sequelize-cli's default when .sequelizerc names none and it is missing", async () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    p.write('.sequelizerc', "module.exports = { config: require('path').resolve('db', 'config', 'config.json') };\n");
    const host = p.host();
    expect(await migrationsCommand(p.config(), host)).toBe(1);
    expect(host.logText).toContain(
      "the migrations folder migrations (sequelize-cli's default; .sequelizerc sets no migrations-path) does not exist in",
    );
  });

  it('reads a config without environments as sequelize-cli does: the whole file', async () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    p.write('db/config/config.json', JSON.stringify({ use_env_variable: 'FORUM_DB_URL', dialect: 'postgres' }));
    const outcome = await run(p);
    expect(outcome.details).toContain(
      'unapplied migrations not checked: no database (set database-url, or FORUM_DB_URL that db/config/config.json reads)',
    );
  });

  it('names the variables a JavaScript config reads when the connection it gives is refused', async () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    p.edit(
      '.sequelizerc',
      "path.resolve('db', 'config', 'config.json')",
      "path.resolve('db', 'config', 'database.js')",
    );
    p.write(
      'db/config/database.js',
      "module.exports = { dialect: 'postgres', host: process.env.DB_HOST || '127.0.0.1', port: process.env.DB_PORT || 1, database: process.env.DB_NAME };\n",
    );
    const outcome = await run(p);
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toContain(
      'unapplied migrations not checked: no database reachable (connect ECONNREFUSED 127.0.0.1:1; set database-url, or DB_HOST, DB_PORT, DB_NAME that db/config/database.js reads)',
    );
  });

  it('is detected from .sequelizerc, or from sequelize-cli in package.json with config/config.json', () => {
    const p = copyFixture('sequelize');
    projects.push(p);
    expect(detectAdapter(p.dir, 'auto', undefined)).toEqual({ adapter: 'sequelize', reason: 'found .sequelizerc' });
    p.run('rm', ['.sequelizerc']);
    p.run('mkdir', ['config']);
    p.write('config/config.json', '{}');
    p.write('package.json', JSON.stringify({ devDependencies: { 'sequelize-cli': '6.6.5' } }));
    expect(detectAdapter(p.dir, 'auto', undefined)).toEqual({
      adapter: 'sequelize',
      reason: 'found sequelize-cli in package.json and config/config.json',
    });
  });
});

describe('sequelize adapter lint of indexes (PostgreSQL)', { timeout: 60_000 }, () => {
  it('flags addIndex on an existing table unless it passes concurrently: true', async () => {
    const { p, url } = sequelizeProject();
    migrate(p, url);
    p.write(
      'db/migrations/20250106000000-indexes.js',
      [
        'module.exports = {',
        '  async up(queryInterface) {',
        "    await queryInterface.addIndex('users', ['name']);",
        "    await queryInterface.addIndex('posts', ['title'], { concurrently: true });",
        '  },',
        '  async down() {},',
        '};',
        '',
      ].join('\n'),
    );
    const outcome = await run(p, { 'database-url': url });
    expect(outcome.annotations!.map((a) => [a.title, a.line])).toEqual([
      ['Migration lint: index-without-concurrently', 3],
    ]);
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(4);
  });

  it('does not flag an index on a table that a migration of the same run creates', async () => {
    const { p, url } = sequelizeProject();
    p.write(
      'db/migrations/20250106000000-index-posts.js',
      "module.exports = { async up(q) { await q.addIndex('posts', ['title']); }, async down() {} };\n",
    );
    const outcome = await run(p, { 'database-url': url });
    expect(outcome.annotations).toEqual([]);
    expect(outcome.outputs).toEqual({ 'pending-migrations': '3' });
  });
});
