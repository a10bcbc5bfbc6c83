// Checks environment values against the env contract, and production settings for known-insecure values.
// No message ever contains the value of a secret: they say what is wrong, not what the value is.
import type { ContractEntry, EnvContract } from './contract.js';
import { SECRET_NAME } from './contract.js';
import type { EnvValue } from './dotenv.js';

export interface ConfigProblem {
  level: 'error' | 'warning';
  key: string;
  message: string;
  /** Repository-relative file and line the problem points at, when there is one. */
  file?: string;
  line?: number;
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

function isSecret(entry: ContractEntry | undefined, key: string): boolean {
  return entry?.secret === true || entry?.type === 'secret' || SECRET_NAME.test(key);
}

/** Shows a value in a message unless it is secret. */
function shown(value: string, secret: boolean): string {
  return secret ? '(value hidden)' : `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
}

export function checkAgainstContract(
  contract: EnvContract,
  values: Map<string, EnvValue>,
  unknownFrom: Set<string>,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const declared = new Map(contract.entries.map((e) => [e.name, e]));
  for (const entry of contract.entries) {
    const found = values.get(entry.name);
    if (!found || found.value === '') {
      if (entry.required)
        problems.push({
          level: 'error',
          key: entry.name,
          message: `${entry.name} is required by ${entry.file}:${entry.line} but is ${found ? 'empty' : 'not set'}`,
          file: entry.file,
          line: entry.line,
        });
      else if (entry.expected)
        problems.push({
          level: 'warning',
          key: entry.name,
          message: `${entry.name} is expected by ${entry.file}:${entry.line} but is ${found ? 'empty' : 'not set'} (a note \`# optional\` above it says the service does without it, \`# required\` makes it an error)`,
          file: entry.file,
          line: entry.line,
        });
      continue;
    }
    const problem = typeProblem(entry, found.value);
    if (problem) {
      const secret = isSecret(entry, entry.name);
      problems.push({
        level: 'error',
        key: entry.name,
        message: `${entry.name} from ${found.source} ${problem.replace('%v', shown(found.value, secret))} (declared at ${entry.file}:${entry.line})`,
        file: found.file ?? entry.file,
        line: found.line ?? entry.line,
      });
    }
  }
  // Only keys from files are checked for typos; the process environment always holds unrelated variables.
  for (const [key, found] of values) {
    if (!declared.has(key) && found.file && unknownFrom.has(found.file)) {
      problems.push({
        level: 'warning',
        key,
        message: `${key} in ${found.source} is not in the contract ${contract.file} (a typo, or add it there)`,
        file: found.file,
        line: found.line,
      });
    }
  }
  return problems;
}

function typeProblem(entry: ContractEntry, value: string): string | undefined {
  // Numbers are shown through %v (hidden for secrets); strings by their length only.
  const range = (n: number, what: 'value' | 'length') => {
    const subject = what === 'value' ? 'is %v' : `has length ${n}`;
    const limit = what === 'value' ? '' : 'length ';
    if (entry.min !== undefined && n < entry.min) return `${subject}, below the minimum ${limit}${entry.min}`;
    if (entry.max !== undefined && n > entry.max) return `${subject}, above the maximum ${limit}${entry.max}`;
    return undefined;
  };
  switch (entry.type) {
    case 'int':
      if (!/^[+-]?\d+$/.test(value.trim())) return 'is %v, expected a whole number';
      return range(Number(value), 'value');
    case 'number':
      if (value.trim() === '' || !Number.isFinite(Number(value))) return 'is %v, expected a number';
      return range(Number(value), 'value');
    case 'bool':
      if (![...TRUE, ...FALSE].includes(value.trim().toLowerCase()))
        return `is %v, expected one of ${[...TRUE, ...FALSE].join(', ')}`;
      return undefined;
    case 'url': {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return 'is %v, expected an absolute URL (scheme://host...)';
      }
      if (!url.host && !['file:', 'sqlite:'].includes(url.protocol)) return 'is %v, expected a URL with a host';
      return range(value.length, 'length');
    }
    case 'enum':
      if (!entry.values!.includes(value)) return `is %v, expected one of ${entry.values!.join(' | ')}`;
      return undefined;
    case 'string':
    case 'secret':
      if (entry.pattern && !entry.pattern.test(value)) return `is %v, which does not match ${entry.pattern.source}`;
      return range(value.length, 'length');
  }
}

