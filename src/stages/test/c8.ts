// Runs the user's test command with V8 coverage on and turns the raw data into reports with c8's own Report
// (bundled, so the action needs no c8 binary on the runner). Same result as `c8 --reporter=... <command>`.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { runProgram, type RunResult } from '../../exec/run.js';

const require = createRequire(import.meta.url);

export interface C8Options {
  command: string;
  cwd: string;
  reportsDirectory: string;
  reporters: string[];
  include: string[];
  exclude: string[];
  all: boolean;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  onOutput?: (chunk: string) => void;
  /** Run the command without coverage (coverage-tool: none). */
  withoutCoverage?: boolean;
}

interface C8FileSettings {
  include?: string[];
  exclude?: string[];
  all?: boolean;
  src?: string[];
  extension?: string[];
  excludeAfterRemap?: boolean;
}

/** c8 reads .c8rc(.json), .nycrc(.json) or package.json "c8"; so do we, so a project's own c8 setup holds. */
export function readC8Settings(cwd: string): C8FileSettings {
  for (const name of ['.c8rc', '.c8rc.json', '.nycrc', '.nycrc.json']) {
    const file = path.join(cwd, name);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as C8FileSettings;
  }
  const pkg = path.join(cwd, 'package.json');
  if (existsSync(pkg)) {
    const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { c8?: C8FileSettings };
    if (parsed.c8) return parsed.c8;
  }
  return {};
}

export async function runTestCommand(options: C8Options): Promise<RunResult> {
  const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
  const shellArgs = process.platform === 'win32' ? ['/d', '/s', '/c', options.command] : ['-c', options.command];
  if (options.withoutCoverage) {
    return runProgram(shell, shellArgs, { cwd: options.cwd, env: options.env ?? process.env, timeoutMs: options.timeoutMs, onStdout: options.onOutput, onStderr: options.onOutput });
  }
  const raw = await mkdtemp(path.join(tmpdir(), 'backend-ci-v8-'));
  try {
    const env = { ...(options.env ?? process.env), NODE_V8_COVERAGE: raw };
    const result = await runProgram(shell, shellArgs, { cwd: options.cwd, env, timeoutMs: options.timeoutMs, onStdout: options.onOutput, onStderr: options.onOutput });
    await writeReports(options, raw);
    return result;
  } finally {
    await rm(raw, { recursive: true, force: true });
  }
}

async function writeReports(options: C8Options, rawDirectory: string): Promise<void> {
  const settings = readC8Settings(options.cwd);
  const defaultExclude = require('@istanbuljs/schema/default-exclude') as string[];
  const defaultExtension = require('@istanbuljs/schema/default-extension') as string[];
  const createReport = require('c8/lib/report.js') as (opts: Record<string, unknown>) => { run(): Promise<void> };
  await rm(options.reportsDirectory, { recursive: true, force: true });
  await mkdir(options.reportsDirectory, { recursive: true });
  const report = createReport({
    include: options.include.length ? options.include : (settings.include ?? []),
    exclude: options.exclude.length ? options.exclude : (settings.exclude ?? defaultExclude),
    extension: settings.extension ?? defaultExtension,
    excludeAfterRemap: settings.excludeAfterRemap ?? false,
    reporter: options.reporters,
    reporterOptions: {},
    reportsDirectory: options.reportsDirectory,
    tempDirectory: rawDirectory,
    all: options.all || settings.all === true,
    src: settings.src,
    excludeNodeModules: true,
    allowExternal: false,
  });
  // c8 resolves include/exclude against the process's working directory.
  const previous = process.cwd();
  process.chdir(options.cwd);
  try {
    await report.run();
  } finally {
    process.chdir(previous);
  }
}
