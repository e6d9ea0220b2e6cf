/**
 * The injected clients, with @langchain/core's fake chat model and embeddings where the HTTP path adds
 * nothing (test/faults.test.ts and test/llm.test.ts prove the real HTTP paths): the engine answers
 * with whatever model it is given, the first-token limit and the caller's deadline end a completion,
 * the rewrite gives up when its signal fires, and the question-time embedder's circuit breaker.
 */
import { Embeddings } from '@langchain/core/embeddings';
import { FakeEmbeddings, FakeListChatModel, FakeStreamingChatModel } from '@langchain/core/utils/testing';
import { AIMessage } from '@langchain/core/messages';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadline } from '../src/abort.js';
import { offlineClients } from '../src/answer/clients.js';
import { createEngine } from '../src/answer/engine.js';
import { createLlmAnswerer } from '../src/answer/llm.js';
import { Metrics } from '../src/metrics.js';
import { QueryEmbedder } from '../src/search/embeddings.js';
import type { Hit } from '../src/search/retriever.js';
import { makeWorkspace } from './support/workspace.js';

const hit: Hit = {
  chunk: { id: 'a#0', file: 'a.txt', lang: 'en', title: 'A', text: 'Wabtec will supply 300 locomotives to Kazakhstan.', start: 0, end: 50 } as Hit['chunk'],
  score: 1,
  coverage: 1,
};
/** A caller's signal that aborts after `ms` (a plain controller: see src/abort.ts for why). */
function abortIn(ms: number): AbortSignal {
  const c = new AbortController();
  setTimeout(() => c.abort(new Error('caller gave up')), ms);
  return c.signal;
}

const input = { question: 'How many locomotives?', language: 'en' as const, hits: [hit], history: [] };

describe('the LLM answerer over an injected chat model', () => {
  it('answers with the model it is given', async () => {
    const llm = createLlmAnswerer(new FakeListChatModel({ responses: ['300 locomotives [1].\nQUOTES:\n[1] "300 locomotives"'] }), { firstTokenMs: 1_000 });
    const outcome = await llm.answer(input);
    expect(outcome).toMatchObject({ ok: true, result: { mode: 'llm', answer: '300 locomotives [1].' } });
  });

  it('gives up when the first token is later than its limit', async () => {
    const slow = new FakeStreamingChatModel({ sleep: 2_000, responses: [new AIMessage('300 [1].')] });
    const outcome = await createLlmAnswerer(slow, { firstTokenMs: 50 }).answer(input);
    expect(outcome).toMatchObject({ ok: false, failure: 'first-token' });
  });

  it("stops when the question's signal fires, and says so", async () => {
    const slow = new FakeStreamingChatModel({ sleep: 2_000, responses: [new AIMessage('300 [1].')] });
    const outcome = await createLlmAnswerer(slow, { firstTokenMs: 5_000 }).answer({ ...input, signal: abortIn(50) });
    expect(outcome).toMatchObject({ ok: false, failure: 'deadline' });
  });

  it('calls an output that cites nothing invalid', async () => {
    const outcome = await createLlmAnswerer(new FakeListChatModel({ responses: ['Three hundred.'] }), { firstTokenMs: 1_000 }).answer(input);
    expect(outcome).toMatchObject({ ok: false, failure: 'invalid' });
  });

  it('rewrites a follow-up, and gives up (undefined) when its signal fires', async () => {
    const history = [{ question: 'How many locomotives from Wabtec?', answer: '300' }];
    const quick = createLlmAnswerer(new FakeListChatModel({ responses: ['What is the Wabtec deal worth?'] }), { firstTokenMs: 1_000 });
    await expect(quick.rewrite('And its value?', history)).resolves.toBe('What is the Wabtec deal worth?');
    const slow = createLlmAnswerer(new FakeListChatModel({ responses: ['late'], sleep: 2_000 }), { firstTokenMs: 1_000 });
    await expect(slow.rewrite('And its value?', history, abortIn(50))).resolves.toBeUndefined();
  });
});

