// A small typed schema: each field knows its type, default, doc, optional action input name and how to
// validate a value taken from backend-ci.yml or from an action input. Config types are inferred from it,
// so the schema is the one place a setting is declared.
import { ConfigError } from '../errors.js';

/** Where a value came from, for error messages: a file position or an action input. */
export interface Origin {
  describe(): string;
}

export class FileOrigin implements Origin {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {}
  describe(): string {
    return `${this.file}:${this.line}:${this.column}`;
  }
}

export class InputOrigin implements Origin {
  constructor(readonly input: string) {}
  describe(): string {
    return `input '${this.input}'`;
  }
}

/** A raw value with its origin; objects carry their keys' origins so unknown keys can be pointed at. */
export interface RawValue {
  value: unknown;
  origin: Origin;
  /** For mappings: each key's own raw value. */
  entries?: Map<string, RawValue & { keyOrigin: Origin }>;
  /** For sequences: each item's raw value. */
  items?: RawValue[];
}

export interface Field<T> {
  readonly kind: string;
  readonly doc: string;
  /** Name of the action input that sets this field (kebab-case). Inputs win over the file. */
  readonly input?: string;
  readonly secret?: boolean;
  /** Parses a value from the file (structured) or from an input (always a string). */
  parse(raw: RawValue, path: string): T;
  parseInput?(text: string, origin: Origin, path: string): T;
  /** The value when neither the file nor an input sets it. */
  fallback(path: string): T;
}

export type Infer<F> = F extends Field<infer T> ? T : never;

interface Common<T> {
  doc: string;
  input?: string;
  default?: T;
}

function fail(origin: Origin, path: string, expected: string, got: unknown): never {
  const shown = typeof got === 'string' ? `'${got}'` : JSON.stringify(got);
  throw new ConfigError(`${origin.describe()}: '${path}' must be ${expected}, got ${shown}`);
}

function optional<T>(common: Common<T>): () => T {
  return () => common.default as T;
}

export function str<D extends string | undefined = undefined>(
  opts: Common<string> & { default?: D; secret?: boolean; pattern?: RegExp; patternDoc?: string },
): Field<D extends string ? string : string | undefined> {
  type T = D extends string ? string : string | undefined;
  const check = (v: string, origin: Origin, path: string): T => {
    if (opts.pattern && !opts.pattern.test(v))
      fail(origin, path, opts.patternDoc ?? `a string matching ${opts.pattern}`, v);
    return v as T;
  };
  return {
    kind: 'string',
    doc: opts.doc,
    input: opts.input,
    secret: opts.secret,
    parse(raw, path) {
      if (typeof raw.value === 'number' || typeof raw.value === 'boolean')
        return check(String(raw.value), raw.origin, path);
      if (typeof raw.value !== 'string') fail(raw.origin, path, 'a string', raw.value);
      return check(raw.value, raw.origin, path);
    },
    parseInput: (text, origin, path) => check(text, origin, path),
    fallback: optional(opts) as unknown as () => T,
  };
}

export function num<D extends number | undefined = undefined>(
  opts: Common<number> & { default?: D; min?: number; max?: number; integer?: boolean; unit?: string },
): Field<D extends number ? number : number | undefined> {
  type T = D extends number ? number : number | undefined;
  const expected = () => {
    const range =
      opts.min !== undefined && opts.max !== undefined
        ? ` from ${opts.min} to ${opts.max}`
        : opts.min !== undefined
          ? ` of at least ${opts.min}`
          : opts.max !== undefined
            ? ` of at most ${opts.max}`
            : '';
    return `${opts.integer ? 'a whole number' : 'a number'}${range}${opts.unit ? ` (${opts.unit})` : ''}`;
  };
  const check = (v: unknown, origin: Origin, path: string): T => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) fail(origin, path, expected(), v);
    if (opts.integer && !Number.isInteger(n)) fail(origin, path, expected(), v);
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max))
      fail(origin, path, expected(), v);
    return n as T;
  };
  return {
    kind: 'number',
    doc: opts.doc,
    input: opts.input,
    parse: (raw, path) => check(raw.value, raw.origin, path),
    parseInput: (text, origin, path) => check(text, origin, path),
    fallback: optional(opts) as unknown as () => T,
  };
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function bool(opts: Common<boolean> & { default: boolean }): Field<boolean> {
  return {
    kind: 'boolean',
    doc: opts.doc,
    input: opts.input,
    parse(raw, path) {
      if (typeof raw.value !== 'boolean') fail(raw.origin, path, 'true or false', raw.value);
      return raw.value;
    },
    parseInput(text, origin, path) {
      if (TRUE.includes(text)) return true;
      if (FALSE.includes(text)) return false;
      return fail(origin, path, 'true or false', text);
    },
    fallback: () => opts.default,
  };
}

