// The job summary: stage table, coverage against thresholds and base, patch coverage, the worst-covered files
// and every stage's details, kept well under the 1 MiB GitHub accepts per step (beyond it, it drops the
// whole summary without a word).
import { METRICS, percent, type FileCoverage } from '../coverage/model.js';
import type { StageResult } from '../pipeline/stage.js';
import { stripAnsi } from '../exec/ansi.js';
import { FileTable, fileLink, rangeLink, uncoveredLineCount } from './files-table.js';
import {
  cell,
  codeCell,
  codeSpan,
  delta,
  detailsShrink,
  duration,
  fitSections,
  htmlCode,
  keepLines,
  metricPct,
  pct,
  STATUS_ICON,
  utf8Bytes,
  type Section,
} from './markdown.js';
import { patchBelowThreshold, type PatchCoverage, type ReportInput } from './model.js';

/** GitHub's limit is 1 MiB per step; stay well under it so other steps' text and our own notes fit. */
export const SUMMARY_LIMIT_BYTES = 900 * 1024;
export const WORST_FILES = 25;

export function stageTable(stages: readonly StageResult[]): string {
  if (stages.length === 0) return '_No stage ran._\n\n';
  const rows = stages.map(
    (s) => `| ${STATUS_ICON[s.status]} | ${s.stage} | ${duration(s.durationMs)} | ${codeCell(s.headline)} |`,
  );
  return `| | Stage | Time | Result |\n|---|---|---|---|\n${rows.join('\n')}\n\n`;
}

export function coverageTable(input: ReportInput): string {
  const coverage = input.coverage;
  if (!coverage) return '';
  const rows = METRICS.filter((m) => coverage.totals[m].total > 0 || input.thresholds[m] !== undefined).map((m) => {
    const metric = coverage.totals[m];
    const current = percent(metric);
    const threshold = input.thresholds[m];
    // A minimum on a metric with nothing to count is not met: "n/a" is never a pass.
    const gate =
      threshold === undefined
        ? ''
        : metric.total === 0
          ? `❌ ${pct(threshold)} (nothing to count)`
          : current < threshold
            ? `❌ ${pct(threshold)}`
            : `✅ ${pct(threshold)}`;
    return `| ${m} | ${metricPct(metric)} | ${metric.covered}/${metric.total} | ${gate} | ${metric.total > 0 ? delta(current, input.base?.[m]) : ''} |`;
  });
  if (rows.length === 0) return '';
  const baseNote = input.base
    ? `_Change against ${input.baseSource ? codeSpan(input.baseSource) : 'the base branch'}._\n\n`
    : '';
  return `| Metric | Coverage | Covered | Threshold | Change |\n|---|---|---|---|---|\n${rows.join('\n')}\n\n${baseNote}`;
}

export function patchHeadline(
  patch: PatchCoverage | undefined,
  threshold: number | undefined,
  source?: string,
): string {
  if (!patch) return '';
  const from = source ? ` _(changed lines from ${codeSpan(source)})_` : '';
  if (patch.total === 0) return `**Patch coverage:** no coverable line changed.${from}\n\n`;
  const gate =
    threshold === undefined
      ? ''
      : patchBelowThreshold({ patch, patchThreshold: threshold })
        ? ` ❌ below ${pct(threshold)}`
        : ` ✅ threshold ${pct(threshold)}`;
  return `**Patch coverage:** ${pct(patch.percent)} of changed lines (${patch.covered}/${patch.total})${gate}${from}\n\n`;
}

/** At most this many files are listed with uncovered changed lines; more could never fit the comment anyway. */
export const UNCOVERED_FILES = 1000;

/**
 * Uncovered changed lines per file, most uncovered lines first. The count is of lines, not of the ranges'
 * spans (a range runs on over comments and blank lines); ranges link to the source when `blobUrl` is known.
 */
export function uncoveredList(patch: PatchCoverage | undefined, limit = UNCOVERED_FILES, blobUrl?: string): string {
  if (!patch) return '';
  const withGaps = patch.files.filter((f) => f.uncovered.length > 0);
  if (withGaps.length === 0) return '';
  const sized = withGaps.map((f) => ({ f, lines: uncoveredLineCount(f) }));
  const files = smallest(sized, limit, (a, b) => b.lines - a.lines || byPath(a.f.path, b.f.path));
  const rows = files.map(
    ({ f, lines }) =>
      `| ${fileLink(f.path, blobUrl)} | ${lines} | ${f.uncovered.map((r) => rangeLink(f.path, r, blobUrl)).join(', ')} |`,
  );
  const more =
    withGaps.length > files.length
      ? `\n\n… and ${withGaps.length - files.length} more files with uncovered changed lines.`
      : '';
  return `<details><summary>Changed lines not covered (${withGaps.length} files)</summary>\n\n| File | Lines | Where |\n|---|---|---|\n${rows.join('\n')}${more}\n\n</details>\n\n`;
}

