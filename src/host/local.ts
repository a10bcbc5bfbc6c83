// LocalHost: the pipeline in a terminal or any non-GitHub CI. A live line per stage on a TTY (spinner and
// elapsed time), plain lines otherwise; summary, outputs and results under .backend-ci/.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation, StageName, StageResult } from '../pipeline/stage.js';
import type { ArtifactStore, GitHubClient, Host, Logger, RunContext } from './host.js';
import { localGitInfo } from './git.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const ICON: Record<StageResult['status'], string> = { passed: '✔', failed: '✖', skipped: '○', warned: '▲' };

export interface LocalHostOptions {
  /** Where .backend-ci/ goes (the working directory). */
  baseDir: string;
  workspace: string;
  stream?: NodeJS.WriteStream;
  /** Force plain output (no live line) even on a TTY. */
  plain?: boolean;
  /** Folder of zips standing in for other runs' artifacts (base coverage, shards). */
  artifactsFrom?: string;
}

export class LocalHost implements Host {
  readonly kind = 'local' as const;
  readonly resultsDir: string;
  readonly log: Logger;
  private readonly secrets: string[] = [];
  private readonly out: NodeJS.WriteStream;
  private readonly live: boolean;
  private running?: { stage: StageName; started: number; text: string; frame: number; timer: NodeJS.Timeout };
  private storePromise?: Promise<ArtifactStore>;
  readonly outputs: Record<string, string> = {};

  private constructor(
    readonly context: RunContext,
    private readonly options: LocalHostOptions,
  ) {
    this.resultsDir = path.join(options.baseDir, '.backend-ci');
    mkdirSync(this.resultsDir, { recursive: true });
    writeFileSync(path.join(this.resultsDir, 'summary.md'), '');
    writeFileSync(path.join(this.resultsDir, 'annotations.txt'), '');
    this.out = options.stream ?? process.stdout;
    this.live = !options.plain && !!this.out.isTTY && !process.env.CI;
    this.log = {
      debug: (m) => {
        if (process.env.BACKEND_CI_DEBUG) this.print(`  · ${m}`);
      },
      info: (m) => this.print(`  ${m}`),
      warning: (m) => this.print(`  ⚠ ${m}`),
      error: (m) => this.print(`  ✖ ${m}`),
    };
  }

  static async create(options: LocalHostOptions): Promise<LocalHost> {
    const git = await localGitInfo(options.workspace);
    const context: RunContext = {
      repository: git.repository,
      sha: git.sha,
      ref: git.branch ? `refs/heads/${git.branch}` : undefined,
      eventName: 'local',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      workspace: options.workspace,
    };
    return new LocalHost(context, options);
  }

  private mask(text: string): string {
    return this.secrets.reduce((t, s) => t.split(s).join('***'), text);
  }

  private print(line: string): void {
    const text = this.mask(line);
    if (this.live && this.running) this.out.write('\r\x1b[K');
    this.out.write(`${text}\n`);
    if (this.live && this.running) this.drawLive();
  }

  private drawLive(): void {
    const r = this.running!;
    const seconds = ((Date.now() - r.started) / 1000).toFixed(1);
    const frame = SPINNER[r.frame % SPINNER.length];
    this.out.write(`\r\x1b[K${frame} ${r.stage} ${seconds}s${r.text ? `  ${this.mask(r.text)}` : ''}`);
  }

  async group<T>(_title: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  setSecret(value: string): void {
    if (value && !this.secrets.includes(value)) this.secrets.push(value);
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
    writeFileSync(path.join(this.resultsDir, 'outputs.json'), JSON.stringify(this.outputs, null, 2));
  }

  annotate(a: Annotation): void {
    const where = a.file ? `${a.file}${a.line ? `:${a.line}` : ''}: ` : '';
    const line = `${where}${a.level}: ${a.title ? `${a.title}: ` : ''}${a.message}`;
    appendFileSync(path.join(this.resultsDir, 'annotations.txt'), `${this.mask(line)}\n`);
    this.print(`  ${a.level === 'error' ? '✖' : a.level === 'warning' ? '⚠' : 'ℹ'} ${line}`);
  }

  async appendSummary(markdown: string): Promise<void> {
    appendFileSync(path.join(this.resultsDir, 'summary.md'), this.mask(markdown));
  }

  stageStarted(stage: StageName): void {
    if (this.live) {
      const timer = setInterval(() => {
        if (this.running) {
          this.running.frame++;
          this.drawLive();
        }
      }, 100);
      timer.unref();
      this.running = { stage, started: Date.now(), text: '', frame: 0, timer };
      this.drawLive();
    } else {
      this.out.write(`▶ ${stage}\n`);
    }
  }

  stageProgress(stage: StageName, text: string): void {
    if (this.running?.stage === stage) {
      this.running.text = text;
      this.drawLive();
    }
  }

  stageFinished(result: StageResult): void {
    if (this.running) {
      clearInterval(this.running.timer);
      this.out.write('\r\x1b[K');
      this.running = undefined;
    }
    const seconds = (result.durationMs / 1000).toFixed(1);
    this.out.write(
      `${ICON[result.status]} ${result.stage.padEnd(10)} ${result.status.padEnd(7)} ${seconds.padStart(6)}s  ${this.mask(result.headline)}\n`,
    );
  }

  artifacts(): Promise<ArtifactStore> {
    this.storePromise ??= import('./local-artifacts.js').then(
      ({ LocalArtifactStore }) =>
        new LocalArtifactStore({
          directory: path.join(this.resultsDir, 'artifacts'),
          from: this.options.artifactsFrom,
        }),
    );
    return this.storePromise;
  }

  async github(): Promise<GitHubClient | undefined> {
    return undefined;
  }
}
