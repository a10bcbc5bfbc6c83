// The env contract: which variables a service needs, of what type and range. Read from either
//
// 1. a .env.example whose KEY=value lines may carry a note in the comment line just above them:
//
//        # Port to listen on.
//        # type=int min=1 max=65535 required
//        PORT=8000
//
//    Note words: type=string|int|number|bool|url|secret|enum(a|b|c) (or type=enum values=a|b|c),
//    min=N max=N (the value for numbers, the length for strings), pattern=REGEX, required, optional,
//    secret. A key without a note is a string the service expects: unset, it is listed as a warning
//    (a note saying `optional` says it is not). Other comment lines are free text.
//
// 2. a JSON Schema (*.json) object: properties with type (string, integer, number, boolean), enum,
//    minimum, maximum, minLength, maxLength, pattern, format: uri; the required list; writeOnly: true
//    marks a secret.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../pipeline/stage.js';

export const ENV_TYPES = ['string', 'int', 'number', 'bool', 'url', 'enum', 'secret'] as const;
export type EnvType = (typeof ENV_TYPES)[number];

export interface ContractEntry {
  name: string;
  type: EnvType;
  required: boolean;
  /** Declared with no note: the service expects it, but nothing says it must fail without it. */
  expected?: boolean;
  secret: boolean;
  min?: number;
  max?: number;
  values?: string[];
  pattern?: RegExp;
  /** The value written in the example file, if any (a real deploy must not keep it for a secret). */
  example?: string;
  /** Where the entry is declared, for messages: repository-relative file and 1-based line. */
  file: string;
  line: number;
}

export interface EnvContract {
  file: string;
  entries: ContractEntry[];
}

/** Names that hold secrets whatever their declared type. */
export const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|KEY|CREDENTIAL|PRIVATE/i;

export function readContract(file: string, shownAs = path.basename(file)): EnvContract {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? readJsonSchema(text, shownAs) : readEnvExample(text, shownAs);
}

const NOTE_LINE = /^#\s*(?:type=|required\b|optional\b|secret\b|min=|max=|pattern=|values=)/;
const KEY_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const NOTE_WORDS = 'type=, min=, max=, values=, pattern=, required, optional, secret';

export function readEnvExample(text: string, shownAs: string): EnvContract {
  const entries: ContractEntry[] = [];
  let note: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      note = undefined;
      return;
    }
    if (line.startsWith('#')) {
      note = NOTE_LINE.test(line) ? { text: line.replace(/^#\s*/, ''), line: i + 1 } : note;
      return;
    }
    const key = KEY_LINE.exec(raw);
    if (!key)
      throw new ConfigError(`${shownAs}:${i + 1}: expected KEY=value or a # comment, got '${line.slice(0, 60)}'`);
    const entry: ContractEntry = {
      name: key[1]!,
      type: 'string',
      required: false,
      secret: false,
      example: unquote(key[2]!),
      file: shownAs,
      line: i + 1,
    };
    if (note) applyNote(entry, note.text, `${shownAs}:${note.line}`);
    else entry.expected = true;
    if (SECRET_NAME.test(entry.name)) entry.secret = true;
    entries.push(entry);
    note = undefined;
  });
  return { file: shownAs, entries };
}

function applyNote(entry: ContractEntry, text: string, where: string): void {
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const [k, ...rest] = word.split('=');
    const v = rest.join('=');
    if (word === 'required') entry.required = true;
    else if (word === 'optional') entry.required = false;
    else if (word === 'secret') entry.secret = true;
    else if (k === 'type') {
      const enumForm = /^enum\((.*)\)$/.exec(v);
      if (enumForm) {
        entry.type = 'enum';
        entry.values = enumForm[1]!.split('|');
      } else if ((ENV_TYPES as readonly string[]).includes(v)) {
        entry.type = v as EnvType;
        if (v === 'secret') entry.secret = true;
      } else
        throw new ConfigError(
          `${where}: ${entry.name}: unknown type '${v}'; allowed: ${ENV_TYPES.join(', ')}, enum(a|b|c)`,
        );
    } else if (k === 'min' || k === 'max') {
      const n = Number(v);
      if (v === '' || !Number.isFinite(n))
        throw new ConfigError(`${where}: ${entry.name}: ${k} must be a number, got '${v}'`);
      entry[k] = n;
    } else if (k === 'values') entry.values = v.split('|');
    else if (k === 'pattern') entry.pattern = compilePattern(v, `${where}: ${entry.name}`);
    else throw new ConfigError(`${where}: ${entry.name}: unknown note '${word}'; allowed: ${NOTE_WORDS}`);
  }
  if (entry.type === 'enum' && !entry.values?.length)
    throw new ConfigError(`${where}: ${entry.name}: type=enum needs its values, as enum(a|b) or values=a|b`);
}

function compilePattern(source: string, where: string): RegExp {
  try {
    return new RegExp(source);
  } catch (err) {
    throw new ConfigError(`${where}: pattern is not a valid regular expression: ${(err as Error).message}`);
  }
}

export function unquote(value: string): string {
  const v = value.trim();
  const quote = v[0];
  if (quote === '"' || quote === "'") {
    const close = v.indexOf(quote, 1);
    if (close > 0) return v.slice(1, close);
  }
  // An unquoted value ends at a comment.
  return v.replace(/\s+#.*$/, '');
}

interface JsonProperty {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  writeOnly?: boolean;
  examples?: unknown[];
  default?: unknown;
}

export function readJsonSchema(text: string, shownAs: string): EnvContract {
  let schema: { properties?: Record<string, JsonProperty>; required?: string[] };
  try {
    schema = JSON.parse(text) as typeof schema;
  } catch (err) {
    throw new ConfigError(`${shownAs}: not valid JSON: ${(err as Error).message}`);
  }
  if (!schema || typeof schema !== 'object' || typeof schema.properties !== 'object') {
    throw new ConfigError(`${shownAs}: expected a JSON Schema object with "properties"`);
  }
  const lines = text.split('\n');
  // The property's own key line ("NAME": ...), not its mention in the required list.
  const lineOf = (name: string) =>
    Math.max(
      1,
      lines.findIndex(
        (l) => l.includes(`"${name}"`) && /^\s*"[^"]*"\s*:/.test(l) && l.trimStart().startsWith(`"${name}"`),
      ) + 1,
    );
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties).map(([name, p]): ContractEntry => {
    const where = `${shownAs}:${lineOf(name)}`;
    const jsonType = Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type;
    let type: EnvType;
    if (p.enum) type = 'enum';
    else if (jsonType === 'integer') type = 'int';
    else if (jsonType === 'number') type = 'number';
    else if (jsonType === 'boolean') type = 'bool';
    else if (jsonType === 'string' || jsonType === undefined)
      type = p.format === 'uri' || p.format === 'url' ? 'url' : 'string';
    else
      throw new ConfigError(
        `${where}: ${name}: type '${jsonType}' cannot come from an environment variable; allowed: string, integer, number, boolean`,
      );
    const numeric = type === 'int' || type === 'number';
    return {
      name,
      type,
      required: required.has(name),
      secret: p.writeOnly === true || SECRET_NAME.test(name),
      min: numeric ? p.minimum : p.minLength,
      max: numeric ? p.maximum : p.maxLength,
      values: p.enum?.map(String),
      pattern: p.pattern ? compilePattern(p.pattern, `${where}: ${name}`) : undefined,
      example:
        p.examples?.[0] !== undefined ? String(p.examples[0]) : p.default !== undefined ? String(p.default) : undefined,
      file: shownAs,
      line: lineOf(name),
    };
  });
  return { file: shownAs, entries };
}
