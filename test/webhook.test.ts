/**
 * The webhook server against real HTTP requests, feeding a real Telegraf instance (its handler is
 * held open by the test to stand for an answer being computed): path-only matching, the secret,
 * body cap, header and request timeouts, connection cap, immediate acknowledgement, back-pressure,
 * draining on close, and GET /metrics behind its token.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { Telegraf } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { Metrics } from '../src/metrics.js';
import { startMetricsServer } from '../src/metrics-http.js';
import { startWebhookServer, type WebhookOptions, type WebhookServer } from '../src/telegram/webhook.js';
import { flood } from './support/streams.js';

const SECRET = 'hook_S3cret-1';
const PATH = '/tg/hook';

/** A gate the bot's handler waits on, so a test decides when "the answer" is done. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

function makeBot() {
  const seen: number[] = [];
  const done: number[] = [];
  let hold: Promise<void> = Promise.resolve();
  const bot = new Telegraf('123:test-token');
  bot.botInfo = { id: 123, is_bot: true, first_name: 'Test', username: 'test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } as typeof bot.botInfo;
  bot.on('message', async (ctx) => {
    seen.push(ctx.update.update_id);
    await hold;
    done.push(ctx.update.update_id);
  });
  return { bot, seen, done, holdWith: (p: Promise<void>) => (hold = p) };
}

const update = (id: number) => ({ update_id: id, message: { message_id: id, date: 0, chat: { id: 7, type: 'private' }, from: { id: 7, is_bot: false, first_name: 'x' }, text: 'hi' } });

let servers: Array<{ close(): Promise<void> }> = [];
let sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets = [];
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(bot: Telegraf, options: Partial<WebhookOptions> = {}): Promise<WebhookServer & { url: string }> {
  const server = await startWebhookServer(bot, { path: PATH, secret: SECRET, port: 0, host: '127.0.0.1', ...options });
  servers.push(server);
  return { ...server, url: `http://127.0.0.1:${server.port}` };
}

const post = (url: string, body: unknown, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': SECRET }) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** Opens a raw TCP connection and resolves with how long the server took to close it. */
function rawConnection(port: number, write: string): Promise<{ closedAfterMs: number; response: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    let response = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(write));
    sockets.push(socket);
    socket.on('data', (d) => (response += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ closedAfterMs: performance.now() - started, response }));
  });
}

