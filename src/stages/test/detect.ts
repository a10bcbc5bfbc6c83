// Picks the test runner from what the project contains (its test script, manage.py, pytest's settings) and
// says why, the way the migrations stage names the tool it found.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../pipeline/stage.js';
import { detectPackageManager, runScriptCommand, type PackageManager } from './package-manager.js';
import { isCheckOnly, oneShot, readSegment, splitSegments, type ScriptRunner, type Segment } from './script.js';

export const RUNNERS = ['vitest', 'jest', 'node-test', 'mocha', 'ava', 'django', 'pytest', 'command'] as const;
export type RunnerName = (typeof RUNNERS)[number];

export interface RunnerDetection {
  runner: RunnerName;
  /** Why this runner: "package.json test script runs vitest", "found manage.py". */
  reason: string;
  /** The command to run, one-shot, before the stage adds its reporters and coverage flags. */
  command: string;
  /** Segments of the test script that run before the runner (build steps), kept as written. */
  before: string[];
  /** What was changed or left out of the project's own command, and why. */
  changes: string[];
  packageManager: PackageManager;
  packageManagerReason: string;
}

interface Sources {
  cwd: string;
  workspace: string;
  /** test.command / the test-command input. */
  command?: string;
  /** test.runner when not auto. */
  runner?: RunnerName;
}

const NPM_PLACEHOLDER = /no test specified/;

function packageScripts(cwd: string): Record<string, string> | undefined {
  const file = path.join(cwd, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    const scripts = (JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, unknown> }).scripts ?? {};
    return Object.fromEntries(Object.entries(scripts).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

interface Found {
  segment: Segment;
  before: string[];
  skipped: string[];
  via: string[];
}

/** Follows `npm run x` hand-overs to the segment that calls a runner. */
function findRunner(script: string, scripts: Record<string, string>, via: string[] = [], depth = 0): Found | undefined {
  const segments = splitSegments(script);
  const before: string[] = [];
  const skipped: string[] = [];
  for (const text of segments) {
    const seg = readSegment(text);
    if (seg.runner && seg.runner !== 'node') return { segment: seg, before, skipped, via };
    if (seg.delegatesTo && scripts[seg.delegatesTo] !== undefined && depth < 5 && !isCheckOnly(seg)) {
      const inner = findRunner(scripts[seg.delegatesTo]!, scripts, [...via, seg.delegatesTo], depth + 1);
      if (inner) {
        // `npm test -- --run`: the words go to the end of the script, which is where its runner call is.
        const segment = seg.passedOn?.length
          ? { ...inner.segment, words: [...inner.segment.words, ...seg.passedOn] }
          : inner.segment;
        return { ...inner, segment, before: [...before, ...inner.before], skipped: [...skipped, ...inner.skipped] };
      }
    }
    if (isCheckOnly(seg)) skipped.push(text);
    else before.push(text);
  }
  // A plain `node test.js` is a runner too, but only when nothing better was named.
  for (const text of segments) {
    const seg = readSegment(text);
    if (seg.runner === 'node') return { segment: seg, before: [], skipped: [], via };
  }
  return undefined;
}

function fromScript(
  found: Found,
  label: string,
  base: Omit<RunnerDetection, 'runner' | 'reason' | 'command' | 'before' | 'changes'>,
): RunnerDetection {
  const runner: RunnerName =
    found.segment.runner === 'node' ? 'command' : (found.segment.runner as Exclude<ScriptRunner, 'node'>);
  const shot = oneShot(found.segment);
  const changes = [...shot.changes];
  if (found.skipped.length)
    changes.push(`left out ${found.skipped.map((s) => `\`${s}\``).join(', ')} (style or type checks, not tests)`);
  const word = found.segment.words[found.segment.runnerAt ?? 0] ?? '';
  const what =
    runner === 'command'
      ? 'plain node'
      : runner === 'node-test'
        ? "node's test runner"
        : runner === 'django'
          ? "Django's test runner"
          : runner;
  return {
    ...base,
    runner,
    reason: `${label}${found.via.length ? ` (via ${found.via.map((v) => `"${v}"`).join(' -> ')})` : ''} runs ${what}${runner === 'command' ? ` (\`${word}\`)` : ''}`,
    command: shot.words.join(' '),
    before: found.before,
    changes,
  };
}

export function detectRunner(sources: Sources): RunnerDetection {
  const { cwd } = sources;
  const pm = detectPackageManager(cwd, sources.workspace);
  const base = { packageManager: pm.manager, packageManagerReason: pm.reason };
  const scripts = packageScripts(cwd) ?? {};
  const forced = sources.runner;

  if (sources.command) {
    const found = findRunner(sources.command, scripts);
    if (found && (!forced || forced === found.segment.runner)) return fromScript(found, 'test.command', base);
    return {
      ...base,
      runner: forced ?? 'command',
      reason: forced ? 'set by test.runner' : 'test.command names no known runner: run as written',
      command: sources.command,
      before: [],
      changes: [],
    };
  }

  const test = scripts.test;
  if (test !== undefined && !NPM_PLACEHOLDER.test(test)) {
    const found = findRunner(test, scripts, []);
    if (
      found &&
      (!forced || forced === found.segment.runner || (forced === 'command' && found.segment.runner === 'node'))
    )
      return fromScript(found, 'package.json test script', base);
    return {
      ...base,
      runner: forced ?? 'command',
      reason: forced
        ? `set by test.runner; the test script is run as written`
        : `the package.json test script names no known runner: run as \`${runScriptCommand(pm.manager, 'test')}\``,
      command: runScriptCommand(pm.manager, 'test'),
      before: [],
      changes: [],
    };
  }

  const python = pythonProject(cwd);
  if (python && (!forced || forced === python.runner)) return { ...base, ...python, before: [], changes: [] };
  if (forced === 'django' && existsSync(path.join(cwd, 'manage.py')))
    return {
      ...base,
      runner: 'django',
      reason: 'set by test.runner',
      command: 'manage.py test',
      before: [],
      changes: [],
    };
  if (forced === 'pytest')
    return { ...base, runner: 'pytest', reason: 'set by test.runner', command: 'pytest', before: [], changes: [] };

  throw new ConfigError(
    `no test command: set test.command in backend-ci.yml or the 'test-command' input (found no package.json test script, manage.py or pytest settings in ${cwd} to fall back on)`,
  );
}

/** pytest's own settings first (a Django project run by pytest-django has both), then manage.py. */
function pythonProject(cwd: string): Pick<RunnerDetection, 'runner' | 'reason' | 'command'> | undefined {
  const pytestConfig = findPytestConfig(cwd);
  if (pytestConfig) return { runner: 'pytest', reason: `found pytest settings in ${pytestConfig}`, command: 'pytest' };
  if (existsSync(path.join(cwd, 'manage.py')))
    return { runner: 'django', reason: 'found manage.py', command: 'manage.py test' };
  return undefined;
}

export function findPytestConfig(cwd: string): string | undefined {
  const checks: [string, RegExp | undefined][] = [
    ['pytest.ini', undefined],
    ['conftest.py', undefined],
    ['pyproject.toml', /^\[tool\.pytest\.ini_options\]/m],
    ['tox.ini', /^\[pytest\]/m],
    ['setup.cfg', /^\[tool:pytest\]/m],
  ];
  for (const [name, pattern] of checks) {
    const file = path.join(cwd, name);
    if (!existsSync(file)) continue;
    if (!pattern || pattern.test(readFileSync(file, 'utf8'))) return name;
  }
  return undefined;
}
