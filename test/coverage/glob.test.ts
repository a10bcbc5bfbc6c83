import { describe, expect, it } from 'vitest';
import { GlobSyntaxError, matchesGlob } from '../../src/coverage/glob.js';

describe('matchesGlob', () => {
  it.each([
    ['src/billing/**', 'src/billing/invoice.ts', true],
    ['src/billing/**', 'src/billing/deep/er/tax.ts', true],
    ['src/billing/**', 'src/billingx/a.ts', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/sub/a.ts', false],
    ['**/*.ts', 'a.ts', true],
    ['**/*.ts', 'x/y/z.ts', true],
    ['**/*.ts', 'x/y/z.tsx', false],
    ['src/**/index.ts', 'src/index.ts', true],
    ['src/**/index.ts', 'src/a/b/index.ts', true],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['src/**/*.{ts,js}', 'src/a/b.js', true],
    ['src/**/*.{ts,js}', 'src/a/b.py', false],
    ['{lib,src}/**', 'lib/x.ts', true],
    ['src/[ab].ts', 'src/b.ts', true],
    ['src/[!ab].ts', 'src/c.ts', true],
    ['src/[!ab].ts', 'src/a.ts', false],
    ['./src/a.ts', 'src/a.ts', true],
    ['src/a+b (1).ts', 'src/a+b (1).ts', true],
    ['src/a.ts', 'src/aXts', false],
  ])('%s against %s -> %s', (pattern, file, expected) => {
    expect(matchesGlob(file, pattern)).toBe(expected);
  });

  it('rejects unclosed braces and classes with a message naming the pattern', () => {
    expect(() => matchesGlob('a', 'src/{a,b')).toThrow(GlobSyntaxError);
    expect(() => matchesGlob('a', 'src/[ab')).toThrow("'src/[ab': expected ']'");
  });
});
