import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCobertura } from '../../src/coverage/cobertura.js';
import { summarise } from '../../src/coverage/detail.js';
import { CoverageFormatError } from '../../src/coverage/model.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');

function formatError(xml: string): CoverageFormatError {
  try {
    parseCobertura(xml, 'report.xml');
  } catch (e) {
    expect(e).toBeInstanceOf(CoverageFormatError);
    return e as CoverageFormatError;
  }
  throw new Error('expected a CoverageFormatError');
}

describe('parseCobertura', () => {
  it("reads c8's cobertura-coverage.xml: class lines, methods and condition coverage", () => {
    const file = path.join(fixtures, 'c8/cobertura-coverage.xml');
    const { sources, files } = parseCobertura(readFileSync(file, 'utf8'), file);
    expect(sources).toEqual(['/tmp/covx']);
    const math = summarise(files.get('src/math.js')!);
    expect(math.lines).toEqual({ covered: 11, total: 15 });
    expect(math.functions).toEqual({ covered: 2, total: 3 });
    expect(math.branches).toEqual({ covered: 5, total: 6 });
    // Method <line>s repeat class lines; they must not be counted twice.
    expect(math.lineHits?.get(1)).toBe(1);
  });

  it("reads coverage.py's coverage.xml, where filenames are relative to a <source> root", () => {
    const file = path.join(fixtures, 'coverage-py/coverage.xml');
    const { sources, files } = parseCobertura(readFileSync(file, 'utf8'), file);
    expect(sources).toEqual(['/tmp/pycov']);
    const calc = summarise(files.get('app/calc.py')!);
    expect(calc.lines).toEqual({ covered: 8, total: 10 });
    expect(calc.branches).toEqual({ covered: 3, total: 4 });
    expect(calc.lineHits?.get(9)).toBe(0);
    expect(summarise(files.get('app/__init__.py')!).lines).toEqual({ covered: 0, total: 0 });
  });

  it('adds up several classes of one file', () => {
    const xml = `<coverage><packages><package name="p"><classes>
      <class name="A" filename="A.java"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class>
      <class name="A$Inner" filename="A.java"><lines><line number="2" hits="3"/></lines></class>
    </classes></package></packages></coverage>`;
    expect(summarise(parseCobertura(xml, 'x.xml').files.get('A.java')!).lines).toEqual({ covered: 2, total: 2 });
  });

  it('reports malformed reports with file, line and what was expected', () => {
    expect(formatError('<report/>').message).toBe('report.xml:1: expected the root element <coverage> of a Cobertura report, got <report>');
    expect(formatError('<coverage>\n<packages>\n<class name="x">\n</class></packages></coverage>').message).toBe(
      'report.xml:3: expected a filename="..." attribute on <class>',
    );
    const badHits = '<coverage>\n<class filename="a.py"><lines>\n<line number="3" hits="lots"/></lines></class></coverage>';
    expect(formatError(badHits).message).toBe('report.xml:3: expected hits="<count>" on <line>, got "lots"');
    const badCondition = '<coverage><class filename="a.py"><lines>\n\n<line number="3" hits="1" branch="true" condition-coverage="half"/></lines></class></coverage>';
    expect(formatError(badCondition).message).toContain('report.xml:3: expected condition-coverage="<pct>% (<covered>/<total>)"');
    expect(formatError('<coverage>\n<packages>\n</coverage>').message).toBe('report.xml:3: expected </packages> (opened on line 2), got </coverage>');
  });

  it("checks the <line> elements against the report's own totals: lines must agree, branches are warned about", () => {
    for (const name of ['c8/cobertura-coverage.xml', 'coverage-py/coverage.xml']) {
      const file = path.join(fixtures, name);
      expect(parseCobertura(readFileSync(file, 'utf8'), file).warnings).toEqual([]);
    }
    const original = readFileSync(path.join(fixtures, 'coverage-py/coverage.xml'), 'utf8');
    // A report cut short: one <line> gone, the totals still say 10.
    const truncated = original.replace('<line number="14" hits="0"/>', '');
    expect(formatError(truncated).message).toBe('report.xml:2: <coverage lines-valid="10"> but the <line> elements count 9: expected them to agree (is the report truncated or edited?)');
    const edited = original.replace('lines-covered="8"', 'lines-covered="10"');
    expect(formatError(edited).message).toContain('<coverage lines-covered="10"> but the <line> elements count 8');
    const branches = original.replace('branches-valid="4"', 'branches-valid="6"');
    expect(parseCobertura(branches, 'report.xml').warnings).toEqual([`report.xml: <coverage branches-valid="6"> but the lines' condition-coverage counts 4; the branch figures come from the lines`]);
    expect(formatError(original.replace('lines-valid="10"', 'lines-valid="ten"')).message).toContain('expected lines-valid="<count>" on <coverage> to be a whole number');
  });
});
