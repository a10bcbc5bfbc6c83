import { describe, expect, it } from 'vitest';
import { splitSql } from '../../../../src/stages/migrations/sql/split.js';

describe('splitSql', () => {
  it('splits on semicolons and gives each statement its first line', () => {
    const parts = splitSql('-- header\nCREATE TABLE a (id int);\n\n  ALTER TABLE a\n  ADD b int;\n');
    expect(parts.map((p) => [p.line, p.text.replace(/\s+/g, ' ')])).toEqual([
      [2, '-- header CREATE TABLE a (id int)'],
      [4, 'ALTER TABLE a ADD b int'],
    ]);
  });

  it('does not split inside quotes, comments or dollar-quoted bodies', () => {
    const sql = [
      'INSERT INTO t VALUES (\'a;b\', "c;d");',
      '/* one; two */ UPDATE t SET x = 1; -- trailing; comment',
      'CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;',
      "SELECT $$;$$, 'it''s; fine';",
    ].join('\n');
    expect(splitSql(sql).map((p) => p.line)).toEqual([1, 2, 3, 4]);
    expect(splitSql(sql)[2]!.text).toContain('END; $body$ LANGUAGE plpgsql');
  });

  it('counts lines inside multi-line strings and comments', () => {
    const parts = splitSql("SELECT 'x\ny\nz';\n/*\n\n*/\nDROP TABLE t;");
    expect(parts.map((p) => p.line)).toEqual([1, 7]);
  });

  it('reads the ignore comment of the statement it precedes', () => {
    const parts = splitSql('DROP TABLE a;\n-- backend-ci-ignore: drop-table, rename\nDROP TABLE b;');
    expect(parts.map((p) => [...p.ignored])).toEqual([[], ['drop-table', 'rename']]);
  });
});
