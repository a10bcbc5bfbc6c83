// What went wrong with a request to GitHub, in words: the HTTP status with the API's own message when GitHub
// answered, or what the network said when it did not (refused, timed out, no such host). Octokit reports a
// request that never got an answer as status 500, which would read as a server error.

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for an answer',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the answer',
  UND_ERR_SOCKET: 'connection closed',
  ENOTFOUND: 'DNS lookup failed (no such host)',
  EAI_AGAIN: 'DNS lookup failed (temporary failure)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted (self-signed)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
};

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  status?: number;
  cause?: unknown;
  response?: { status?: number; data?: unknown };
}

export interface DescribedError {
  /** The HTTP status GitHub answered with; undefined when no answer came. */
  status?: number;
  text: string;
}

/** The API's own message and its field errors, from a JSON error body. */
function apiMessage(data: unknown): string | undefined {
  if (typeof data === 'string') return data.trim().slice(0, 300) || undefined;
  const d = data as { message?: unknown; errors?: unknown } | undefined;
  if (!d || typeof d.message !== 'string') return undefined;
  const details = Array.isArray(d.errors)
    ? d.errors
        .map((e: { message?: string; code?: string; field?: string } | string) =>
          typeof e === 'string' ? e : (e.message ?? [e.field, e.code].filter(Boolean).join(' ')),
        )
        .filter(Boolean)
    : [];
  return details.length > 0 ? `${d.message} (${details.join('; ')})` : d.message;
}

export function describeRequestError(error: unknown): DescribedError {
  const e = (error ?? {}) as ErrorLike;
  if (e.response && typeof e.response.status === 'number') {
    const status = e.response.status;
    const said = apiMessage(e.response.data) ?? e.message?.split(' - ')[0];
    return { status, text: `HTTP ${status}${said ? `: ${said}` : ''}` };
  }
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return { text: 'timed out (the request was stopped)' };
  // Walk the causes: octokit wraps fetch's TypeError, which wraps the system error with its code.
  const messages: string[] = [];
  for (let c: ErrorLike | undefined = e, depth = 0; c && depth < 5; c = c.cause as ErrorLike | undefined, depth++) {
    if (c.message) messages.push(c.message);
    const code = c.code ?? /\b(E[A-Z]+|UND_ERR_[A-Z_]+)\b/.exec(c.message ?? '')?.[1];
    if (code && NETWORK[code]) return { text: `${NETWORK[code]} (${c.message ?? code}); no answer from GitHub` };
  }
  const text = messages.find((m) => m !== 'fetch failed') ?? messages[0] ?? String(error);
  return typeof e.status === 'number' && e.status !== 500
    ? { status: e.status, text: `HTTP ${e.status}: ${text}` }
    : { text: `no answer from GitHub: ${text}` };
}
