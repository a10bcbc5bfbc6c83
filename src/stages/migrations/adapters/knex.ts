// Knex has no models, so only unapplied migrations: the knex_migrations table against the migrations folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { query, tableExists } from '../database.js';
import { embeddedSql, jsIgnoreComment, type AdapterContext, type Inspection, type MigrationAdapter } from '../adapter.js';

export const KNEXFILES = ['knexfile.js', 'knexfile.cjs', 'knexfile.mjs', 'knexfile.ts'];
const DOWN = /\bdown\b\s*[=:(]/;
const MIGRATION_EXT = /\.(?:[cm]?js|ts)$/;

export const knexAdapter: MigrationAdapter = {
  name: 'knex',
  async inspect(ctx: AdapterContext): Promise<Inspection> {
    const dir = path.resolve(ctx.cwd, ctx.config.migrations.directory ?? 'migrations');
    const names = existsSync(dir) ? readdirSync(dir).filter((f) => MIGRATION_EXT.test(f) && !f.endsWith('.d.ts')).sort() : [];
    const files = names.map((name) => ({ name, file: path.join(dir, name) }));
    const inspection: Inspection = {
      dialect: ctx.database?.dialect ?? 'unknown',
      files,
      driftNote: 'knex has no models, so there is no drift to check',
      // Knex migrations are code; the SQL we can show and lint is what they pass to knex.raw().
      sqlOf: async (m) => {
        if (!m.file) return [];
        const text = readFileSync(m.file, 'utf8');
        return [...embeddedSql(m.file, text, ['raw'], DOWN), ...schemaBuilderSql(m.file, text)].sort((a, b) => (a.line ?? 1) - (b.line ?? 1));
      },
    };
    if (ctx.database) {
      const applied = (await tableExists(ctx.database, 'knex_migrations')) ? new Set((await query(ctx.database, 'SELECT name FROM knex_migrations')).map((r) => r[0])) : new Set<string>();
      inspection.pending = files.filter((f) => !applied.has(f.name));
    } else {
      inspection.pendingNote = 'no database-url given: unapplied migrations not checked';
    }
    return inspection;
  },
};

/**
 * The destructive schema-builder calls of a knex migration's up(), written as the SQL they stand for, so
 * the lint sees them: dropTable, dropColumn(s), renameColumn, renameTable.
 */
export function schemaBuilderSql(file: string, text: string): { file: string; sql: string; line: number }[] {
  const end = text.search(DOWN);
  const body = end === -1 ? text : text.slice(0, end);
  const out: { file: string; sql: string; line: number }[] = [];
  const lines = body.split('\n');
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length;
  const withIgnore = (sql: string, line: number) => sql.replace(/;$/, `${jsIgnoreComment(lines, line)};`);
  for (const m of body.matchAll(/\.(dropTable(?:IfExists)?|renameTable)\(\s*['"`]([\w.]+)['"`]/g)) {
    const line = lineAt(m.index!);
    out.push({ file, sql: withIgnore(m[1] === 'renameTable' ? `ALTER TABLE ${m[2]} RENAME TO x;` : `DROP TABLE ${m[2]};`, line), line });
  }
  // Column calls sit inside alterTable('name', (t) => ...): take the nearest table name before them.
  for (const m of body.matchAll(/\.(dropColumns?|renameColumn)\(\s*['"`]([\w.]+)['"`]/g)) {
    const before = body.slice(0, m.index!);
    const tables = [...before.matchAll(/(?:alterTable|table)\(\s*['"`]([\w.]+)['"`]/g)];
    const name = tables.at(-1)?.[1] ?? 'unknown_table';
    const line = lineAt(m.index!);
    out.push({ file, sql: withIgnore(m[1] === 'renameColumn' ? `ALTER TABLE ${name} RENAME COLUMN ${m[2]} TO x;` : `ALTER TABLE ${name} DROP COLUMN ${m[2]};`, line), line });
  }
  return out.sort((a, b) => a.line - b.line);
}
