/**
 * A real, local OpenAI-compatible HTTP server for tests.
 *
 * Listens on 127.0.0.1 on a free port; point @langchain/openai at it with
 * `configuration: { baseURL: server.baseURL }`. Behaviour of the chat endpoint is
 * scripted per test with `server.onChat(handler)`; embeddings are deterministic
 * feature-hashed vectors (similar texts → similar vectors) unless overridden with
 * `server.onEmbeddings(handler)`.
 *
 * Notes on the client (openai SDK v6 under @langchain/openai 1.5.x):
 * - embeddings.create() sends `encoding_format: 'base64'` unless the caller sets one and
 *   expects little-endian Float32 bytes in base64; this server honours both 'base64' and 'float'.
 * - ChatOpenAI streams with `stream_options: { include_usage: true }` (streamUsage defaults
 *   to true); this server then sends a final usage chunk with `choices: []`.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as received by the server. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. '/v1/chat/completions'. */
  path: string;
  /** Parsed JSON body; the raw string if it was not JSON; undefined if there was no body. */
  body: any;
  /** Node's lower-cased header map, e.g. headers.authorization === 'Bearer test-key'. */
  headers: IncomingHttpHeaders;
}

/** What a chat handler may ask the server to do. */
export type ChatBehaviour =
  | {
      /** Normal completion. With `stream: true` requests it is sent as several SSE delta chunks. */
      text: string;
      /** Wait this long before answering (before the headers). */
      delayMs?: number;
      /** Streaming only: explicit content pieces (must concatenate to `text`). */
      chunks?: string[];
      /** Streaming only: pause between chunks. */
      chunkDelayMs?: number;
      /** Streaming only: send this many content chunks, then stall forever (no finish, no [DONE]). */
      stallAfterChunks?: number;
      /** finish_reason of the completion; default 'stop'. */
      finishReason?: string;
    }
  | { empty: true; delayMs?: number }
  | {
      /** HTTP error status with an OpenAI-style error JSON (or `body` verbatim). */
      status: number;
      body?: unknown;
      /** Sets a `retry-after` header (seconds), e.g. for 429. */
      retryAfter?: number;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  | { hang: true }
  | { malformed: true; delayMs?: number };

export type ChatHandler = (body: any, request: RecordedRequest) => ChatBehaviour | Promise<ChatBehaviour>;

/** What an embeddings handler may ask the server to do. Return undefined (or `{ embed: true }`) for the default deterministic vectors. */
export type EmbeddingsBehaviour =
  | { embed: true; delayMs?: number }
  | { vectors: number[][]; delayMs?: number }
  | { status: number; body?: unknown; retryAfter?: number; headers?: Record<string, string>; delayMs?: number }
  | { hang: true }
  | { malformed: true; delayMs?: number };

export type EmbeddingsHandler = (
  body: any,
  request: RecordedRequest,
) => EmbeddingsBehaviour | undefined | Promise<EmbeddingsBehaviour | undefined>;

export interface OpenAIServer {
  /** e.g. 'http://127.0.0.1:54321/v1' */
  readonly baseURL: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Dimension of default embeddings (a request's `dimensions` field takes precedence). Default 64. */
  embeddingDim: number;
  /** Replace the chat behaviour (default: `() => ({ text: 'OK' })`). */
  onChat(handler: ChatHandler): void;
  /** Replace the embeddings behaviour (default: deterministic vectors). */
  onEmbeddings(handler: EmbeddingsHandler): void;
  /** Requests to POST /v1/chat/completions. */
  chatRequests(): RecordedRequest[];
  /** Requests to POST /v1/embeddings. */
  embeddingRequests(): RecordedRequest[];
  /** Clear recorded requests and restore default handlers and embeddingDim. */
  reset(): void;
  /** Number of requests currently being held open (hang / stall / delay). */
  pendingCount(): number;
  /** Stop listening, destroy all connections (including hanging ones), clear timers. Idempotent. */
  close(): Promise<void>;
}

const DEFAULT_DIM = 64;
const defaultChat: ChatHandler = () => ({ text: 'OK' });
const defaultEmbeddings: EmbeddingsHandler = () => undefined;

// ---------------------------------------------------------------------------
// Deterministic embeddings

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Lower-cased word tokens (Unicode letters/digits). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Deterministic unit vector for `text`: feature hashing of its words (weight 1) and of
 * the character trigrams of each word (weight 0.3, so inflected forms stay close).
 * Texts sharing words get high cosine similarity; identical texts get identical vectors.
 */
export function embedText(text: string, dim: number = DEFAULT_DIM): number[] {
  const v = new Array<number>(dim).fill(0);
  const add = (feature: string, weight: number): void => {
    const h = fnv1a(feature);
    const idx = h % dim;
    const sign = (fnv1a(feature, 0x9e3779b9) & 1) === 0 ? 1 : -1;
    v[idx] = (v[idx] ?? 0) + sign * weight;
  };
  const words = tokenize(text);
  for (const w of words) {
    add(`w:${w}`, 1);
    const padded = `^${w}$`;
    for (let i = 0; i + 3 <= padded.length; i++) add(`t:${padded.slice(i, i + 3)}`, 0.3);
  }
  let norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  if (norm === 0) {
    // No words (empty / punctuation only): still return a deterministic unit vector.
    add(`raw:${text}`, 1);
    norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  }
  return v.map((x) => x / norm);
}

/** Cosine similarity helper for tests. */
export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function toBase64Float32(vec: number[]): string {
  const f = Float32Array.from(vec);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64');
}

function countTokens(s: string): number {
  return Math.max(1, Math.ceil(s.length / 4));
}

// ---------------------------------------------------------------------------
// Helpers

/** Split text into several pieces (≥3 when the text has ≥3 characters) that concatenate back to it. */
export function splitIntoChunks(text: string): string[] {
  if (text.length === 0) return [];
  let pieces: string[] = text.match(/\S+\s*|\s+/g) ?? [text];
  if (pieces.length < 3) {
    const n = Math.min(3, text.length);
    const chars = Array.from(text);
    const size = Math.ceil(chars.length / n);
    pieces = [];
    for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  }
  return pieces;
}

function messagesText(body: any): string {
  const msgs: unknown = body?.messages;
  if (!Array.isArray(msgs)) return '';
  return msgs
    .map((m: any) =>
      typeof m?.content === 'string'
        ? m.content
        : Array.isArray(m?.content)
          ? m.content.map((p: any) => (typeof p?.text === 'string' ? p.text : '')).join(' ')
          : '',
    )
    .join('\n');
}

function errorBody(status: number): unknown {
  const map: Record<number, { type: string; code: string | null; message: string }> = {
    400: { type: 'invalid_request_error', code: null, message: 'Bad request (test server).' },
    401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided (test server).' },
    404: { type: 'invalid_request_error', code: 'model_not_found', message: 'The model does not exist (test server).' },
    429: { type: 'requests', code: 'rate_limit_exceeded', message: 'Rate limit reached (test server).' },
  };
  const e = map[status] ?? {
    type: status >= 500 ? 'server_error' : 'invalid_request_error',
    code: null,
    message: `Test server error ${status}.`,
  };
  return { error: { message: e.message, type: e.type, param: null, code: e.code } };
}

// ---------------------------------------------------------------------------

export async function startOpenAIServer(): Promise<OpenAIServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const pending = new Set<ServerResponse>();
  let chatHandler: ChatHandler = defaultChat;
  let embeddingsHandler: EmbeddingsHandler = defaultEmbeddings;
  let closed = false;
  let idCounter = 0;

  /** Resolves after ms, or early (false) if the response was closed / server closed. */
  const sleep = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve(!res.destroyed);
      pending.add(res);
      const onClose = (): void => {
        clearTimeout(t);
        timers.delete(t);
        pending.delete(res);
        resolve(false);
      };
      const t = setTimeout(() => {
        timers.delete(t);
        pending.delete(res);
        res.off('close', onClose);
        resolve(!res.destroyed);
      }, ms);
      timers.add(t);
      res.once('close', onClose);
    });

  const hold = (res: ServerResponse): void => {
    // Never answer; the client aborts (timeout) or close() destroys the socket.
    pending.add(res);
    res.once('close', () => pending.delete(res));
  };

  const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    if (res.destroyed) return;
    const payload = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      ...headers,
    });
    res.end(payload);
  };

  const sendError = (
    res: ServerResponse,
    b: { status: number; body?: unknown; retryAfter?: number; headers?: Record<string, string> },
  ): void => {
    const headers: Record<string, string> = { ...(b.headers ?? {}) };
    if (b.retryAfter !== undefined) headers['retry-after'] = String(b.retryAfter);
    sendJson(res, b.status, b.body !== undefined ? b.body : errorBody(b.status), headers);
  };

  const sendMalformed = (res: ServerResponse, stream: boolean): void => {
    if (res.destroyed) return;
    if (stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.end('data: {"id": "chatcmpl-broken", "choices": [ {not json\n\n');
    } else {
      const payload = '{"id": "chatcmpl-broken", "object": "chat.completion", "choices": [ {not json';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    }
  };

  async function handleChat(req: RecordedRequest, res: ServerResponse): Promise<void> {
    const body = req.body ?? {};
    const behaviour = await chatHandler(body, req);
    if ('hang' in behaviour) return hold(res);
    const stream = body.stream === true;
    if ('delayMs' in behaviour && behaviour.delayMs && !(await sleep(behaviour.delayMs, res))) return;
    if ('status' in behaviour) return sendError(res, behaviour);
    if ('malformed' in behaviour) return sendMalformed(res, stream);

    const text = 'text' in behaviour ? behaviour.text : '';
    const finishReason = ('text' in behaviour && behaviour.finishReason) || 'stop';
    const model: string = typeof body.model === 'string' ? body.model : 'test-model';
    const id = `chatcmpl-test-${++idCounter}`;
    const created = Math.floor(Date.now() / 1000);
    const promptTokens = countTokens(messagesText(body));
    const completionTokens = text.length === 0 ? 0 : countTokens(text);
    const usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    };

    if (!stream) {
      return sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        system_fingerprint: 'fp_test',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: text, refusal: null },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage,
      });
    }

    // Server-Sent Events in the OpenAI chunk format.
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const base = { id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_test' };
    const write = (obj: unknown): void => {
      if (!res.destroyed) res.write(`data: ${JSON.stringify(obj)}\n\n`);
    };
    write({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] });
    const pieces = ('text' in behaviour && behaviour.chunks) || splitIntoChunks(text);
    const chunkDelay = ('text' in behaviour && behaviour.chunkDelayMs) || 0;
    const stallAfter = 'text' in behaviour ? behaviour.stallAfterChunks : undefined;
    let sent = 0;
    for (const piece of pieces) {
      if (stallAfter !== undefined && sent >= stallAfter) return hold(res);
      if (chunkDelay > 0 && !(await sleep(chunkDelay, res))) return;
      write({ ...base, choices: [{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }] });
      sent++;
    }
    if (stallAfter !== undefined && sent >= stallAfter && stallAfter < pieces.length) return hold(res);
    write({ ...base, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }] });
    if (body.stream_options?.include_usage === true) write({ ...base, choices: [], usage });
    if (!res.destroyed) res.end('data: [DONE]\n\n');
  }

  async function handleEmbeddings(req: RecordedRequest, res: ServerResponse): Promise<void> {
    const body = req.body ?? {};
    const behaviour = (await embeddingsHandler(body, req)) ?? { embed: true as const };
    if ('hang' in behaviour) return hold(res);
    if ('delayMs' in behaviour && behaviour.delayMs && !(await sleep(behaviour.delayMs, res))) return;
    if ('status' in behaviour) return sendError(res, behaviour);
    if ('malformed' in behaviour) return sendMalformed(res, false);

    const rawInput: unknown = body.input;
    let inputs: string[];
    if (typeof rawInput === 'string') inputs = [rawInput];
    else if (Array.isArray(rawInput) && rawInput.every((x) => typeof x === 'number')) inputs = [rawInput.join(' ')];
    else if (Array.isArray(rawInput))
      inputs = rawInput.map((x: unknown) => (typeof x === 'string' ? x : Array.isArray(x) ? x.join(' ') : String(x)));
    else return sendError(res, { status: 400, body: { error: { message: "'input' is required", type: 'invalid_request_error', param: 'input', code: null } } });

    const dim = typeof body.dimensions === 'number' && body.dimensions > 0 ? body.dimensions : server.embeddingDim;
    const vectors = 'vectors' in behaviour ? behaviour.vectors : inputs.map((t) => embedText(t, dim));
    const base64 = body.encoding_format === 'base64';
    const tokens = inputs.reduce((s, t) => s + countTokens(t), 0);
    sendJson(res, 200, {
      object: 'list',
      data: vectors.map((v, index) => ({ object: 'embedding', index, embedding: base64 ? toBase64Float32(v) : v })),
      model: typeof body.model === 'string' ? body.model : 'test-embedding-model',
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  const httpServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => {
      /* client went away */
    });
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = undefined;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const method = req.method ?? 'GET';
      const record: RecordedRequest = { method, path, body, headers: req.headers };
      requests.push(record);

      const route = async (): Promise<void> => {
        if (method === 'POST' && path === '/v1/chat/completions') return handleChat(record, res);
        if (method === 'POST' && path === '/v1/embeddings') return handleEmbeddings(record, res);
        if (method === 'GET' && path === '/v1/models') {
          const created = 1_700_000_000;
          return sendJson(res, 200, {
            object: 'list',
            data: ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small'].map((id) => ({
              id,
              object: 'model',
              created,
              owned_by: 'test-server',
            })),
          });
        }
        return sendJson(res, 404, {
          error: { message: `Unknown route ${method} ${path} (test server).`, type: 'invalid_request_error', param: null, code: 'not_found' },
        });
      };
      route().catch((err: unknown) => {
        // A throwing handler is a test bug; surface it as a 500 so the test sees something.
        if (!res.headersSent) sendJson(res, 500, { error: { message: `test server handler threw: ${String(err)}`, type: 'server_error', param: null, code: null } });
        else if (!res.destroyed) res.destroy();
      });
    });
  });

  httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;

  const server: OpenAIServer = {
    baseURL: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    embeddingDim: DEFAULT_DIM,
    onChat(handler) {
      chatHandler = handler;
    },
    onEmbeddings(handler) {
      embeddingsHandler = handler;
    },
    chatRequests() {
      return requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
    },
    embeddingRequests() {
      return requests.filter((r) => r.method === 'POST' && r.path === '/v1/embeddings');
    },
    reset() {
      requests.length = 0;
      chatHandler = defaultChat;
      embeddingsHandler = defaultEmbeddings;
      server.embeddingDim = DEFAULT_DIM;
    },
    pendingCount() {
      return pending.size;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      const done = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      for (const s of sockets) s.destroy();
      sockets.clear();
      pending.clear();
      await done;
    },
  };
  return server;
}
