/**
 * End-to-end Telegram harness: the real Bot API emulator `telegram-test-api` on 127.0.0.1
 * plus a small local HTTP proxy in front of it that the bot uses as its apiRoot.
 *
 *   bot (telegraf) ──► proxy (this file) ──► telegram-test-api (TelegramServer)
 *
 * The emulator only implements getMe, getUpdates, sendMessage, editMessageText,
 * editMessageReplyMarkup, answerCallbackQuery, deleteMessage, setWebhook and deleteWebhook,
 * and answers "not supported" to everything else. The proxy:
 *  - serves what the emulator lacks: sendChatAction, setMyCommands, deleteMyCommands,
 *    answerInlineQuery, setMessageReaction (recorded and answered `true`), getFile and the file download route
 *    `/file/bot<token>/<path>` (from content registered with `addFile`);
 *  - records every Bot API call (method + JSON body) in `calls`;
 *  - can fail the next N calls of a method with a Bot API error (`failNext`, e.g. a 429 with
 *    `parameters.retry_after`, a 409 Conflict or a "can't parse entities" 400), delay them
 *    (`delayNext`) or drop the connection (`dropNext`: the socket is destroyed before the call is
 *    served, or after it was served but before the response is written);
 *  - turns getUpdates into a real long poll (the emulator returns at once, which would make
 *    telegraf spin) and appends updates the emulator cannot produce (`injectUpdate`, e.g. an
 *    `inline_query`);
 *  - gives getUpdates Telegram's `offset` semantics (the emulator forgets an update as soon as it
 *    has returned it once): updates handed out stay pending until a later getUpdates confirms them
 *    with offset = update_id + 1, and are delivered again otherwise (e.g. when the response was
 *    lost on a dropped connection); `limit` is honoured;
 *  - emulates `secret_token` for webhooks: setWebhook is forwarded to the emulator with the URL
 *    of a relay on this proxy, which forwards each update to the bot's real webhook URL with the
 *    `X-Telegram-Bot-Api-Secret-Token` header (the emulator posts without it).
 * Everything else is forwarded to the emulator unchanged.
 *
 * User-side updates (private / group / supergroup messages, commands, replies, forum-topic
 * messages, documents, callback queries) are produced through the emulator's own client API:
 * `emulator.client({...})` returns a telegram-test-api TelegramClient and its `makeMessage`
 * options are deep-merged into the message, so `reply_to_message`, `message_thread_id`,
 * `is_topic_message`, `entities`, `document` … pass through to the bot verbatim.
 */
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { TelegramServer, type StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import type { TelegramClient } from 'telegram-test-api/lib/modules/telegramClient.js';

/** The bot identity the emulator's getMe always reports. */
export const EMULATOR_BOT = { id: 666, username: 'TestNameBot', first_name: 'Test First name' } as const;

export interface RecordedCall {
  method: string;
  token: string;
  /** Parsed JSON (or urlencoded) body; {} when empty. */
  body: any;
  time: number;
}

export interface BotApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface RuleOptions {
  /** Only calls made with this bot token. */
  token?: string;
  /** Only calls whose body matches. */
  match?: (body: any) => boolean;
}

interface Rule {
  method: string;
  token?: string;
  remaining: number;
  match?: (body: any) => boolean;
  error?: BotApiError;
  delayMs?: number;
  drop?: DropPhase;
}

/**
 * Where a dropped connection happens: 'request' = the socket is destroyed as soon as the call
 * arrives (nothing served); 'response' = the call is served (a sent message is stored, updates are
 * handed out) and then the socket is destroyed instead of writing the response. For getUpdates a
 * 'response' drop waits for a response that carries at least one update.
 */
export type DropPhase = 'request' | 'response';

export interface ClientOptions {
  userId?: number;
  chatId?: number;
  type?: 'private' | 'group' | 'supergroup';
  firstName?: string;
  userName?: string;
  chatTitle?: string;
}

export interface TelegramEmulator {
  /** The emulator itself (real telegram-test-api). */
  readonly server: TelegramServer;
  /** Emulator base URL, e.g. http://127.0.0.1:41234 */
  readonly emulatorURL: string;
  /** Proxy base URL: give this to the bot as TELEGRAM_API_ROOT. */
  readonly apiRoot: string;
  /** Every Bot API call that reached the proxy, in order. */
  readonly calls: RecordedCall[];
  callsOf(method: string, token?: string): RecordedCall[];
  /** The next `count` calls of `method` (optionally only one token's / matching ones) fail with `error`. */
  failNext(method: string, count: number, error: BotApiError, options?: RuleOptions): void;
  /** The next `count` calls of `method` (optionally only one token's / matching ones) are held for `ms` before being served. */
  delayNext(method: string, count: number, ms: number, options?: RuleOptions): void;
  /** The next `count` calls of `method` lose their connection (see DropPhase; default 'request'). */
  dropNext(method: string, count: number, options?: RuleOptions & { phase?: DropPhase }): void;
  /** Queue an update the emulator cannot produce (e.g. inline_query); delivered with the next getUpdates of `token`. */
  injectUpdate(token: string, update: Record<string, unknown>): number;
  /** Register a file for getFile + download. */
  addFile(fileId: string, content: Buffer, filePath?: string): { file_id: string; file_unique_id: string; file_size: number; file_path: string };
  /** A telegram-test-api client for a user/chat. */
  client(token: string, options?: ClientOptions): TelegramClient;
  /** Messages the bot sent (with later edits applied), oldest first. */
  botMessages(token: string, chatId?: number): StoredBotUpdate[];
  /** The emulator's message_id of the user message with this exact text (the id the bot saw). */
  userMessageId(token: string, text: string): number | undefined;
  /** Poll until `fn` returns a truthy value, or throw after timeoutMs. */
  waitFor<T>(fn: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the emulator needs an explicit port; 0 means its default 9000). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string | undefined): any {
  if (raw.length === 0) return {};
  const text = raw.toString('utf8');
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text);
  } catch {
    return { _raw: text };
  }
}