export function oneOf<const V extends readonly string[], D extends V[number] | undefined = undefined>(
  values: V,
  opts: Common<V[number]> & { default?: D },
): Field<D extends string ? V[number] : V[number] | undefined> {
  type T = D extends string ? V[number] : V[number] | undefined;
  const check = (v: unknown, origin: Origin, path: string): T => {
    if (typeof v !== 'string' || !values.includes(v)) {
      const hint = typeof v === 'string' ? didYouMean(v, values) : '';
      throw new ConfigError(
        `${origin.describe()}: '${path}' must be one of ${values.join(' | ')}, got ${JSON.stringify(v)}${hint}`,
      );
    }
    return v as T;
  };
  return {
    kind: `enum(${values.join('|')})`,
    doc: opts.doc,
    input: opts.input,
    parse: (raw, path) => check(raw.value, raw.origin, path),
    parseInput: (text, origin, path) => check(text.trim(), origin, path),
    fallback: optional(opts) as unknown as () => T,
  };
}

/**
 * A list. From the file: a YAML sequence. From an input: one item per line, or comma-separated on one line
 * (the way upload-artifact takes paths).
 */
export function list<T>(
  of: Field<T>,
  opts: Common<NonNullable<T>[]> & { default?: NonNullable<T>[]; separator?: 'lines' | 'lines-or-commas' },
): Field<NonNullable<T>[]> {
  return listImpl(of as Field<NonNullable<T>>, opts);
}

function listImpl<T>(
  of: Field<T>,
  opts: Common<T[]> & { default?: T[]; separator?: 'lines' | 'lines-or-commas' },
): Field<T[]> {
  return {
    kind: `list(${of.kind})`,
    doc: opts.doc,
    input: opts.input,
    parse(raw, path) {
      if (!Array.isArray(raw.value)) {
        // A single scalar is accepted as a one-item list.
        if (raw.value !== null && typeof raw.value !== 'object') return [of.parse(raw, `${path}[0]`)];
        fail(raw.origin, path, 'a list', raw.value);
      }
      const items = raw.items ?? (raw.value as unknown[]).map((value) => ({ value, origin: raw.origin }));
      return items.map((item, i) => of.parse(item, `${path}[${i}]`));
    },
    parseInput(text, origin, path) {
      const lines = text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean);
      const parts =
        (opts.separator ?? 'lines-or-commas') === 'lines-or-commas' && lines.length === 1
          ? lines[0]!
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : lines;
      return parts.map((p, i) =>
        of.parseInput ? of.parseInput(p, origin, `${path}[${i}]`) : of.parse({ value: p, origin }, `${path}[${i}]`),
      );
    },
    fallback: () => (opts.default ? [...opts.default] : []),
  };
}

type Shape = Record<string, Field<unknown>>;
export type InferShape<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

export interface ObjectField<S extends Shape> extends Field<InferShape<S>> {
  readonly shape: S;
}

/** A mapping with known keys; unknown keys are an error with a did-you-mean. */
export function obj<S extends Shape>(shape: S, opts: { doc: string }): ObjectField<S> {
  const parseWith = (raw: RawValue | undefined, path: string): InferShape<S> => {
    if (raw && (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value))) {
      fail(raw.origin, path, 'a mapping of settings', raw.value);
    }
    const entries = raw?.entries ?? new Map<string, RawValue & { keyOrigin: Origin }>();
    for (const [key, entry] of entries) {
      if (!(key in shape)) {
        throw new ConfigError(
          `${entry.keyOrigin.describe()}: unknown setting '${path ? `${path}.` : ''}${key}'${didYouMean(key, Object.keys(shape))}; allowed here: ${Object.keys(shape).join(', ')}`,
        );
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const sub = `${path ? `${path}.` : ''}${key}`;
      const entry = entries.get(key);
      out[key] =
        entry && entry.value !== null && entry.value !== undefined ? field.parse(entry, sub) : field.fallback(sub);
    }
    return out as InferShape<S>;
  };
  return {
    kind: 'object',
    doc: opts.doc,
    shape,
    parse: (raw, path) => parseWith(raw, path),
    fallback: (path) => parseWith(undefined, path),
  };
}

/** A list of mappings (deploy targets, perf endpoints). */
export function listOf<S extends Shape>(
  item: ObjectField<S>,
  opts: { doc: string; input?: string; parseInput?: (text: string, origin: Origin, path: string) => InferShape<S>[] },
): Field<InferShape<S>[]> {
  return {
    kind: 'list(object)',
    doc: opts.doc,
    input: opts.input,
    parse(raw, path) {
      if (!Array.isArray(raw.value)) fail(raw.origin, path, 'a list', raw.value);
      const items = raw.items ?? [];
      return items.map((it, i) => item.parse(it, `${path}[${i}]`));
    },
    parseInput: opts.parseInput,
    fallback: () => [],
  };
}

/** A mapping from free-form keys (e.g. file globs) to values of one type. */
export function record<T>(of: Field<T>, opts: { doc: string }): Field<Record<string, T>> {
  return {
    kind: `record(${of.kind})`,
    doc: opts.doc,
    parse(raw, path) {
      if (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value))
        fail(raw.origin, path, 'a mapping', raw.value);
      const out: Record<string, T> = {};
      for (const [key, entry] of raw.entries ?? []) out[key] = of.parse(entry, `${path}.${key}`);
      return out;
    },
    fallback: () => ({}),
  };
}

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** " (did you mean 'x'?)" when a close candidate exists, else "". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? ` (did you mean '${best}'?)`
    : '';
}
