// Reads coverage files of any supported format into one CoverageReport with repository-relative paths.
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCoberturaDetail } from './cobertura.js';
import { type FileDetail, addDetail, summarise } from './detail.js';
import { readIstanbulJson } from './istanbul.js';
import { readLcovDetail } from './lcov.js';
import { type CoverageReport, CoverageFormatError, type FileCoverage, sumTotals } from './model.js';

/** json-summary covers both istanbul JSON reports until the content tells them apart. */
export type CoverageFormat = 'lcov' | 'json-summary' | 'istanbul-json' | 'cobertura';

/** The names coverage tools write, in the order they are preferred. */
export const COVERAGE_FILE_NAMES = ['lcov.info', 'coverage-summary.json', 'coverage-final.json', 'cobertura-coverage.xml', 'coverage.xml'] as const;

/** The coverage files a folder holds (not searched recursively), in preference order. */
export function findCoverageFiles(dir: string): string[] {
  return COVERAGE_FILE_NAMES.map((name) => path.join(dir, name)).filter((file) => existsSync(file));
}

/** Tells the format from the first characters, so a file of any name (e.g. shard-3.info) is read right. */
export async function detectFormat(file: string): Promise<CoverageFormat> {
  const handle = await open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new CoverageFormatError(file, undefined, 'no such file: expected a coverage report here');
    if (err.code === 'EISDIR') throw new CoverageFormatError(file, undefined, 'is a folder: expected a coverage report file');
    throw err;
  });
  let head: string;
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.toString('utf8', 0, bytesRead).replace(/^\uFEFF/, '').trimStart();
  } finally {
    await handle.close();
  }
  if (head.startsWith('<')) return 'cobertura';
  if (head.startsWith('{')) return 'json-summary';
  if (/^(TN|SF|VER):/.test(head) || head === '') return 'lcov';
  throw new CoverageFormatError(
    file,
    1,
    `expected lcov (TN:/SF: records), istanbul JSON (an object keyed by file path) or Cobertura XML, got '${head.split('\n')[0]!.slice(0, 40)}'`,
  );
}

export interface ReadOptions {
  /** The repository root: report paths are made relative to it. */
  workspace: string;
  /** Where the tests ran: relative lcov SF paths and json-summary keys are relative to it. */
  cwd: string;
}

