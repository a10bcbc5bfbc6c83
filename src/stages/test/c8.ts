// Runs the user's test command with V8 coverage on and turns the raw data into reports with c8's own Report
// (bundled, so the action needs no c8 binary on the runner). Same result as `c8 --reporter=... <command>`.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import createReport from 'c8/lib/report.js';
import defaultExclude from '@istanbuljs/schema/default-exclude.js';
import defaultExtension from '@istanbuljs/schema/default-extension.js';
import { createContext } from 'istanbul-lib-report';
import CloverReport from 'istanbul-reports/lib/clover/index.js';
import CoberturaReport from 'istanbul-reports/lib/cobertura/index.js';
import HtmlReport from 'istanbul-reports/lib/html/index.js';
import JsonReport from 'istanbul-reports/lib/json/index.js';
import JsonSummaryReport from 'istanbul-reports/lib/json-summary/index.js';
import LcovReport from 'istanbul-reports/lib/lcov/index.js';
import LcovOnlyReport from 'istanbul-reports/lib/lcovonly/index.js';
import TextReport from 'istanbul-reports/lib/text/index.js';
import { runProgram, type RunResult } from '../../exec/run.js';

export interface C8Options {
  command: string;
  cwd: string;
  reportsDirectory: string;
  reporters: (keyof typeof REPORTERS)[];
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
    return runProgram(shell, shellArgs, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeoutMs: options.timeoutMs,
      onStdout: options.onOutput,
      onStderr: options.onOutput,
    });
  }
  const raw = await mkdtemp(path.join(tmpdir(), 'backend-ci-v8-'));
  try {
    const env = { ...(options.env ?? process.env), NODE_V8_COVERAGE: raw };
    const result = await runProgram(shell, shellArgs, {
      cwd: options.cwd,
      env,
      timeoutMs: options.timeoutMs,
      onStdout: options.onOutput,
      onStderr: options.onOutput,
    });
    await writeReports(options, raw);
    return result;
  } finally {
    await rm(raw, { recursive: true, force: true });
  }
}

async function writeReports(options: C8Options, rawDirectory: string): Promise<void> {
  const settings = readC8Settings(options.cwd);
  await rm(options.reportsDirectory, { recursive: true, force: true });
  await mkdir(options.reportsDirectory, { recursive: true });
  // c8 resolves include/exclude against the process's working directory, from the moment the report is made.
  const previous = process.cwd();
  process.chdir(options.cwd);
  try {
    const c8 = createReport({
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
    const coverageMap = await c8.getCoverageMapFromAllCoverageFiles();
    const context = createContext({ dir: options.reportsDirectory, coverageMap });
    // istanbul's lcov reporter writes the HTML report too; with html also asked for, it would be written twice.
    const names = options.reporters.includes('html')
      ? options.reporters.map((n) => (n === 'lcov' ? 'lcovonly' : n))
      : options.reporters;
    for (const name of new Set(names))
      new REPORTERS[name]({ skipEmpty: false, ...REPORTER_OPTIONS[name] }).execute(context);
  } finally {
    process.chdir(previous);
  }
}

// Reporters are imported one by one (istanbul-reports would load them by computed path, which a bundle cannot
// follow), so the action carries exactly what it can write.
const REPORTERS = {
  lcov: LcovReport,
  lcovonly: LcovOnlyReport,
  'json-summary': JsonSummaryReport,
  json: JsonReport,
  cobertura: CoberturaReport,
  html: HtmlReport,
  clover: CloverReport,
  text: TextReport,
} as const;

const REPORTER_OPTIONS: Partial<Record<keyof typeof REPORTERS, Record<string, unknown>>> = {
  text: { file: 'coverage.txt' },
};
