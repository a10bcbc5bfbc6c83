// Where the pipeline runs. Stages only ever see this interface: ActionsHost (GitHub Actions) and
// LocalHost (a terminal, any other CI) implement it, so the action and the CLI are one pipeline.
import type { Annotation, StageName, StageResult } from '../pipeline/stage.js';

export interface Logger {
  debug: (message: string) => void;
  info: (message: string) => void;
  warning: (message: string) => void;
  error: (message: string) => void;
}

export interface PullRequestContext {
  number: number;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** The head repository differs from the base one: the token is read-only there. */
  fromFork: boolean;
}

/** What we know about the run and the commit, from the runner's environment or from git locally. */
export interface RunContext {
  /** owner/repo, when known. */
  repository?: { owner: string; repo: string };
  sha?: string;
  ref?: string;
  eventName?: string;
  pullRequest?: PullRequestContext;
  runId?: string;
  runAttempt?: string;
  /** Link to this run's page, for statuses and comments. */
  runUrl?: string;
  serverUrl: string;
  apiUrl: string;
  /** The repository root (GITHUB_WORKSPACE, or the git top level locally); annotation paths are relative to it. */
  workspace: string;
}

export interface UploadedArtifact {
  id?: string;
  url?: string;
  name: string;
  size: number;
  /** Where it went, in words: "workflow artifact", or the local zip path. */
  location: string;
}

export interface ArtifactStore {
  upload(
    name: string,
    files: string[],
    rootDirectory: string,
    options: { retentionDays?: number },
  ): Promise<UploadedArtifact>;
  /**
   * Download the newest artifact with this name from another run (e.g. the base branch's last successful run)
   * into `destination`. Returns the folder it was unpacked to, or undefined when there is none.
   */
  downloadLatest(
    name: string,
    destination: string,
    from: { branch?: string; runId?: string },
  ): Promise<string | undefined>;
}

/** The subset of an Octokit client the report uses; undefined where no token is available. */
export type GitHubClient = ReturnType<typeof import('@actions/github').getOctokit>;

export interface Host {
  readonly kind: 'actions' | 'local';
  readonly context: RunContext;
  readonly log: Logger;
  /** Folder for results.json and other files this run writes (.backend-ci/ locally, RUNNER_TEMP on Actions). */
  readonly resultsDir: string;

  /** Runs fn with its log lines grouped (a collapsible group on Actions). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value to be masked in every later log line. Call before anything can print it. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  annotate(annotation: Annotation): void;
  /** Appends markdown to the job summary (GITHUB_STEP_SUMMARY, or .backend-ci/summary.md locally). */
  appendSummary(markdown: string): Promise<void>;

  stageStarted(stage: StageName): void;
  /** A short progress text for the live line of a running stage ("42/120 tests"). */
  stageProgress(stage: StageName, text: string): void;
  stageFinished(result: StageResult): void;

  /** Loaded on first use so a run that uploads nothing does not pay for the artifact client. */
  artifacts(): Promise<ArtifactStore>;
  /** Loaded on first use; undefined when there is no token. */
  github(): Promise<GitHubClient | undefined>;
}
