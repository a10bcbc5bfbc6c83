// Checked-out repositories for the example workflows: a temp git repository holding a copy of the forum
// fixture (or the small Django project) where the workflow expects it, with a base commit on main and a
// pull request commit on a feature branch, like `actions/checkout` with fetch-depth: 0.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../harness/runner.js';
import { tempDir } from '../support/temp.js';

export const FORUM_FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'forum-api');
export const DJANGO_PROJECT = path.join(REPO_ROOT, 'test', 'workflows', 'django-forum');

/** Left out of the copy: installed packages (linked instead) and what earlier runs wrote. */
const SKIPPED = new Set([
  'node_modules',
  '.backend-ci',
  'coverage',
  'data',
  'run',
  '.run',
  '__pycache__',
  'db.sqlite3',
  '.coverage',
]);

export interface Checkout {
  /** GITHUB_WORKSPACE: the repository root. */
  workspace: string;
  /** The service folder inside it (the example's working-directory). */
  service: string;
  baseSha: string;
  headSha: string;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Forum Dev',
      GIT_AUTHOR_EMAIL: 'dev@forum.test',
      GIT_COMMITTER_NAME: 'Forum Dev',
      GIT_COMMITTER_EMAIL: 'dev@forum.test',
    },
  }).trim();
}

/**
 * A repository with `project` copied to `serviceDir` (relative to the root), committed on main, then a
 * pull request commit on `feature` made by `edit` (default: one line the tests run, so patch coverage has changed lines).
 */
export function checkout(project: 'forum' | 'django', serviceDir = '.', edit?: (service: string) => void): Checkout {
  const workspace = tempDir('bci-workflow-');
  const service = path.resolve(workspace, serviceDir);
  mkdirSync(service, { recursive: true });
  const source = project === 'forum' ? FORUM_FIXTURE : DJANGO_PROJECT;
  cpSync(source, service, { recursive: true, filter: (src) => !SKIPPED.has(path.basename(src)) });
  // The packages are linked, not copied (147 MB; better-sqlite3 is compiled once).
  if (project === 'forum')
    symlinkSync(path.join(FORUM_FIXTURE, 'node_modules'), path.join(service, 'node_modules'), 'dir');
  writeFileSync(
    path.join(workspace, '.gitignore'),
    ['node_modules', '.backend-ci/', 'coverage/', 'data/', 'run/', '__pycache__/', '*.sqlite3', '.coverage', ''].join(
      '\n',
    ),
  );
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'base');
  const baseSha = git(workspace, 'rev-parse', 'HEAD');
  git(workspace, 'checkout', '-q', '-b', 'feature');
  if (edit) edit(service);
  else defaultEdit(project, service);
  git(workspace, 'commit', '-q', '-a', '-m', 'the pull request');
  const headSha = git(workspace, 'rev-parse', 'HEAD');
  return { workspace, service, baseSha, headSha };
}

/** A small real change on lines the tests run, so the changed lines are covered. */
export function defaultEdit(project: 'forum' | 'django', service: string): void {
  const file =
    project === 'forum' ? path.join(service, 'src', 'forum', 'cursor.ts') : path.join(service, 'posts', 'models.py');
  const text = readFileSync(file, 'utf8');
  const edited =
    project === 'forum'
      ? text.replace('keyset.id })).toString', "keyset.id }), 'utf8').toString")
      : text.replace('if len(self.body) <= length:', 'if len(self.body) <= max(length, 1):');
  if (edited === text) throw new Error(`the pull request edit no longer applies to ${file}`);
  writeFileSync(file, edited);
}
