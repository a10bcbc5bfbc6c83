// Settings of the migrations stage.
import { obj, oneOf, str } from '../schema.js';

export const MIGRATION_ADAPTERS = ['auto', 'drizzle', 'knex', 'typeorm', 'django', 'command', 'none'] as const;

export const migrations = obj(
  {
    adapter: oneOf(MIGRATION_ADAPTERS, {
      doc: `Migration tool. Allowed: ${MIGRATION_ADAPTERS.join(', ')}. auto picks from the repository and says why.`,
      input: 'migrations-adapter',
      default: 'auto',
    }),
    command: str({ doc: 'For the command adapter: a command following the exit-code contract 0 clean, 1 tool error, 2 unapplied, 3 drift, 4 destructive.', input: 'migrations-command' }),
    databaseUrl: str({ doc: 'Database to check for unapplied migrations.', input: 'database-url', secret: true }),
  },
  { doc: 'The migrations stage.' },
);
