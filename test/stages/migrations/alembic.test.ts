import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectAdapter } from '../../../src/stages/migrations/detect.js';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, createPostgresDatabase, DJANGO_PYTHON, type Project } from './project.js';

/** Debian's interpreter, which has python3-alembic and python3-sqlalchemy. */
const PYTHON = DJANGO_PYTHON;

const projects: Project[] = [];
const databases: { drop: () => void }[] = [];
const savedUrl = process.env.DATABASE_URL;
beforeEach(() => {
  // env.py reads DATABASE_URL; a value from the shell running the tests must not leak in.
  delete process.env.DATABASE_URL;
});
afterEach(() => {
  while (projects.length) projects.pop()!.remove();
  while (databases.length) databases.pop()!.drop();
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
});

function alembicProject(): { p: Project; url: string; inputs: Record<string, string> } {
  const p = copyFixture('alembic');
  projects.push(p);
  const url = `sqlite:///${p.path('app.sqlite3')}`;
  return { p, url, inputs: { python: PYTHON, 'database-url': url } };
}

const alembic = (p: Project, url: string, ...args: string[]) =>
  p.run(PYTHON, ['-m', 'alembic', ...args], { DATABASE_URL: url });
const run = (p: Project, inputs: Record<string, string>) =>
  migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });

const DROP_NAME = `"""drop users.name

Revision ID: c3d4e5f6a7b8
Revises: b2c3d4e5f6a7
"""
import sqlalchemy as sa
from alembic import op

revision = "c3d4e5f6a7b8"
down_revision = "b2c3d4e5f6a7"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column("users", "name")


def downgrade() -> None:
    op.add_column("users", sa.Column("name", sa.String(100)))
`;

describe('alembic adapter (Debian python3-alembic 1.8, SQLite)', { timeout: 60_000 }, () => {
  it('passes when the database is at head and compare_metadata finds no change', async () => {
    const { p, url, inputs } = alembicProject();
    alembic(p, url, 'upgrade', 'head');
    const before = readFileSync(p.path('app.sqlite3'));
    const outcome = await run(p, inputs);
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
    // Asking wrote nothing into the database.
    expect(readFileSync(p.path('app.sqlite3')).equals(before)).toBe(true);
    expect(outcome.details).toContain('alembic (found alembic.ini)');
    expect(outcome.details).toContain('Models and migrations match.');
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(0);
  });

  it('reports a model column without a migration (exit 3) and writes nothing into the project', async () => {
    const { p, url, inputs } = alembicProject();
    alembic(p, url, 'upgrade', 'head');
    p.edit(
      'app/models.py',
      '    name = Column(String(100))',
      '    name = Column(String(100))\n    bio = Column(String(500))',
    );
    const outcome = await run(p, inputs);
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain('- add column users.bio');
    expect(
      readdirSync(p.path('migrations/versions'))
        .filter((f) => f.endsWith('.py'))
        .sort(),
    ).toEqual(['a1b2c3d4e5f6_create_users.py', 'b2c3d4e5f6a7_create_posts.py']);
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(3);
  });

  it('lists revisions between the current one and the head with the SQL offline mode renders (exit 2)', async () => {
    const { p, url, inputs } = alembicProject();
    alembic(p, url, 'upgrade', 'a1b2c3d4e5f6');
    const outcome = await run(p, inputs);
    expect(outcome.status).toBe('warned');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '1' });
    expect(outcome.details).toContain('`b2c3d4e5f6a7` (migrations/versions/b2c3d4e5f6a7_create_posts.py)');
    expect(outcome.details).toContain('CREATE TABLE posts');
    expect(outcome.details).toContain('Drift: not checked: the database is not at head (1 unapplied)');
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(2);
  });

  it('counts every revision as unapplied on an empty database, without creating the SQLite file', async () => {
    const { p, inputs } = alembicProject();
    const outcome = await run(p, inputs);
    expect(outcome.outputs).toEqual({ 'pending-migrations': '2' });
    expect(outcome.details).toContain('CREATE TABLE users');
    expect(existsSync(p.path('app.sqlite3'))).toBe(false);
  });

  it('flags op.drop_column in an unapplied revision, pointing at the revision file (exit 4)', async () => {
    const { p, url, inputs } = alembicProject();
    alembic(p, url, 'upgrade', 'head');
    p.edit('app/models.py', '    name = Column(String(100))\n', '');
    p.write('migrations/versions/c3d4e5f6a7b8_drop_name.py', DROP_NAME);
    const outcome = await run(p, inputs);
    expect(outcome.annotations!.map((a) => [a.title, a.file, a.line])).toEqual([
      ['Migration lint: drop-column', 'migrations/versions/c3d4e5f6a7b8_drop_name.py', 1],
    ]);
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(4);
  });
});

