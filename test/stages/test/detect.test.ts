import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRunner } from '../../../src/stages/test/detect.js';
import { addDevDependencyCommand, detectPackageManager } from '../../../src/stages/test/package-manager.js';
import { tempDir } from '../../support/temp.js';

function project(files: Record<string, string>): string {
  const dir = tempDir('backend-ci-detect-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const withScripts = (scripts: Record<string, string>, extra: Record<string, string> = {}) =>
  project({ 'package.json': JSON.stringify({ scripts }), ...extra });
const detect = (cwd: string, command?: string) => detectRunner({ cwd, workspace: cwd, command });

describe('detectRunner', () => {
  it.each([
    ['vitest run', 'vitest', 'vitest run'],
    ['jest --ci', 'jest', 'jest --ci'],
    ['node --test', 'node-test', 'node --test'],
    ['node --import tsx --test test/', 'node-test', 'node --import tsx --test test/'],
    [
      'c8 --reporter=lcov --reporter text-summary node --test',
      'node-test',
      'c8 --reporter=lcov --reporter text-summary node --test',
    ],
    [
      'mocha --require test/support/env --reporter spec test/',
      'mocha',
      'mocha --require test/support/env --reporter spec test/',
    ],
    ['ava --verbose', 'ava', 'ava --verbose'],
    ['cross-env NODE_ENV=test jest', 'jest', 'cross-env NODE_ENV=test jest'],
    ['node test/run.js', 'command', 'node test/run.js'],
  ])('reads the test script %j as %s', (script, runner, command) => {
    const d = detect(withScripts({ test: script }));
    expect(d.runner).toBe(runner);
    expect(d.command).toBe(command);
    expect(d.reason).toMatch(/^package\.json test script runs /);
  });

  it('runs watch-mode scripts one-shot and says why', () => {
    const vitest = detect(withScripts({ test: 'vitest' }));
    expect(vitest.command).toBe('vitest run');
    expect(vitest.changes).toEqual(['ran `vitest` as `vitest run` (without `run` it watches on a terminal)']);
    expect(detect(withScripts({ test: 'vitest watch --coverage' })).command).toBe('vitest run --coverage');
    const jest = detect(withScripts({ test: 'jest --watchAll --runInBand' }));
    expect(jest.command).toBe('jest --runInBand');
    expect(jest.changes).toEqual(['dropped --watchAll (watch mode never ends)']);
    expect(detect(withScripts({ test: 'mocha -w' })).command).toBe('mocha');
    expect(detect(withScripts({ test: 'node --test --watch' })).command).toBe('node --test');
  });

  it('follows npm run hand-overs, keeps build steps and leaves lint and type checks out', () => {
    const d = detect(
      withScripts({
        test: 'pnpm lint && pnpm test:types && prisma generate && npm run test:unit',
        'test:unit': 'vitest --run --coverage',
        lint: 'eslint .',
        'test:types': 'tsc --noEmit',
      }),
    );
    expect(d.runner).toBe('vitest');
    expect(d.command).toBe('vitest --run --coverage');
    expect(d.before).toEqual(['prisma generate']);
    expect(d.reason).toBe('package.json test script (via "test:unit") runs vitest');
    expect(d.changes).toContain('left out `pnpm lint`, `pnpm test:types` (style or type checks, not tests)');
    // tsc that emits is a build the tests may need; with --noEmit it only checks.
    expect(
      detect(withScripts({ test: 'tsc -p tsconfig.build.json && tsc --noEmit && mocha dist/test' })).before,
    ).toEqual(['tsc -p tsconfig.build.json']);
  });

  it('passes words given to the script on to its runner call', () => {
    const cwd = withScripts({ test: 'vitest' });
    expect(detect(cwd, 'npm test -- --run --dir src').command).toBe('vitest --run --dir src');
    expect(detect(cwd, 'pnpm test --changed').command).toBe('vitest run --changed');
  });

  it('reads a configured command the same way, and runs an unknown one as written', () => {
    const cwd = withScripts({ test: 'jest' });
    expect(detect(cwd, 'npx vitest run --dir src').runner).toBe('vitest');
    const plain = detect(cwd, './scripts/test.sh');
    expect(plain).toMatchObject({
      runner: 'command',
      command: './scripts/test.sh',
      reason: 'test.command names no known runner: run as written',
    });
    expect(detect(cwd, 'python3 manage.py test shop').runner).toBe('django');
    expect(detect(cwd, 'python -m pytest -q').runner).toBe('pytest');
  });

  it('finds Python projects: pytest settings first (pytest-django), then manage.py', () => {
    expect(
      detect(project({ 'manage.py': '', 'pytest.ini': '[pytest]\nDJANGO_SETTINGS_MODULE = x.settings\n' })),
    ).toMatchObject({ runner: 'pytest', reason: 'found pytest settings in pytest.ini' });
    expect(detect(project({ 'manage.py': '' }))).toMatchObject({
      runner: 'django',
      reason: 'found manage.py',
      command: 'manage.py test',
    });
    expect(detect(project({ 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n' })).runner).toBe(
      'pytest',
    );
    // A pyproject.toml without pytest settings says nothing about pytest.
    expect(() => detect(project({ 'pyproject.toml': '[project]\nname = "x"\n' }))).toThrow(/no test command/);
  });

  it("treats npm's placeholder test script as no test script, and says what it looked for", () => {
    expect(() => detect(withScripts({ test: 'echo "Error: no test specified" && exit 1' }))).toThrow(
      /^no test command: set test\.command in backend-ci\.yml or the 'test-command' input \(found no package\.json test script, manage\.py or pytest settings in /,
    );
  });

  it('runs a test script that names no runner through the package manager of the lock file', () => {
    const d = detect(withScripts({ test: './run-tests.sh' }, { 'yarn.lock': '' }));
    expect(d).toMatchObject({
      runner: 'command',
      command: 'yarn test',
      packageManager: 'yarn',
      packageManagerReason: 'yarn.lock',
    });
  });
});

describe('package manager', () => {
  it('comes from the lock file, looked up to the repository root', () => {
    const ws = project({ 'pnpm-lock.yaml': '', 'services/api/package.json': '{}' });
    expect(detectPackageManager(path.join(ws, 'services/api'), ws)).toEqual({
      manager: 'pnpm',
      reason: 'pnpm-lock.yaml',
    });
    expect(detectPackageManager(project({ 'package-lock.json': '{}' }), tmpdir()).manager).toBe('npm');
    expect(detectPackageManager(project({ 'package.json': '{"packageManager":"yarn@4.1.0"}' }), tmpdir())).toEqual({
      manager: 'yarn',
      reason: 'package.json "packageManager"',
    });
  });

  it('spells the install command the way each one does', () => {
    expect(addDevDependencyCommand('npm', ['@vitest/coverage-v8@4.1.12'])).toBe(
      'npm install --save-dev --save-exact @vitest/coverage-v8@4.1.12',
    );
    expect(addDevDependencyCommand('pnpm', ['@vitest/coverage-v8@4.1.12'])).toBe(
      'pnpm add --save-dev --save-exact @vitest/coverage-v8@4.1.12',
    );
    expect(addDevDependencyCommand('yarn', ['@vitest/coverage-v8@4.1.12'])).toBe(
      'yarn add --dev --exact @vitest/coverage-v8@4.1.12',
    );
  });
});