function insideWorkspace(file: string, workspace: string): string | undefined {
  const relative = path.relative(path.resolve(workspace), file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * A report path -> a repository-relative forward-slash path. A report written on another machine (a
 * container's /app, another runner's checkout) names paths outside this workspace: the longest tail of
 * such a path that exists in the workspace is taken as the file. Otherwise the path stays absolute.
 */
export function toRepositoryPath(file: string, workspace: string): string {
  const inside = insideWorkspace(file, workspace);
  if (inside !== undefined) return inside;
  const parts = file.split(/[\\/]+/).filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    // A bare file name matches too easily (any index.js); only take it from a one-folder root like /app.
    if (parts.length - i === 1 && i > 1) break;
    const tail = parts.slice(i).join('/');
    if (existsSync(path.join(workspace, tail))) return tail;
  }
  return file.split(path.sep).join('/');
}

function absoluteFrom(raw: string, base: string): string {
  if (raw.startsWith('file://')) return fileURLToPath(raw);
  return path.resolve(base, raw);
}

/**
 * Cobertura filenames are relative to one of the <source> roots: take the first where the file exists.
 * When none does (the report came from elsewhere), toRepositoryPath looks for the path's tail.
 */
function resolveCoberturaPath(filename: string, sources: string[], cwd: string): string {
  const candidates = [...sources.map((s) => absoluteFrom(filename, absoluteFrom(s, cwd))), absoluteFrom(filename, cwd)];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

interface Entry {
  format: CoverageFormat;
  detail: FileDetail;
}

const LINE_LEVEL: CoverageFormat[] = ['lcov', 'istanbul-json', 'cobertura'];

/**
 * Several reports of one file: line-level data wins (lcov, then istanbul's coverage-final.json, then
 * Cobertura); statements come from an istanbul report when there is one (the others have none).
 */
function combine(repoPath: string, entries: Entry[]): FileCoverage {
  const pick = LINE_LEVEL.find((f) => entries.some((e) => e.format === f)) ?? 'json-summary';
  const chosen = entries.filter((e) => e.format === pick);
  const merged: FileDetail = { ...chosen[0]!.detail, path: repoPath };
  for (const e of chosen.slice(1)) addDetail(merged, e.detail);
  const statements = entries.find((e) => (e.format === 'json-summary' || e.format === 'istanbul-json') && e.detail.statements);
  if (statements) merged.statements = statements.detail.statements;
  return summarise(merged);
}

/**
 * Report path -> repository path without touching the file system, for the common case: a plain relative
 * path (no '.' or '..' segment, no drive, no URL, no backslash) under a cwd inside the workspace; 10,000
 * files then cost no path.resolve each. Undefined when the careful way (toRepositoryPath) is needed.
 */
function quickRepositoryPath(opts: ReadOptions): (name: string) => string | undefined {
  const workspace = path.resolve(opts.workspace);
  const cwd = path.resolve(opts.cwd);
  const base = cwd === workspace ? '' : insideWorkspace(cwd, workspace);
  if (base === undefined || path.sep !== '/') return () => undefined;
  const prefix = base ? `${base}/` : '';
  return (name) => (PLAIN_RELATIVE.test(name) ? prefix + name : undefined);
}

const PLAIN_RELATIVE = /^(?![/\\]|[A-Za-z]:|file:)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^\\]+$/;

/** Reads every file, detecting its format, and merges them into one report. */
export async function readCoverage(files: string[], opts: ReadOptions): Promise<CoverageReport> {
  // The first report of a path, and the rest only when there are more (one array per file of 10,000 saved).
  const byPath = new Map<string, Entry>();
  const more = new Map<string, Entry[]>();
  const warnings: string[] = [];
  const add = (repoPath: string, entry: Entry) => {
    if (!byPath.has(repoPath)) byPath.set(repoPath, entry);
    else if (more.has(repoPath)) more.get(repoPath)!.push(entry);
    else more.set(repoPath, [entry]);
  };
  const quick = quickRepositoryPath(opts);
  for (const file of files) {
    const format = await detectFormat(file);
    if (format === 'cobertura') {
      const { sources, files: details, warnings: said } = await readCoberturaDetail(file);
      warnings.push(...said);
      for (const [name, detail] of details) add(toRepositoryPath(resolveCoberturaPath(name, sources, opts.cwd), opts.workspace), { format, detail });
    } else if (format === 'lcov') {
      for (const [name, detail] of await readLcovDetail(file)) add(quick(name) ?? toRepositoryPath(absoluteFrom(name, opts.cwd), opts.workspace), { format, detail });
    } else {
      const json = await readIstanbulJson(file);
      for (const [name, detail] of json.files) add(toRepositoryPath(absoluteFrom(name, opts.cwd), opts.workspace), { format: json.kind, detail });
    }
  }
  const out: FileCoverage[] = [];
  for (const [repoPath, first] of byPath) {
    const rest = more.get(repoPath);
    // One lcov report of the file (the usual case): nothing to choose or add up.
    if (!rest && first.format === 'lcov') out.push(summarise(first.detail, repoPath));
    else out.push(combine(repoPath, rest ? [first, ...rest] : [first]));
  }
  // Most reports list their files in order already: a look costs far less than sorting 10,000 paths.
  let sorted = true;
  for (let i = 1; i < out.length && sorted; i++) sorted = !(out[i - 1]!.path > out[i]!.path);
  if (!sorted) out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: out, totals: sumTotals(out), sources: [...files], ...(warnings.length ? { warnings } : {}) };
}
