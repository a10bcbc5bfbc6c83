import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDotenv } from '../../../src/stages/config/dotenv.js';
import { tempDir } from '../../support/temp.js';

function envFile(text: string): string {
  const dir = tempDir('bci-dotenv-');
  writeFileSync(path.join(dir, '.env'), text);
  return path.join(dir, '.env');
}

describe('readDotenv', () => {
  it('reads values the way dotenv does, each with the line it is on', () => {
    const file = envFile(
      [
        '# settings',
        'PLAIN=abc # a comment',
        'export EXPORTED=1',
        "SINGLE='a # not a comment'",
        'DOUBLE="line\\nbreak"',
        'MULTI="first',
        'second"',
        'AFTER=x',
        '',
      ].join('\n'),
    );
    const values = readDotenv(file, '.env');
    expect(Object.fromEntries([...values].map(([k, v]) => [k, [v.value, v.source]]))).toEqual({
      PLAIN: ['abc', '.env:2'],
      EXPORTED: ['1', '.env:3'],
      SINGLE: ['a # not a comment', '.env:4'],
      DOUBLE: ['line\nbreak', '.env:5'],
      MULTI: ['first\nsecond', '.env:6'],
      AFTER: ['x', '.env:8'],
    });
  });

  it('refuses a line that is not KEY=value, naming the file and line, instead of skipping it', () => {
    expect(() => readDotenv(envFile('A=1\nthis is not an assignment\n'), 'config/.env')).toThrow(
      'config/.env:2: expected KEY=value, got a line that is not (25 characters)',
    );
    expect(() => readDotenv(envFile('A="never closed\nB=2\n'), '.env')).toThrow(
      '.env: a value opened with " is never closed',
    );
  });
});
