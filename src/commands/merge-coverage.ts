// `backend-ci merge-coverage DIR…`: merges the coverage of test shards (folders holding lcov.info and/or
// coverage-summary.json, or those files themselves) into one folder and applies the configured thresholds,
// failing closed like the test stage (src/coverage/gate.ts).
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import type { Host } from '../host/host.js';
import { mergeCoverageFiles } from '../coverage/merge.js';
import { gateCoverage, renderVerdict, verdictFails } from '../coverage/gate.js';
import { METRICS, type Metric, measured } from '../coverage/model.js';
import { findCoverageFiles } from '../coverage/read.js';
import { describeFailure } from '../coverage/thresholds.js';

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
  if (found.length === 0)
    throw new ConfigError(`merge-coverage: '${input}' holds no lcov.info or coverage-summary.json to merge`);
  return found;
}

/** Returns the exit code: 0 merged and every threshold met, 1 a threshold missed. */
export async function mergeCoverageCommand(
  config: Config,
  host: Host,
  options: { inputs: string[]; output?: string },
): Promise<number> {
  const inputs = options.inputs.flatMap((input) => reportsOf(input, config.workspace));
  const output = path.resolve(config.workspace, options.output ?? path.join(config.cwd, config.test.coverageDirectory));
  if (inputs.some((f) => path.dirname(f) === output)) {
    throw new ConfigError(
      `merge-coverage: the output folder ${output} is one of the inputs; pass --output DIR elsewhere`,
    );
  }
  const merged = await mergeCoverageFiles(inputs, output);
  const written = [merged.lcov, merged.jsonSummary].filter((f): f is string => !!f);
  host.log.info(
    `merged ${inputs.length} report${inputs.length === 1 ? '' : 's'} (${merged.files} source files) into ${written.map((f) => path.relative(config.workspace, f) || f).join(', ')}`,
  );

  // The same fail-closed rules as the test stage: an empty merge is "not checked", never "100% (0/0)".
  const verdict = await gateCoverage({
    files: written,
    lookedIn: written.join(', ') || output,
    workspace: config.workspace,
    cwd: config.cwd,
    thresholds: config.test.thresholds,
    perFile: config.test.perFile,
    compareTree: false,
  });
  const report = verdict.report;
  if (report) for (const m of METRICS) host.log.info(`${m}: ${metricText(report.totals[m])}`);
  for (const f of verdict.failures) host.log.error(f);
  for (const f of verdict.thresholdFailures) host.log.error(describeFailure(f));
  for (const w of verdict.warnings) host.log.warning(w);
  await host.appendSummary(
    [`### Merged coverage (${inputs.length} reports)`, '', renderVerdict(verdict, config.test.thresholds), ''].join(
      '\n',
    ),
  );
  return verdictFails(verdict) ? 1 : 0;
}

function metricText(metric: Metric): string {
  const value = measured(metric);
  return `${value === undefined ? 'n/a' : `${value}%`} (${metric.covered}/${metric.total})`;
}
