import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, log, setLogger } from '../../src/log.js';
import type { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import { PartialStreamer } from '../../src/telegram/transport/stream.js';
import { withRetryAfter } from '../../src/telegram/transport/api.js';
import { startTyping } from '../../src/telegram/transport/send.js';

const previous = log;
beforeAll(() => setLogger(createLogger('silent')));
afterAll(() => setLogger(previous));

/** A recording stand-in for the Bot API client (the streamer only needs sendMessage / editMessageText). */
function recorder(latencyMs = 50) {
  const calls: Array<{ method: string; at: number; text: string }> = [];
  const telegram = {
    async sendMessage(_chat: number, text: string) {
      calls.push({ method: 'send', at: Date.now(), text });
      await new Promise((r) => setTimeout(r, latencyMs));
      return { message_id: 42 };
    },
    async editMessageText(_chat: number, _id: number, _inline: undefined, text: string) {
      calls.push({ method: 'edit', at: Date.now(), text });
      await new Promise((r) => setTimeout(r, latencyMs));
      return true;
    },
  } as unknown as Telegram;
  return { telegram, calls };
}

describe('PartialStreamer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends once, then edits at most every 1.5 s, with the latest text', async () => {
    const { telegram, calls } = recorder(200);
    const s = new PartialStreamer(telegram, { chatId: 1 }, { intervalMs: 1_500 });
    let text = '';
    for (let i = 0; i < 50; i++) {
      text += `word${i} `;
      s.update(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    const id = await s.finish();
    expect(id).toBe(42);
    expect(calls[0]!.method).toBe('send');
    expect(calls.slice(1).every((c) => c.method === 'edit')).toBe(true);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(1_500);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.length).toBeLessThanOrEqual(4); // 5 s of streaming
    // no edit after finish
    await vi.advanceTimersByTimeAsync(5_000);
    const n = calls.length;
    s.update(text + 'late');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(n);
  });

  it('waits for about 40 characters or 1 s before the first message, never showing a lone word', async () => {
    const { telegram, calls } = recorder();
    const s = new PartialStreamer(telegram, { chatId: 1 });
    s.update('The');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(0);
    s.update('The agreement with Wabtec');
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[0]).toMatchObject({ method: 'send', text: 'The agreement with Wabtec' });
    const done = s.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(await done).toBe(42);

    const fast = recorder();
    const f = new PartialStreamer(fast.telegram, { chatId: 1 }, { render: (t) => t.toUpperCase() });
    f.update('Wabtec will supply 300 locomotives to Kazakhstan');
    await vi.advanceTimersByTimeAsync(0);
    expect(fast.calls[0]).toMatchObject({ method: 'send', text: 'WABTEC WILL SUPPLY 300 LOCOMOTIVES TO KAZAKHSTAN' });
    const fastDone = f.finish();
    await vi.advanceTimersByTimeAsync(100);
    await fastDone;
  });

  it('finish does not wait for the next edit slot', async () => {
    const { telegram, calls } = recorder(10);
    const s = new PartialStreamer(telegram, { chatId: 1 }, { intervalMs: 1_500 });
    s.update('x'.repeat(50));
    await vi.advanceTimersByTimeAsync(20);
    s.update('x'.repeat(80)); // would be edited in 1.5 s
    const done = s.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(await done).toBe(42);
    expect(calls.map((c) => c.method)).toEqual(['send']);
  });

  it('sends nothing for whitespace-only partials', async () => {
    const { telegram, calls } = recorder();
    const s = new PartialStreamer(telegram, { chatId: 1 });
    s.update('   ');
    expect(await s.finish()).toBeUndefined();
    expect(calls).toHaveLength(0);
  });
});

describe('withRetryAfter', () => {
  it('retries a 429 after retry_after, bounded, and passes other errors through', async () => {
    const waits: number[] = [];
    let n = 0;
    const tg = {
      async callApi(method: string) {
        n++;
        if (method === 'boom') throw new TelegramError({ error_code: 400, description: 'Bad Request' });
        throw new TelegramError({ error_code: 429, description: 'Too Many Requests: retry after 2', parameters: { retry_after: 2 } });
      },
    } as unknown as Telegram;
    withRetryAfter(tg, { maxAttempts: 3, sleep: async (ms) => void waits.push(ms) });
    await expect(tg.callApi('sendMessage' as never, {} as never)).rejects.toMatchObject({ code: 429 });
    expect(n).toBe(3);
    expect(waits).toEqual([2000, 2000]);
    n = 0;
    await expect(tg.callApi('boom' as never, {} as never)).rejects.toMatchObject({ code: 400 });
    expect(n).toBe(1);
    n = 0;
    await expect(tg.callApi('getUpdates', {} as never)).rejects.toMatchObject({ code: 429 });
    expect(n).toBe(1); // getUpdates outside the polling loop (telegraf's offset sync on stop) is not retried
  });
});

describe('startTyping', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends "typing" now and every 4 s until stopped; failures are swallowed', async () => {
    const calls: number[] = [];
    const telegram = {
      async sendChatAction() {
        calls.push(Date.now());
        if (calls.length === 2) throw new TelegramError({ error_code: 400, description: 'Bad Request: method is not supported' });
        return true;
      },
    } as unknown as Telegram;
    const stop = startTyping(telegram, { chatId: 1 });
    await vi.advanceTimersByTimeAsync(8_500);
    expect(calls).toHaveLength(3);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(3);
  });

  it('with a delay, sends nothing when stopped before it and starts after it otherwise', async () => {
    let calls = 0;
    const telegram = { sendChatAction: async () => (calls++, true) } as unknown as Telegram;
    const quick = startTyping(telegram, { chatId: 1 }, { delayMs: 300 });
    await vi.advanceTimersByTimeAsync(250);
    quick();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(0);
    const slow = startTyping(telegram, { chatId: 1 }, { delayMs: 300 });
    await vi.advanceTimersByTimeAsync(299);
    expect(calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(calls).toBe(2);
    slow();
  });
});
