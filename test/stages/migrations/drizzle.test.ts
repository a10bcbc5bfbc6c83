import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfigFacts } from '../../../src/stages/migrations/adapters/drizzle.js';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, createPostgresDatabase, FIXTURES, type Project } from './project.js';

const projects: Project[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.remove();
});

function drizzleProject(): Project {
  const p = copyFixture('drizzle');
  projects.push(p);
  return p;
}

const DB = 'file:./app.sqlite3';
const applyMigrations = (p: Project) => p.run('node', ['migrate.mjs'], { DATABASE_URL: DB });

const ADD_VIEWS = `  body: text('body').notNull(),\n  views: integer('views').notNull().default(0),`;

// Real tools on a shared machine: seconds each, so a generous per-test timeout.
describe('drizzle adapter', { timeout: 60_000 }, () => {
  it('is picked automatically and passes when every migration is applied and the schema matches', async () => {
    const p = drizzleProject();
    applyMigrations(p);
    const host = p.host();
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host, previous: new Map() });
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
    expect(outcome.details).toContain('drizzle (found drizzle.config.ts)');
    expect(host.logText).toContain('drizzle adapter (found drizzle.config.ts)');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(0);
  });

  it('reports a schema change without a migration as drift (exit 3) and writes nothing to the repository', async () => {
    const p = drizzleProject();
    applyMigrations(p);
    p.edit('src/schema.ts', "  body: text('body').notNull(),", ADD_VIEWS);
    const before = p.run('find', ['drizzle', '-type', 'f']);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toContain('model changes without a migration');
    expect(outcome.details).toContain('ALTER TABLE `posts` ADD `views` integer DEFAULT 0 NOT NULL');
    expect(p.run('find', ['drizzle', '-type', 'f'])).toBe(before);
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(3);
  });

  it('reports an ambiguous rename, where drizzle-kit would ask on a terminal, as drift', async () => {
    const p = drizzleProject();
    p.edit('src/schema.ts', "title: text('title')", "headline: text('headline')");
    const outcome = await migrationsStage.run({ config: p.config(), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain('whether it is a rename');
    expect(await migrationsCommand(p.config(), p.host())).toBe(3);
  });

  it('lists migrations in the journal that the database has not applied (exit 2) with their SQL', async () => {
    const p = drizzleProject();
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.status).toBe('warned');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
    expect(outcome.details).toContain('`0000_init`');
    expect(outcome.details).toContain('CREATE TABLE `users`');
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(2);
  });

  it('flags a destructive new migration at file:line (exit 4), and honours the ignore comment', async () => {
    const p = drizzleProject();
    applyMigrations(p);
    // Remove a column from the model and let drizzle-kit write the migration, as a developer would.
    p.edit('src/schema.ts', "  body: text('body').notNull(),\n", '');
    p.run('node_modules/.bin/drizzle-kit', ['generate', '--name', 'drop_body']);
    const host = p.host();
    const outcome = await migrationsStage.run({ config: p.config({ 'database-url': DB }), host, previous: new Map() });
    expect(outcome.status).toBe('failed');
    const finding = outcome.annotations!.find((a) => a.title === 'Migration lint: drop-column');
    expect(finding).toMatchObject({ level: 'error', file: 'drizzle/0001_drop_body.sql', line: 1 });
    expect(finding!.message).toMatch(/Safe way/);
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(4);

    p.write('drizzle/0001_drop_body.sql', `-- backend-ci-ignore: drop-column\n${p.read('drizzle/0001_drop_body.sql')}`);
    expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(2);
  });

  it('names what to install when drizzle-kit is missing', async () => {
    const p = drizzleProject();
    p.run('rm', ['node_modules']);
    const host = p.host();
    expect(await migrationsCommand(p.config(), host)).toBe(1);
    expect(host.logText).toContain('npm install --save-dev drizzle-kit');
  });

  it('fails with the tail of stderr when drizzle-kit crashes on a broken schema', async () => {
    const p = drizzleProject();
    p.write('src/schema.ts', "import { nope } from './missing-module.js';\nexport const x = nope();\n");
    const host = p.host();
    const outcome = await migrationsStage.run({ config: p.config(), host, previous: new Map() });
    expect(outcome.status).toBe('failed');
    expect(outcome.headline).toContain('tool error');
    expect(outcome.details).toContain('missing-module');
  });
});

