// Pull requests from forks run with a read-only token: every write answers 403. That is expected, not a
// failure of the job, so writes go through a gate that turns the first 403 into one warning and skips the rest.
import type { Logger } from '../host/host.js';
import { describeRequestError } from '../host/http-error.js';

export { isForkPullRequest, type PullRequestPayload } from '../host/pull-request.js';

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export type GateOutcome<T> =
  { ok: true; value: T } | { ok: false; reason: 'read-only' | 'forbidden' | 'failed'; message: string };

const TWO_PHASE_HINT =
  'Use report-mode: save in the pull request workflow and report-mode: post in a workflow_run workflow (see workflows-examples/fork-safe.yml).';

export class WriteGate {
  /** Writes known to be refused: a fork pull request, or a 403 seen earlier. */
  private readOnly: boolean;
  private warned = false;
  /** Writes refused or failed: the report is incomplete, the stage warns. */
  readonly problems: string[] = [];
  /** Optional extras skipped for a missing scope (checks: write): worth a notice, not a warning. */
  readonly notices: string[] = [];

  constructor(
    private readonly log: Logger,
    options: { fromFork?: boolean } = {},
  ) {
    this.readOnly = !!options.fromFork;
    if (this.readOnly) this.warnReadOnly('this pull request comes from a fork, whose token is read-only');
  }

  get canWrite(): boolean {
    return !this.readOnly;
  }

  /**
   * Runs one write. A 403 "Resource not accessible by integration" marks the token read-only (later writes are
   * skipped); `permission` names the scope that would allow it ("checks: write"). Other errors are warnings too:
   * publishing results must never fail a job whose stages passed.
   */
  async write<T>(what: string, fn: () => Promise<T>, permission?: string): Promise<GateOutcome<T>> {
    if (this.readOnly) return { ok: false, reason: 'read-only', message: `${what}: skipped, the token is read-only` };
    try {
      return { ok: true, value: await fn() };
    } catch (error) {
      const status = httpStatus(error);
      const detail = (error as Error).message?.split(' - ')[0] ?? String(error);
      if (status === 403 && permission) {
        const message = `${what}: the token lacks ${permission} (${detail}); skipped`;
        this.notices.push(message);
        this.log.info(message);
        return { ok: false, reason: 'forbidden', message };
      }
      if (status === 403) {
        this.readOnly = true;
        this.warnReadOnly(`${what} was refused (${detail})`);
        return { ok: false, reason: 'read-only', message: `${what}: ${detail}` };
      }
      // The status and the API's words, or what the network said when GitHub never answered.
      const message = `${what} failed: ${describeRequestError(error).text}`;
      this.problems.push(message);
      this.log.warning(message);
      return { ok: false, reason: 'failed', message };
    }
  }

  private warnReadOnly(why: string): void {
    if (this.warned) return;
    this.warned = true;
    const message = `Cannot write to GitHub: ${why}. The comment, statuses and check run are skipped; the job summary is still written. ${TWO_PHASE_HINT}`;
    this.problems.push(message);
    this.log.warning(message);
  }
}
