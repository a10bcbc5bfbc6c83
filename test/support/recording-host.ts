// A Host for unit tests: records what a stage tells the host, so tests assert what a user would see
// (outputs, annotations, summary text) without GitHub or a terminal.
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import type { ArtifactStore, GitHubClient, Host, Logger, RunContext } from '../../src/host/host.js';
import type { Annotation, StageName, StageResult } from '../../src/pipeline/stage.js';
import { tempDir } from './temp.js';

// One temporary folder per test file (removed after it, see temp.ts); each host gets its own folder inside.
let resultsRoot: string | undefined;
function newResultsDir(): string {
  resultsRoot ??= tempDir('backend-ci-results-');
  return mkdtempSync(path.join(resultsRoot, 'host-'));
}

export class RecordingHost implements Host {
  readonly kind = 'local' as const;
  readonly logs: { level: keyof Logger; message: string }[] = [];
  readonly outputs = new Map<string, string>();
  readonly annotations: Annotation[] = [];
  readonly secrets: string[] = [];
  readonly progress: { stage: StageName; text: string }[] = [];
  readonly finished: StageResult[] = [];
  summary = '';
  readonly resultsDir: string;
  readonly context: RunContext;
  readonly log: Logger;

  constructor(
    context: Partial<RunContext> = {},
    private readonly store?: ArtifactStore,
    private readonly client?: GitHubClient,
  ) {
    this.resultsDir = newResultsDir();
    this.context = {
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      workspace: process.cwd(),
      ...context,
    };
    const record = (level: keyof Logger) => (message: string) => {
      this.logs.push({ level, message: this.mask(message) });
    };
    this.log = { debug: record('debug'), info: record('info'), warning: record('warning'), error: record('error') };
  }

  private mask(text: string): string {
    return this.secrets.reduce((t, s) => t.split(s).join('***'), text);
  }

  /** Everything logged, masked, one line each. */
  get logText(): string {
    return this.logs.map((l) => `${l.level}: ${l.message}`).join('\n');
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.log.info(`[group] ${title}`);
    return fn();
  }
  setSecret(value: string): void {
    if (value) this.secrets.push(value);
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  annotate(annotation: Annotation): void {
    this.annotations.push(annotation);
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  stageStarted(): void {}
  stageProgress(stage: StageName, text: string): void {
    this.progress.push({ stage, text });
  }
  stageFinished(result: StageResult): void {
    this.finished.push(result);
  }
  async artifacts(): Promise<ArtifactStore> {
    if (!this.store) throw new Error('RecordingHost: no artifact store was given to this test host');
    return this.store;
  }
  async github(): Promise<GitHubClient | undefined> {
    return this.client;
  }
}
