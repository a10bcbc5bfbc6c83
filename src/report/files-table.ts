// The per-file coverage table: changed files (default), changed + affected, or all; four metrics, the change
// against the base, and the uncovered line ranges, every file and range linked to the source at the head
// commit. Rows are ordered by usefulness and rendered only until the space runs out, saying what was left
// out, so 50,000 files cost a sort and a few hundred rows, never a 15 MB string.
import { LineHits } from '../coverage/line-hits.js';
import { type FileCoverage, type MetricName, percent } from '../coverage/model.js';
import { codeCell, delta, metricPct } from './markdown.js';
import type { LineRange, PatchCoverage } from './model.js';

export { FILE_TABLE_MODES, type FileTableMode } from '../config/sections/report.js';
import type { FileTableMode } from '../config/sections/report.js';

/** Per-file coverage of the base, in percent per metric (n/a metrics absent). */
export type BaseFiles = Map<string, Partial<Record<MetricName, number>>>;

export interface FileTableInput {
  files: readonly FileCoverage[];
  patch?: PatchCoverage;
  baseFiles?: BaseFiles;
  mode: FileTableMode;
  /** `<server>/<owner>/<repo>/blob/<head sha>`; without it files are named, not linked. */
  blobUrl?: string;
}

/** Ranges listed per row; the rest of a file's ranges are counted. */
const RANGES_PER_ROW = 8;

/**
 * A path as link text: a code span (src/report/markdown.ts's one rule for untrusted text), which binds tighter
 * than the link's brackets, so no name can end the link early or become a mention or a link of its own.
 */
function linkText(path: string): string {
  return codeCell(path);
}

/** Each path segment percent-encoded: a file name with spaces, '#' or '?' still links to itself. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function fileLink(path: string, blobUrl: string | undefined): string {
  return blobUrl ? `[${linkText(path)}](${blobUrl}/${encodePath(path)})` : codeCell(path);
}

/** `encoded`: the path already through encodePath, when the caller links many ranges of one file. */
export function rangeLink(path: string, range: LineRange, blobUrl: string | undefined, encoded?: string): string {
  const text = range.start === range.end ? `${range.start}` : `${range.start}-${range.end}`;
  if (!blobUrl) return text;
  const anchor = range.start === range.end ? `#L${range.start}` : `#L${range.start}-L${range.end}`;
  return `[${text}](${blobUrl}/${encoded ?? encodePath(path)}${anchor})`;
}

/**
 * Uncovered lines as ranges; a range runs on over lines the tool does not instrument (blank lines,
 * comments), so "12-14" may hold two uncovered lines and a comment, never a covered line.
 */
export function uncoveredRanges(hits: ReadonlyMap<number, number>): LineRange[] {
  // LineHits iterates in line order already; a plain Map needs sorting.
  const entries = hits instanceof LineHits ? hits.entries() : [...hits].sort((a, b) => a[0] - b[0]);
  const out: LineRange[] = [];
  let open: LineRange | undefined;
  for (const [line, count] of entries) {
    if (count > 0) {
      open = undefined;
      continue;
    }
    if (open) open.end = line;
    else out.push((open = { start: line, end: line }));
  }
  return out;
}

interface Row {
  file: FileCoverage;
  /** 0 changed with uncovered changed lines, 1 changed, 2 affected, 3 the rest. */
  group: number;
  /** Within the group, smaller first. */
  key: number;
  changed: boolean;
  /** The base's line coverage of this file, where both sides have lines. */
  baseLines?: number;
}

function baseLinesOf(file: FileCoverage, base: BaseFiles | undefined): number | undefined {
  const was = base?.get(file.path)?.lines;
  return was === undefined || file.lines.total === 0 ? undefined : was;
}

/** The rows the mode asks for, most useful first. */
export function selectRows(input: FileTableInput): { rows: Row[]; scope: string } {
  const uncoveredChanged = new Map<string, number>();
  for (const f of input.patch?.files ?? []) uncoveredChanged.set(f.path, uncoveredLineCount(f));
  const known = input.patch !== undefined;
  const mode = input.mode !== 'all' && !known ? 'all' : input.mode;
  const rows: Row[] = [];
  for (const file of input.files) {
    const changed = uncoveredChanged.has(file.path);
    const baseLines = baseLinesOf(file, input.baseFiles);
    const lineDelta = baseLines === undefined ? undefined : Math.round((percent(file.lines) - baseLines) * 100) / 100;
    // Affected: its coverage moved against the base, or it is new since the base.
    const affected =
      !changed &&
      input.baseFiles !== undefined &&
      (lineDelta !== undefined ? lineDelta !== 0 : !input.baseFiles.has(file.path));
    if (mode === 'changed' && !changed) continue;
    if (mode === 'affected' && !changed && !affected) continue;
    const missed = file.lines.total - file.lines.covered;
    let group = 3;
    let key = percent(file.lines) * 1e7 - missed;
    if (changed && uncoveredChanged.get(file.path)! > 0) [group, key] = [0, -uncoveredChanged.get(file.path)!];
    else if (changed) group = 1;
    else if (affected) [group, key] = [2, lineDelta ?? 0];
    rows.push({ file, group, key, changed, ...(baseLines !== undefined ? { baseLines } : {}) });
  }
  rows.sort(
    (a, b) =>
      a.group - b.group || a.key - b.key || (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0),
  );
  const scope =
    mode === 'changed'
      ? 'changed files'
      : mode === 'affected'
        ? input.baseFiles
          ? 'changed and affected files'
          : 'changed files (no per-file base coverage to tell affected ones)'
        : known || input.mode === 'all'
          ? 'files'
          : 'files (no changed files known: not a pull request)';
  return { rows, scope };
}

