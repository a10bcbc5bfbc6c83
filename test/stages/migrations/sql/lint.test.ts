import { describe, expect, it } from 'vitest';
import { lintSql, type Dialect } from '../../../../src/stages/migrations/sql/lint.js';

const lint = (sql: string, dialect: Dialect = 'postgres', severities = {}) =>
  lintSql([{ file: '/repo/m.sql', sql }], dialect, severities).map((f) => `${f.line}:${f.rule}:${f.severity}`);

describe('lintSql', () => {
  it('flags each destructive or locking statement at its line', () => {
    const sql = [
      'DROP TABLE "audit_log";',
      'ALTER TABLE users DROP COLUMN legacy_id;',
      'ALTER TABLE users RENAME COLUMN name TO full_name;',
      'ALTER TABLE posts ALTER COLUMN views TYPE bigint;',
      'ALTER TABLE posts ADD COLUMN slug text NOT NULL;',
      'CREATE INDEX idx_posts_slug ON posts (slug);',
      'ALTER TABLE posts ALTER COLUMN title SET NOT NULL;',
      'ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (author_id) REFERENCES users (id);',
      'TRUNCATE posts;',
      'DELETE FROM posts;',
      'DROP INDEX idx_old;',
    ].join('\n');
    expect(lint(sql)).toEqual([
      '1:drop-table:error',
      '2:drop-column:error',
      '3:rename:error',
      '4:column-type-change:error',
      '5:not-null-without-default:error',
      '6:index-without-concurrently:error',
      '7:set-not-null:warning',
      '8:foreign-key-validating:warning',
      '9:truncate:error',
      '10:delete-without-where:error',
      '11:drop-index-without-concurrently:warning',
    ]);
  });

  it('accepts the safe forms', () => {
    const sql = [
      'CREATE INDEX CONCURRENTLY idx ON posts (slug);',
      "ALTER TABLE posts ADD COLUMN slug text NOT NULL DEFAULT '';",
      'ALTER TABLE posts ADD COLUMN note text;',
      'ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES users (id) NOT VALID;',
      'ALTER TABLE posts DROP CONSTRAINT old_check;',
      'DELETE FROM posts WHERE id = 1;',
      'ALTER TABLE posts RENAME CONSTRAINT fk TO fk_author;',
      'DROP INDEX CONCURRENTLY idx_old;',
    ].join('\n');
    expect(lint(sql)).toEqual([]);
  });

  it('does not treat tables created by the same migrations as existing', () => {
    const sql =
      'CREATE TABLE tags (id int);\nALTER TABLE tags ADD COLUMN name text NOT NULL;\nCREATE INDEX tags_name ON tags (name);\nDROP TABLE tags;';
    expect(lint(sql)).toEqual([]);
  });

  it('recognises a table rebuild (SQLite column change) instead of calling it a plain drop and rename', () => {
    const sql = [
      'PRAGMA foreign_keys=OFF;',
      'CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY, `views` text);',
      'INSERT INTO `__new_posts`("id", "views") SELECT "id", "views" FROM `posts`;',
      'DROP TABLE `posts`;',
      'ALTER TABLE `__new_posts` RENAME TO `posts`;',
    ].join('\n');
    expect(lint(sql, 'sqlite')).toEqual(['4:table-rebuild:error']);
  });

  it('only asks for CONCURRENTLY on PostgreSQL', () => {
    expect(lint('CREATE INDEX i ON posts (a);', 'sqlite')).toEqual([]);
    expect(lint('CREATE UNIQUE INDEX "i" ON "public"."posts" ("a");', 'postgres')).toEqual([
      '1:index-without-concurrently:error',
    ]);
  });

  it('skips a statement whose ignore comment names the rule, and only that rule', () => {
    const sql = '-- backend-ci-ignore: drop-table\nDROP TABLE old;\n-- backend-ci-ignore: rename\nDROP TABLE other;';
    expect(lint(sql)).toEqual(['4:drop-table:error']);
  });

  it('takes severities from the settings, including off', () => {
    expect(lint('DROP TABLE a;\nTRUNCATE b;', 'postgres', { 'drop-table': 'warning', truncate: 'off' })).toEqual([
      '1:drop-table:warning',
    ]);
  });

  it('says why a statement is dangerous and how to do it safely', () => {
    const [finding] = lintSql([{ file: '/repo/m.sql', sql: 'ALTER TABLE users DROP COLUMN email;' }], 'postgres');
    expect(finding!.message).toMatch(/deletes its data.*Safe way: stop using the column/);
  });
});
