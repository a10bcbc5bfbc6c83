// Every output the action sets, with its description; action.yml and the README are generated from this list.
export const OUTPUTS: Record<string, string> = {
  'coverage-lines':
    'Line coverage, percent; empty when the report has no lines to count (n/a) or no coverage was read.',
  'coverage-branches':
    'Branch coverage, percent; empty when the report has no branches to count (n/a) or no coverage was read.',
  'coverage-functions':
    'Function coverage, percent; empty when the report has no functions to count (n/a) or no coverage was read.',
  'coverage-statements':
    'Statement coverage, percent; empty when the report has no statements to count (n/a) or no coverage was read.',
  'patch-coverage':
    'Coverage of the lines this change added or modified, percent (pull requests and pushes with a base).',
  'tests-passed': 'Number of tests that passed.',
  'tests-failed': 'Number of tests that failed.',
  'pending-migrations': 'Number of migrations not applied, plus model changes with no migration file.',
  'artifact-id': 'ID of the uploaded coverage artifact.',
  'artifact-url': 'Link to the uploaded coverage artifact.',
  'release-id': 'ID of the release deployed (UTC timestamp and short sha), the same on every host.',
  'deploy-status': 'deployed | rolled-back | failed | skipped.',
  'rolled-back': "'true' when a failed deploy was rolled back to the previous release.",
  'perf-p95-ms': 'Worst p95 latency of the load test across its stages, in milliseconds.',
  'perf-error-rate': 'Error rate of the load test, percent.',
  'results-json': 'Path of a machine-readable report of the whole run (results.json).',
};
