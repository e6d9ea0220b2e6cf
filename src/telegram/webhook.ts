/**
 * Webhook mode HTTP server.
 *
 * - POST <path of WEBHOOK_URL>, matched on the path alone (a query string is ignored), with the right
 *   X-Telegram-Bot-Api-Secret-Token: the update is acknowledged at once (200) and handled in the
 *   background, so Telegram never waits on an answer being computed. A wrong or missing secret → 401.
 * - Bodies over `maxBodyBytes` (1 MiB; real updates are a few KB) → 413 before they are buffered;
 *   a body that is not a JSON update → 400. Header and request timeouts are enforced promptly, and
 *   concurrent connections are capped. Too many updates still in progress → 503 with Retry-After, so
 *   Telegram delivers the update again later instead of it being lost.
 * - GET /healthz → 200; GET /metrics (when given metrics) → Prometheus text, behind METRICS_TOKEN.
 * - Anything else → 404.
 * close() stops taking requests, then waits (up to `drainMs`) for the updates already acknowledged.
 */
import { timingSafeEqual } from 'node:crypto';
import { listen } from '../listen.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import { log } from '../log.js';
import { serveMetrics, type MetricsSource } from '../metrics-http.js';

export interface WebhookServer {
  server: Server;
  port: number;
  /** Updates acknowledged and still being handled. */
  pending(): number;
  close(): Promise<void>;
}

export interface WebhookOptions {
  path: string;
  secret: string;
  port: number;
  host?: string;
  /** Largest accepted body (413 above). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Time allowed for a request's headers, and for the whole request, in ms. Defaults 5 s and 10 s. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Concurrent connections; more are refused by the server. Default 100 (Telegram uses at most 100). */
  maxConnections?: number;
  /** Acknowledged updates still in progress before new ones get 503. Default 1,000. */
  maxPendingUpdates?: number;
  /** How long close() waits for acknowledged updates. Default 15 s. */
  drainMs?: number;
  /** Serve GET /metrics from these metrics, behind `token` when set. */
  metrics?: { metrics: MetricsSource; token?: string };
}

const DEFAULTS = { maxBodyBytes: 1024 * 1024, headersTimeoutMs: 5_000, requestTimeoutMs: 10_000, maxConnections: 100, maxPendingUpdates: 1_000, drainMs: 15_000 };

const text = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(body);
};

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  const a = Buffer.from(typeof given === 'string' ? given : '');
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body as a string, or undefined when it grew past `limit` (then the caller answers 413). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('request aborted')));
  });
}

function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

export async function startWebhookServer(bot: Pick<Telegraf, 'handleUpdate'>, options: WebhookOptions): Promise<WebhookServer> {
  const o = { ...DEFAULTS, ...options };
  const inFlight = new Set<Promise<void>>();

  /** Refuses a request with `status` and closes its connection rather than reading what is left. */
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, body: string) => {
    res.shouldKeepAlive = false;
    text(res, status, body, { connection: 'close' });
    res.once('finish', () => req.destroy());
  };

  const handleUpdatePost = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], o.secret)) {
      log.warn({ remote: req.socket.remoteAddress }, 'Webhook request with a wrong or missing secret token');
      return refuse(req, res, 401, 'unauthorized');
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > o.maxBodyBytes) return refuse(req, res, 413, 'payload too large');
    const body = await readBody(req, o.maxBodyBytes);
    if (body === undefined) return refuse(req, res, 413, 'payload too large');
    let update: unknown;
    try {
      update = JSON.parse(body);
    } catch {
      update = undefined;
    }
    if (!isUpdate(update)) return text(res, 400, 'not a Telegram update');
    if (inFlight.size >= o.maxPendingUpdates) {
      log.warn({ pending: inFlight.size }, 'Webhook: too many updates in progress; asking Telegram to retry');
      return text(res, 503, 'busy', { 'retry-after': '1' });
    }
    // Acknowledge first: Telegram must not wait (or retry) while the answer is computed.
    text(res, 200, 'ok');
    const handling = bot
      .handleUpdate(update)
      .catch((err: unknown) => log.error({ err, update: update.update_id }, 'Webhook update failed'))
      .finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === o.path) {
      handleUpdatePost(req, res).catch((err: unknown) => {
        log.warn({ err: (err as Error).message }, 'Webhook request failed');
        if (!res.headersSent) refuse(req, res, 400, 'bad request');
      });
      return;
    }
    req.resume(); // no other route reads a body
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/healthz') return text(res, 200, 'ok');
    if (o.metrics && serveMetrics(req, res, o.metrics)) return;
    text(res, 404, 'not found');
  };

  // connectionsCheckingInterval: Node checks the header/request timeouts only this often (30 s by
  // default), which let a slow body live for a minute and more past the limit.
  const server = createServer(
    { headersTimeout: o.headersTimeoutMs, requestTimeout: o.requestTimeoutMs, connectionsCheckingInterval: Math.min(1_000, o.headersTimeoutMs) },
    handler,
  );
  server.maxConnections = o.maxConnections;
  server.keepAliveTimeout = 5_000;
  const port = await listen(server, o.port, o.host);
  let closing: Promise<void> | undefined;
  return {
    server,
    port,
    pending: () => inFlight.size,
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        let timer: NodeJS.Timeout | undefined;
        const drained = Promise.all([...inFlight]).then(() => undefined);
        const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, o.drainMs)));
        await Promise.race([drained, late]);
        clearTimeout(timer);
        if (inFlight.size) log.warn({ pending: inFlight.size }, 'Webhook: stopped before every acknowledged update was handled');
        server.closeAllConnections();
        await closed;
      })()),
  };
}
