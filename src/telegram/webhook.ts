/**
 * Webhook mode HTTP server: POST <path of WEBHOOK_URL> with the right
 * X-Telegram-Bot-Api-Secret-Token → the update goes to telegraf; a wrong or missing secret → 401;
 * GET /healthz → 200; anything else → 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Telegraf } from 'telegraf';
import { log } from '../log.js';

export interface WebhookServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startWebhookServer(bot: Telegraf, opts: { path: string; secret: string; port: number; host?: string }): Promise<WebhookServer> {
  const callback = bot.webhookCallback(opts.path, { secretToken: opts.secret });
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if ((req.method === 'GET' || req.method === 'HEAD') && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    // telegraf checks method, path and secret; when the check fails it calls this fallback.
    const reject = (): void => {
      if (req.method === 'POST' && path === opts.path) {
        log.warn({ remote: req.socket.remoteAddress }, 'Webhook request with a wrong or missing secret token');
        res.writeHead(401, { 'content-type': 'text/plain' }).end('unauthorized');
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    };
    callback(req, res, reject).catch((err: unknown) => {
      log.error({ err }, 'Webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  const server = createServer(handler);
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}
