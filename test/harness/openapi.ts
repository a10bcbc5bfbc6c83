// Checks HTTP requests against GitHub's published OpenAPI description (@octokit/openapi), so the GitHub API
// double refuses what api.github.com would refuse: unknown routes, bad path/query parameters, bad JSON bodies.
// Only the JSON-schema keywords GitHub's description uses for request bodies are implemented.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  parameters: Parameter[];
  bodySchema?: Schema;
  bodyRequired: boolean;
}

interface Route {
  segments: string[];
  literalCount: number;
  template: string;
  methods: Map<string, Operation>;
}

export interface MatchedOperation {
  operation: Operation;
  pathParams: Record<string, string>;
}

let loaded: { spec: Schema; routes: Map<number, Route[]> } | undefined;

/** Parses the description once per process (13 MB) and indexes its paths by segment count. */
function description(): { spec: Schema; routes: Map<number, Route[]> } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Schema;
  const routes = new Map<number, Route[]>();
  const paths = spec.paths as Record<string, Record<string, Schema>>;
  for (const [template, item] of Object.entries(paths)) {
    const segments = template.split('/').slice(1);
    const methods = new Map<string, Operation>();
    const shared = (item.parameters as unknown as Schema[] | undefined) ?? [];
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = [...shared, ...((op.parameters as unknown as Schema[] | undefined) ?? [])].map(
        (p) => resolve(spec, p) as unknown as Parameter,
      );
      const body = op.requestBody ? (resolve(spec, op.requestBody as Schema) as Schema) : undefined;
      const content = body?.content as Record<string, { schema?: Schema }> | undefined;
      methods.set(method.toUpperCase(), {
        method: method.toUpperCase(),
        template,
        operationId: String(op.operationId),
        parameters,
        bodySchema: content?.['application/json']?.schema,
        bodyRequired: body?.required === true,
      });
    }
    const route = { segments, literalCount: segments.filter((s) => !s.startsWith('{')).length, template, methods };
    const list = routes.get(segments.length) ?? [];
    list.push(route);
    routes.set(segments.length, list);
  }
  // Literal segments win over parameters (/repos/{o}/{r}/issues/comments over /repos/{o}/{r}/issues/{n}).
  for (const list of routes.values()) list.sort((a, b) => b.literalCount - a.literalCount);
  loaded = { spec, routes };
  return loaded;
}

function resolve(spec: Schema, node: Schema): Schema {
  let current = node;
  for (let depth = 0; typeof current.$ref === 'string' && depth < 20; depth++) {
    const parts = (current.$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce<Schema>(
      (o, k) => (o as Record<string, Schema>)[k.replace(/~1/g, '/').replace(/~0/g, '~')]!,
      spec,
    );
  }
  return current;
}

/** The operation for a method and a request path, or undefined when GitHub has no such route. */
export function findOperation(method: string, pathname: string): MatchedOperation | { pathExists: boolean } {
  const { routes } = description();
  const segments = pathname.split('/').slice(1).map(decodeURIComponent);
  let pathExists = false;
  for (const route of routes.get(segments.length) ?? []) {
    const params: Record<string, string> = {};
    const fits = route.segments.every((s, i) => {
      if (s.startsWith('{')) {
        if (segments[i] === '') return false;
        params[s.slice(1, -1)] = segments[i]!;
        return true;
      }
      return s === segments[i];
    });
    if (!fits) continue;
    pathExists = true;
    const operation = route.methods.get(method.toUpperCase());
    if (operation) return { operation, pathParams: params };
  }
  return { pathExists };
}

/** Problems with the request's path and query parameters, as sentences; empty when it is valid. */
export function checkParameters(matched: MatchedOperation, query: URLSearchParams): string[] {
  const { spec } = description();
  const problems: string[] = [];
  const op = matched.operation;
  const known = new Set<string>();
  for (const p of op.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    known.add(`${p.in}:${p.name}`);
    const raw = p.in === 'path' ? matched.pathParams[p.name] : (query.get(p.name) ?? undefined);
    if (raw === undefined) {
      if (p.required) problems.push(`${op.operationId}: missing required ${p.in} parameter '${p.name}'`);
      continue;
    }
    if (!p.schema) continue;
    const value = coerce(raw, resolve(spec, p.schema));
    problems.push(...validate(value, p.schema, `${p.in} parameter '${p.name}'`).map((m) => `${op.operationId}: ${m}`));
  }
  for (const name of new Set(query.keys())) {
    if (!known.has(`query:${name}`)) problems.push(`${op.operationId}: unknown query parameter '${name}'`);
  }
  return problems;
}

/** Problems with the JSON request body; empty when it is valid. */
export function checkBody(matched: MatchedOperation, body: unknown, present: boolean): string[] {
  const op = matched.operation;
  if (!op.bodySchema) return present && body !== undefined ? [`${op.operationId}: takes no request body`] : [];
  if (!present) return op.bodyRequired ? [`${op.operationId}: a JSON request body is required`] : [];
  return validate(body, op.bodySchema, 'body').map((m) => `${op.operationId}: ${m}`);
}

function coerce(raw: string, schema: Schema): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeFits(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** A compact JSON-schema validator for the keywords GitHub's request schemas use. */
export function validate(value: unknown, node: Schema, at: string): string[] {
  const { spec } = description();
  const schema = resolve(spec, node);
  const problems: string[] = [];
  if (value === null && schema.nullable === true) return problems;
  const types =
    schema.type === undefined
      ? undefined
      : Array.isArray(schema.type)
        ? (schema.type as string[])
        : [schema.type as string];
  if (types && !types.some((t) => typeFits(value, t))) {
    return [`${at} must be ${types.join(' or ')}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    problems.push(
      `${at} must be one of ${(schema.enum as unknown[]).map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
  if (typeof value === 'string') {
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      problems.push(`${at} is longer than ${schema.maxLength} characters (${value.length})`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      problems.push(`${at} is shorter than ${schema.minLength} characters`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      problems.push(`${at} must be at least ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      problems.push(`${at} must be at most ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      problems.push(`${at} has ${value.length} items, at most ${schema.maxItems} allowed`);
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      problems.push(`${at} has ${value.length} items, at least ${schema.minItems} required`);
    if (schema.items)
      value.forEach((item, i) => problems.push(...validate(item, schema.items as Schema, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const key of (schema.required as string[] | undefined) ?? []) {
      if (!(key in object)) problems.push(`${at} is missing required property '${key}'`);
    }
    for (const [key, v] of Object.entries(object)) {
      if (properties[key]) problems.push(...validate(v, properties[key]!, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at} has unknown property '${key}'`);
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...validate(v, schema.additionalProperties as Schema, `${at}.${key}`));
    }
  }
  if (Array.isArray(schema.allOf))
    for (const sub of schema.allOf as Schema[]) problems.push(...validate(value, sub, at));
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as Schema[]).map((sub) => validate(value, sub, at));
    if (!results.some((r) => r.length === 0))
      problems.push(`${at} matches none of anyOf: ${results.map((r) => r[0]).join(' | ')}`);
  }
  if (Array.isArray(schema.oneOf)) {
    const results = (schema.oneOf as Schema[]).map((sub) => validate(value, sub, at));
    const fitting = results.filter((r) => r.length === 0).length;
    if (fitting !== 1)
      problems.push(
        `${at} must match exactly one of oneOf, matched ${fitting}${fitting === 0 ? `: ${results.map((r) => r[0]).join(' | ')}` : ''}`,
      );
  }
  return problems;
}
