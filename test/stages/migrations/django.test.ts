import { afterEach, describe, expect, it } from 'vitest';
import { migrationsCommand, migrationsStage } from '../../../src/stages/migrations/stage.js';
import { copyFixture, DJANGO_PYTHON, type Project } from './project.js';

const projects: Project[] = [];
afterEach(() => {
  while (projects.length) projects.pop()!.remove();
});

function djangoProject(): Project {
  const p = copyFixture('django');
  projects.push(p);
  return p;
}

const inputs = { python: DJANGO_PYTHON };
const manage = (p: Project, ...args: string[]) => p.run(DJANGO_PYTHON, ['manage.py', ...args]);

describe('django adapter', { timeout: 60_000 }, () => {
  it('passes when models match the migrations and all are applied', async () => {
    const p = djangoProject();
    manage(p, 'migrate', '--noinput');
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('passed');
    expect(outcome.details).toContain('django (found manage.py)');
    expect(outcome.outputs).toEqual({ 'pending-migrations': '0' });
  });

  it('reports a model change without a migration (exit 3)', async () => {
    const p = djangoProject();
    manage(p, 'migrate', '--noinput');
    p.edit(
      'forum/models.py',
      '    body = models.TextField()',
      '    body = models.TextField()\n    views = models.IntegerField(default=0)',
    );
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain('Add field views to post');
    expect(p.run('ls', ['forum/migrations'])).not.toContain('0002');
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(3);
  });

  it("on a fresh database lists every unapplied migration, lints only the repository's own (exit 2)", async () => {
    const p = djangoProject();
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    // forum's one migration plus Django's own (admin, auth, contenttypes, sessions) of 3.2.
    expect(outcome.outputs).toEqual({ 'pending-migrations': '19' });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toBe('django: 19 unapplied migration(s)');
    expect(outcome.annotations).toEqual([]);
    expect(outcome.details).toContain('`forum.0001_initial` (forum/migrations/0001_initial.py)');
    expect(outcome.details).toContain('`admin.0002_logentry_remove_auto_add`');
    expect(outcome.details).toContain('CREATE TABLE "forum_author"');
    expect(outcome.details).toContain(
      'Lint: the target database is empty, so its unapplied migrations (all of them) are not linted; no base branch to tell new migrations (set migrations-base).',
    );
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(2);
  });

  it("on a fresh database still lints a destructive migration new since the base, not Django's own (exit 4)", async () => {
    const p = djangoProject();
    const base = p.commit('base');
    p.edit('forum/models.py', '    body = models.TextField()\n', '');
    manage(p, 'makemigrations', 'forum', '--name', 'remove_body');
    p.commit('drop body');
    const outcome = await migrationsStage.run({
      config: p.config({ ...inputs, 'migrations-base': base }),
      host: p.host(),
      previous: new Map(),
    });
    expect(outcome.annotations!.map((a) => [a.title, a.file])).toEqual([
      ['Migration lint: table-rebuild', 'forum/migrations/0002_remove_body.py'],
    ]);
    expect(outcome.details).toContain(`linted 1 migration(s) changed since ${base.slice(0, 12)}`);
    expect(await migrationsCommand(p.config({ ...inputs, 'migrations-base': base }), p.host())).toBe(4);
  });

  it('on a fresh database still reports drift first (exit 3)', async () => {
    const p = djangoProject();
    p.edit(
      'forum/models.py',
      '    body = models.TextField()',
      '    body = models.TextField()\n    views = models.IntegerField(default=0)',
    );
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    expect(outcome.headline).toBe('django: model changes without a migration, 19 unapplied migration(s)');
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(3);
  });

  it('flags a new migration that drops a column (exit 4), pointing at the migration file', async () => {
    const p = djangoProject();
    manage(p, 'migrate', '--noinput');
    p.edit('forum/models.py', '    body = models.TextField()\n', '');
    manage(p, 'makemigrations', 'forum', '--name', 'remove_body');
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    // SQLite has no DROP COLUMN in Django 3.2: it rebuilds the table (new table, rows copied, old one dropped).
    expect(outcome.annotations!.filter((a) => a.file).map((a) => [a.title, a.level, a.file, a.line])).toEqual([
      ['Migration lint: table-rebuild', 'error', 'forum/migrations/0002_remove_body.py', 1],
    ]);
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(4);
  });

  it('names what to install when the interpreter has no Django', async () => {
    const p = djangoProject();
    const host = p.host();
    // -S skips site-packages, so this interpreter cannot import Django.
    p.write('nodjango.sh', `#!/bin/sh\nexec ${DJANGO_PYTHON} -S "$@"\n`);
    p.run('chmod', ['+x', 'nodjango.sh']);
    expect(await migrationsCommand(p.config({ python: p.path('nodjango.sh') }), host)).toBe(1);
    expect(host.logText).toContain('cannot import Django');
    expect(host.logText).toContain("set migrations.python (input 'python')");
  });

  it('fails with the tail of stderr when manage.py crashes', async () => {
    const p = djangoProject();
    p.write('forum/models.py', 'raise RuntimeError("models are broken on purpose")\n');
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('failed');
    expect(outcome.details).toContain('RuntimeError: models are broken on purpose');
  });
});

describe('django adapter without a reachable database', { timeout: 60_000 }, () => {
  it('is warned "not checked" (never clean) and still checks drift', async () => {
    const p = djangoProject();
    p.edit(
      'site_settings/settings.py',
      /DATABASES = \{[\s\S]*?\n\}\n/,
      "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'app', 'HOST': os.environ.get('DB_HOST', '127.0.0.1'), 'PORT': '1'}}\n",
    );
    const outcome = await migrationsStage.run({ config: p.config(inputs), host: p.host(), previous: new Map() });
    expect(outcome.status).toBe('warned');
    expect(outcome.headline).toMatch(
      /^django: unapplied migrations not checked: the database in site_settings\/settings\.py is not reachable \((?:could not connect to server|Connection refused)\); set DB_HOST, which site_settings\/settings\.py reads, to a database the job can reach$/,
    );
    expect(outcome.outputs).toEqual({});
    p.edit(
      'forum/models.py',
      '    body = models.TextField()',
      '    body = models.TextField()\n    views = models.IntegerField(default=0)',
    );
    expect(await migrationsCommand(p.config(inputs), p.host())).toBe(3);
  });
});