describe('alembic adapter on PostgreSQL (python3-psycopg2)', { timeout: 60_000 }, () => {
  it('is unapplied on a fresh database, clean after alembic upgrade head', async () => {
    const p = copyFixture('alembic');
    projects.push(p);
    const db = createPostgresDatabase('backend_ci_alembic');
    databases.push(db);
    const url = db.url.replace(/^postgres:/, 'postgresql:');
    const inputs = { python: PYTHON, 'database-url': url };
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(2);
    // The check wrote nothing: no alembic_version table was created by asking.
    expect(
      execFileSync('psql', ['-X', '-A', '-t', '-d', db.url, '-c', "SELECT to_regclass('alembic_version') IS NULL"], {
        encoding: 'utf8',
      }).trim(),
    ).toBe('t');
    alembic(p, url, 'upgrade', 'head');
    const outcome = await run(p, inputs);
    expect(outcome.status).toBe('passed');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
  });
});

describe('alembic adapter without a database', { timeout: 60_000 }, () => {
  it('says unapplied migrations were not checked and names the variable env.py reads', async () => {
    const p = copyFixture('alembic');
    projects.push(p);
    const outcome = await run(p, { python: PYTHON });
    expect(outcome.status).not.toBe('failed');
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toContain(
      "unapplied migrations not checked: no database (sqlalchemy.url is the template placeholder 'driver://user:pass@localhost/dbname'; set database-url, or DATABASE_URL that migrations/env.py reads)",
    );
    expect(outcome.details).not.toContain('Models and migrations match');
  });

  it('names the variables when env.py loads pydantic settings that need them (FastAPI style)', async () => {
    const p = copyFixture('alembic');
    projects.push(p);
    p.write(
      'app/settings.py',
      'from pydantic import BaseSettings\n\n\nclass Settings(BaseSettings):\n    database_url: str\n    secret_key: str\n\n\nsettings = Settings()\n',
    );
    p.edit(
      'migrations/env.py',
      'url = os.environ.get("DATABASE_URL")',
      'from app.settings import settings\n\nurl = settings.database_url',
    );
    const outcome = await run(p, { python: PYTHON });
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toContain(
      'unapplied migrations not checked: no database (the settings env.py loads need DATABASE_URL, SECRET_KEY in the environment (or their .env file))',
    );
  });

  it('treats a server that does not answer as not checked', async () => {
    const p = copyFixture('alembic');
    projects.push(p);
    const outcome = await run(p, { python: PYTHON, 'database-url': 'postgresql://postgres@127.0.0.1:1/nothing' });
    expect(outcome.outputs).toEqual({});
    expect(outcome.details).toMatch(
      /unapplied migrations not checked: no database \(\(psycopg2\.OperationalError\) connection to server at "127\.0\.0\.1", port 1 failed: Connection refused/,
    );
  });
});

describe('alembic adapter configuration', { timeout: 60_000 }, () => {
  it('names the interpreter and what to install when it cannot import Alembic (exit 1)', async () => {
    const p = copyFixture('alembic');
    projects.push(p);
    // The same interpreter with -S: no site-packages, so no Alembic (Debian puts it in dist-packages).
    p.write('python-without-alembic', `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`);
    p.run('chmod', ['+x', 'python-without-alembic']);
    const host = p.host();
    expect(await migrationsCommand(p.config({ python: p.path('python-without-alembic') }), host)).toBe(1);
    expect(host.logText).toContain("cannot import Alembic (No module named 'alembic')");
    expect(host.logText).toContain("set migrations.python (input 'python')");
  });

  it('says which folder alembic.ini names when it has no migrations', async () => {
    const p = copyFixture('alembic');
    projects.push(p);
    p.edit('alembic.ini', 'script_location = %(here)s/migrations', 'script_location = %(here)s/db');
    const host = p.host();
    expect(await migrationsCommand(p.config({ python: PYTHON }), host)).toBe(1);
    expect(host.logText).toMatch(/alembic\.ini: script_location db: Path doesn't exist/);
  });

  it('is detected from alembic.ini', () => {
    const p = copyFixture('alembic');
    projects.push(p);
    expect(detectAdapter(p.dir, 'auto', undefined)).toEqual({ adapter: 'alembic', reason: 'found alembic.ini' });
  });
});
