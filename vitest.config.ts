import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'node_modules/**'],
    // Forks, not threads: stages change directory (c8) and start real services and processes.
    pool: 'forks',
    // Two cores: more parallel files only fight over them (and over Azurite, sshd, PostgreSQL).
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
