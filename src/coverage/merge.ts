// Merges coverage of test shards into one report: hits add up per file, line, function and branch.
// lcov shards are merged in bounded memory: a first pass indexes where each file's record sits in each
// shard (byte ranges), a second pass reads one file's records from every shard, adds them up, writes the
// file and forgets it. Memory is the index, a read window per shard and the largest single file, whatever
// the shards weigh in all.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type FileHandle, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newDetail } from './detail.js';
import { LcovParser, formatLcovRecord } from './lcov.js';
import { forEachLine } from './line-stream.js';
import { CoverageFormatError, type Metric, percent } from './model.js';
import { parseIstanbulJson } from './istanbul.js';
import { detectFormat } from './read.js';

interface Segment {
  input: number;
  start: number;
  end: number;
  /** Line number of the SF line, so errors found in the second pass point at the right line. */
  line: number;
}

export interface MergeResult {
  files: number;
  inputs: number;
}

/** Pass 1: where every SF...end_of_record record is, by source path, in order of first appearance. */
async function indexShards(inputs: string[]): Promise<Map<string, Segment[]>> {
  const index = new Map<string, Segment[]>();
  for (let input = 0; input < inputs.length; input++) {
    const file = inputs[input]!;
    let open: { path: string; start: number; line: number } | undefined;
    let last = 0;
    await forEachLine(file, (raw, lineNo, offset) => {
      last = lineNo;
      const text = raw.charCodeAt(0) <= 32 ? raw.trimStart() : raw;
      if (text.startsWith('SF:')) {
        if (open) throw new CoverageFormatError(file, lineNo, `'SF:' before the record for '${open.path}' (line ${open.line}) ended: expected 'end_of_record'`);
        open = { path: text.slice(3).trim(), start: offset, line: lineNo };
      } else if (text.trim() === 'end_of_record') {
        if (!open) throw new CoverageFormatError(file, lineNo, `'end_of_record' without a matching 'SF:<path>'`);
        const segment = { input, start: open.start, end: offset + Buffer.byteLength(raw), line: open.line };
        const list = index.get(open.path);
        if (list) list.push(segment);
        else index.set(open.path, [segment]);
        open = undefined;
      }
    });
    if (open) throw new CoverageFormatError(file, last, `the file ends inside the record for '${open.path}' (started line ${open.line}): expected 'end_of_record'`);
  }
  return index;
}

const WINDOW = 2 * 1024 * 1024;

/**
 * Reads records back from one shard through a window of a few MB: shards list files in much the same
 * order, so consecutive records usually sit in the window already and one read serves hundreds of them.
 */
class ShardReader {
  private window = Buffer.alloc(0);
  private windowStart = 0;

  constructor(private readonly handle: FileHandle, readonly file: string) {}

  async bytes(start: number, end: number, line: number): Promise<Buffer> {
    if (start >= this.windowStart && end <= this.windowStart + this.window.length) {
      return this.window.subarray(start - this.windowStart, end - this.windowStart);
    }
    const size = Math.max(WINDOW, end - start);
    const buf = Buffer.allocUnsafe(size);
    let done = 0;
    while (done < size) {
      const { bytesRead } = await this.handle.read(buf, done, size - done, start + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    if (done < end - start) throw new CoverageFormatError(this.file, line, 'the file changed while it was being merged');
    this.window = buf.subarray(0, done);
    this.windowStart = start;
    return this.window.subarray(0, end - start);
  }
}

/** Reads one record back and feeds it to the full lcov parser (so malformed lines are still reported). */
async function readSegment(reader: ShardReader, segment: Segment, into: LcovParser): Promise<void> {
  const buf = await reader.bytes(segment.start, segment.end, segment.line);
  into.file = reader.file;
  const text = buf.toString('utf8');
  let lineNo = segment.line;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    into.line(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end), lineNo);
    if (nl === -1) break;
    start = nl + 1;
    lineNo++;
  }
}

/**
 * Merges lcov shards into `output`. Records of the same source path add up; LF/LH, FNF/FNH, BRF/BRH are
 * recomputed from the merged detail. Files appear in the order they first appear in the inputs.
 */
