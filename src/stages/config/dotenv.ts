// Reads a .env file into values with their line numbers (KEY=value, optional `export`, quotes, comments).
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../pipeline/stage.js';
import { unquote } from './contract.js';

export interface EnvValue {
  value: string;
  /** Where it came from: "<file>:<line>" or "the environment". */
  source: string;
  file?: string;
  line?: number;
}

export function readDotenv(file: string, shownAs: string): Map<string, EnvValue> {
  const values = new Map<string, EnvValue>();
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
      if (!m) throw new ConfigError(`${shownAs}:${i + 1}: expected KEY=value, got a line that is not (${line.length} characters)`);
      values.set(m[1]!, { value: unquote(m[2]!), source: `${shownAs}:${i + 1}`, file: shownAs, line: i + 1 });
    });
  return values;
}