/** Changed lines left uncovered: counted from the patch's own numbers where it has them, else from the ranges. */
export function uncoveredLineCount(file: PatchCoverage['files'][number]): number {
  if (file.total !== undefined && file.covered !== undefined) return file.total - file.covered;
  return file.uncovered.reduce((n, r) => n + r.end - r.start + 1, 0);
}

function renderRow(row: Row, input: FileTableInput): string {
  const f = row.file;
  const name = `${fileLink(f.path, input.blobUrl)}${row.changed && input.mode !== 'changed' ? ' ✏️' : ''}`;
  let where = '';
  if (f.lineHits) {
    const ranges = uncoveredRanges(f.lineHits);
    const encoded = encodePath(f.path);
    where = ranges
      .slice(0, RANGES_PER_ROW)
      .map((r) => rangeLink(f.path, r, input.blobUrl, encoded))
      .join(', ');
    if (ranges.length > RANGES_PER_ROW) where += `, … ${ranges.length - RANGES_PER_ROW} more`;
  }
  const change = row.baseLines === undefined ? '' : delta(percent(f.lines), row.baseLines);
  return `| ${name} | ${metricPct(f.lines)} | ${metricPct(f.branches)} | ${metricPct(f.functions)} | ${metricPct(f.statements)} | ${change} | ${where} |`;
}

const HEADER =
  '| File | Lines | Branches | Functions | Statements | Change (lines) | Uncovered lines |\n|---|---|---|---|---|---|---|\n';

/** Rows chosen and ordered once; each row rendered at most once, however often the section is refitted. */
export class FileTable {
  private readonly rows: Row[];
  private readonly scope: string;
  private readonly lines: string[] = [];
  private readonly sizes: number[] = [];

  constructor(
    private readonly input: FileTableInput,
    private readonly measure: (s: string) => number,
  ) {
    ({ rows: this.rows, scope: this.scope } = selectRows(input));
  }

  private line(i: number): string {
    while (this.lines.length <= i) {
      const text = `${renderRow(this.rows[this.lines.length]!, this.input)}\n`;
      this.lines.push(text);
      this.sizes.push(this.measure(text));
    }
    return this.lines[i]!;
  }

  /**
   * The table in at most `budget` (in `measure` units): rows in usefulness order until the next one would
   * not fit, then a line saying how many were left out and where the rest is. '' when nothing fits.
   */
  render(budget: number): string {
    const { rows, input, measure } = this;
    if (rows.length === 0)
      return input.mode === 'changed' && input.patch ? '**Coverage by file:** no changed file has coverage.\n\n' : '';
    const scope = rows.length === 1 ? this.scope.replace('files', 'file') : this.scope;
    const open = `<details${input.mode === 'changed' ? ' open' : ''}><summary>Coverage by file: ${rows.length} ${scope}</summary>\n\n${HEADER}`;
    const close = '\n</details>\n\n';
    const leftOut = (n: number) =>
      `\n… ${n} more file${n === 1 ? '' : 's'} left out to fit (the least useful: fully covered, unchanged); the coverage artifact has every file.\n`;
    let used = measure(open) + measure(close) + measure(leftOut(rows.length));
    if (used > budget) return '';
    let kept = 0;
    while (kept < rows.length) {
      this.line(kept);
      if (used + this.sizes[kept]! > budget) break;
      used += this.sizes[kept]!;
      kept++;
    }
    if (kept === 0) return '';
    const left = rows.length - kept;
    return `${open}${this.lines.slice(0, kept).join('')}${left > 0 ? leftOut(left) : ''}${close}`;
  }
}

/** One-off rendering (tests, callers without refitting). */
export function renderFileTable(input: FileTableInput, budget: number, measure: (s: string) => number): string {
  return new FileTable(input, measure).render(budget);
}