describe('the engine with injected clients', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace();
  });
  afterAll(() => ws.cleanup());

  it('uses the injected chat model for answers and the fallback note when it gives nothing usable', async () => {
    const metrics = new Metrics();
    const answering = await createEngine(ws.config, { clients: { ...offlineClients(), chat: new FakeListChatModel({ responses: ['Wabtec: 300 [1].'] }) }, events: metrics });
    expect(answering.describe().llm).toBe(true);
    await expect(answering.ask('How many locomotives from Wabtec?')).resolves.toMatchObject({ mode: 'llm', answered: true, answer: 'Wabtec: 300 [1].' });

    const empty = await createEngine(ws.config, { clients: { ...offlineClients(), chat: new FakeListChatModel({ responses: [''] }) }, events: metrics });
    const result = await empty.ask('How many locomotives from Wabtec?');
    expect(result).toMatchObject({ mode: 'extractive', answered: true, fallback: 'invalid' });
    expect(result.note).toMatch(/offline answer/);
    expect(await metrics.render()).toMatch(/kzbot_llm_failures_total\{stage="answer",reason="invalid"\} 1/);
  });
});

/** An embeddings endpoint stand-in whose behaviour the test switches. */
class SwitchableEmbeddings extends Embeddings {
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  calls = 0;
  private readonly inner = new FakeEmbeddings();
  constructor() {
    super({});
  }
  async embedDocuments(texts: string[]) {
    return this.inner.embedDocuments(texts);
  }
  async embedQuery(text: string): Promise<number[]> {
    this.calls++;
    if (this.mode === 'fail') throw new Error('500 from the endpoint');
    if (this.mode === 'hang') return new Promise(() => undefined);
    return this.inner.embedQuery(text);
  }
}

describe('the question-time embedder', () => {
  it('waits no longer than its limit, opens after repeated failures, and closes after a good probe', async () => {
    let now = 0;
    const outcomes: string[] = [];
    const endpoint = new SwitchableEmbeddings();
    const embedder = new QueryEmbedder(endpoint, { timeoutMs: 50, failureThreshold: 2, openMs: 1_000, now: () => now, onOutcome: (o) => outcomes.push(o) });

    await expect(embedder.embed('q')).resolves.toHaveLength(4);
    endpoint.mode = 'hang';
    await expect(embedder.embed('q')).rejects.toThrow(/50 ms/);
    endpoint.mode = 'fail';
    await expect(embedder.embed('q')).rejects.toThrow(/500/);
    expect(embedder.open).toBe(true);
    await expect(embedder.embed('q')).resolves.toBeUndefined(); // skipped: no call
    expect(endpoint.calls).toBe(3);

    now += 1_000; // the breaker lets one question try again; a failed probe re-opens it at once
    await expect(embedder.embed('q')).rejects.toThrow();
    expect(embedder.open).toBe(true);
    now += 1_000;
    endpoint.mode = 'ok';
    await expect(embedder.embed('q')).resolves.toHaveLength(4);
    expect(embedder.open).toBe(false);
    expect(outcomes).toEqual(['ok', 'timeout', 'error', 'skipped', 'error', 'ok']);
  });

  it("does not count the caller's own abort against the endpoint", async () => {
    const endpoint = new SwitchableEmbeddings();
    endpoint.mode = 'hang';
    const embedder = new QueryEmbedder(endpoint, { timeoutMs: 5_000, failureThreshold: 1 });
    await expect(embedder.embed('q', abortIn(20))).resolves.toBeUndefined();
    expect(embedder.open).toBe(false);
  });
});

describe('deadlines', () => {
  it('tell their own timeout from a parent abort, and unlink on dispose', async () => {
    const own = deadline(10, [], 'too slow');
    await new Promise((resolve) => own.signal.addEventListener('abort', resolve));
    expect(own.timedOut).toBe(true);
    expect((own.signal.reason as Error).name).toBe('TimeoutError');

    const parent = new AbortController();
    const child = deadline(10_000, [parent.signal]);
    child.clearTimer(); // e.g. the first token came: the parent still counts
    parent.abort(new Error('shutdown'));
    expect(child.signal.aborted).toBe(true);
    expect(child.timedOut).toBe(false);
    expect((child.signal.reason as Error).message).toBe('shutdown');

    const other = new AbortController();
    const done = deadline(10_000, [other.signal]);
    done.dispose();
    other.abort();
    expect(done.signal.aborted).toBe(false);
  });

  it('fire under garbage collection, where AbortSignal.any with AbortSignal.timeout does not (Node 20)', async () => {
    const script = `
      import { deadline } from ${JSON.stringify(new URL('../src/abort.ts', import.meta.url).href)};
      const parent = new AbortController();
      let fired = 0;
      for (let i = 0; i < 10; i++) deadline(50, [parent.signal]).signal.addEventListener('abort', () => fired++);
      const gc = setInterval(() => globalThis.gc(), 5);
      setTimeout(() => { clearInterval(gc); console.log(fired); }, 300);`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { timeout: 30_000 });
    expect(Number(stdout.trim())).toBe(10);
  });
});
