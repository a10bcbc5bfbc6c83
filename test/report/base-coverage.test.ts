import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaseCoverageError, readBaseCoverage } from '../../src/report/base-coverage.js';
import { tempDir } from '../support/temp.js';

const dir = () => tempDir('base-cov-');

describe('base coverage', () => {
  it('reads totals from an istanbul coverage-summary.json', () => {
    const d = dir();
    writeFileSync(
      path.join(d, 'coverage-summary.json'),
      JSON.stringify({
        total: { lines: { total: 200, covered: 150, pct: 75 }, branches: { total: 0, covered: 0, pct: 100 } },
      }),
    );
    expect(readBaseCoverage(path.join(d, 'coverage-summary.json'))).toEqual({ lines: 75 });
  });

  it('sums lcov records, and finds the file inside an unpacked artifact folder', () => {
    const d = dir();
    mkdirSync(path.join(d, 'coverage'));
    writeFileSync(
      path.join(d, 'coverage', 'lcov.info'),
      'SF:a.ts\nFNF:4\nFNH:1\nLF:10\nLH:5\nBRF:0\nBRH:0\nend_of_record\nSF:b.ts\nLF:10\nLH:10\nend_of_record\n',
    );
    expect(readBaseCoverage(d)).toEqual({ lines: 75, functions: 25, statements: 75 });
  });

  it('names the file and what it expected when it is not coverage', () => {
    const d = dir();
    writeFileSync(path.join(d, 'x.info'), 'hello\n');
    expect(() => readBaseCoverage(path.join(d, 'x.info'))).toThrow(BaseCoverageError);
    expect(() => readBaseCoverage(d)).toThrow(/no coverage-summary\.json or lcov\.info/);
  });
});
