// `backend-ci merge-coverage DIR…`: merges the coverage of test shards (folders holding lcov.info and/or
// coverage-summary.json, or those files themselves) into one folder and applies the configured thresholds.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import type { Host } from '../host/host.js';
import { mergeCoverageFiles } from '../coverage/merge.js';
import { METRICS, percent } from '../coverage/model.js';
import { findCoverageFiles, readCoverage } from '../coverage/read.js';
import { checkThresholds, describeFailure } from '../coverage/thresholds.js';

const MERGEABLE = new Set(['lcov.info', 'coverage-summary.json']);

/** The mergeable reports an argument names: the file itself, or the lcov/json-summary a folder holds. */
function reportsOf(input: string, workspace: string): string[] {
  const resolved = path.resolve(workspace, input);
  let stats;
  try {
    stats = statSync(resolved);
  } catch {
    throw new ConfigError(`merge-coverage: '${input}' does not exist (looked at ${resolved})`);
  }
  if (!stats.isDirectory()) return [resolved];
  const found = findCoverageFiles(resolved).filter((f) => MERGEABLE.has(path.basename(f)));
  if (found.length === 0) throw new ConfigError(`merge-coverage: '${input}' holds no lcov.info or coverage-summary.json to merge`);
  return found;
}

/** Returns the exit code: 0 merged and every threshold met, 1 a threshold missed. */
export async function mergeCoverageCommand(config: Config, host: Host, options: { inputs: string[]; output?: string }): Promise<number> {
  const inputs = options.inputs.flatMap((input) => reportsOf(input, config.workspace));
  const output = path.resolve(config.workspace, options.output ?? path.join(config.cwd, config.test.coverageDirectory));
  if (inputs.some((f) => path.dirname(f) === output)) {
    throw new ConfigError(`merge-coverage: the output folder ${output} is one of the inputs; pass --output DIR elsewhere`);
  }
  const merged = await mergeCoverageFiles(inputs, output);
  const written = [merged.lcov, merged.jsonSummary].filter((f): f is string => !!f);
  host.log.info(`merged ${inputs.length} report${inputs.length === 1 ? '' : 's'} (${merged.files} source files) into ${written.map((f) => path.relative(config.workspace, f) || f).join(', ')}`);

  const report = await readCoverage(written, { workspace: config.workspace, cwd: config.cwd });
  for (const m of METRICS) host.log.info(`${m}: ${percent(report.totals[m])}% (${report.totals[m].covered}/${report.totals[m].total})`);
  const failures = checkThresholds(report, config.test.thresholds, config.test.perFile);
  for (const f of failures) host.log.error(describeFailure(f));

  const rows = METRICS.map((m) => `| ${m} | ${report.totals[m].covered} | ${report.totals[m].total} | ${percent(report.totals[m])} | ${config.test.thresholds[m] ?? '—'} |`);
  await host.appendSummary(
    [
      `### Merged coverage (${inputs.length} reports)`,
      '',
      '| Metric | Covered | Total | % | Required |',
      '|---|---:|---:|---:|---:|',
      ...rows,
      ...(failures.length ? ['', '**Thresholds not met**', '', ...failures.slice(0, 50).map((f) => `- ${describeFailure(f)}`)] : []),
      '',
    ].join('\n'),
  );
  return failures.length > 0 ? 1 : 0;
}
