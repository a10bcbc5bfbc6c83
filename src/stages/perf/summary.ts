// Markdown for the job summary and PR comment: the sprint's table (users, p95, p99, throughput, error rate),
// per-endpoint numbers, budgets, the comparison with the base, and the chart as a mermaid xychart.
import { describeCheck, type BudgetCheck } from '../../perf/budgets.js';
import { chartPoints, renderMermaid } from '../../perf/chart.js';
import type { Comparison } from '../../perf/compare.js';
import type { PerfResults } from '../../perf/results.js';
import type { Reference } from '../../perf/scenario.js';

/** Tables stay readable and the report stays within GitHub's size limits. */
const MAX_ROWS = 100;

const ms = (n: number | undefined) => (n === undefined ? '–' : String(n));
const pct = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)}%`;

export interface SummaryInput {
  results: PerfResults;
  checks: BudgetCheck[];
  comparisons?: Comparison[];
  baseNote?: string;
  /** The scenario's reference numbers (a sprint's table), shown beside the measured ones. */
  reference?: Reference;
}

/** "n/a" for a number that was not measured: a blank must not read as zero. */
const na = (n: number | undefined, unit = '') => (n === undefined ? 'n/a' : `${n}${unit}`);

export function stageTable(results: PerfResults): string {
  const spread = results.repeat > 1;
  const lines = [
    `| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate |${spread ? ` p95 over ${results.repeat} runs (min / median / max) |` : ''} queries per request (max) | response (KB, avg) | service CPU (avg) |`,
    `|------:|---------:|---------:|-------------------:|-----------:|${spread ? '---:|' : ''}---:|---:|---:|`,
  ];
  for (const s of results.stages) {
    const sp = s.p95Spread ? ` ${s.p95Spread.min} / ${s.p95Spread.median} / ${s.p95Spread.max} |` : ' – |';
    lines.push(
      `| ${s.users} | ${ms(s.total.p95)} | ${ms(s.total.p99)} | ${s.total.rps} | ${pct(s.total.errorRatePct)} |${spread ? sp : ''} ${na(s.total.maxQueries)} | ${na(s.total.avgKB)} | ${na(s.cpuPct, '%')} |`,
    );
  }
  return lines.join('\n');
}

/** Which stages were measured closed loop and which open loop, since their latencies mean different things. */
export function modeNote(results: PerfResults): string | undefined {
  const open = results.stages.filter((s) => s.mode === 'open');
  if (results.tool === 'k6') return 'Mode: as the k6 script sets it (its executors decide open or closed loop).';
  const closed = results.stages.filter((s) => s.mode !== 'open');
  const lines: string[] = [];
  if (closed.length) {
    lines.push(
      `Closed loop (each user sends its next request when the last one is answered; a slow service gets fewer requests, so waiting is not in the latency): ${closed.map((s) => `${s.users} users`).join(', ')}.`,
    );
  }
  if (open.length) {
    lines.push(
      `Open loop (a fixed arrival rate, sent whether or not earlier requests were answered; latency counted from each request's intended send time, so queueing is in it): ${open.map((s) => `${s.targetRps} req/s with ${s.users} ${results.tool === 'locust' ? 'users' : 'connections at most'}`).join(', ')}.`,
    );
  }
  return lines.length ? lines.map((l) => `Mode: ${l}`).join('\n') : undefined;
}

/** How many requests each Locust worker made, so an idle or lost worker shows. */
function workerTable(results: PerfResults): string | undefined {
  const rows = results.stages.filter((s) => s.workers?.length);
  if (rows.length === 0) return undefined;
  const names = [...new Set(rows.flatMap((s) => s.workers!.map((w) => w.worker)))];
  return [
    `| Users | ${names.join(' | ')} | counted by the master |`,
    `|---:|${names.map(() => '---:|').join('')}---:|`,
    ...rows.map(
      (s) =>
        `| ${s.users} | ${names.map((n) => s.workers!.find((w) => w.worker === n)?.requests ?? 0).join(' | ')} | ${s.total.requests} |`,
    ),
  ].join('\n');
}

function endpointTable(results: PerfResults): string | undefined {
  const rows: string[] = [];
  for (const s of results.stages) {
    for (const e of s.endpoints) {
      const m = e.measured;
      rows.push(
        `| ${e.name.replace(/\|/g, '\\|')} | ${s.users} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${m.rps} | ${pct(m.errorRatePct)} | ${ms(m.maxQueries)} | ${ms(m.p95PerfTimeMs)} | ${ms(m.avgKB)} |`,
      );
    }
  }
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, MAX_ROWS);
  return [
    '| Endpoint | Users | p50 (ms) | p95 (ms) | p99 (ms) | req/s | error rate | max X-Query-Count | p95 X-Perf-Time-ms | KB (avg) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...shown,
    ...(rows.length > shown.length ? [`\n_${rows.length - shown.length} more rows in results.json_`] : []),
  ].join('\n');
}

