// Destructive and locking SQL rules for new migrations. Each finding says why the statement is dangerous
// for a service that keeps running while it migrates, and how to get the same result safely.
import { normalizeSql, splitSql, type SqlStatement } from './split.js';

export type Dialect = 'postgres' | 'sqlite' | 'mysql' | 'unknown';
export type Severity = 'error' | 'warning' | 'off';

export const LINT_RULES = [
  'drop-table',
  'table-rebuild',
  'drop-column',
  'rename',
  'column-type-change',
  'not-null-without-default',
  'set-not-null',
  'index-without-concurrently',
  'drop-index-without-concurrently',
  'foreign-key-validating',
  'truncate',
  'delete-without-where',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export const DEFAULT_SEVERITY: Record<LintRule, Exclude<Severity, 'off'>> = {
  'drop-table': 'error',
  'table-rebuild': 'error',
  'drop-column': 'error',
  rename: 'error',
  'column-type-change': 'error',
  'not-null-without-default': 'error',
  'set-not-null': 'warning',
  'index-without-concurrently': 'error',
  'drop-index-without-concurrently': 'warning',
  'foreign-key-validating': 'warning',
  truncate: 'error',
  'delete-without-where': 'error',
};

export interface LintFinding {
  rule: LintRule;
  severity: Exclude<Severity, 'off'>;
  /** Absolute path of the migration file. */
  file: string;
  line: number;
  /** The statement, shortened for display. */
  statement: string;
  message: string;
}

export interface SqlSource {
  file: string;
  sql: string;
  /** Line in `file` where `sql` starts (SQL embedded in a JS/TS migration starts mid-file). */
  line?: number;
  /** Every finding points at `line` (SQL printed by a tool for a migration written in another language). */
  pinLine?: boolean;
}

const IDENT = String.raw`((?:"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]|[\w$]+)(?:\.(?:"[^"]+"|\x60[^\x60]+\x60|\[[^\]]+\]|[\w$]+))?)`;
const re = (pattern: string) => new RegExp(pattern.replaceAll('IDENT', IDENT), 'i');

const CREATE_TABLE = re(
  String.raw`^CREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?IDENT`,
);
const DROP_TABLE = re(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?IDENT`);
const ALTER_TABLE = re(String.raw`^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?IDENT\s+(.*)$`);
const COPY_ROWS = re(String.raw`^INSERT\s+INTO\s+IDENT.*?\bSELECT\b.*?\bFROM\s+IDENT`);
const CREATE_INDEX = re(
  String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:IDENT\s+)?ON\s+(?:ONLY\s+)?IDENT`,
);

/** Removes the quoting of an identifier and any schema prefix, lower-cased for comparison. */
export function tableName(ident: string): string {
  const last = ident.split('.').pop() ?? ident;
  return last.replace(/^["`[]|["`\]]$/g, '').toLowerCase();
}

function shorten(sql: string, max = 160): string {
  const one = normalizeSql(sql);
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * Lints migration sources in order. Tables created by an earlier statement in these sources count as new,
 * so adding an index or a NOT NULL column to them is not a locking risk.
 */
export function lintSql(
  sources: SqlSource[],
  dialect: Dialect,
  severities: Partial<Record<string, Severity>> = {},
): LintFinding[] {
  const findings: LintFinding[] = [];
  const created = new Set<string>();
  // Tables whose rows were copied into a new table: dropping them afterwards is a rebuild, not a plain drop.
  const copiedFrom = new Set<string>();
  for (const source of sources) {
    for (const statement of splitSql(source.sql, source.line ?? 1)) {
      const sql = normalizeSql(statement.text);
      if (!sql) continue;
      const create = CREATE_TABLE.exec(sql);
      if (create) {
        created.add(tableName(create[1]!));
        continue;
      }
      const copy = COPY_ROWS.exec(sql);
      if (copy && created.has(tableName(copy[1]!))) copiedFrom.add(tableName(copy[2]!));
      for (const [rule, message] of checkStatement(sql, dialect, created, copiedFrom)) {
        const severity = severities[rule] ?? DEFAULT_SEVERITY[rule];
        if (severity === 'off' || isIgnored(statement, rule)) continue;
        findings.push({
          rule,
          severity,
          file: source.file,
          line: source.pinLine ? (source.line ?? 1) : statement.line,
          statement: shorten(statement.text),
          message,
        });
      }
    }
  }
  return findings;
}

function isIgnored(statement: SqlStatement, rule: LintRule): boolean {
  return statement.ignored.has(rule) || statement.ignored.has('all');
}

function checkStatement(
  sql: string,
  dialect: Dialect,
  created: Set<string>,
  copiedFrom: Set<string>,
): [LintRule, string][] {
  const out: [LintRule, string][] = [];
  const drop = DROP_TABLE.exec(sql);
  if (drop) {
    const table = tableName(drop[1]!);
    // A table created by these same new migrations (e.g. the temporary one of a rebuild) holds no old data.
    if (copiedFrom.has(table)) {
      out.push([
        'table-rebuild',
        `Table ${table} is rebuilt (new table, rows copied, old one dropped), the way SQLite changes or removes a column: writes are blocked while every row is copied, data in removed columns is lost, and the release still running during the deploy may fail on the changed columns. Safe way: add new columns instead of changing or removing them, and remove them in a later release once no code uses them.`,
      ]);
    } else if (!created.has(table)) {
      out.push([
        'drop-table',
        `DROP TABLE ${table} deletes the table and its data, and the release still running during the deploy fails on it. Safe way: stop reading and writing it in one release, back it up, drop it in a later release.`,
      ]);
    }
    return out;
  }
  if (/^TRUNCATE\b/i.test(sql)) {
    out.push([
      'truncate',
      'TRUNCATE deletes every row and takes an exclusive lock. Safe way: move data deletion out of schema migrations, delete in bounded batches with a WHERE clause.',
    ]);
    return out;
  }
  if (/^DELETE\s+FROM\b/i.test(sql) && !/\bWHERE\b/i.test(sql)) {
    out.push([
      'delete-without-where',
      'DELETE without WHERE removes every row of the table. Safe way: add a WHERE clause naming the rows, delete in bounded batches.',
    ]);
    return out;
  }
  if (dialect === 'postgres' && /^DROP\s+INDEX\b/i.test(sql) && !/^DROP\s+INDEX\s+CONCURRENTLY\b/i.test(sql)) {
    out.push([
      'drop-index-without-concurrently',
      'DROP INDEX takes an exclusive lock on its table, blocking reads and writes until it is done. Safe way: DROP INDEX CONCURRENTLY in a migration that runs outside a transaction.',
    ]);
    return out;
  }
  const index = CREATE_INDEX.exec(sql);
  if (index) {
    const table = tableName(index[3]!);
    if (dialect === 'postgres' && !index[1] && !created.has(table)) {
      out.push([
        'index-without-concurrently',
        `CREATE INDEX on the existing table ${table} blocks writes to it until the index is built. Safe way: CREATE INDEX CONCURRENTLY in a migration that runs outside a transaction.`,
      ]);
    }
    return out;
  }
  const alter = ALTER_TABLE.exec(sql);
  if (!alter) return out;
  const table = tableName(alter[1]!);
  const isNew = created.has(table);
  // Several actions can share one ALTER TABLE, separated by commas outside parentheses.
  for (const action of splitActions(alter[2]!)) {
    // Renaming a constraint or an index changes nothing the running code uses.
    if (/^RENAME\b/i.test(action) && !/^RENAME\s+(?:CONSTRAINT|INDEX|KEY)\b/i.test(action) && !isNew) {
      out.push([
        'rename',
        `Renaming ${/^RENAME\s+TO\b/i.test(action) ? 'table' : 'a column of'} ${table} breaks the release still running during the deploy, which uses the old name. Safe way (expand/contract): add the new one, write to both, backfill, switch reads, drop the old one in a later release.`,
      ]);
    } else if (
      /^DROP\s+(?:COLUMN\s+)?(?!CONSTRAINT\b|DEFAULT\b|NOT\s+NULL\b|INDEX\b|PRIMARY\b|FOREIGN\b|CHECK\b|KEY\b)/i.test(
        action,
      ) &&
      !isNew
    ) {
      out.push([
        'drop-column',
        `Dropping a column of ${table} deletes its data, and the release still running during the deploy fails when it reads or writes it. Safe way: stop using the column in one release (and ignore it in the ORM), drop it in a later release.`,
      ]);
    } else if (/^(?:ALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b|MODIFY\b|CHANGE\b)/i.test(action) && !isNew) {
      out.push([
        'column-type-change',
        `Changing a column type on ${table} rewrites the table under an exclusive lock and can fail or truncate on existing values. Safe way: add a new column of the new type, backfill in batches, switch the code, drop the old column later.`,
      ]);
    } else if (/^ALTER\s+(?:COLUMN\s+)?\S+\s+SET\s+NOT\s+NULL\b/i.test(action) && !isNew && dialect === 'postgres') {
      out.push([
        'set-not-null',
        `SET NOT NULL on ${table} scans the whole table under an exclusive lock. Safe way: ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL.`,
      ]);
    } else if (
      /^ADD\s+(?:COLUMN\s+)?(?!CONSTRAINT\b|PRIMARY\b|UNIQUE\b|FOREIGN\b|CHECK\b|INDEX\b|KEY\b)/i.test(action) &&
      /\bNOT\s+NULL\b/i.test(action) &&
      !/\bDEFAULT\b/i.test(action) &&
      !/\bGENERATED\b/i.test(action) &&
      !isNew
    ) {
      out.push([
        'not-null-without-default',
        `Adding a NOT NULL column without a DEFAULT to the existing table ${table} fails when the table has rows, and breaks inserts from the release still running. Safe way: add it nullable or with a DEFAULT, backfill, then add the NOT NULL constraint.`,
      ]);
    } else if (
      /^ADD\s+(?:CONSTRAINT\s+\S+\s+)?FOREIGN\s+KEY\b/i.test(action) &&
      !/\bNOT\s+VALID\b/i.test(action) &&
      !isNew &&
      dialect === 'postgres'
    ) {
      out.push([
        'foreign-key-validating',
        `Adding a foreign key to ${table} checks every row while blocking writes on both tables. Safe way: ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a separate statement.`,
      ]);
    }
  }
  return out;
}

function splitActions(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}
