// The lint rules that guard the architecture fire: a lower layer importing a higher one, a stage importing
// another stage, a promise nobody awaits. Each case lints a small text as if it were a file of that folder
// (the files themselves are not touched), with the repository's own eslint.config.js.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/runner.js';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

async function messages(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('the import layers of docs/architecture.md', () => {
  it('refuses config importing a stage, names the rule of the layer, and sees the loop it would make', async () => {
    const found = await messages(
      'src/config/schema.ts',
      "import { stages } from '../stages/index.js';\nexport const all = stages;\n",
    );
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^import-x\/no-restricted-paths: .*config imports only the foundation and the stage contract/,
        ),
        // Stages and engines import config/schema.ts, so config -> stages -> ... -> config is a loop.
        expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
      ]),
    );
  });

  it('refuses a host importing an engine', async () => {
    const found = await messages(
      'src/host/local.ts',
      "import { httpStatus } from '../report/permissions.js';\nexport const status = httpStatus;\n",
    );
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*a host imports only/)]);
  });

  it('refuses one stage importing another', async () => {
    const found = await messages(
      'src/stages/test/stage.ts',
      "import { artifactStage } from '../artifact/stage.js';\nexport const other = artifactStage;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*a stage never imports another stage/),
    ]);
  });

  it('lets the CLI layer import the engine a command drives, and config import the foundation', async () => {
    expect(
      await messages(
        'src/commands/merge-coverage.ts',
        "import { mergeCoverageFiles } from '../coverage/merge.js';\nexport const merge = mergeCoverageFiles;\n",
      ),
    ).toEqual([]);
    expect(
      await messages(
        'src/config/schema.ts',
        "import { ConfigError } from '../errors.js';\nexport const E = ConfigError;\n",
      ),
    ).toEqual([]);
  });
});

describe('type-aware rules', () => {
  it('refuses a promise that is neither awaited nor marked void', async () => {
    const found = await messages(
      'src/host/local.ts',
      'async function later(): Promise<void> {}\nexport function start(): void {\n  later();\n}\n',
    );
    expect(found).toEqual([expect.stringMatching(/^@typescript-eslint\/no-floating-promises: /)]);
  });
});
