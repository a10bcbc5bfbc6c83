// Settings of the config stage (named configCheck in TypeScript to keep it apart from the Config type).
import { obj, str } from '../schema.js';

export const configCheck = obj(
  {
    envContract: str({ doc: 'Env contract: a .env.example with type notes, or a JSON Schema file.', input: 'env-contract' }),
    envFile: str({ doc: 'A .env file to check against the contract (the process environment is checked too).', input: 'env-file' }),
    checkCommand: str({ doc: "The framework's own check command (e.g. python manage.py check --deploy --fail-level WARNING).", input: 'config-check-command' }),
  },
  { doc: 'The config stage.' },
);
