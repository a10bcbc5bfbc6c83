import { afterEach, describe, expect, it } from 'vitest';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, createPostgresDatabase, type Project } from './project.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function typeormProject(): { p: Project; url: string } {
  const p = copyFixture('typeorm');
  const db = createPostgresDatabase('bci_typeorm');
  cleanups.push(() => p.remove(), db.drop);
  return { p, url: db.url };
}

const runMigrations = (p: Project, url: string) =>
  p.run('node_modules/.bin/typeorm', ['migration:run', '-d', 'data-source.js'], { DATABASE_URL: url });

const ADD_VIEWS = `    email: { type: 'varchar', length: 200, unique: true },\n    views: { type: 'int', default: 0 },`;

function migrationFile(className: string, up: string[]): string {
  return [
    `export class ${className} {`,
    `  name = '${className}';`,
    '  async up(queryRunner) {',
    ...up.map((sql) => `    await queryRunner.query(\`${sql}\`);`),
    '  }',
    '  async down() {}',
    '}',
    '',
  ].join('\n');
}

// Each check runs the TypeORM CLI several times (show, run on a scratch database, generate --check).
describe('typeorm adapter (PostgreSQL)', { timeout: 60_000 }, () => {
  it('passes when entities match the migrations and every migration is applied', async () => {
    const { p, url } = typeormProject();
    runMigrations(p, url);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': url }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.headline).toBe('typeorm: models match the migrations, 1 of 1 migrations applied');
    expect(outcome.status).toBe('passed');
    expect(outcome.details).toContain('found a TypeORM DataSource in data-source.js');
  });

  it('reports an entity change without a migration (exit 3), checked on a scratch database', async () => {
    const { p, url } = typeormProject();
    p.edit('src/entities/user.js', "    email: { type: 'varchar', length: 200, unique: true },", ADD_VIEWS);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': url }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain('ALTER TABLE "users" ADD "views" integer NOT NULL DEFAULT \'0\'');
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(3);
  });

  it('lists unapplied migrations with their SQL (exit 2) without calling that drift', async () => {
    const { p, url } = typeormProject();
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': url }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
    expect(outcome.details).toContain('`Init1750000000000` (migrations/1750000000000-Init.js)');
    expect(outcome.details).toContain('CREATE TABLE "users"');
    expect(outcome.details).toContain('Models and migrations match.');
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(2);
  });

  it('flags a blocking index and a NOT NULL column without default on an existing table (exit 4)', async () => {
    const { p, url } = typeormProject();
    // The users table exists: Init is applied, so the new migration alters a table with rows.
    runMigrations(p, url);
    p.edit(
      'src/entities/user.js',
      "    email: { type: 'varchar', length: 200, unique: true },",
      `    email: { type: 'varchar', length: 200, unique: true },\n    city: { type: 'varchar' },`,
    );
    p.write(
      'migrations/1760000000000-City.js',
      migrationFile('City1760000000000', [
        'ALTER TABLE "users" ADD "city" character varying NOT NULL',
        'CREATE INDEX "IDX_city" ON "users" ("city")',
      ]),
    );
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': url }),
      host: p.host(),
      previous: new Map(),
    });
    // The hand-written SQL is what is being linted; whether it matches the entities exactly is the drift test's business.
    expect(outcome.annotations!.filter((a) => a.file).map((a) => [a.title, a.file, a.line])).toEqual([
      ['Migration lint: not-null-without-default', 'migrations/1760000000000-City.js', 4],
      ['Migration lint: index-without-concurrently', 'migrations/1760000000000-City.js', 5],
    ]);
    expect(await migrationsCommand(p.config({ 'database-url': url }), p.host())).toBe(4);
  });

  it('lets backend-ci.yml lower a rule to a warning', async () => {
    const { p, url } = typeormProject();
    runMigrations(p, url);
    p.write('backend-ci.yml', 'migrations:\n  lint:\n    index-without-concurrently: warning\n');
    p.edit(
      'src/entities/user.js',
      "    email: { type: 'varchar', length: 200, unique: true },",
      `    email: { type: 'varchar', length: 200, unique: true },\n    city: { type: 'varchar', nullable: true },`,
    );
    p.write(
      'migrations/1760000000000-City.js',
      migrationFile('City1760000000000', [
        'ALTER TABLE "users" ADD "city" character varying',
        'CREATE INDEX "IDX_city" ON "users" ("city")',
      ]),
    );
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': url }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.annotations!.filter((a) => a.file)).toEqual([
      expect.objectContaining({ level: 'warning', title: 'Migration lint: index-without-concurrently' }),
    ]);
    expect(outcome.headline).toContain('1 lint warning(s)');
    expect(outcome.headline).not.toContain('destructive');
  });
});

describe('typeorm adapter reads the data source', { timeout: 60_000 }, () => {
  it('is warned "not checked" when the database the data source names is not reachable', async () => {
    const { p } = typeormProject();
    p.edit(
      'data-source.js',
      "url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/fixture_typeorm'",
      "url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:1/nothing_here'",
    );
    const outcome = await migrationsStage.run({ config: p.config(), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toBe(
      'typeorm: unapplied migrations not checked: the database that data-source.js names is not reachable (ECONNREFUSED); set database-url, or DATABASE_URL that data-source.js reads',
    );
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toContain('drift not checked: typeorm compares the entities with a live database');
  });

  it('fails naming the data source and the folder when its migrations glob points at nothing (exit 1)', async () => {
    const { p, url } = typeormProject();
    p.edit('data-source.js', "migrations: ['migrations/*.js']", "migrations: ['src/migrations/*.js']");
    const host = p.host();
    expect(await migrationsCommand(p.config({ 'database-url': url }), host)).toBe(1);
    expect(host.logText).toContain(
      `data-source.js names its migrations in src/migrations, but ${p.path('src/migrations')} does not exist`,
    );
  });
});

describe('typeorm adapter with a TypeScript data source', { timeout: 180_000 }, () => {
  const TS_DATA_SOURCE = [
    '// The data source in TypeScript, as projects write it.',
    "import { DataSource } from 'typeorm';",
    "import { User } from './src/entities/user.js';",
    '',
    'export default new DataSource({',
    "  type: 'postgres',",
    '  url: process.env.DATABASE_URL,',
    '  entities: [User],',
    "  migrations: ['migrations/*.js'],",
    '});',
    '',
  ].join('\n');

  // ts-node compiles on every call, so this is the slowest test here: one stage run, on a migrated database.
  it('runs it through typeorm-ts-node-esm: migration:show and the drift check', async () => {
    const { p, url } = typeormProject();
    runMigrations(p, url);
    p.run('rm', ['data-source.js']);
    p.write('data-source.ts', TS_DATA_SOURCE);
    p.write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          allowJs: true,
          skipLibCheck: true,
          strict: true,
        },
      }),
    );
    p.edit('src/entities/user.js', "    email: { type: 'varchar', length: 200, unique: true },", ADD_VIEWS);
    const outcome = await migrationsStage.run({
      config: p.config({ 'database-url': url }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.details).toContain('typeorm (found a TypeORM DataSource in data-source.ts)');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
    expect(outcome.headline).toBe('typeorm: model changes without a migration');
  });
});
