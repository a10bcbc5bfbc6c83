// The contract every stage implements, and the result shape the report and the outputs are built from.
import type { Config } from '../config/config.js';
import type { Host } from '../host/host.js';

export const STAGE_NAMES = ['migrations', 'config', 'test', 'artifact', 'deploy', 'perf', 'report'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export type StageStatus = 'passed' | 'failed' | 'skipped' | 'warned';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** A message tied to a place in the repository, shown on the diff by GitHub. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Path relative to the repository root (GITHUB_WORKSPACE), forward slashes. */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
}

/** What a stage returns. The pipeline adds the stage name and the time it took. */
export interface StageOutcome {
  status: StageStatus;
  /** One line, plain text: what a reader of the stage table needs to know. */
  headline: string;
  /** Markdown for the job summary and the PR comment; keep it bounded (the report trims, but be reasonable). */
  details?: string;
  /** Action outputs this stage sets (kebab-case names, as listed in action.yml). */
  outputs?: Record<string, string>;
  annotations?: Annotation[];
  /** Machine-readable data for results.json and for later stages (e.g. coverage model, release id). */
  data?: unknown;
}

export interface StageResult extends StageOutcome {
  stage: StageName;
  durationMs: number;
  outputs: Record<string, string>;
  annotations: Annotation[];
}

export interface StageContext {
  config: Config;
  host: Host;
  /** Results of the stages that already ran in this pipeline, by name. */
  previous: ReadonlyMap<StageName, StageResult>;
}

export interface Stage {
  name: StageName;
  run(ctx: StageContext): Promise<StageOutcome>;
}

// ConfigError's home is src/errors.ts (config throws it and sits below the pipeline); re-exported here for the
// modules that import it with the rest of the contract.
export { ConfigError } from '../errors.js';