export async function mergeLcovFiles(inputs: string[], output: string): Promise<MergeResult> {
  const index = await indexShards(inputs);
  await mkdir(path.dirname(path.resolve(output)), { recursive: true });
  const handles: FileHandle[] = [];
  const readers: ShardReader[] = [];
  const out = createWriteStream(output);
  const closed = once(out, 'close');
  try {
    for (const file of inputs) {
      const handle = await open(file, 'r');
      handles.push(handle);
      readers.push(new ShardReader(handle, file));
    }
    for (const [sourcePath, segments] of index) {
      // One parser per source file: every shard's record of it adds into the same detail.
      const parser = new LcovParser(inputs[segments[0]!.input]!);
      for (const segment of segments) await readSegment(readers[segment.input]!, segment, parser);
      const merged = parser.finish(segments[segments.length - 1]!.line).get(sourcePath) ?? newDetail(sourcePath);
      if (!out.write(formatLcovRecord(merged))) await once(out, 'drain');
    }
  } finally {
    out.end();
    await closed;
    await Promise.all(handles.map((h) => h.close()));
  }
  return { files: index.size, inputs: inputs.length };
}

interface SummaryMetric extends Metric {
  skipped: number;
  pct: number;
}

/**
 * Merges istanbul json-summary files. The same file in several shards has the same total; its covered count
 * is at least the largest any shard saw (the summaries do not say which lines, so that is a lower bound).
 * Different files add up into "total".
 */
export async function mergeJsonSummaryFiles(inputs: string[], output: string): Promise<MergeResult> {
  const merged = new Map<string, Record<string, Metric>>();
  const order = ['lines', 'statements', 'functions', 'branches'] as const;
  for (const file of inputs) {
    const json = parseIstanbulJson(await readFile(file, 'utf8'), file);
    if (json.kind !== 'json-summary') {
      throw new CoverageFormatError(file, 1, "expected a json-summary (coverage-summary.json); for istanbul's coverage-final.json merge the lcov.info written beside it");
    }
    const details = json.files;
    for (const [key, d] of details) {
      const metrics: Record<string, Metric> = {
        lines: d.stated.lines!,
        statements: d.statements!,
        functions: d.stated.functions!,
        branches: d.stated.branches!,
      };
      const had = merged.get(key);
      if (!had) {
        merged.set(key, metrics);
        continue;
      }
      for (const m of order) {
        had[m] = { total: Math.max(had[m]!.total, metrics[m]!.total), covered: Math.max(had[m]!.covered, metrics[m]!.covered) };
      }
    }
  }
  const show = (m: Metric): SummaryMetric => ({ total: m.total, covered: m.covered, skipped: 0, pct: percent(m) });
  const total: Record<string, Metric> = {};
  for (const m of order) total[m] = { total: 0, covered: 0 };
  for (const metrics of merged.values()) {
    for (const m of order) {
      total[m]!.total += metrics[m]!.total;
      total[m]!.covered += metrics[m]!.covered;
    }
  }
  const json: Record<string, Record<string, SummaryMetric>> = { total: Object.fromEntries(order.map((m) => [m, show(total[m]!)])) };
  for (const [key, metrics] of merged) json[key] = Object.fromEntries(order.map((m) => [m, show(metrics[m]!)]));
  await mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await writeFile(output, JSON.stringify(json, null, 2) + '\n');
  return { files: merged.size, inputs: inputs.length };
}

export interface MergedCoverage {
  /** Files written, by format. */
  lcov?: string;
  jsonSummary?: string;
  files: number;
}

/**
 * Merges shard reports of any mix of lcov and json-summary files into `outputDir` (lcov.info and/or
 * coverage-summary.json), detecting each input's format. Cobertura shards are not merged: c8 writes lcov
 * beside them, and that is the one to merge.
 */
export async function mergeCoverageFiles(inputs: string[], outputDir: string): Promise<MergedCoverage> {
  const lcov: string[] = [];
  const summaries: string[] = [];
  for (const file of inputs) {
    const format = await detectFormat(file);
    if (format === 'lcov') lcov.push(file);
    else if (format === 'json-summary') summaries.push(file);
    else throw new CoverageFormatError(file, 1, 'expected lcov or an istanbul json-summary to merge; merge the lcov.info c8 writes beside Cobertura XML');
  }
  const result: MergedCoverage = { files: 0 };
  if (lcov.length > 0) {
    result.lcov = path.join(outputDir, 'lcov.info');
    result.files = (await mergeLcovFiles(lcov, result.lcov)).files;
  }
  if (summaries.length > 0) {
    result.jsonSummary = path.join(outputDir, 'coverage-summary.json');
    const merged = await mergeJsonSummaryFiles(summaries, result.jsonSummary);
    result.files = Math.max(result.files, merged.files);
  }
  return result;
}
