// Settings of the config stage (named configCheck in TypeScript to keep it apart from the Config type).
import { obj, oneOf, str } from '../schema.js';

/** The names projects give their env contract, in the order they are looked for (the config stage's default,
 * and what the monorepo hint looks for in subfolders). */
export const CONTRACT_FILES = ['.env.example', '.env.sample', '.env.template', '.env.dist'];

export const PRODUCTION_MODES = ['auto', 'yes', 'no'] as const;

export const configCheck = obj(
  {
    envContract: str({
      doc: 'Env contract: a .env.example with type notes, or a JSON Schema file (default: the first of .env.example, .env.sample, .env.template, .env.dist that exists).',
      input: 'env-contract',
    }),
    envFile: str({
      doc: 'A .env file to check against the contract (default: .env when present; the process environment is checked too).',
      input: 'env-file',
    }),
    checkCommand: str({
      doc: "The framework's own check command. Default for Django projects: <python> manage.py check --deploy --fail-level WARNING.",
      input: 'config-check-command',
    }),
    production: oneOf(PRODUCTION_MODES, {
      doc: `Check for insecure production settings (debug on, weak secrets, plain-http public URLs). Allowed: ${PRODUCTION_MODES.join(', ')}; auto: yes unless APP_ENV, NODE_ENV or DJANGO_SETTINGS_MODULE (process environment first, then the env file) names a development or test environment.`,
      input: 'config-production',
      default: 'auto',
    }),
  },
  { doc: 'The config stage.' },
);