describe('the webhook server', () => {
  it('matches on the path alone, checks the secret, and serves /healthz', async () => {
    const { bot, seen } = makeBot();
    const s = await start(bot);
    expect((await post(`${s.url}${PATH}?via=proxy`, update(1))).status).toBe(200);
    expect((await post(`${s.url}${PATH}`, update(2), {})).status).toBe(401);
    expect((await post(`${s.url}${PATH}`, update(3), { 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect((await post(`${s.url}/elsewhere`, update(4))).status).toBe(404);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await post(`${s.url}${PATH}`, '{"not":"an update"}')).status).toBe(400);
    expect((await post(`${s.url}${PATH}`, 'not json')).status).toBe(400);
    await expect.poll(() => seen).toEqual([1]);
  });

  it('answers Telegram at once while the update is still being handled, and drains it on close', async () => {
    const { bot, seen, done, holdWith } = makeBot();
    const g = gate();
    holdWith(g.opened);
    const s = await start(bot);
    const response = await post(`${s.url}${PATH}`, update(10));
    expect(response.status).toBe(200);
    await expect.poll(() => seen).toEqual([10]);
    expect(done).toEqual([]); // acknowledged although the handler has not finished
    expect(s.pending()).toBe(1);

    const order: string[] = [];
    const closed = s.close().then(() => order.push('closed'));
    await expect.poll(async () => fetch(`${s.url}/healthz`).then(() => 'up', () => 'down')).toBe('down'); // takes no new requests
    order.push('released');
    g.open();
    await closed;
    expect(order).toEqual(['released', 'closed']);
    expect(done).toEqual([10]);
  });

  it('asks Telegram to retry (503) when too many updates are in progress', async () => {
    const { bot, holdWith } = makeBot();
    const g = gate();
    holdWith(g.opened);
    const s = await start(bot, { maxPendingUpdates: 1 });
    expect((await post(`${s.url}${PATH}`, update(20))).status).toBe(200);
    const busy = await post(`${s.url}${PATH}`, update(21));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    g.open();
    await expect.poll(() => s.pending()).toBe(0);
    expect((await post(`${s.url}${PATH}`, update(22))).status).toBe(200);
  });

  it('refuses a body over 1 MiB with 413, declared or streamed, and stays up', async () => {
    const { bot, seen } = makeBot();
    const s = await start(bot);
    const big = JSON.stringify({ ...update(30), padding: 'x'.repeat(1024 * 1024 + 10) });
    expect((await post(`${s.url}${PATH}`, big)).status).toBe(413);

    // Chunked, no content-length: cut off once it passes the cap.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${s.url}${PATH}`, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': SECRET, 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      flood(req, 4 * 1024 * 1024);
    }).catch((error: NodeJS.ErrnoException) => {
      // The server may close the socket before this client reads the status; it must not be another failure.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return 413;
      throw error;
    });
    expect(status).toBe(413);
    expect((await post(`${s.url}${PATH}`, update(31))).status).toBe(200);
    await expect.poll(() => seen).toEqual([31]);
  });

  it('closes a request whose headers or body never finish, within its timeouts', async () => {
    const { bot } = makeBot();
    const s = await start(bot, { headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const slowHeaders = rawConnection(s.port, `POST ${PATH} HTTP/1.1\r\nHost: x\r\n`);
    const slowBody = rawConnection(s.port, `POST ${PATH} HTTP/1.1\r\nHost: x\r\nx-telegram-bot-api-secret-token: ${SECRET}\r\ncontent-length: 1000\r\n\r\n{"update_id":`);
    const [h, b] = await Promise.all([slowHeaders, slowBody]);
    expect(h.response).toMatch(/^HTTP\/1\.1 408/);
    expect(b.response).toMatch(/^HTTP\/1\.1 408/);
    // Node checks these limits once a second here (not every 30 s): generous room for a busy machine.
    expect(h.closedAfterMs).toBeLessThan(300 + 3_000);
    expect(b.closedAfterMs).toBeLessThan(600 + 3_000);
  });

  it('caps concurrent connections', async () => {
    const { bot } = makeBot();
    const s = await start(bot, { maxConnections: 2 });
    const open = async () => {
      const socket = connect(s.port, '127.0.0.1');
      sockets.push(socket);
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      return socket;
    };
    await open();
    await open();
    await expect.poll(() => s.server.connections ?? 0).toBeLessThanOrEqual(2);
    const third = await open();
    await new Promise((resolve) => third.once('close', resolve)); // refused by the server
    for (const sk of sockets) sk.destroy();
    await expect.poll(async () => (await fetch(`${s.url}/healthz`)).status).toBe(200); // alive once they go
  });

  it('serves /metrics behind METRICS_TOKEN', async () => {
    const { bot } = makeBot();
    const metrics = new Metrics();
    metrics.recordAnswer({ mode: 'extractive', language: 'ru', answered: true }, 120);
    metrics.trackIndex(() => ({ documents: 5, chunks: 28 }));
    const s = await start(bot, { metrics: { metrics, token: 'm3trics' } });
    expect((await fetch(`${s.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${s.url}/metrics`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const ok = await fetch(`${s.url}/metrics`, { headers: { authorization: 'Bearer m3trics' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/plain/);
    const body = await ok.text();
    expect(body).toMatch(/kzbot_answers_total\{mode="extractive",lang="ru"\} 1/);
    expect(body).toMatch(/kzbot_index_chunks 28/);
    expect(body).toMatch(/kzbot_answer_seconds_bucket\{le="0.25",mode="extractive"\} 1/);
  });
});

describe('the polling-mode metrics server', () => {
  it('serves /metrics on its own port, open when no token is set', async () => {
    const metrics = new Metrics();
    metrics.recordTelegram429('sendMessage');
    const server = await startMetricsServer({ port: 0, host: '127.0.0.1', metrics });
    servers.push(server);
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/kzbot_telegram_429_total\{method="sendMessage"\} 1/);
    expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
  });
});

describe('webhook configuration', () => {
  it('refuses a WEBHOOK_URL with a query string at start, with a clear message', () => {
    const env = { TELEGRAM_BOT_TOKEN: '1:a', WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'silent' };
    expect(() => loadConfig({ ...env, WEBHOOK_URL: 'https://bot.example.com/hook?k=v' })).toThrow(/WEBHOOK_URL: must not contain a query string/);
    expect(loadConfig({ ...env, WEBHOOK_URL: 'https://bot.example.com/hook' }).WEBHOOK_URL).toBe('https://bot.example.com/hook');
  });
});