export const ENV_NAME_KEYS = [
  'APP_ENV',
  'NODE_ENV',
  'ENVIRONMENT',
  'ENV',
  'DJANGO_ENV',
  'RAILS_ENV',
  'DJANGO_SETTINGS_MODULE',
];
const NON_PRODUCTION = /^(?:dev|development|test|testing|local|ci)$/i;

/**
 * Whether the checked environment is a production one: `yes`/`no` from the settings, or with `auto`,
 * production unless a variable like APP_ENV or NODE_ENV names a development or test environment.
 */
export function isProduction(
  setting: 'auto' | 'yes' | 'no',
  values: Map<string, EnvValue>,
): { production: boolean; why: string } {
  if (setting !== 'auto') return { production: setting === 'yes', why: `configCheck.production is ${setting}` };
  for (const key of ENV_NAME_KEYS) {
    const found = values.get(key);
    let v = found?.value;
    // A settings module names its environment in its last part: app.settings.test, config.settings.production.
    if (v && key === 'DJANGO_SETTINGS_MODULE') {
      const last = v.split('.').pop()!;
      if (!NON_PRODUCTION.test(last) && !/^prod(?:uction)?$/i.test(last)) continue;
      v = last;
    }
    const where = found?.source === 'the environment' ? ' in the environment' : found ? ` in ${found.source}` : '';
    if (v && NON_PRODUCTION.test(v)) return { production: false, why: `${key}=${found!.value}${where}` };
    if (v) return { production: true, why: `${key}=${found!.value}${where}` };
  }
  return { production: true, why: 'no APP_ENV, NODE_ENV or DJANGO_SETTINGS_MODULE says otherwise' };
}

const WEAK_SECRETS =
  /^(?:secret|password|passwd|changeme|change-me|changethis|default|example|test|testing|dev|development|admin|root|token|key|123456|12345678|qwerty|letmein|xxx+|\*+)$/i;
const WEAK_MARKERS =
  /change[-_ ]?me|changeme|your[-_ ]?(?:secret|key|token|password)|insecure|example|placeholder|dummy|not[-_ ]?a[-_ ]?secret|replace[-_ ]?me/i;
const MIN_SECRET_LENGTH = 16;
const LOCAL_HOST =
  /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|[\w.-]+\.(?:local|internal|localhost)|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9-]+)$/i;

/** Debug flags on, weak or default secrets, plain-http public URLs. */
export function insecureSettings(contract: EnvContract | undefined, values: Map<string, EnvValue>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const declared = new Map(contract?.entries.map((e) => [e.name, e]) ?? []);
  for (const [key, found] of values) {
    const entry = declared.get(key);
    if (!entry && !found.file) continue; // unrelated process environment
    const at = { file: found.file ?? entry?.file, line: found.line ?? entry?.line };
    const value = found.value;
    if (/(?:^|_)DEBUG$/i.test(key) && TRUE.includes(value.trim().toLowerCase())) {
      problems.push({
        level: 'error',
        key,
        message: `${key} is on in a production environment (${found.source}): it exposes stack traces and internals; set it to false`,
        ...at,
      });
    }
    if (isSecret(entry, key) && value !== '' && (entry?.type === 'secret' || entry?.type === 'string' || !entry)) {
      const weak = WEAK_SECRETS.test(value)
        ? 'a well-known default'
        : WEAK_MARKERS.test(value)
          ? 'a placeholder'
          : entry?.example && value === entry.example
            ? `the example value from ${entry.file}:${entry.line}`
            : value.length < MIN_SECRET_LENGTH
              ? `shorter than ${MIN_SECRET_LENGTH} characters`
              : undefined;
      if (weak)
        problems.push({
          level: 'error',
          key,
          message: `${key} (${found.source}) is ${weak}: use a long random value from your secret store`,
          ...at,
        });
    }
    if ((entry?.type === 'url' || /_(?:URL|URI)$/i.test(key)) && /^http:\/\//i.test(value)) {
      let host: string;
      try {
        host = new URL(value).hostname;
      } catch {
        continue;
      }
      if (!LOCAL_HOST.test(host))
        problems.push({
          level: 'error',
          key,
          message: `${key} (${found.source}) is a plain http:// URL to the public host ${host}: traffic and cookies travel unencrypted; use https://`,
          ...at,
        });
    }
  }
  return problems;
}
