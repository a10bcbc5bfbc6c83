// Splits a migration file into SQL statements, keeping each statement's starting line so findings can
// point at file:line. Quotes, comments and PostgreSQL dollar-quoted bodies are respected, so a semicolon
// inside a string or a function body does not end a statement.

export interface SqlStatement {
  /** The statement text without its trailing semicolon, comments kept. */
  text: string;
  /** 1-based line of the statement's first non-blank, non-comment character. */
  line: number;
  /** Rules named by `-- backend-ci-ignore: rule[, rule]` comments in or just before the statement. */
  ignored: Set<string>;
}

const IGNORE = /--\s*backend-ci-ignore:\s*([\w\-, ]+)/g;

export function splitSql(source: string, firstLine = 1): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = 0;
  let line = firstLine;
  let statementLine: number | undefined;
  let i = 0;
  const push = (end: number) => {
    const raw = source.slice(start, end);
    if (statementLine !== undefined) {
      const ignored = new Set<string>();
      for (const m of raw.matchAll(IGNORE))
        for (const rule of m[1]!.split(',')) if (rule.trim()) ignored.add(rule.trim());
      out.push({ text: raw.trim(), line: statementLine, ignored });
    }
    start = end + 1;
    statementLine = undefined;
  };
  const mark = () => {
    if (statementLine === undefined) statementLine = line;
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === '-' && next === '-') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      line += countLines(source, i, stop);
      i = stop;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      mark();
      let j = i + 1;
      while (j < source.length) {
        if (source[j] === c) {
          if (source[j + 1] === c)
            j += 2; // doubled quote is an escaped quote
          else break;
        } else if (source[j] === '\\' && c === "'" && /[eE]/.test(source[i - 1] ?? ''))
          j += 2; // E'..\'..'
        else j++;
      }
      line += countLines(source, i, j);
      i = j + 1;
      continue;
    }
    if (c === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(source.slice(i, i + 64));
      if (tag && !/[A-Za-z0-9_]/.test(source[i - 1] ?? '')) {
        mark();
        const close = source.indexOf(tag[0], i + tag[0].length);
        const stop = close === -1 ? source.length : close + tag[0].length;
        line += countLines(source, i, stop);
        i = stop;
        continue;
      }
    }
    if (c === ';') {
      push(i);
      i++;
      continue;
    }
    if (!/\s/.test(c)) mark();
    i++;
  }
  push(source.length);
  return out;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to && k < text.length; k++) if (text[k] === '\n') n++;
  return n;
}

/** The statement with comments removed and whitespace collapsed, for rule matching. */
export function normalizeSql(text: string): string {
  return text
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