describe('drizzle adapter on PostgreSQL', { timeout: 60_000 }, () => {
  const PG_SCHEMA = [
    "import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';",
    '',
    "export const users = pgTable('users', {",
    "  id: serial('id').primaryKey(),",
    "  name: text('name').notNull(),",
    '});',
    '',
  ].join('\n');

  it('reads drizzle.__drizzle_migrations with psql and asks for CREATE INDEX CONCURRENTLY', async () => {
    const p = drizzleProject();
    const db = createPostgresDatabase('bci_drizzle');
    try {
      p.edit('drizzle.config.ts', "dialect: 'sqlite'", "dialect: 'postgresql'");
      p.write('src/schema.ts', PG_SCHEMA);
      p.run('rm', ['-r', 'drizzle']);
      p.run('node_modules/.bin/drizzle-kit', ['generate', '--name', 'init']);
      // Record the first migration as applied, the way drizzle's migrator does.
      const journal = JSON.parse(p.read('drizzle/meta/_journal.json')) as { entries: { when: number }[] };
      const psql = (sql: string) => p.run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db.url, '-c', sql]);
      psql(p.read('drizzle/0000_init.sql').replaceAll('--> statement-breakpoint', ''));
      psql(
        `CREATE SCHEMA drizzle; CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint); INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('x', ${journal.entries[0]!.when});`,
      );

      p.write(
        'src/schema.ts',
        PG_SCHEMA.replace(
          "  name: text('name').notNull(),\n});",
          "  name: text('name').notNull(),\n  age: integer('age'),\n}, (t) => [index('users_name_idx').on(t.name)]);",
        ).replace('integer, pgTable', 'index, integer, pgTable'),
      );
      p.run('node_modules/.bin/drizzle-kit', ['generate', '--name', 'name_index']);
      const outcome = await migrationsStage.run({
        config: p.config({ 'database-url': db.url }),
        host: p.host(),
        previous: new Map(),
      });
      expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
      expect(outcome.annotations!.map((a) => [a.title, a.file])).toEqual([
        ['Migration lint: index-without-concurrently', 'drizzle/0001_name_index.sql'],
      ]);
    } finally {
      db.drop();
    }
  });
});

/**
 * Puts another drizzle-kit (test/fixtures/migrations/drizzle/kits/<version>) in the project: its
 * node_modules becomes the fixture's packages, linked one by one, with that drizzle-kit instead.
 */
function useDrizzleKit(p: Project, version: string): void {
  const shared = path.join(FIXTURES, 'drizzle', 'node_modules');
  const kit = path.join(FIXTURES, 'drizzle', 'kits', version, 'node_modules');
  rmSync(p.path('node_modules'));
  mkdirSync(p.path('node_modules/.bin'), { recursive: true });
  for (const name of readdirSync(shared))
    if (name !== 'drizzle-kit' && name !== '.bin') symlinkSync(path.join(shared, name), p.path(`node_modules/${name}`));
  symlinkSync(path.join(kit, 'drizzle-kit'), p.path('node_modules/drizzle-kit'));
  symlinkSync(path.join(kit, 'drizzle-kit', 'bin.cjs'), p.path('node_modules/.bin/drizzle-kit'));
}

describe('drizzle renames on every drizzle-kit in use', { timeout: 60_000 }, () => {
  // The fixture's own drizzle-kit is the newest 0.31; kits/ holds the oldest 0.31 and one 0.2x.
  for (const version of ['0.31.11', '0.31.0', '0.28.1']) {
    it(`reports a rename that drizzle-kit ${version} would ask about as drift (exit 3), writing nothing`, async () => {
      const p = drizzleProject();
      if (version !== '0.31.11') useDrizzleKit(p, version);
      expect(p.run('node_modules/.bin/drizzle-kit', ['--version'])).toContain(version);
      applyMigrations(p);
      p.edit('src/schema.ts', "title: text('title')", "headline: text('headline')");
      const before = p.run('find', ['drizzle', '-type', 'f']);
      const outcome = await migrationsStage.run({
        config: p.config({ 'database-url': DB }),
        host: p.host(),
        previous: new Map(),
      });
      expect(outcome.status).toBe('failed');
      expect(outcome.headline).toBe('drizzle: model changes without a migration');
      expect(outcome.details).toContain('whether it is a rename');
      expect(p.run('find', ['drizzle', '-type', 'f'])).toBe(before);
      expect(await migrationsCommand(p.config({ 'database-url': DB }), p.host())).toBe(3);
    });
  }

  it('still reports a plain added column as drift with its SQL on 0.28.1', async () => {
    const p = drizzleProject();
    useDrizzleKit(p, '0.28.1');
    applyMigrations(p);
    p.edit('src/schema.ts', "  body: text('body').notNull(),", ADD_VIEWS);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.details).toContain('ALTER TABLE `posts` ADD `views` integer DEFAULT 0 NOT NULL');
  });
});

