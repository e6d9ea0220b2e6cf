/**
 * Self-test of the local OpenAI-compatible test peer: proves that @langchain/openai,
 * configured the way the product configures it, talks to it over real HTTP.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { cosine, embedText, startOpenAIServer, type OpenAIServer } from './support/openai-server.js';

let server: OpenAIServer;

beforeAll(async () => {
  server = await startOpenAIServer();
});

afterEach(() => {
  server.reset();
});

afterAll(async () => {
  await server.close();
});

function chat(opts: { timeout?: number } = {}): ChatOpenAI {
  return new ChatOpenAI({
    apiKey: 'test-key',
    model: 'gpt-4o-mini',
    temperature: 0,
    maxRetries: 0,
    timeout: opts.timeout ?? 5_000,
    configuration: { baseURL: server.baseURL },
  });
}

function embeddings(): OpenAIEmbeddings {
  return new OpenAIEmbeddings({
    apiKey: 'test-key',
    model: 'text-embedding-3-small',
    maxRetries: 0,
    timeout: 5_000,
    configuration: { baseURL: server.baseURL },
  });
}

async function fetchJson(path: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.baseURL}${path}`, init);
  return { status: res.status, body: await res.json() };
}

describe('local OpenAI-compatible server', () => {
  it('listens on 127.0.0.1 with a /v1 base URL', () => {
    expect(server.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('default handler answers OK', async () => {
    const res = await chat().invoke('hello');
    expect(res.content).toBe('OK');
  });

  it('invoke returns the scripted text, and the request is recorded with messages and auth', async () => {
    server.onChat(() => ({ text: 'Hello from the test server [1].' }));
    const res = await chat().invoke([
      new SystemMessage('Answer using the numbered sources.\n[1] Agreement on trade, 1992.'),
      new HumanMessage('When was the trade agreement signed?'),
    ]);
    expect(res.content).toBe('Hello from the test server [1].');
    expect(res.usage_metadata?.total_tokens).toBeGreaterThan(0);

    const reqs = server.chatRequests();
    expect(reqs).toHaveLength(1);
    const req = reqs[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer test-key');
    expect(req.body.model).toBe('gpt-4o-mini');
    expect(req.body.stream).toBeFalsy();
    expect(req.body.messages).toEqual([
      { role: 'system', content: 'Answer using the numbered sources.\n[1] Agreement on trade, 1992.' },
      { role: 'user', content: 'When was the trade agreement signed?' },
    ]);
  });

  it('handler sees the parsed request body', async () => {
    server.onChat((body) => ({ text: `echo: ${body.messages.at(-1).content}` }));
    const res = await chat().invoke('ping');
    expect(res.content).toBe('echo: ping');
  });

  it('.stream() yields several chunks that concatenate to the text', async () => {
    const text = 'The agreement was signed in Washington on 19 May 1992.';
    server.onChat(() => ({ text }));
    const pieces: string[] = [];
    for await (const chunk of await chat().stream('question')) {
      if (typeof chunk.content === 'string' && chunk.content.length > 0) pieces.push(chunk.content);
    }
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.join('')).toBe(text);
    const req = server.chatRequests()[0]!;
    expect(req.body.stream).toBe(true);
    expect(req.body.stream_options).toEqual({ include_usage: true });
  });

  it('.stream() splits even a short text into several chunks', async () => {
    const pieces: string[] = [];
    for await (const chunk of await chat().stream('q')) {
      if (typeof chunk.content === 'string' && chunk.content.length > 0) pieces.push(chunk.content);
    }
    expect(pieces).toEqual(['O', 'K']);
  });

  it('empty completion gives empty content', async () => {
    server.onChat(() => ({ empty: true }));
    const res = await chat().invoke('q');
    expect(res.content).toBe('');
  });

  it('delayMs answers after the delay', async () => {
    server.onChat(() => ({ delayMs: 200, text: 'late' }));
    const t0 = Date.now();
    const res = await chat().invoke('q');
    expect(res.content).toBe('late');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(180);
  });

  it('a 500 makes invoke reject', async () => {
    server.onChat(() => ({ status: 500 }));
    const err: any = await chat().invoke('q').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.status).toBe(500);
    expect(String(err.message)).toContain('500');
    expect(server.chatRequests()).toHaveLength(1); // maxRetries: 0 → no retry
  });

  it('a 429 rejects with a rate-limit error', async () => {
    server.onChat(() => ({ status: 429, retryAfter: 1 }));
    const err: any = await chat().invoke('q').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.status).toBe(429);
    expect(err.lc_error_code).toBe('MODEL_RATE_LIMIT');
    expect(err.headers?.get?.('retry-after')).toBe('1');
    expect(server.chatRequests()).toHaveLength(1);
  });

  it('a hang with timeout 300 ms rejects within ~1 s', async () => {
    server.onChat(() => ({ hang: true }));
    const t0 = Date.now();
    const err: any = await chat({ timeout: 300 }).invoke('q').catch((e: unknown) => e);
    const elapsed = Date.now() - t0;
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('TimeoutError');
    expect(String(err.message)).toMatch(/timed out/i);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('a hang while streaming with timeout 300 ms rejects within ~1 s', async () => {
    server.onChat(() => ({ hang: true }));
    const t0 = Date.now();
    const err: any = await (async () => {
      for await (const _ of await chat({ timeout: 300 }).stream('q')) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  it('stallAfterChunks delivers some chunks then stalls; an AbortSignal ends it', async () => {
    server.onChat(() => ({ text: 'one two three four', stallAfterChunks: 2 }));
    const controller = new AbortController();
    const pieces: string[] = [];
    const err: any = await (async () => {
      for await (const chunk of await chat().stream('q', { signal: controller.signal })) {
        if (typeof chunk.content === 'string' && chunk.content) pieces.push(chunk.content);
        if (pieces.length === 2) setTimeout(() => controller.abort(), 100);
      }
    })().catch((e: unknown) => e);
    expect(pieces).toEqual(['one ', 'two ']);
    expect(err).toBeInstanceOf(Error);
  });

  it('malformed JSON makes invoke reject', async () => {
    server.onChat(() => ({ malformed: true }));
    const err: any = await chat().invoke('q').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('SyntaxError');
  });

  it('malformed SSE makes stream reject', async () => {
    server.onChat(() => ({ malformed: true }));
    const err: any = await (async () => {
      for await (const _ of await chat().stream('q')) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
  });

  it('embedDocuments / embedQuery return deterministic unit vectors of the configured dim', async () => {
    const e = embeddings();
    const docs = [
      'Agreement between Kazakhstan and the United States on trade relations',
      'Trade relations agreement between the United States and Kazakhstan',
      'Weather forecast for tomorrow: sunny with light wind',
    ];
    const vecs = await e.embedDocuments(docs);
    expect(vecs).toHaveLength(3);
    for (const v of vecs) {
      expect(v).toHaveLength(64);
      expect(Math.hypot(...v)).toBeCloseTo(1, 4);
    }
    const q = await e.embedQuery('Kazakhstan United States trade agreement');
    expect(q).toHaveLength(64);
    // Deterministic and matches the exported helper (float32 precision over base64).
    expect(q[0]).toBeCloseTo(embedText('Kazakhstan United States trade agreement')[0]!, 5);
    // Similar texts are closer than unrelated ones.
    expect(cosine(vecs[0]!, vecs[1]!)).toBeGreaterThan(cosine(vecs[0]!, vecs[2]!));
    expect(cosine(q, vecs[0]!)).toBeGreaterThan(cosine(q, vecs[2]!));

    const reqs = server.embeddingRequests();
    expect(reqs).toHaveLength(2);
    expect(reqs[0]!.body.input).toEqual(docs);
    expect(reqs[1]!.body.input).toBe('Kazakhstan United States trade agreement');
    expect(reqs[0]!.headers.authorization).toBe('Bearer test-key');
    expect(reqs[0]!.body.encoding_format).toBe('base64'); // openai SDK default
  });

  it('embeddingDim is configurable', async () => {
    server.embeddingDim = 16;
    const v = await embeddings().embedQuery('hello world');
    expect(v).toHaveLength(16);
  });

  it('onEmbeddings can fail with a 500', async () => {
    server.onEmbeddings(() => ({ status: 500 }));
    const err: any = await embeddings().embedQuery('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.status).toBe(500);
  });

  it('supports float encoding, /v1/models and 404 for unknown paths (raw HTTP)', async () => {
    const emb = await fetchJson('/embeddings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', input: ['a b', 'c'], encoding_format: 'float' }),
    });
    expect(emb.status).toBe(200);
    expect(emb.body.data).toHaveLength(2);
    expect(emb.body.data[0].embedding).toHaveLength(64);
    expect(emb.body.usage.total_tokens).toBeGreaterThan(0);

    const models = await fetchJson('/models');
    expect(models.status).toBe(200);
    expect(models.body.object).toBe('list');
    expect(models.body.data.length).toBeGreaterThan(0);

    const missing = await fetchJson('/nope', { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/unknown route/i);
  });

  it('close() ends hanging requests and is idempotent', async () => {
    const other = await startOpenAIServer();
    other.onChat(() => ({ hang: true }));
    const model = new ChatOpenAI({
      apiKey: 'test-key',
      model: 'gpt-4o-mini',
      maxRetries: 0,
      timeout: 60_000,
      configuration: { baseURL: other.baseURL },
    });
    const pendingCall = model.invoke('q').catch((e: unknown) => e);
    await expect.poll(() => other.pendingCount()).toBe(1);
    const t0 = Date.now();
    await other.close();
    await other.close();
    const err = await pendingCall;
    expect(err).toBeInstanceOf(Error);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
