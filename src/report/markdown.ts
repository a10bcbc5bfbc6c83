// Markdown pieces shared by the job summary and the PR comment, and the trimming that keeps both under
// GitHub's size limits by dropping the least useful parts first and saying what was dropped.
import { percent, type Metric } from '../coverage/model.js';
import type { StageStatus } from '../pipeline/stage.js';
import type { LineRange } from './model.js';

export const STATUS_ICON: Record<StageStatus, string> = { passed: '✅', failed: '❌', warned: '⚠️', skipped: '⏭️' };

/**
 * Our own text in a table cell (stage names, numbers): no pipes breaking columns, no newlines, no raw HTML.
 * Untrusted text (file and test names, messages, headlines, branch names, tool output) never goes through
 * this: it goes through codeSpan / codeCell / htmlCode below, the one rule for it.
 */
export function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

// The one rule for untrusted text in GitHub markdown: it is shown as code. Inside a code span nothing is
// markup (no link, image, mention, emphasis or HTML), and backslashes and entities are shown as typed, so
// nothing is escaped twice. The span's fence is one backtick longer than the longest run inside, so no
// content can close it. Line breaks become spaces (a span cannot hold a block) and control characters go.

/** Untrusted text as an inline code span, for markdown outside tables. */
export function codeSpan(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');
  // Nothing but spaces reads the same as one space, and renderers disagree on longer blank spans.
  if (/^ *$/.test(flat)) return '` `';
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A span's content starting or ending with a backtick would merge with the fence; one space on each side
  // keeps them apart, and CommonMark strips exactly that one space again. Content already wrapped in spaces
  // gets the same padding, or its own spaces would be stripped.
  const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Untrusted text as a code span inside a GFM table cell: GFM splits a row on `|` before it reads code spans
 * and takes `\|` as a literal pipe even inside them, so pipes are escaped that way (shown once, as `|`).
 */
export function codeCell(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

/**
 * Untrusted text inside raw HTML that we write (`<summary>…</summary>`), where markdown is not read: a
 * `<code>` element with the text HTML-escaped once. GitHub does not link mentions inside code.
 */
export function htmlCode(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');
  return `<code>${flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</code>`;
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export function pct(value: number): string {
  return `${value.toFixed(2)}%`;
}

export function metricPct(metric: Metric): string {
  return metric.total === 0 ? 'n/a' : pct(percent(metric));
}

/** "+1.25" / "-0.50" / "±0.00" points against the base. */
export function delta(current: number, base: number | undefined): string {
  if (base === undefined) return '';
  const d = Math.round((current - base) * 100) / 100;
  if (d > 0) return `🔼 +${d.toFixed(2)}`;
  if (d < 0) return `🔽 ${d.toFixed(2)}`;
  return '±0.00';
}

/** Line ranges as "12-14, 20". */
export function ranges(list: readonly LineRange[]): string {
  return list.map(({ start, end }) => (start === end ? `${start}` : `${start}-${end}`)).join(', ');
}

export interface Section {
  /** Said in the trimming note when this section is cut or dropped. */
  label: string;
  text: string;
  /** Higher is more useful; sections are cut lowest first. Infinity: never cut. */
  priority: number;
  /** Returns a shorter version of the section within `budget` units, or '' to drop it. Default: drop. */
  shrink?: (budget: number) => string;
}

export interface FitResult {
  text: string;
  trimmed: string[];
}

/**
 * Joins sections so the text measures at most `limit`. Space goes to the most useful sections first, and no
 * single cuttable section may take more than a share of it at first (one huge log must not push out every
 * small table); space left over is then given back to the sections that were cut. `note` renders the
 * explanation appended when anything was cut (its size is reserved up front).
 */
export function fitSections(
  sections: Section[],
  limit: number,
  measure: (s: string) => number,
  note: (trimmed: string[]) => string,
  share = 0.4,
): FitResult {
  const texts = sections.map((s) => s.text);
  const sizes = texts.map(measure);
  if (sizes.reduce((a, b) => a + b, 0) <= limit) return { text: texts.join(''), trimmed: [] };

  const budget = limit - measure(note(sections.map((s) => s.label))) - 16;
  let remaining = budget - sections.reduce((n, s, i) => n + (s.priority === Infinity ? sizes[i]! : 0), 0);
  const cap = Math.floor(budget * share);
  const order = sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.priority !== Infinity)
    .sort((a, b) => b.s.priority - a.s.priority);
  const cut = new Set<number>();
  const fit = (i: number, allowance: number) => {
    const s = sections[i]!;
    const shorter = s.shrink && allowance > 0 ? s.shrink(allowance) : '';
    texts[i] = measure(shorter) <= allowance ? shorter : '';
    cut.add(i);
  };
  for (const { i } of order) {
    const allowance = Math.max(0, Math.min(remaining, cap));
    if (sizes[i]! > allowance) fit(i, allowance);
    remaining -= measure(texts[i]!);
  }
  // Give space nobody used back to the cut sections, most useful first.
  for (const { i } of order) {
    if (!cut.has(i) || remaining <= 0) continue;
    const had = measure(texts[i]!);
    if (sizes[i]! <= had + remaining) {
      texts[i] = sections[i]!.text;
      cut.delete(i);
    } else fit(i, had + remaining);
    remaining -= measure(texts[i]!) - had;
  }
  const trimmed = order.filter(({ i }) => cut.has(i)).map(({ s }) => s.label);
  let text = texts.join('') + (trimmed.length > 0 ? note(trimmed) : '');
  // Only sections marked as never-cut are left; cut the text itself rather than exceed the limit.
  if (measure(text) > limit) text = cutToMeasure(text, limit, measure);
  return { text, trimmed };
}

/** The longest prefix of `text` that measures at most `limit`, cut at a line end where possible. */
export function cutToMeasure(text: string, limit: number, measure: (s: string) => number): string {
  const marker = '\n\n… (cut to fit)\n';
  const room = limit - measure(marker);
  if (room <= 0) return '';
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let head = text.slice(0, lo);
  // Do not end on half a surrogate pair.
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  const nl = head.lastIndexOf('\n');
  if (nl > head.length / 2) head = head.slice(0, nl);
  return head + marker;
}

/** The longest prefix of `text` measuring at most `limit`, not ending inside a surrogate pair. */
function prefixWithin(text: string, limit: number, measure: (s: string) => number): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  const head = text.slice(0, lo);
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

/** Keeps whole lines from the top of `text` within `budget`, saying how many lines were left out. */
export function keepLines(text: string, budget: number, measure: (s: string) => number, closing = ''): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let used = measure(closing) + 40;
  let partial = false;
  for (const line of lines) {
    const size = measure(line) + 1;
    if (used + size > budget) {
      // One enormous line (a minified stack trace) still shows its beginning when there is room for it.
      const room = budget - used - 2;
      if (room >= 80) {
        out.push(`${prefixWithin(line, room, measure)}…`);
        partial = true;
      }
      break;
    }
    out.push(line);
    used += size;
  }
  if (out.length === 0) return '';
  const left = lines.length - out.length + (partial ? 1 : 0);
  return `${out.join('\n')}\n${left > 0 ? `\n… ${left} more line${left > 1 ? 's' : ''} cut\n` : ''}${closing}`;
}

/** Shrinks a `<details>` block by keeping its first lines and closing it again. */
export function detailsShrink(text: string, measure: (s: string) => number): (budget: number) => string {
  return (budget) => keepLines(text.replace(/\n*<\/details>\n*$/, ''), budget, measure, '\n</details>\n\n');
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
export const characters = (s: string): number => s.length;
