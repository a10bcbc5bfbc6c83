// Telling a fork pull request apart, from the event payload. It lives with the hosts because the run context
// (RunContext.pullRequest.fromFork) is built from it; the report's write gate uses it too.

/** The event payload fields that tell a fork pull request apart. */
export interface PullRequestPayload {
  pull_request?: { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } };
}

/** True when the pull request's head lives in another repository than its base (a fork, or a deleted one). */
export function isForkPullRequest(payload: PullRequestPayload): boolean {
  const pr = payload.pull_request;
  if (!pr) return false;
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  return !head || !base || head.toLowerCase() !== base.toLowerCase();
}
