import { describe, expect, it } from 'vitest';
import { readEnvExample, readJsonSchema } from '../../../src/stages/config/contract.js';

describe('readEnvExample', () => {
  it('reads the type note from the comment line just above each key', () => {
    const contract = readEnvExample(
      [
        '# The header explains the format; a blank line ends it.',
        '#   type=int|number|bool',
        '',
        '# Port to listen on.',
        '# type=int min=1 max=65535 required',
        'PORT=8000',
        '# type=enum(development|test|production)',
        'APP_ENV=development',
        '# type=enum values=a|b',
        'MODE=a',
        '# type=string min=32 required secret',
        'SESSION_SIGNING=change-me',
        'PLAIN="quoted value" # trailing comment',
        'API_TOKEN=',
      ].join('\n'),
      '.env.example',
    );
    expect(contract.entries.map((e) => [e.name, e.type, e.required, e.secret, e.line])).toEqual([
      ['PORT', 'int', true, false, 6],
      ['APP_ENV', 'enum', false, false, 8],
      ['MODE', 'enum', false, false, 10],
      ['SESSION_SIGNING', 'string', true, true, 12],
      ['PLAIN', 'string', false, false, 13],
      ['API_TOKEN', 'string', false, true, 14],
    ]);
    expect(contract.entries[0]).toMatchObject({ min: 1, max: 65535, example: '8000' });
    expect(contract.entries[1]!.values).toEqual(['development', 'test', 'production']);
    expect(contract.entries[4]!.example).toBe('quoted value');
  });

  it('names the file, line and allowed words for a note it does not understand', () => {
    expect(() => readEnvExample('# type=integer\nPORT=1', 'svc/.env.example')).toThrow(
      "svc/.env.example:1: PORT: unknown type 'integer'; allowed: string, int, number, bool, url, enum, secret, enum(a|b|c)",
    );
    expect(() => readEnvExample('# type=int requird\nPORT=1', '.env.example')).toThrow(
      ".env.example:1: PORT: unknown note 'requird'",
    );
    expect(() => readEnvExample('# type=int max=lots\nPORT=1', '.env.example')).toThrow(
      ".env.example:1: PORT: max must be a number, got 'lots'",
    );
  });
});

describe('readJsonSchema', () => {
  it('maps the supported JSON Schema subset to contract entries with their lines', () => {
    const text = JSON.stringify(
      {
        type: 'object',
        required: ['PORT', 'DATABASE_URL'],
        properties: {
          PORT: { type: 'integer', minimum: 1, maximum: 65535 },
          DATABASE_URL: { type: 'string', format: 'uri', writeOnly: true },
          LOG_LEVEL: { enum: ['debug', 'info'] },
          RATIO: { type: 'number' },
          DEBUG: { type: 'boolean' },
          REGION: { type: 'string', pattern: '^[a-z]{2}-[a-z]+-\\d$' },
        },
      },
      null,
      2,
    );
    const contract = readJsonSchema(text, 'env.schema.json');
    expect(contract.entries.map((e) => [e.name, e.type, e.required, e.secret, e.line])).toEqual([
      ['PORT', 'int', true, false, 8],
      ['DATABASE_URL', 'url', true, true, 13],
      ['LOG_LEVEL', 'enum', false, false, 18],
      ['RATIO', 'number', false, false, 24],
      ['DEBUG', 'bool', false, false, 27],
      ['REGION', 'string', false, false, 30],
    ]);
  });

  it('rejects a property type that no environment variable can have', () => {
    expect(() => readJsonSchema('{"properties": {"HOSTS": {"type": "array"}}}', 'env.schema.json')).toThrow(
      /HOSTS: type 'array' cannot come from an environment variable/,
    );
  });
});