/** The measured table beside the reference one, stage by stage (matched by users), then before/after. */
export function referenceTables(results: PerfResults, ref: Reference): string | undefined {
  const parts: string[] = [];
  const rows = ref.stages.filter((r) => results.stages.some((s) => s.users === r.users));
  const both = (m: number | undefined, r: number | undefined, unit = '') => `${na(m, unit)} · ${na(r, unit)}`;
  if (rows.length) {
    parts.push(
      [
        `Measured · ${ref.label}:`,
        '',
        '| Users | p95 (ms) | p99 (ms) | throughput (req/s) | error rate | queries (max) | KB (avg) | CPU (avg) |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...rows.map((r) => {
          const s = results.stages.find((x) => x.users === r.users)!;
          return `| ${r.users} | ${both(s.total.p95, r.p95Ms)} | ${both(s.total.p99, r.p99Ms)} | ${both(s.total.rps, r.rps)} | ${both(s.total.errorRatePct, r.errorRatePct, '%')} | ${both(s.total.maxQueries, r.queries)} | ${both(s.total.avgKB, r.kb)} | ${both(s.cpuPct, r.cpuPct, '%')} |`;
        }),
      ].join('\n'),
    );
  }
  const before = ref.before;
  const after = ref.after;
  const hasBefore = Object.values(before).some((v) => v !== undefined);
  const hasAfter = Object.values(after).some((v) => v !== undefined);
  const heaviest = results.stages.reduce((a, b) => (b.users > a.users ? b : a), results.stages[0]!);
  if ((hasBefore || hasAfter) && heaviest) {
    const line = (label: string, key: keyof typeof before, measured: number | undefined, unit = '') =>
      `| ${label} | ${na(before[key], unit)} | ${na(after[key], unit)} | ${na(measured, unit)} |`;
    parts.push(
      [
        `| Metric | before (${ref.label}) | after (${ref.label}) | measured, ${heaviest.users} users, all endpoints |`,
        '|---|---:|---:|---:|',
        line('p95 (ms)', 'p95Ms', heaviest.total.p95),
        line('queries per request (max)', 'queries', heaviest.total.maxQueries),
        line('response (KB, avg)', 'kb', heaviest.total.avgKB),
        line('service CPU (avg)', 'cpuPct', heaviest.cpuPct, '%'),
      ].join('\n'),
    );
  }
  return parts.length ? parts.join('\n\n') : undefined;
}

function comparisonTable(comparisons: Comparison[]): string {
  const shown = comparisons.slice(0, MAX_ROWS);
  const lines = [
    '| Users | Endpoint | base p95 (ms) | p95 (ms) | change | counts beyond (ms) | verdict |',
    '|---:|---|---:|---:|---:|---:|---|',
  ];
  for (const c of shown) {
    const sign = c.deltaMs > 0 ? '+' : '';
    const verdict =
      c.verdict === 'regression' ? '**regression**' : c.verdict === 'improvement' ? 'improvement' : 'within noise';
    lines.push(
      `| ${c.users} | ${c.endpoint ?? '(all)'} | ${c.baseP95} | ${c.p95} | ${sign}${c.deltaMs} ms (${sign}${c.deltaPct}%) | ${c.thresholdMs} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}

export function renderDetails(input: SummaryInput): string {
  const { results, checks } = input;
  const parts: string[] = [];
  parts.push(
    `Load by ${results.engineNote ?? results.tool} against ${results.baseUrl}, scenario \`${results.scenario}\`${results.repeat > 1 ? `, ${results.repeat} runs per stage (medians shown)` : ''}.`,
  );
  parts.push(stageTable(results));
  const modes = modeNote(results);
  if (modes) parts.push(modes);
  const notMeasured = [
    results.stages.every((s) => s.cpuPct === undefined)
      ? 'service CPU (read for the service this stage starts with perf.start, or from perf.cpuPidFile)'
      : '',
    results.stages.every((s) => s.total.maxQueries === undefined)
      ? 'queries (the service sent no X-Query-Count header)'
      : '',
    results.stages.every((s) => s.total.avgKB === undefined) ? 'response size' : '',
  ].filter(Boolean);
  if (notMeasured.length) parts.push(`n/a: not measured: ${notMeasured.join('; ')}.`);
  const ref = input.reference ? referenceTables(results, input.reference) : undefined;
  if (ref) parts.push(ref);
  const workers = workerTable(results);
  if (workers)
    parts.push(
      `Requests per Locust worker (all runs of a stage); the budgets apply to the total the master counted:\n\n${workers}`,
    );

  const failed = checks.filter((c) => c.outcome === 'failed');
  const unmeasured = checks.filter((c) => c.outcome === 'unmeasured');
  if (checks.length > 0) {
    const head = failed.length
      ? `**Budgets: ${failed.length} of ${checks.length} failed**`
      : `Budgets: all ${checks.length - unmeasured.length} checked passed`;
    const list = [...failed, ...unmeasured]
      .slice(0, MAX_ROWS)
      .map((c) => `- ${c.outcome === 'failed' ? '❌' : '⚠️'} ${describeCheck(c)}`);
    parts.push([head, ...list].join('\n'));
  } else {
    parts.push('No budgets set: numbers are reported, not enforced.');
  }

  if (input.comparisons && input.comparisons.length > 0) {
    parts.push(
      `Compared with the base${input.baseNote ? ` (${input.baseNote})` : ''}: a p95 counts as a regression when it grows by more than the larger of the tolerance and the noise between repeat runs.`,
    );
    parts.push(comparisonTable(input.comparisons));
  } else if (input.baseNote) {
    parts.push(`No comparison with the base: ${input.baseNote}.`);
  }

  const endpoints = endpointTable(results);
  if (endpoints) parts.push(`<details><summary>Per endpoint</summary>\n\n${endpoints}\n\n</details>`);
  if (results.stages.length > 0) {
    parts.push(
      `<details><summary>p95 and p99 against users</summary>\n\n${renderMermaid(chartPoints(results.stages))}\n\n</details>`,
    );
  }
  return parts.join('\n\n') + '\n';
}
