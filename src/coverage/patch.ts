// Coverage of the lines a change added: only changed lines the coverage tool instruments count
// (blank lines, comments and type declarations have no line hits and are neither covered nor missed).
import type { Annotation } from '../pipeline/stage.js';
import type { ChangedLines } from './diff.js';
import { type CoverageReport, percent } from './model.js';

export interface LineRange {
  start: number;
  end: number;
}

export interface PatchFileCoverage {
  path: string;
  covered: number;
  total: number;
  percent: number;
  /** Changed lines left uncovered, as ranges; a range spans lines the tool does not instrument. */
  uncovered: LineRange[];
}

export interface PatchCoverage {
  covered: number;
  total: number;
  /** 100 when no changed line is instrumentable (see `total`). */
  percent: number;
  /** Changed files that have line coverage, in path order. */
  files: PatchFileCoverage[];
}

export function patchCoverage(report: CoverageReport, changed: ChangedLines): PatchCoverage {
  const files: PatchFileCoverage[] = [];
  let covered = 0;
  let total = 0;
  for (const file of report.files) {
    const lines = changed.get(file.path);
    const hits = file.lineHits;
    if (!lines || lines.size === 0 || !hits) continue;
    const relevant = [...lines].filter((l) => hits.has(l)).sort((a, b) => a - b);
    if (relevant.length === 0) continue;
    const missed = relevant.filter((l) => hits.get(l)! <= 0);
    const uncovered: LineRange[] = [];
    for (const line of missed) {
      const last = uncovered[uncovered.length - 1];
      if (last && onlyUninstrumentedBetween(hits, last.end, line)) last.end = line;
      else uncovered.push({ start: line, end: line });
    }
    const fileCovered = relevant.length - missed.length;
    files.push({ path: file.path, covered: fileCovered, total: relevant.length, percent: percent({ covered: fileCovered, total: relevant.length }), uncovered });
    covered += fileCovered;
    total += relevant.length;
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { covered, total, percent: percent({ covered, total }), files };
}

function onlyUninstrumentedBetween(hits: Map<number, number>, from: number, to: number): boolean {
  for (let l = from + 1; l < to; l++) if (hits.has(l)) return false;
  return true;
}

/** "12-15, 20" for messages and annotations. */
export function formatRanges(ranges: readonly LineRange[]): string {
  return ranges.map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(', ');
}

/**
 * One annotation per uncovered range of changed lines, at most `max` (GitHub shows 10 warnings per step
 * from workflow commands), the files with the most uncovered lines first.
 */
export function patchAnnotations(patch: PatchCoverage, options: { max?: number; level?: Annotation['level'] } = {}): Annotation[] {
  const max = options.max ?? 10;
  const ranked = [...patch.files].filter((f) => f.uncovered.length > 0).sort((a, b) => b.total - b.covered - (a.total - a.covered) || (a.path < b.path ? -1 : 1));
  const out: Annotation[] = [];
  for (const file of ranked) {
    for (const range of file.uncovered) {
      if (out.length >= max) return out;
      const lines = range.start === range.end ? `Line ${range.start} is` : `Lines ${range.start}-${range.end} are`;
      out.push({
        level: options.level ?? 'warning',
        title: 'Changed lines not covered',
        message: `${lines} new or changed and not covered by tests.`,
        file: file.path,
        line: range.start,
        ...(range.end !== range.start ? { endLine: range.end } : {}),
      });
    }
  }
  return out;
}
