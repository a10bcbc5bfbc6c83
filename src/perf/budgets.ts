// Checks measured numbers against the scenario's budgets: every stage as a whole against the scenario
// budgets, and each endpoint against its own budgets when it has some.
import type { Measured, StageResults } from './results.js';
import type { Budgets, Endpoint } from './scenario.js';

export interface BudgetCheck {
  /** "100 users" or "100 users, list posts". */
  scope: string;
  users: number;
  endpoint?: string;
  metric: keyof Budgets;
  limit: number;
  actual: number | undefined;
  /** unmeasured: the service sent no such header, so the budget could not be checked (a warning). */
  outcome: 'passed' | 'failed' | 'unmeasured';
}

const LABELS: Record<keyof Budgets, string> = {
  p95Ms: 'p95',
  p99Ms: 'p99',
  errorRatePct: 'error rate',
  maxQueries: 'queries per request',
  maxPerfTimeMs: 'p95 X-Perf-Time-ms',
  minRps: 'throughput',
};

const UNITS: Record<keyof Budgets, string> = {
  p95Ms: ' ms',
  p99Ms: ' ms',
  errorRatePct: ' %',
  maxQueries: '',
  maxPerfTimeMs: ' ms',
  minRps: ' req/s',
};

function actualFor(metric: keyof Budgets, m: Measured): number | undefined {
  switch (metric) {
    case 'p95Ms':
      return m.p95;
    case 'p99Ms':
      return m.p99;
    case 'errorRatePct':
      return m.errorRatePct;
    case 'maxQueries':
      return m.maxQueries;
    case 'maxPerfTimeMs':
      return m.p95PerfTimeMs;
    case 'minRps':
      return m.rps;
  }
}

function check(
  scope: string,
  users: number,
  endpoint: string | undefined,
  budgets: Budgets,
  m: Measured,
): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  for (const metric of Object.keys(LABELS) as (keyof Budgets)[]) {
    const limit = budgets[metric];
    if (limit === undefined) continue;
    const actual = actualFor(metric, m);
    let outcome: BudgetCheck['outcome'];
    if (actual === undefined) {
      // No responses means no latency: a latency budget fails. A missing header means the service does not
      // report it: the budget is unchecked, which the stage says out loud rather than passing quietly.
      outcome = metric === 'maxQueries' || metric === 'maxPerfTimeMs' ? 'unmeasured' : 'failed';
    } else {
      outcome = (metric === 'minRps' ? actual >= limit : actual <= limit) ? 'passed' : 'failed';
    }
    out.push({ scope, users, endpoint, metric, limit, actual, outcome });
  }
  return out;
}

export function checkBudgets(stages: StageResults[], budgets: Budgets, endpoints: Endpoint[]): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  for (const stage of stages) {
    out.push(...check(`${stage.users} users`, stage.users, undefined, budgets, stage.total));
    for (const e of endpoints) {
      const measured = stage.endpoints.find((x) => x.name === e.name)?.measured;
      if (measured) out.push(...check(`${stage.users} users, ${e.name}`, stage.users, e.name, e.budgets, measured));
    }
  }
  return out;
}

/** "p95 412 ms over budget 200 ms at 100 users" */
export function describeCheck(c: BudgetCheck): string {
  const label = LABELS[c.metric];
  const unit = UNITS[c.metric];
  if (c.outcome === 'unmeasured') {
    const header = c.metric === 'maxQueries' ? 'X-Query-Count' : 'X-Perf-Time-ms';
    return `${label} not measured: no response carried ${header} (${c.scope}); budget ${c.limit}${unit} unchecked`;
  }
  const actual = c.actual === undefined ? 'not measured' : `${c.actual}${unit}`;
  if (c.outcome === 'passed') return `${label} ${actual} within budget ${c.limit}${unit} (${c.scope})`;
  const relation = c.metric === 'minRps' ? 'under the minimum' : 'over budget';
  return `${label} ${actual} ${relation} ${c.limit}${unit} (${c.scope})`;
}
