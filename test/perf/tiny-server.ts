// A tiny HTTP service for load tests: a fixed delay per request, an endpoint that fails one request in ten,
// and the headers a real service reports about itself (X-Query-Count, X-Perf-Time-ms).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TinyServer {
  url: string;
  /** Requests served, by path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export interface TinyServerOptions {
  /** Delay before every answer, ms. */
  delayMs?: number;
  /** X-Query-Count sent by /queries. */
  queryCount?: number;
}

export async function startTinyServer(options: TinyServerOptions = {}): Promise<TinyServer> {
  const hits = new Map<string, number>();
  let failCounter = 0;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const started = Date.now();
    setTimeout(() => {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Perf-Time-ms': String(Date.now() - started),
      };
      if (path === '/queries') headers['X-Query-Count'] = String(options.queryCount ?? 3);
      if (path === '/flaky' && failCounter++ % 10 === 0) {
        res.writeHead(500, headers).end('{"error":"boom"}');
        return;
      }
      if (path === '/missing') {
        res.writeHead(404, headers).end('{}');
        return;
      }
      res.writeHead(200, headers).end('{"ok":true}');
    }, options.delayMs ?? 0);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
