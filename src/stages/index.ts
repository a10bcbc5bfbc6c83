// The stage registry. Each stage module is loaded only when the stage runs, so a run that skips deploy or
// perf never pays for their code at start-up.
import type { Stage, StageName } from '../pipeline/stage.js';
import type { StageRegistry } from '../pipeline/run.js';

function lazy(name: StageName, load: () => Promise<Stage>): Stage {
  return { name, run: async (ctx) => (await load()).run(ctx) };
}

export const stages: StageRegistry = {
  migrations: lazy('migrations', async () => (await import('./migrations/stage.js')).migrationsStage),
  config: lazy('config', async () => (await import('./config/stage.js')).configStage),
  test: lazy('test', async () => (await import('./test/stage.js')).testStage),
  artifact: lazy('artifact', async () => (await import('./artifact/stage.js')).artifactStage),
  deploy: lazy('deploy', async () => (await import('./deploy/stage.js')).deployStage),
  perf: lazy('perf', async () => (await import('./perf/stage.js')).perfStage),
  report: lazy('report', async () => {
    const [{ createReportStage }, { patchCoverageEngine }] = await Promise.all([
      import('../report/stage.js'),
      import('../coverage/index.js'),
    ]);
    return createReportStage({ patchEngine: patchCoverageEngine });
  }),
};
