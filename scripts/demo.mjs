// npm run demo: the whole pipeline on the forum API fixture through the CLI, on a fresh machine.
// Installs what it needs, deploys to a local target under .backend-ci/demo/, leaves the service running,
// and says where everything is. Only Node's own modules here: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = path.join(root, 'test', 'fixtures', 'forum-api');
const demo = path.join(root, '.backend-ci', 'demo');
const target = path.join(demo, 'target');
const database = path.join(target, 'shared', 'data', 'forum.db');

function step(title, command, args, options = {}) {
  process.stdout.write(`\n» ${title}\n`);
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) {
    process.stderr.write(`demo: ${title} failed (${command} ${args.join(' ')} exited ${r.status ?? r.signal})\n`);
    process.exit(1);
  }
}

// 0. The deploy's SQLite snapshot and the migrations check use the sqlite3 command (the online backup API).
if (spawnSync('sqlite3', ['-version'], { stdio: 'ignore' }).status !== 0) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    step('installing sqlite3 (apt-get)', 'sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null',
    ]);
  } else {
    process.stderr.write(
      'demo: the sqlite3 command is needed (Debian/Ubuntu: sudo apt-get install sqlite3; macOS: brew install sqlite)\n',
    );
    process.exit(1);
  }
}

// 0b. The perf stage loads the deployed service with Locust (Debian's python3-locust); without it, autocannon.
const perfArgs = ['--perf-cpu-pid-file', path.join(target, 'run', 'forum.pid')];
if (spawnSync('locust', ['--help'], { stdio: 'ignore' }).status !== 0) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    step('installing Locust (apt-get install python3-locust)', 'sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-locust >/dev/null',
    ]);
  } else {
    process.stdout.write(
      '\ndemo: Locust is not installed (Debian/Ubuntu: sudo apt-get install python3-locust; elsewhere: pip install locust); the perf stage uses autocannon\n',
    );
    perfArgs.push('--perf-engine', 'autocannon');
  }
}

// 1. The fixture's packages (better-sqlite3 compiles here: a minute or two the first time). The CLI itself is
//    the committed bundle in dist/, which needs no install.
if (!existsSync(path.join(fixture, 'node_modules', 'better-sqlite3', 'build'))) {
  step("installing the forum API fixture's packages", 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: fixture,
  });
}

// 2. "Production" data on the target the first time: the deterministic demo set (5,000 posts, 50,000 comments).
mkdirSync(path.dirname(database), { recursive: true });
if (!existsSync(database)) {
  step('seeding the target database', 'npm', ['run', '-s', 'seed'], {
    cwd: fixture,
    env: { ...process.env, DATABASE_PATH: database },
  });
}

// 3. A secret the config stage requires, kept across demo runs (never printed).
const secretFile = path.join(demo, 'secret-key');
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
const env = { ...process.env, SECRET_KEY: readFileSync(secretFile, 'utf8').trim() };

// 4. The pipeline: migrations, config, test under c8, artifact, deploy (snapshot, migrate, switch, restart,
//    health gate), perf against the deployed service, report. FORUM_NAIVE=1 in the environment reaches the
//    deployed service: it then answers with the N+1 query pattern, and the perf stage's query budget fails.
process.stdout.write('\n» backend-ci run (test/fixtures/forum-api/backend-ci.yml)\n');
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'bin', 'backend-ci.js'),
    'run',
    '-C',
    path.relative(root, fixture),
    '--deploy-targets',
    `local:${target}`,
    '--database-url',
    database,
    ...perfArgs,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env },
);

const results = path.join(fixture, '.backend-ci');
const rel = (p) => path.relative(process.cwd(), p) || '.';
let releaseLine = '';
try {
  const outputs = JSON.parse(readFileSync(path.join(results, 'outputs.json'), 'utf8'));
  if (outputs['release-id']) releaseLine = ` (release ${outputs['release-id']}, ${outputs['deploy-status']})`;
} catch {
  /* the run stopped before writing outputs */
}
process.stdout.write(`
Where things are:
  report (job summary)  ${rel(path.join(results, 'summary.md'))}
  results               ${rel(path.join(results, 'results.json'))}
  coverage artifact     ${rel(path.join(results, 'artifacts', 'coverage-report.zip'))}
  deploy target         ${rel(target)}${releaseLine}
  running service       http://127.0.0.1:8040/api/foro/posts/   (health: http://127.0.0.1:8040/healthz)
  stop the service      node ${rel(path.join(fixture, 'bin', 'supervise.mjs'))} stop ${rel(path.join(target, 'current'))}
`);
process.exit(run.status ?? 1);