/** The per-file table as a section: built within the limit, rebuilt within any smaller budget. */
export function fileTableSection(
  input: ReportInput,
  limit: number,
  measure: (s: string) => number,
  priority: number,
): Section | undefined {
  if (!input.coverage) return undefined;
  const table = new FileTable(
    {
      files: input.coverage.files,
      patch: input.patch,
      baseFiles: input.baseFiles,
      mode: input.fileTable ?? 'changed',
      blobUrl: input.blobUrl,
    },
    measure,
  );
  return { label: 'coverage by file', text: table.render(limit), priority, shrink: (budget) => table.render(budget) };
}

/** Stage headlines and details without terminal escapes (test output is full of colour codes). */
export function withoutAnsi(input: ReportInput): ReportInput {
  return {
    ...input,
    stages: input.stages.map((s) => ({
      ...s,
      headline: stripAnsi(s.headline),
      ...(s.details !== undefined ? { details: stripAnsi(s.details) } : {}),
    })),
  };
}

/** The files with the lowest line coverage (then the most uncovered lines), at most `limit`. */
export function worstFiles(files: readonly FileCoverage[], limit = WORST_FILES): FileCoverage[] {
  const partly = files.filter((f) => f.lines.total > 0 && f.lines.covered < f.lines.total);
  return smallest(
    partly,
    limit,
    (a, b) =>
      percent(a.lines) - percent(b.lines) ||
      b.lines.total - b.lines.covered - (a.lines.total - a.lines.covered) ||
      byPath(a.path, b.path),
  );
}

export function worstFilesTable(input: ReportInput): string {
  if (!input.coverage) return '';
  const worst = worstFiles(input.coverage.files);
  if (worst.length === 0) return '';
  const rows = worst.map(
    (f) =>
      `| ${codeCell(f.path)} | ${metricPct(f.lines)} | ${f.lines.total - f.lines.covered} | ${metricPct(f.branches)} |`,
  );
  return `<details><summary>Least covered files (${worst.length} of ${input.coverage.files.length})</summary>\n\n| File | Lines | Uncovered lines | Branches |\n|---|---|---|---|\n${rows.join('\n')}\n\n</details>\n\n`;
}

function stageDetails(stage: StageResult): string {
  if (!stage.details?.trim()) return '';
  return `<details${stage.status === 'failed' ? ' open' : ''}><summary>${STATUS_ICON[stage.status]} ${stage.stage}: ${htmlCode(stage.headline)}</summary>\n\n${stage.details.trim()}\n\n</details>\n\n`;
}

export interface SummaryOptions {
  limitBytes?: number;
  /** Sentences about publishing (skipped comment, annotations left out), shown under the stage table. */
  notes?: string[];
}

/** The whole summary, trimmed to fit; `trimmed` names what was cut. */
export function renderSummary(raw: ReportInput, options: SummaryOptions = {}): { markdown: string; trimmed: string[] } {
  const input = withoutAnsi(raw);
  const notes = (options.notes ?? []).map(stripAnsi);
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const link = input.links.artifact
    ? ` The full coverage report is in the [coverage artifact](${input.links.artifact}).`
    : ' The full coverage report is in the coverage-report artifact.';
  const sections: Section[] = [
    { label: 'title', text: `## ${cell(input.name)}\n\n`, priority: Infinity },
    { label: 'stage table', text: stageTable(input.stages), priority: Infinity },
    {
      label: 'report notes',
      text: notes
        .map((n) => `> ${cell(n)}\n>\n`)
        .join('')
        .replace(/>\n$/, '\n'),
      priority: 200,
      shrink: (budget) => keepLines(notes.map((n) => `> ${cell(n)}`).join('\n'), budget, utf8Bytes, '\n'),
    },
    { label: 'coverage table', text: coverageTable(input), priority: 100 },
    {
      label: 'patch coverage',
      text: patchHeadline(input.patch, input.patchThreshold, input.patchSource),
      priority: 90,
    },
  ];
  const uncovered = uncoveredList(input.patch, UNCOVERED_FILES, input.blobUrl);
  sections.push({
    label: 'uncovered changed lines',
    text: uncovered,
    priority: 40,
    shrink: detailsShrink(uncovered, utf8Bytes),
  });
  const table = fileTableSection(input, limit, utf8Bytes, 35);
  if (table) sections.push(table);
  const worst = worstFilesTable(input);
  sections.push({ label: 'least covered files', text: worst, priority: 30, shrink: detailsShrink(worst, utf8Bytes) });
  for (const stage of input.stages) {
    const text = stageDetails(stage);
    // Failed stages' details are what a reader came for; passed stages' are the first to go.
    const priority = stage.status === 'failed' ? 60 : stage.status === 'warned' ? 20 : 10;
    sections.push({ label: `${stage.stage} details`, text, priority, shrink: detailsShrink(text, utf8Bytes) });
  }
  const note = (trimmed: string[]) =>
    `\n> [!NOTE]\n> This summary was shortened to stay under GitHub's 1 MiB limit (cut: ${trimmed.join(', ')}).${link}\n`;
  const fitted = fitSections(sections, limit, utf8Bytes, note);
  return { markdown: fitted.text, trimmed: fitted.trimmed };
}

/** Code-unit order: stable across machines and far cheaper than localeCompare on 50,000 paths. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `limit` smallest items in `compare` order, in one pass: no full sort of 50,000 files for 25 rows. */
export function smallest<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === limit && compare(item, kept[kept.length - 1]!) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(kept[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}
