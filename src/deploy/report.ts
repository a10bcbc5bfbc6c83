// Markdown and plain-text renderings of deploy results for the job summary, the PR comment and the terminal.
import type { DeployReport, HostReport } from './engine.js';
import type { HostReleases, HostPlan, RollbackHostResult } from './operations.js';
import { recoveryLine, type Recovery } from './recovery.js';
// Target labels are ours; health answers and tool notes come from the service and are shown as code.
import { cell, codeCell, codeSpan } from '../report/markdown.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const bytes = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 / 1024).toFixed(1)} MiB`;

export function headline(report: DeployReport): string {
  if (!report.releaseId && report.status === 'failed')
    return `deploy failed before a release id was made (nothing was shipped): ${firstLine(report.error)}`;
  const n = report.hosts.length;
  const hosts = `${n} host${n === 1 ? '' : 's'}`;
  switch (report.status) {
    case 'deployed':
      return `release ${report.releaseId} deployed to ${hosts} in ${seconds(report.ms)}`;
    case 'rolled-back': {
      const culprit = report.hosts.find((h) => failedStep(h));
      const where = culprit ? ` at ${failedStep(culprit)} on ${culprit.target}` : '';
      const back = report.hosts.filter(
        (h) => h.outcome === 'rolled-back' && h.steps.some((s) => s.step === 'switch'),
      ).length;
      const never = report.hosts.filter(
        (h) => h.outcome === 'failed' || !h.steps.some((s) => s.step === 'switch'),
      ).length;
      return `release ${report.releaseId} failed${where}; ${back} of ${hosts} had gone live and were rolled back to the previous release${never ? `, ${never} never went live` : ''}`;
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
  const kind =
    snaps[0]!.snapshot!.kind === 'sqlite'
      ? 'SQLite snapshot through the online backup API (sqlite3 .backup)'
      : 'PostgreSQL snapshot with pg_dump -Fc';
  const sizes = snaps.map(
    (h) => `${h.target}: ${h.snapshot!.absent ? 'no database yet' : bytes(h.snapshot!.bytes)} in ${h.snapshot!.ms} ms`,
  );
  let line = `Database: ${kind}; ${sizes.join('; ')}.`;
  const restored = report.hosts.filter((h) => h.databaseRollback);
  if (restored.length) {
    const how = restored.map((h) => {
      const r = h.databaseRollback!;
      const what =
        r.path === 'restore-snapshot'
          ? h.snapshot?.kind === 'postgres'
            ? 'pg_restore of the snapshot in one transaction'
            : 'sqlite3 .restore of the snapshot'
          : r.path === 'down-migrations'
            ? 'down-migrations'
            : 'removed the database file the release created';
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
    const health = h.health
      ? h.health.ok
        ? `ok after ${h.health.attempts}`
        : `status ${h.health.lastStatus ?? h.health.lastError ?? '?'} after ${h.health.attempts}`
      : '';
    out.push(
      `| ${cell(h.target)} | ${h.outcome} | ${h.previous ?? '(none)'} | ${failedStep(h)} | ${codeCell(health)} |`,
    );
  }
  out.push('');
  const db = databaseLine(report);
  if (db) out.push(db, '');
  if (report.migrations.length)
    out.push(`Migrations shipped: ${report.migrations.map((m) => `\`${m}\``).join(', ')}.`, '');
  if (report.error) out.push('```text', report.error.slice(0, 3000), '```', '');
  for (const h of report.hosts) {
    if (h.health && !h.health.ok)
      out.push(
        `Health gate on ${h.target}: last status ${h.health.lastStatus ?? '(none)'}, body ${codeSpan(h.health.lastBody ?? h.health.lastError ?? '')}`,
        '',
      );
  }
  for (const line of report.recoveries) out.push(`Recovery: ${cell(line)}`, '');
  if (report.canary) {
    const gate = report.canary.gate ? `; load gate: ${cell(report.canary.gate)}` : '';
    out.push(
      `Canary: ${report.canary.hosts.join(', ')} ${report.canary.passed ? 'passed' : 'did NOT pass'}${gate}${report.canary.passed ? '' : '; the other hosts never got the release'}.`,
      '',
    );
  }
  if (report.rolledBack) {
    out.push(
      'Rollback: every host that had started going live was switched back to its previous release, its database restored, the previous release restarted and health-checked; the failed release is marked `rolled-back` and will not be picked by a later rollback.',
      '',
    );
  }
  const failedBack = report.hosts.filter((h) => h.outcome === 'rollback-failed');
  if (failedBack.length) {
    out.push('**The rollback did not complete.** Where each host is now:', '');
    for (const h of report.hosts) out.push(`- ${h.target}: ${hostState(h, report.releaseId)}`);
    out.push(
      '',
      'Next: fix what the failed rollback steps above name, then run `backend-ci recover` (it brings every host back to its last release confirmed healthy and restores the database from the snapshot), and `backend-ci releases` to check.',
      '',
    );
  }
  out.push('<details><summary>Steps and timings</summary>', '');
  for (const h of report.hosts) {
    out.push(
      `- ${h.target} (${h.sessions} session${h.sessions === 1 ? '' : 's'}): ${h.steps.map((s) => `${s.ok ? '' : '✗ '}${s.step} ${s.ms} ms${s.note ? ` (${cell(s.note).slice(0, 120)})` : ''}`).join(' → ')}`,
    );
  }
  out.push('', `Archive: ${bytes(report.archiveBytes)}. Total: ${seconds(report.ms)}.`, '', '</details>');
  return out.join('\n');
}

/** Where a host stands after a failed rollback, from the steps that ran. */
function hostState(h: HostReport, releaseId: string): string {
  const ok = (name: string) => h.steps.some((s) => s.step === name && s.ok);
  const ran = (name: string) => h.steps.some((s) => s.step === name);
  if (h.outcome === 'rolled-back')
    return `back on ${h.previous ?? '(no release)'}${h.previousHealth?.ok ? ', healthy' : ''}`;
  if (h.outcome !== 'rollback-failed') return `never went live (${h.outcome})`;
  const code = ran('rollback-switch')
    ? ok('rollback-switch')
      ? `current is ${h.previous ?? '(none)'} again`
      : `current is STILL ${releaseId}`
    : `current is ${h.previous ?? '(none)'}`;
  const db = ran('rollback-database')
    ? ok('rollback-database')
      ? 'database restored'
      : 'database NOT restored (still migrated by the failed release)'
    : 'database untouched';
  const service = ran('rollback-restart')
    ? ok('rollback-restart')
      ? ran('rollback-health')
        ? ok('rollback-health')
          ? 'previous release restarted and healthy'
          : 'previous release restarted but NOT healthy'
        : 'previous release restarted'
      : 'previous release NOT restarted'
    : 'nothing restarted';
  return `${code}; ${db}; ${service}`;
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
      out.push(
        `  ${r.id === h.state.current ? '*' : ' '} ${r.id}  ${r.outcome.padEnd(11)} ${r.sha.slice(0, 7)}${r.reason ? `  ${r.reason}` : ''}`,
      );
    }
  }
  return out.join('\n');
}

function rollbackDatabaseText(r: RollbackHostResult): string {
  const d = r.database;
  if (!d || d.how === 'none') return '';
  if (d.how === 'kept') return '; database kept as it was (--keep-database)';
  if (d.how === 'down-migrations')
    return `; database migrated down with ${d.release}'s deploy.migrateDown${d.ms !== undefined ? ` in ${d.ms} ms` : ''}`;
  return `; database restored from the snapshot taken before ${d.release} migrated${d.snapshotTime ? ` at ${d.snapshotTime}` : ''}${d.ms !== undefined ? ` in ${d.ms} ms` : ''}: rows written since then are lost`;
}

export function rollbackText(results: RollbackHostResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.recovery?.changed) lines.push(`${r.target}: ${recoveryLine(r.recovery)}`);
    lines.push(
      r.ok
        ? `${r.target}: ${r.from ?? '(none)'} -> ${r.to ?? '(none)'}${rollbackDatabaseText(r)}`
        : `${r.target}: FAILED: ${r.error}`,
    );
  }
  return lines.join('\n');
}

export function recoverText(results: Recovery[]): string {
  return results
    .map((r) => (r.changed ? recoveryLine(r) : `${r.target}: nothing to recover (current: ${r.current ?? 'none'})`))
    .join('\n');
}