describe('drizzle adapter reads drizzle.config', { timeout: 60_000 }, () => {
  const ENV_ONLY =
    "import { defineConfig } from 'drizzle-kit';\n\nexport default defineConfig({\n  dialect: 'sqlite',\n  schema: './src/schema.ts',\n  out: './drizzle',\n  dbCredentials: { url: process.env.DATABASE_URL! },\n});\n";

  it('is warned "not checked" with no database, naming the variable the config reads', async () => {
    const p = drizzleProject();
    p.write('drizzle.config.ts', ENV_ONLY);
    const outcome = await migrationsStage.run({ config: p.config(), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toBe(
      'drizzle: unapplied migrations not checked: no database (set database-url, or DATABASE_URL that drizzle.config.ts reads)',
    );
    expect(outcome.outputs).toEqual({});
  });

  it('uses the DATABASE_URL the config reads from the environment when no database-url is given', async () => {
    const p = drizzleProject();
    p.write('drizzle.config.ts', ENV_ONLY);
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `file:${p.path('from-env.sqlite3')}`;
    try {
      const host = p.host();
      const fresh = await migrationsStage.run({ config: p.config(), host, previous: new Map() });
      expect(fresh.outputs).toEqual({ 'pending-migrations': '1' });
      expect(host.secrets).toContain(process.env.DATABASE_URL);
      p.run('node', ['migrate.mjs']);
      const applied = await migrationsStage.run({ config: p.config(), host: p.host(), previous: new Map() });
      expect(applied.outputs).toEqual({ 'pending-migrations': '0' });
      expect(applied.headline).toBe('drizzle: models match the migrations, 1 of 1 migrations applied');
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });

  it('fails naming the config and the folder when out does not exist (exit 1)', async () => {
    const p = drizzleProject();
    p.edit('drizzle.config.ts', "out: './drizzle'", "out: './db/drizzle'");
    const host = p.host();
    expect(await migrationsCommand(p.config({ 'database-url': DB }), host)).toBe(1);
    expect(host.logText).toContain(
      `drizzle.config.ts names out './db/drizzle', but ${p.path('db/drizzle')} does not exist`,
    );
  });

  it('fails naming the config and the file when the schema it names does not exist', async () => {
    const p = drizzleProject();
    p.edit('drizzle.config.ts', "schema: './src/schema.ts'", "schema: './src/db/schema.ts'");
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': DB }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.headline).toBe(
      `drizzle: tool error: drizzle.config.ts names schema './src/db/schema.ts', but ${p.path('src/db/schema.ts')} does not exist`,
    );
  });
});

describe('drizzle config connection, as configs write it', () => {
  const facts = (credentials: string, env: NodeJS.ProcessEnv) => {
    const p = drizzleProject();
    p.write(
      'drizzle.config.ts',
      `export default { dialect: 'postgresql', schema: './src/schema.ts', dbCredentials: { ${credentials} } };\n`,
    );
    return readConfigFacts(p.path('drizzle.config.ts'), env);
  };

  it('takes the first of a ?? / || chain that has a value', () => {
    expect(facts("url: process.env.DATABASE_URL || 'postgres://localhost/dev'", {})).toMatchObject({
      url: 'postgres://localhost/dev',
      urlVars: ['DATABASE_URL'],
    });
    expect(
      facts("url: process.env.DATABASE_URL || 'postgres://localhost/dev'", { DATABASE_URL: 'postgres://db/ci' }).url,
    ).toBe('postgres://db/ci');
    expect(facts('url: process.env.POSTGRES_URL!', {})).toMatchObject({ url: undefined, urlVars: ['POSTGRES_URL'] });
    expect(facts("url:\n      process.env.DATABASE_URL ||\n      'postgres://localhost/dev',\n", {}).url).toBe(
      'postgres://localhost/dev',
    );
  });

  it('fills a template literal only when every variable in it is set', () => {
    const credentials = 'url: `postgres://${process.env.PG_USER}@${process.env.PG_HOST!}/app`';
    expect(facts(credentials, { PG_USER: 'u' })).toMatchObject({ url: undefined, urlVars: ['PG_USER', 'PG_HOST'] });
    expect(facts(credentials, { PG_USER: 'u', PG_HOST: 'h' }).url).toBe('postgres://u@h/app');
  });
});