/**
 * POSTs JSON to the emulator over a kept-alive connection (node:http: the global fetch's web
 * streams cost more CPU than the emulator itself, which skews the throughput bench).
 */
function postJson(agent: Agent, url: string, body: unknown): Promise<{ status: number; ok: boolean; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body ?? {});
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        resolve({ status, ok: status >= 200 && status < 300, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

export async function startTelegramEmulator(): Promise<TelegramEmulator> {
  const emulatorPort = await freePort();
  const server = new TelegramServer({ port: emulatorPort, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  const emulatorURL = server.config.apiURL;
  const agent = new Agent({ keepAlive: true });

  const calls: RecordedCall[] = [];
  const rules: Rule[] = [];
  const injected = new Map<string, Record<string, unknown>[]>();
  /** Per token: updates handed out by getUpdates and not yet confirmed by a later offset. */
  const unconfirmed = new Map<string, any[]>();
  const files = new Map<string, { content: Buffer; path: string; uniqueId: string }>();
  const webhooks = new Map<string, { url: string; secret?: string }>();
  const sockets = new Set<Socket>();
  const waiters = new Set<() => void>();
  let injectedId = 1_000_000;
  let closed = false;

  const wake = (): void => {
    for (const w of [...waiters]) w();
  };
  for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) server.on(ev, wake);

  /** Waits for wake() or ms, whichever first; false if the response went away. */
  const waitWake = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      const done = (ok: boolean): void => {
        clearTimeout(t);
        waiters.delete(onWake);
        res.off('close', onClose);
        resolve(ok);
      };
      const onWake = (): void => done(true);
      const onClose = (): void => done(false);
      const t = setTimeout(() => done(true), ms);
      waiters.add(onWake);
      res.once('close', onClose);
    });

  const takeRule = (method: string, token: string, body: any, responseDrop = false): Rule | undefined => {
    const idx = rules.findIndex(
      (r) =>
        r.method === method &&
        r.remaining > 0 &&
        (r.drop === 'response') === responseDrop &&
        (r.token === undefined || r.token === token) &&
        (!r.match || r.match(body)),
    );
    if (idx < 0) return undefined;
    const rule = rules[idx]!;
    rule.remaining -= 1;
    if (rule.remaining <= 0) rules.splice(idx, 1);
    return rule;
  };

  /** Destroys the connection of `res` without a response (the client sees a reset / socket hang up). */
  const dropConnection = (res: ServerResponse): void => {
    res.socket?.destroy();
    res.destroy();
  };

  async function forward(method: string, token: string, body: any, res: ServerResponse): Promise<any> {
    const r = await postJson(agent, `${emulatorURL}/bot${token}/${method}`, body);
    const text = r.text;
    let data: any;
    try {
      data = JSON.parse(text);
    } catch {
      data = { ok: false, error_code: r.status, description: text };
    }
    if (takeRule(method, token, body, true)) {
      dropConnection(res);
      return data;
    }
    // The emulator reports unsupported methods as HTTP 500 {message}; turn that into a Bot API error shape.
    if (!r.ok && data && data.ok === undefined) {
      data = { ok: false, error_code: 400, description: `Bad Request: ${data.message ?? 'emulator error'}` };
      sendJson(res, 400, data);
      return data;
    }
    sendJson(res, r.status, data);
    return data;
  }

  async function getUpdates(token: string, body: any, res: ServerResponse): Promise<void> {
    const timeoutS = Number(body?.timeout ?? 0);
    const deadline = Date.now() + Math.min(Math.max(timeoutS, 0), 1) * 1000; // long poll, capped at 1 s
    const limit = Math.min(100, Math.max(1, Number(body?.limit ?? 100) || 100));
    // offset = update_id + 1 of a handed-out update confirms it and everything handed out before it.
    const pending = unconfirmed.get(token) ?? [];
    unconfirmed.set(token, pending);
    if (body?.offset !== undefined) {
      const idx = pending.findIndex((u) => u.update_id === Number(body.offset) - 1);
      if (idx >= 0) pending.splice(0, idx + 1);
    }
    for (;;) {
      if (closed || res.destroyed) return;
      if (!pending.length) {
        const queued = injected.get(token) ?? [];
        const data: any = JSON.parse((await postJson(agent, `${emulatorURL}/bot${token}/getUpdates`, body)).text);
        pending.push(...(Array.isArray(data?.result) ? data.result : []), ...queued.splice(0));
      }
      if (pending.length || Date.now() >= deadline) {
        const result = pending.slice(0, limit);
        if (result.length && takeRule('getUpdates', token, body, true)) return dropConnection(res);
        sendJson(res, 200, { ok: true, result });
        return;
      }
      if (!(await waitWake(Math.min(100, deadline - Date.now()), res))) return;
    }
  }

  async function handleBotApi(method: string, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parseBody(await readBody(req), req.headers['content-type']);
    calls.push({ method, token, body, time: Date.now() });

    const rule = takeRule(method, token, body);
    if (rule?.drop === 'request') return dropConnection(res);
    if (rule?.delayMs) await sleep(rule.delayMs);
    if (rule?.error) {
      sendJson(res, rule.error.error_code, { ok: false, ...rule.error });
      return;
    }

    switch (method) {
      case 'getUpdates':
        return getUpdates(token, body, res);
      case 'sendChatAction':
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'answerInlineQuery':
      case 'setChatMenuButton':
      case 'setMessageReaction':
        return sendJson(res, 200, { ok: true, result: true });
      case 'getFile': {
        const f = files.get(String(body.file_id));
        if (!f) return sendJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return sendJson(res, 200, {
          ok: true,
          result: { file_id: String(body.file_id), file_unique_id: f.uniqueId, file_size: f.content.length, file_path: f.path },
        });
      }
      case 'setWebhook': {
        const url = String(body.url ?? '');
        webhooks.set(token, { url, secret: body.secret_token ? String(body.secret_token) : undefined });
        await forward('setWebhook', token, { ...body, url: `${apiRoot}/__webhook/${encodeURIComponent(token)}` }, res);
        return;
      }
      case 'deleteWebhook':
        webhooks.delete(token);
        await forward('deleteWebhook', token, body, res);
        return;
      default:
        await forward(method, token, body, res);
    }
  }

  // Webhook deliveries the emulator is still waiting on: close() lets them finish, since the emulator
  // does not catch a reset connection (it would surface as an unhandled rejection).
  let relaysInFlight = 0;

  async function handleWebhookRelay(token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    relaysInFlight++;
    try {
      await relay(token, req, res);
    } finally {
      relaysInFlight--;
    }
  }

  async function relay(token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const hook = webhooks.get(token);
    if (!hook) return sendJson(res, 404, { ok: false });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (hook.secret) headers['x-telegram-bot-api-secret-token'] = hook.secret;
    try {
      const r = await fetch(hook.url, { method: 'POST', headers, body: raw.toString('utf8') });
      await r.arrayBuffer();
      // Always 200 to the emulator: it does not await webhook delivery, and a non-2xx would
      // become an unhandled rejection inside it. Tests look at the bot's replies instead.
      sendJson(res, 200, { ok: r.ok, status: r.status });
    } catch (err) {
      sendJson(res, 200, { ok: false, error: String(err) });
    }
  }

  const proxy: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const botMatch = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    const relayMatch = /^\/__webhook\/([^/]+)$/.exec(url.pathname);
    const fail = (err: unknown): void => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: String(err) });
      else res.destroy();
    };
    if (botMatch) {
      handleBotApi(botMatch[2]!, decodeURIComponent(botMatch[1]!), req, res).catch(fail);
    } else if (fileMatch && req.method === 'GET') {
      const path = decodeURIComponent(fileMatch[2]!);
      calls.push({ method: 'downloadFile', token: decodeURIComponent(fileMatch[1]!), body: { path }, time: Date.now() });
      const f = [...files.values()].find((x) => x.path === path);
      if (!f) {
        res.writeHead(404).end('Not Found');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': f.content.length });
      res.end(f.content);
    } else if (relayMatch && req.method === 'POST') {
      handleWebhookRelay(decodeURIComponent(relayMatch[1]!), req, res).catch(fail);
    } else {
      res.writeHead(404).end('Not Found');
    }
  });
  proxy.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', () => resolve());
  });
  const apiRoot = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  const emulator: TelegramEmulator = {
    server,
    emulatorURL,
    apiRoot,
    calls,
    callsOf: (method, token) => calls.filter((c) => c.method === method && (token === undefined || c.token === token)),
    failNext(method, count, error, options = {}) {
      rules.push({ method, remaining: count, error, token: options.token, match: options.match });
    },
    delayNext(method, count, ms, options = {}) {
      rules.push({ method, remaining: count, delayMs: ms, token: options.token, match: options.match });
    },
    dropNext(method, count, options = {}) {
      rules.push({ method, remaining: count, drop: options.phase ?? 'request', token: options.token, match: options.match });
    },
    injectUpdate(token, update) {
      const id = ++injectedId;
      const list = injected.get(token) ?? [];
      list.push({ update_id: id, ...update });
      injected.set(token, list);
      wake();
      return id;
    },
    addFile(fileId, content, filePath = `documents/${fileId}`) {
      const uniqueId = `u${fileId}`;
      files.set(fileId, { content, path: filePath, uniqueId });
      return { file_id: fileId, file_unique_id: uniqueId, file_size: content.length, file_path: filePath };
    },
    client(token, o = {}) {
      return server.getClient(token, {
        userId: o.userId ?? 1,
        chatId: o.chatId ?? o.userId ?? 1,
        type: o.type ?? 'private',
        firstName: o.firstName ?? 'Test',
        userName: o.userName ?? `user${o.userId ?? 1}`,
        chatTitle: o.chatTitle ?? 'Test chat',
        timeout: 5000,
        interval: 20,
      });
    },
    botMessages(token, chatId) {
      return server.storage.botMessages.filter(
        (m) => m.botToken === token && (chatId === undefined || Number(m.message.chat_id) === chatId),
      );
    },
    userMessageId(token, text) {
      const found = server.storage.userMessages.find(
        (u) => u.botToken === token && 'message' in u && (u.message as { text?: string }).text === text,
      );
      return found?.messageId;
    },
    async waitFor(fn, timeoutMs = 5000, what = 'condition') {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const v = fn();
        if (v) return v as NonNullable<typeof v>;
        if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
        await sleep(15);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const end = Date.now() + 2_000; relaysInFlight > 0 && Date.now() < end; ) await sleep(10);
      wake();
      for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) server.off(ev, wake);
      await new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
      agent.destroy();
      await server.stop();
    },
  };
  return emulator;
}
