// The one place that reads settings: action inputs (or CLI flags given as inputs) plus an optional
// backend-ci.yml, merged into one validated, typed Config. Inputs win over the file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { ConfigError } from '../errors.js';
import { FileOrigin, InputOrigin, obj, type Field, type Infer, type ObjectField, type RawValue } from './schema.js';
import { artifact } from './sections/artifact.js';
import { configCheck } from './sections/configcheck.js';
import { deploy } from './sections/deploy.js';
import { general } from './sections/general.js';
import { migrations } from './sections/migrations.js';
import { perf } from './sections/perf.js';
import { report } from './sections/report.js';
import { test } from './sections/test.js';

export const configSchema = obj(
  { ...general, migrations, configCheck, test, artifact, deploy, perf, report },
  { doc: 'backend-ci.yml' },
);

export type Settings = Infer<typeof configSchema>;

export interface Config extends Settings {
  /** Repository root: GITHUB_WORKSPACE on Actions, the current directory for the CLI. */
  workspace: string;
  /** Absolute working directory (workspace + workingDirectory). */
  cwd: string;
  /** The backend-ci.yml that was read, if any. */
  configFile?: string;
}

export const DEFAULT_CONFIG_FILE = 'backend-ci.yml';

export interface LoadOptions {
  workspace: string;
  /** Raw input values by input name; empty strings count as unset (the runner passes "" for unset inputs). */
  inputs: Record<string, string | undefined>;
  /** Called for every secret value before anything can print it. */
  onSecret?: (value: string) => void;
  /**
   * The detected migration tool's own folder, the default of deploy.migrationsDir. The front doors pass the
   * migrations stage's reader (src/stages/migrations/folder.ts): config may not import a stage.
   */
  migrationsFolder?: (cwd: string, adapter: string, directory: string | undefined) => string | undefined;
}

export interface InputSpec {
  name: string;
  path: string;
  doc: string;
  kind: string;
  default: unknown;
  secret: boolean;
}

/** Every action input the schema declares, in schema order; action.yml and the README are generated from it. */
export function inputSpecs(): InputSpec[] {
  const out: InputSpec[] = [];
  const walk = (field: Field<unknown>, at: string) => {
    const shape = (field as ObjectField<Record<string, Field<unknown>>>).shape;
    if (shape) {
      for (const [key, sub] of Object.entries(shape)) walk(sub, at ? `${at}.${key}` : key);
      return;
    }
    if (field.input)
      out.push({
        name: field.input,
        path: at,
        doc: field.doc,
        kind: field.kind,
        default: field.fallback(at),
        secret: !!field.secret,
      });
  };
  walk(configSchema, '');
  return out;
}

const EXTRA_INPUTS = ['config-file'];

export function loadConfig(options: LoadOptions): Config {
  const inputs = Object.fromEntries(
    Object.entries(options.inputs).filter(([, v]) => v !== undefined && v.trim() !== ''),
  ) as Record<string, string>;
  const specs = inputSpecs();
  const known = new Set([...specs.map((s) => s.name), ...EXTRA_INPUTS]);
  for (const name of Object.keys(inputs)) {
    if (!known.has(name)) throw new ConfigError(`unknown input '${name}'; allowed: ${[...known].join(', ')}`);
  }

  const configFile = findConfigFile(options.workspace, inputs);
  const raw = configFile ? readYaml(configFile, options.workspace) : undefined;
  const settings = configSchema.parse(
    raw ?? { value: {}, origin: new InputOrigin('(defaults)'), entries: new Map() },
    '',
  ) as Record<string, unknown>;

  for (const spec of specs) {
    const text = inputs[spec.name];
    if (text === undefined) continue;
    const field = fieldAt(spec.path);
    const value = field.parseInput ? field.parseInput(text, new InputOrigin(spec.name), spec.path) : text;
    setAt(settings, spec.path, value);
  }

  const config = settings as unknown as Settings;
  for (const spec of specs) {
    const value = getAt(config, spec.path);
    if (spec.secret && typeof value === 'string' && value) options.onSecret?.(value);
  }
  const cwd = path.resolve(options.workspace, config.workingDirectory);
  if (!existsSync(cwd)) {
    const from = inputs['working-directory']
      ? "input 'working-directory'"
      : configFile
        ? `${relative(options.workspace, configFile)}`
        : 'the default';
    throw new ConfigError(
      `${from}: working directory '${config.workingDirectory}' does not exist (resolved to ${cwd})`,
    );
  }
  // deploy.migrationsDir follows the migration tool's own folder unless backend-ci.yml sets it.
  if (options.migrationsFolder && !raw?.entries?.get('deploy')?.entries?.has('migrationsDir')) {
    const folder = options.migrationsFolder(cwd, config.migrations.adapter, config.migrations.directory);
    if (folder) config.deploy.migrationsDir = folder;
  }
  return { ...config, workspace: options.workspace, cwd, configFile };
}

