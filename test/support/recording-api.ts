/**
 * A tiny Bot API peer for the fast in-process tests: a local HTTP server that records every call
 * the bot makes (method + JSON body) and answers like Telegram would (sendMessage returns a message
 * with an id, getMe returns the bot). The bot under test is the real telegraf bot with its apiRoot
 * pointed here; updates go in through `bot.telegraf.handleUpdate(update)`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const RECORDED_BOT = { id: 666, is_bot: true, first_name: 'Test bot', username: 'TestNameBot' } as const;

export interface ApiCall {
  method: string;
  body: any;
  time: number;
}

export interface RecordingApi {
  apiRoot: string;
  calls: ApiCall[];
  callsOf(method: string): ApiCall[];
  /** Messages the bot sent to a chat (sendMessage bodies), oldest first. */
  sent(chatId: number): any[];
  /** The next `count` calls of `method` fail with this Bot API error. */
  failNext(method: string, count: number, error: { error_code: number; description: string; parameters?: object }): void;
  /** The next `count` calls of `method` are recorded but get no response until `release()` (a Bot API that stalls). */
  holdNext(method: string, count: number): { release(): void };
  waitFor<T>(fn: () => T | undefined | null | false, timeoutMs?: number, what?: string): Promise<T>;
  close(): Promise<void>;
}

export async function startRecordingApi(): Promise<RecordingApi> {
  const calls: ApiCall[] = [];
  const failures: Array<{ method: string; remaining: number; error: { error_code: number; description: string } }> = [];
  const holds: Array<{ method: string; remaining: number; held: Array<() => void>; released: boolean }> = [];
  let nextId = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        body = { _raw: raw };
      }
      calls.push({ method, body, time: Date.now() });
      const fail = failures.find((f) => f.method === method && f.remaining > 0);
      let status = 200;
      let payload: unknown;
      if (fail) {
        fail.remaining--;
        status = fail.error.error_code;
        payload = { ok: false, ...fail.error };
      } else if (method === 'getMe') {
        payload = { ok: true, result: RECORDED_BOT };
      } else if (method === 'sendMessage' || method === 'editMessageText') {
        const message_id = method === 'sendMessage' ? nextId++ : Number(body.message_id);
        payload = { ok: true, result: { message_id, date: Math.floor(Date.now() / 1000), chat: { id: body.chat_id, type: 'private' }, text: body.text } };
      } else {
        payload = { ok: true, result: true };
      }
      const json = JSON.stringify(payload);
      const respond = () => void res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
      const hold = holds.find((h) => h.method === method && h.remaining > 0 && !h.released);
      if (hold) {
        hold.remaining--;
        hold.held.push(respond);
        return;
      }
      respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiRoot,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    sent: (chatId) => calls.filter((c) => c.method === 'sendMessage' && Number(c.body.chat_id) === chatId).map((c) => c.body),
    failNext(method, count, error) {
      failures.push({ method, remaining: count, error });
    },
    holdNext(method, count) {
      const hold = { method, remaining: count, held: [] as Array<() => void>, released: false };
      holds.push(hold);
      return {
        release() {
          hold.released = true;
          for (const respond of hold.held.splice(0)) respond();
        },
      };
    },
    async waitFor(fn, timeoutMs = 5_000, what = 'condition') {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const v = fn();
        if (v) return v as NonNullable<typeof v>;
        if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------
// Updates

let updateId = 1;
let messageId = 10_000;

export interface UserOptions {
  userId?: number;
  chatId?: number;
  chatType?: 'private' | 'group' | 'supergroup';
  languageCode?: string;
}

function base(o: UserOptions) {
  const userId = o.userId ?? 1;
  const chatId = o.chatId ?? userId;
  const type = o.chatType ?? (chatId < 0 ? 'supergroup' : 'private');
  return {
    message_id: ++messageId,
    date: Math.floor(Date.now() / 1000),
    from: { id: userId, is_bot: false, first_name: 'User', language_code: o.languageCode ?? 'en' },
    chat: type === 'private' ? { id: chatId, type, first_name: 'User' } : { id: chatId, type, title: 'Group' },
  };
}

/** A text message; a leading /command gets its bot_command entity, @TestNameBot its mention entity. */
export function textUpdate(text: string, o: UserOptions & { extra?: object } = {}) {
  const entities: object[] = [];
  const cmd = /^\/\S+/.exec(text);
  if (cmd) entities.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  const at = text.indexOf('@TestNameBot');
  if (at >= 0 && !(cmd && at < cmd[0].length)) entities.push({ type: 'mention', offset: at, length: '@TestNameBot'.length });
  return { update_id: ++updateId, message: { ...base(o), text, ...(entities.length ? { entities } : {}), ...o.extra } };
}

/** A photo (or other media via `media`) with an optional caption. */
export function mediaUpdate(media: object, caption: string | undefined, o: UserOptions = {}) {
  const at = caption?.indexOf('@TestNameBot') ?? -1;
  const entities = at >= 0 ? [{ type: 'mention', offset: at, length: '@TestNameBot'.length }] : undefined;
  return { update_id: ++updateId, message: { ...base(o), ...media, ...(caption !== undefined ? { caption } : {}), ...(entities ? { caption_entities: entities } : {}) } };
}

export const PHOTO = { photo: [{ file_id: 'P1', file_unique_id: 'uP1', width: 90, height: 90 }] };
export const STICKER = { sticker: { file_id: 'S1', file_unique_id: 'uS1', width: 1, height: 1, is_animated: false, is_video: false, type: 'regular' } };

export function callbackUpdate(data: string, o: UserOptions & { messageId?: number } = {}) {
  const b = base(o);
  return {
    update_id: ++updateId,
    callback_query: { id: `cq${updateId}`, from: b.from, chat_instance: 'ci', data, message: { message_id: o.messageId ?? 1, date: b.date, chat: b.chat, text: 'x' } },
  };
}

export function inlineUpdate(query: string, o: UserOptions = {}) {
  const b = base(o);
  return { update_id: ++updateId, inline_query: { id: `iq${updateId}`, from: b.from, query, offset: '' } };
}
