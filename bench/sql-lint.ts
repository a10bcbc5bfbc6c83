// How much the quote/comment/dollar-quote aware splitter and the lint rules cost, next to the naive
// `text.split(';')` they replace, on one large generated migration. Run: npx tsx bench/sql-lint.ts
import { lintSql } from '../src/stages/migrations/sql/lint.js';
import { splitSql } from '../src/stages/migrations/sql/split.js';

const STATEMENTS = 20_000;
const parts: string[] = [];
for (let i = 0; i < STATEMENTS; i++) {
  switch (i % 5) {
    case 0:
      parts.push(`CREATE TABLE t${i} (id serial PRIMARY KEY, note text DEFAULT 'a;b');`);
      break;
    case 1:
      parts.push(`-- comment; with a semicolon\nALTER TABLE t${i - 1} ADD COLUMN c int;`);
      break;
    case 2:
      parts.push(`CREATE FUNCTION f${i}() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;`);
      break;
    case 3:
      parts.push(`CREATE INDEX i${i} ON existing_${i} (c);`);
      break;
    default:
      parts.push(`INSERT INTO t${i - 4} (note) VALUES ('it''s; fine');`);
  }
}
const sql = parts.join('\n');

function time(fn: () => unknown, rounds = 5): number {
  fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const naive = time(() =>
  sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean),
);
const split = time(() => splitSql(sql));
const lint = time(() => lintSql([{ file: 'big.sql', sql }], 'postgres'));
const findings = lintSql([{ file: 'big.sql', sql }], 'postgres').length;

process.stdout.write(
  [
    `migration: ${STATEMENTS} statements, ${(sql.length / 1024 / 1024).toFixed(1)} MiB`,
    `naive split(';'): ${naive.toFixed(1)} ms (wrong: ${sql.split(';').length - 1} pieces for ${STATEMENTS} statements)`,
    `splitSql:         ${split.toFixed(1)} ms  (${(split / naive).toFixed(1)}x naive), ${splitSql(sql).length} statements`,
    `lintSql:          ${lint.toFixed(1)} ms  (${(lint / naive).toFixed(1)}x naive), ${findings} findings`,
    '',
  ].join('\n'),
);
