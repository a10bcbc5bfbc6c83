// Reads a .env file into values with their line numbers. The values are dotenv's own reading (quotes, escapes
// in double quotes, multi-line quoted values, `export`, comments), so they are what the application will see
// when it loads the same file with dotenv; the line scan here only finds where each key is and refuses a line
// dotenv would skip without a word, naming the file and line.
import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { ConfigError } from '../../pipeline/stage.js';

export interface EnvValue {
  value: string;
  /** Where it came from: "<file>:<line>" or "the environment". */
  source: string;
  file?: string;
  line?: number;
}

const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

export function readDotenv(file: string, shownAs: string): Map<string, EnvValue> {
  const text = readFileSync(file, 'utf8');
  const lineOf = new Map<string, number>();
  // Inside a quoted value that spans lines, until its closing quote.
  let openQuote: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (openQuote) {
      if (raw.includes(openQuote)) openQuote = undefined;
      return;
    }
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = ASSIGNMENT.exec(line);
    if (!m)
      throw new ConfigError(
        `${shownAs}:${i + 1}: expected KEY=value, got a line that is not (${line.length} characters)`,
      );
    lineOf.set(m[1]!, i + 1);
    const value = m[2]!;
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.indexOf(quote, 1) === -1) openQuote = quote;
  });
  if (openQuote) throw new ConfigError(`${shownAs}: a value opened with ${openQuote} is never closed`);
  const values = new Map<string, EnvValue>();
  for (const [key, value] of Object.entries(parse(text))) {
    const line = lineOf.get(key);
    values.set(key, { value, source: line ? `${shownAs}:${line}` : shownAs, file: shownAs, ...(line ? { line } : {}) });
  }
  return values;
}
