// Lint for the action's own code. Type-aware typescript-eslint rules catch what review misses in an async
// codebase (a promise nobody awaits, an unused value), and the import rules below enforce the layers that
// docs/architecture.md describes: a lower layer never imports a higher one, and no module imports itself
// back through a loop.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Layers, lowest first. Each one may import only the layers listed before it (and itself). */
const FOUNDATION = ['./src/errors.ts', './src/exec', './src/types'];
const CONTRACT = ['./src/pipeline/stage.ts'];
const CONFIG = ['./src/config'];
const HOST = ['./src/host'];
const ENGINES = ['./src/coverage', './src/testresults', './src/deploy', './src/perf', './src/report'];
const STAGES = [
  './src/stages/migrations',
  './src/stages/config',
  './src/stages/test',
  './src/stages/artifact',
  './src/stages/deploy',
  './src/stages/perf',
];
const RUNNER = ['./src/pipeline/run.ts', './src/stages/index.ts'];
const FRONT = ['./src/index.ts', './src/main.ts', './src/cli.ts', './src/commands'];

const zone = (target, from, why) => ({ target, from, message: why });
const layerZones = [
  zone(
    FOUNDATION,
    [...CONTRACT, ...CONFIG, ...HOST, ...ENGINES, ...STAGES, ...RUNNER, ...FRONT],
    'the foundation (errors, exec, types) imports nothing else of src/.',
  ),
  // The contract names what a stage receives (Config, Host) with type-only imports; nothing at run time.
  zone(
    CONTRACT,
    [...ENGINES, ...STAGES, ...RUNNER, ...FRONT],
    'the stage contract imports only the foundation and types of config and host.',
  ),
  zone(
    CONFIG,
    [...HOST, ...ENGINES, ...STAGES, ...RUNNER, ...FRONT],
    'config imports only the foundation and the stage contract.',
  ),
  zone(
    HOST,
    [...ENGINES, ...STAGES, ...RUNNER, ...FRONT],
    'a host imports only the foundation, the contract and config.',
  ),
  zone(
    ENGINES,
    [...STAGES, ...RUNNER, ...FRONT],
    'engines never import stages, the runner or the front doors; commands belong with the CLI.',
  ),
  zone(STAGES, [...RUNNER, ...FRONT], 'a stage never imports the runner or a front door.'),
  // Stages are loaded one by one by the registry; one stage reaching into another would load both.
  ...STAGES.map((stage) =>
    zone(
      stage,
      STAGES.filter((other) => other !== stage),
      'a stage never imports another stage; shared code goes to an engine.',
    ),
  ),
  zone(RUNNER, FRONT, 'the pipeline runner never imports a front door.'),
];

/** Node's globals, for the plain JavaScript files (bin/, scripts/, bench/, test entry points). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'fetch',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'performance',
    'globalThis',
    'structuredClone',
    'AbortController',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  // Fixture projects are the services under test, written the way their users write them, not our code.
  {
    ignores: [
      'dist/',
      '.build/',
      '.tools/',
      'coverage/',
      '**/node_modules/',
      'test/fixtures/',
      'test/**/fixtures/',
      '**/.backend-ci/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle follows imports by parsing the imported files, which are TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `typeof import('x')` in a type position loads nothing at run time, which is why host.ts uses it.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Off: implementations of Promise-returning interfaces (Host, ArtifactStore, adapters, test doubles) are
      // declared async so that a throw inside them rejects like any other failure instead of escaping synchronously.
      '@typescript-eslint/require-await': 'off',
      // Off: the code writes `x[0]!` where it knows an index exists, as if noUncheckedIndexedAccess were on;
      // with it off the compiler calls every such `!` unnecessary (about 290 places), though each states an assumption.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Off: settings and schema values are `unknown` scalars read from YAML or JSON; String() on them is the intent.
      '@typescript-eslint/no-base-to-string': 'off',
      // A variable assigned once but read by a closure before that (main.ts's config) stays `let`.
      'prefer-const': ['error', { destructuring: 'all', ignoreReadBeforeAssign: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
    },
  },
  { files: ['src/**/*.ts'], rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] } },
  {
    // The one stage-to-stage import left: the config stage's monorepo hint names the migration tools found in
    // subfolders, with the migrations stage's own detection. It goes when detection moves to an engine.
    files: ['src/stages/config/stage.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // Tests read back JSON that the code under test wrote (JSON.parse gives `any`) and pin its shape with expect.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript has no types to check against.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: NODE_GLOBALS },
  },
);
