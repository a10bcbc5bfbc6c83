// The health gate: polls a URL from where backend-ci runs until it answers as expected, or gives up.

export interface HealthSettings {
  url?: string;
  status: number;
  /** Text the body must contain; `${RELEASE_ID}` is replaced, so an old process still answering is caught. */
  bodyContains?: string;
  timeoutSeconds: number;
  intervalMs: number;
  retries: number;
}

export interface HealthResult {
  ok: boolean;
  attempts: number;
  ms: number;
  url: string;
  lastStatus?: number;
  lastBody?: string;
  lastError?: string;
}

export function expand(text: string, releaseId: string): string {
  return text.split('${RELEASE_ID}').join(releaseId);
}

/**
 * Tries up to `retries + 1` times, `intervalMs` apart, each request bounded by `timeoutSeconds`.
 * Passes on the first response with the expected status whose body contains the expected text.
 */
export async function checkHealth(url: string, settings: HealthSettings, releaseId: string): Promise<HealthResult> {
  const started = Date.now();
  const target = expand(url, releaseId);
  const wanted = settings.bodyContains ? expand(settings.bodyContains, releaseId) : undefined;
  const result: HealthResult = { ok: false, attempts: 0, ms: 0, url: target };
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, settings.intervalMs));
    result.attempts++;
    try {
      const response = await fetch(target, {
        signal: AbortSignal.timeout(settings.timeoutSeconds * 1000),
        redirect: 'manual',
      });
      const body = await response.text();
      result.lastStatus = response.status;
      result.lastBody = body.length > 500 ? `${body.slice(0, 500)}…` : body;
      delete result.lastError;
      if (response.status === settings.status && (wanted === undefined || body.includes(wanted))) {
        result.ok = true;
        break;
      }
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      result.lastError = e.cause?.code ?? e.cause?.message ?? e.message;
    }
  }
  result.ms = Date.now() - started;
  return result;
}

export function describeHealth(h: HealthResult, settings: HealthSettings, releaseId: string): string {
  const wanted = settings.bodyContains ? ` with a body containing '${expand(settings.bodyContains, releaseId)}'` : '';
  const last = h.lastError
    ? `last attempt failed: ${h.lastError}`
    : `last answer: status ${h.lastStatus}, body ${JSON.stringify(h.lastBody ?? '')}`;
  return `${h.url} did not answer ${settings.status}${wanted} after ${h.attempts} attempts in ${(h.ms / 1000).toFixed(1)}s; ${last}`;
}
