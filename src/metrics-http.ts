/**
 * Serving Prometheus metrics over HTTP: GET /metrics behind an optional bearer token, used by the
 * webhook server and, in polling mode, by a small server of its own on METRICS_PORT. Kept apart from
 * src/metrics.ts so that serving code does not load the metrics library by itself.
 */
import { timingSafeEqual } from 'node:crypto';
import { listen } from './listen.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { log } from './log.js';

/** What /metrics renders (a Metrics instance from src/metrics.ts). */
export interface MetricsSource {
  readonly contentType: string;
  render(): Promise<string>;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Serves GET /metrics when `req` asks for it (true when handled): 401 without the right
 * `Authorization: Bearer <token>` when a token is set.
 */
export function serveMetrics(req: IncomingMessage, res: ServerResponse, options: { metrics: MetricsSource; token?: string }): boolean {
  const path = (req.url ?? '/').split('?')[0];
  if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  if (options.token && !tokenMatches(req.headers.authorization, options.token)) {
    res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer realm="metrics"' }).end('unauthorized');
    return true;
  }
  options.metrics.render().then(
    (body) => res.writeHead(200, { 'content-type': options.metrics.contentType }).end(req.method === 'HEAD' ? undefined : body),
    (err: unknown) => {
      log.error({ err }, 'Rendering metrics failed');
      if (!res.headersSent) res.writeHead(500).end();
    },
  );
  return true;
}

export interface MetricsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Polling mode's metrics endpoint (METRICS_PORT): GET /metrics and GET /healthz, nothing else. */
export async function startMetricsServer(options: { port: number; host?: string; token?: string; metrics: MetricsSource }): Promise<MetricsServer> {
  const served = { metrics: options.metrics, token: options.token };
  const server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000, connectionsCheckingInterval: 1_000 }, (req, res) => {
    req.resume(); // a body is never needed here
    if (serveMetrics(req, res, served)) return;
    if ((req.method === 'GET' || req.method === 'HEAD') && (req.url ?? '').split('?')[0] === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.maxConnections = 32;
  const port = await listen(server, options.port, options.host);
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
