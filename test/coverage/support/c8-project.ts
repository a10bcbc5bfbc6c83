// Makes a tiny project in a temp dir and runs the real c8 over `node --test` in it, for tests that need
// coverage files exactly as c8 writes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runProgram } from '../../../src/exec/run.js';
import { tempDir } from '../../support/temp.js';

const c8 = path.resolve(import.meta.dirname, '../../../node_modules/c8/bin/c8.js');

export const MATH = `export function add(a, b) {
  return a + b;
}

export function clamp(x, lo, hi) {
  if (x < lo) return lo;
  if (x > hi) {
    return hi;
  }
  return x;
}

export function unused() {
  return 42;
}
`;

export function makeProject(files: Record<string, string>): string {
  const dir = tempDir('c8-project-');
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Runs c8 with the given reporters over `node --test <tests>`, writing to `<dir>/<reportDir>`. */
export async function runC8(dir: string, tests: string[], reportDir = 'coverage', reporters = ['lcov', 'json-summary', 'cobertura']): Promise<string> {
  const result = await runProgram(
    process.execPath,
    [c8, ...reporters.map((r) => `--reporter=${r}`), `--reports-dir=${reportDir}`, `--temp-directory=${reportDir}/tmp`, '--include=src/**', process.execPath, '--test', ...tests],
    { cwd: dir, timeoutMs: 60_000, env: { ...process.env, NODE_V8_COVERAGE: '' } },
  );
  if (result.code !== 0) throw new Error(`c8 failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return path.join(dir, reportDir);
}
