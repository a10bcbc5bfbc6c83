// Markdown and plain-text renderings of deploy results for the job summary, the PR comment and the terminal.
import type { DeployReport, HostReport } from './engine.js';
import type { HostReleases, HostPlan, RollbackHostResult } from './operations.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const bytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function headline(report: DeployReport): string {
  const n = report.hosts.length;
  const hosts = `${n} host${n === 1 ? '' : 's'}`;
  switch (report.status) {
    case 'deployed':
      return `release ${report.releaseId} deployed to ${hosts} in ${seconds(report.ms)}`;
    case 'rolled-back': {
      const culprit = report.hosts.find((h) => failedStep(h));
      const where = culprit ? ` at ${failedStep(culprit)} on ${culprit.target}` : '';
      const back = report.hosts.filter((h) => h.outcome === 'rolled-back').length;
      return `release ${report.releaseId} failed${where}; ${back} of ${hosts} rolled back to the previous release`;
    }
    case 'skipped':
      return 'deploy skipped';
    default:
      return `release ${report.releaseId} failed${report.hosts.some((h) => h.outcome === 'rollback-failed') ? ' AND ITS ROLLBACK FAILED' : ''}: ${firstLine(report.error)}`;
  }
}

function firstLine(text: string | undefined): string {
  return (text ?? 'unknown error').split('\n')[0]!.slice(0, 300);
}

function failedStep(h: HostReport): string {
  const s = h.steps.find((x) => !x.ok && !x.step.startsWith('rollback'));
  return s ? s.step : '';
}

export function databaseLine(report: DeployReport): string | undefined {
  const snaps = report.hosts.filter((h) => h.snapshot);
  if (snaps.length === 0) return undefined;
  const kind = snaps[0]!.snapshot!.kind === 'sqlite' ? 'SQLite snapshot through the online backup API (sqlite3 .backup)' : 'PostgreSQL snapshot with pg_dump -Fc';
  const sizes = snaps.map((h) => `${h.target}: ${h.snapshot!.absent ? 'no database yet' : bytes(h.snapshot!.bytes)} in ${h.snapshot!.ms} ms`);
  let line = `Database: ${kind}; ${sizes.join('; ')}.`;
  const restored = report.hosts.filter((h) => h.databaseRollback);
  if (restored.length) {
    const how = restored.map((h) => {
      const r = h.databaseRollback!;
      const what = r.path === 'restore-snapshot' ? (h.snapshot?.kind === 'postgres' ? 'pg_restore of the snapshot in one transaction' : 'sqlite3 .restore of the snapshot') : r.path === 'down-migrations' ? 'down-migrations' : 'removed the database file the release created';
      return `${h.target}: ${what} in ${r.ms} ms`;
    });
    line += ` Rollback: ${how.join('; ')}. Writes made between the snapshot and the rollback are not kept.`;
  }
  return line;
}

export function deployMarkdown(report: DeployReport): string {
  const out: string[] = [];
  out.push(`**${headline(report)}**`, '');
  out.push('| Host | Outcome | Previous release | Failed step | Health |', '| --- | --- | --- | --- | --- |');
  for (const h of report.hosts) {
    const health = h.health ? (h.health.ok ? `ok after ${h.health.attempts}` : `status ${h.health.lastStatus ?? h.health.lastError ?? '?'} after ${h.health.attempts}`) : '';
    out.push(`| ${cell(h.target)} | ${h.outcome} | ${h.previous ?? '(none)'} | ${failedStep(h)} | ${cell(health)} |`);
  }
  out.push('');
  const db = databaseLine(report);
  if (db) out.push(db, '');
  if (report.migrations.length) out.push(`Migrations shipped: ${report.migrations.map((m) => `\`${m}\``).join(', ')}.`, '');
  if (report.error) out.push('```text', report.error.slice(0, 3000), '```', '');
  for (const h of report.hosts) {
    if (h.health && !h.health.ok) out.push(`Health gate on ${h.target}: last status ${h.health.lastStatus ?? '(none)'}, body \`${cell(h.health.lastBody ?? h.health.lastError ?? '')}\``, '');
  }
  if (report.rolledBack) {
    out.push('Rollback: every host that had started going live was switched back to its previous release, its database restored, the previous release restarted and health-checked; the failed release is marked `rolled-back` and will not be picked by a later rollback.', '');
  }
  out.push('<details><summary>Steps and timings</summary>', '');
  for (const h of report.hosts) {
    out.push(`- ${h.target}: ${h.steps.map((s) => `${s.ok ? '' : '✗ '}${s.step} ${s.ms} ms${s.note ? ` (${cell(s.note).slice(0, 120)})` : ''}`).join(' → ')}`);
  }
  out.push('', `Archive: ${bytes(report.archiveBytes)}. Total: ${seconds(report.ms)}.`, '', '</details>');
  return out.join('\n');
}

export function planText(plan: { releaseId: string; hosts: HostPlan[] }): string {
  const out = [`Plan for release ${plan.releaseId}:`];
  for (const h of plan.hosts) {
    out.push('', `${h.target} (current: ${h.current ?? 'none'})`);
    h.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
    out.push(`  migrations that would run: ${h.pendingMigrations.length ? h.pendingMigrations.join(', ') : 'none'}`);
    if (h.wouldPrune.length) out.push(`  releases that would be pruned: ${h.wouldPrune.join(', ')}`);
  }
  return out.join('\n');
}

export function releasesText(hosts: HostReleases[]): string {
  const out: string[] = [];
  for (const h of hosts) {
    out.push(`${h.target}${h.lock.held ? ' [LOCKED]' : ''}`);
    if (h.state.releases.length === 0) out.push('  (no releases)');
    for (const r of [...h.state.releases].reverse()) {
      out.push(`  ${r.id === h.state.current ? '*' : ' '} ${r.id}  ${r.outcome.padEnd(11)} ${r.sha.slice(0, 7)}${r.reason ? `  ${r.reason}` : ''}`);
    }
  }
  return out.join('\n');
}

export function rollbackText(results: RollbackHostResult[]): string {
  return results.map((r) => (r.ok ? `${r.target}: ${r.from ?? '(none)'} -> ${r.to}` : `${r.target}: FAILED: ${r.error}`)).join('\n');
}