function findConfigFile(workspace: string, inputs: Record<string, string>): string | undefined {
  const given = inputs['config-file'];
  if (given) {
    const file = path.resolve(workspace, given);
    if (!existsSync(file)) throw new ConfigError(`input 'config-file': ${given} does not exist (looked at ${file})`);
    return file;
  }
  for (const dir of [path.resolve(workspace, inputs['working-directory'] ?? '.'), workspace]) {
    for (const name of [DEFAULT_CONFIG_FILE, 'backend-ci.yaml']) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

function relative(workspace: string, file: string): string {
  return path.relative(workspace, file) || file;
}

/** backend-ci.yml and scenario files are a page of settings; anything bigger is a mistake or an attack. */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Nodes an alias may bring in, all aliases together: a few anchors are normal, a billion laughs is not. */
export const MAX_ALIAS_NODES = 10_000;

/**
 * Parses YAML keeping every node's line and column, so errors can point into the file. Aliases (`*name`) and
 * merge keys (`<<: *name`) are resolved to what their anchor holds, with a cap on how much they may expand.
 */
export function readYaml(file: string, workspace: string): RawValue {
  const shown = relative(workspace, file);
  const size = statSync(file).size;
  if (size > MAX_YAML_BYTES)
    throw new ConfigError(
      `${shown}: ${size} bytes; a settings or scenario file may have at most ${MAX_YAML_BYTES} bytes (1 MiB)`,
    );
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return new FileOrigin(shown, pos.line, pos.col);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`${at(e.pos[0]).describe()}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  let aliasNodes = 0;
  const convert = (node: unknown, viaAlias = false, depth = 0): RawValue => {
    if (viaAlias && ++aliasNodes > MAX_ALIAS_NODES) {
      throw new ConfigError(
        `${at((node as YamlNode | undefined)?.range?.[0]).describe()}: aliases expand to more than ${MAX_ALIAS_NODES} values; refusing to expand them further`,
      );
    }
    if (depth > 100)
      throw new ConfigError(
        `${at((node as YamlNode | undefined)?.range?.[0]).describe()}: nested more than 100 levels deep`,
      );
    if (isAlias(node)) {
      const target = node.resolve(doc as Document);
      if (!target) throw new ConfigError(`${at(node.range?.[0]).describe()}: alias *${node.source} names no anchor`);
      // Messages point at the anchor's value, where the setting is written.
      return convert(target, true, depth + 1);
    }
    const origin = at((node as YamlNode | undefined)?.range?.[0]);
    if (isMap(node)) {
      const entries: NonNullable<RawValue['entries']> = new Map();
      const value: Record<string, unknown> = {};
      const merged: [string, Parameters<typeof entries.set>[1]][] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = convert(pair.value, viaAlias, depth + 1);
        // With merge keys on, yaml gives `<<` as a symbol.
        const isMerge = isScalar(keyNode) && (typeof keyNode.value === 'symbol' || keyNode.value === '<<');
        if (isMerge && (isAlias(pair.value) || isSeq(pair.value) || isMap(pair.value))) {
          // A merge key: the anchored maps' entries, under the keys this map does not set itself.
          for (const source of child.items ?? [child]) {
            if (!source.entries)
              throw new ConfigError(
                `${source.origin.describe()}: << merges a mapping, not ${JSON.stringify(source.value)}`,
              );
            merged.push(...source.entries);
          }
          continue;
        }
        entries.set(key, { ...child, keyOrigin: at(keyNode?.range?.[0]) });
        value[key] = child.value;
      }
      for (const [key, child] of merged) {
        if (entries.has(key)) continue;
        entries.set(key, child);
        value[key] = child.value;
      }
      return { value, origin, entries };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => convert(item, viaAlias, depth + 1));
      return { value: items.map((i) => i.value), origin, items };
    }
    if (isScalar(node)) return { value: node.value, origin };
    return { value: null, origin };
  };
  if (doc.contents === null) return { value: {}, origin: at(0), entries: new Map() };
  return convert(doc.contents);
}

function fieldAt(dotted: string): Field<unknown> {
  let field: Field<unknown> = configSchema;
  for (const key of dotted.split('.')) field = (field as ObjectField<Record<string, Field<unknown>>>).shape[key]!;
  return field;
}

function getAt(target: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], target);
}

function setAt(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}
