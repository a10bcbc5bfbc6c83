import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { type CoverageReport, type FileCoverage, sumTotals } from '../../src/coverage/model.js';
import { checkThresholds, describeFailure, unmatchedPatterns } from '../../src/coverage/thresholds.js';
import { tempDir } from '../support/temp.js';

function file(path: string, lines: [number, number], branches: [number, number] = [0, 0]): FileCoverage {
  const l = { covered: lines[0], total: lines[1] };
  return { path, lines: l, statements: l, functions: { covered: 0, total: 0 }, branches: { covered: branches[0], total: branches[1] } };
}

function report(files: FileCoverage[]): CoverageReport {
  return { files, totals: sumTotals(files), sources: [] };
}

const r = report([file('src/billing/invoice.ts', [90, 100], [3, 4]), file('src/billing/tax.ts', [99, 100]), file('src/api/posts.ts', [50, 100])]);

describe('checkThresholds', () => {
  it('passes when every minimum is met, and ignores unset metrics', () => {
    expect(checkThresholds(r, { lines: 79.66 }, {})).toEqual([]);
  });

  it('reports overall misses with actual and required', () => {
    expect(checkThresholds(r, { lines: 80, branches: 70 })).toEqual([{ metric: 'lines', actual: 79.66, required: 80, covered: 239, total: 300 }]);
    expect(checkThresholds(r, { branches: 80 })).toEqual([{ metric: 'branches', actual: 75, required: 80, covered: 3, total: 4 }]);
  });

  it('checks per-file minimums on the files a glob matches, naming file and glob', () => {
    const failures = checkThresholds(r, {}, { 'src/billing/**': { lines: 95, branches: 80 } });
    expect(failures).toEqual([
      { metric: 'lines', actual: 90, required: 95, file: 'src/billing/invoice.ts', pattern: 'src/billing/**', covered: 90, total: 100 },
      { metric: 'branches', actual: 75, required: 80, file: 'src/billing/invoice.ts', pattern: 'src/billing/**', covered: 3, total: 4 },
    ]);
  });

  it('describes a failure in one line', () => {
    const [overall] = checkThresholds(r, { lines: 80 });
    expect(describeFailure(overall!)).toBe('lines 79.66% < 80% (239/300 covered)');
    const [perFile] = checkThresholds(r, {}, { 'src/api/**': { lines: 60 } });
    expect(describeFailure(perFile!)).toBe('src/api/posts.ts: lines 50% < 60% (50/100 covered; src/api/**)');
  });

  it('never fails a file on a metric it has nothing of', () => {
    expect(checkThresholds(r, {}, { 'src/billing/tax.ts': { branches: 100 } })).toEqual([]);
  });

  it('lists globs that matched no file', () => {
    expect(unmatchedPatterns(r, { 'src/billing/**': {}, 'src/biling/**': {} })).toEqual(['src/biling/**']);
  });
});

describe('thresholds from backend-ci.yml and inputs', () => {
  it('gates with the settings as the config loader types them', () => {
    const workspace = tempDir('thresholds-config-');
    writeFileSync(
      path.join(workspace, 'backend-ci.yml'),
      ['test:', '  command: npm test', '  thresholds:', '    lines: 70', '  perFile:', '    "src/api/**":', '      lines: 60', ''].join('\n'),
    );
    const config = loadConfig({ workspace, inputs: { 'threshold-branches': '90' } });
    const failures = checkThresholds(r, config.test.thresholds, config.test.perFile);
    expect(failures.map(describeFailure)).toEqual(['branches 75% < 90% (3/4 covered)', 'src/api/posts.ts: lines 50% < 60% (50/100 covered; src/api/**)']);
  });
});
