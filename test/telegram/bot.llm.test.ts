/**
 * LLM mode end to end: the real engine with its LLM pointed at the local OpenAI-compatible test
 * server, streaming a long answer into Telegram (first message, throttled edits, final formatted
 * edit split into several messages).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { setupTelegramTest, type TelegramTestEnv } from '../support/telegram-bot.js';
import { balancedHtml } from '../support/html.js';

const TOKEN = '200001:llm-token';
let ai: OpenAIServer;
let t: TelegramTestEnv;

beforeAll(async () => {
  ai = await startOpenAIServer();
  t = await setupTelegramTest({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: ai.baseURL, OPENAI_TIMEOUT_MS: '10000' });
  await t.startBot(TOKEN);
});

afterAll(async () => {
  await t?.close();
  await ai?.close();
});


describe('LLM mode', () => {
  it('streams a long answer: one message, edits at most every 1.5 s, then a final HTML edit split under 4096', async () => {
    const para = (i: number) => `Part ${i}: Wabtec will supply 300 locomotives <script>alert(${i})</script> & more [1]. ` + 'Details follow here. '.repeat(95);
    const answer = [para(1), para(2), para(3)].join('\n\n');
    const chunks = [para(1) + '\n\n', para(2) + '\n\n', para(3), '\nQUOTES:\n[1] документы предусматривают поставку в нашу страну 300 грузовых локомотивов\n'];
    ai.onChat((body) => (body.stream ? { text: chunks.join(''), chunks, chunkDelayMs: 700 } : { text: 'unused' }));
    // A partial edit answered with "message is not modified" must be ignored.
    t.emu.failNext('editMessageText', 1, { error_code: 400, description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same' }, { token: TOKEN, match: (b) => !b.parse_mode });

    const client = t.emu.client(TOKEN, { userId: 5 });
    await client.sendMessage(client.makeMessage('How many locomotives from Wabtec?'));
    await t.emu.waitFor(() => t.emu.botMessages(TOKEN, 5).some((m) => m.message.reply_markup), 15_000, 'the final answer');

    const sends = t.emu.callsOf('sendMessage', TOKEN);
    const edits = t.emu.callsOf('editMessageText', TOKEN);
    // first partial message: plain text, no parse mode
    expect(sends[0]!.body.parse_mode).toBeUndefined();
    expect(sends[0]!.body.text).toMatch(/^Part 1:/);
    expect(String(sends[0]!.body.text).length).toBeGreaterThanOrEqual(40); // never a lone first word
    const partialEdits = edits.filter((e) => !e.body.parse_mode);
    const finalEdits = edits.filter((e) => e.body.parse_mode === 'HTML');
    expect(partialEdits.length).toBeGreaterThanOrEqual(1);
    const times = [sends[0]!.time, ...partialEdits.map((e) => e.time)];
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_450);
    for (const e of partialEdits) expect(String(e.body.text).length).toBeLessThanOrEqual(4096);
    expect(finalEdits).toHaveLength(1);
    expect(finalEdits[0]!.body.message_id).toBe(t.emu.botMessages(TOKEN, 5)[0]!.messageId);

    const messages = t.emu.botMessages(TOKEN, 5);
    expect(messages.length).toBeGreaterThan(1); // ~6 KB answer → split
    for (const m of messages) {
      const text = String(m.message.text);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(m.message.parse_mode).toBe('HTML');
      expect(balancedHtml(text)).toBe(true);
      expect(text).not.toContain('<script>');
    }
    const all = messages.map((m) => String(m.message.text)).join('\n');
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more [1]');
    expect(all).toMatch(/<b>\[1\]<\/b> Zakon\.kz · 2025-09-22 · [^\n]+ · RU · 000_eb068ec50c8c6ca1\.txt\n<blockquote expandable>[^<]*300 грузовых локомотивов/);
    // buttons only under the last piece
    expect(messages.filter((m) => m.message.reply_markup).map((m) => m.messageId)).toEqual([messages.at(-1)!.messageId]);
    expect(answer.length).toBeGreaterThan(4096);
  });

  it('numbers markers while streaming as in the final edit, and puts the sources in right after the last token', async () => {
    const chunks = ['Wabtec', ' will supply 300 locomotives [3]', ' under a contract worth $4.2 billion [1]', ', signed in Washington [3][2].', '\nQUOTES:\n[1] 300 грузовых локомотивов\n'];
    let requestAt = 0;
    const CHUNK_MS = 600;
    ai.onChat((body) => {
      if (!body.stream) return { text: 'unused' };
      requestAt = Date.now();
      return { text: chunks.join(''), chunks, chunkDelayMs: CHUNK_MS };
    });
    const client = t.emu.client(TOKEN, { userId: 6 });
    await client.sendMessage(client.makeMessage('How many locomotives from Wabtec and for how much?'));
    await t.emu.waitFor(() => t.emu.botMessages(TOKEN, 6).some((m) => m.message.reply_markup), 15_000, 'the final answer');
    const edits = t.emu.callsOf('editMessageText', TOKEN).filter((e) => e.body.chat_id === 6);
    const first = t.emu.callsOf('sendMessage', TOKEN).find((c) => c.body.chat_id === 6)!;
    const streamed = [first, ...edits.filter((e) => !e.body.parse_mode)].map((c) => String(c.body.text));
    const final = edits.find((e) => e.body.parse_mode === 'HTML')!;
    const markers = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
    const finalLead = String(final.body.text).split('\n\n')[0]!;
    expect(streamed.some((p) => markers(p).length > 0)).toBe(true);
    for (const partial of streamed) {
      const seq = markers(partial);
      expect(markers(finalLead).slice(0, seq.length), partial).toEqual(seq);
    }
    // The last chunk left the server at about requestAt + chunks × CHUNK_MS; the sources follow at once
    // (the README's figure comes from this line; the bound here only guards against waiting for an edit slot).
    const afterLastToken = final.time - (requestAt + chunks.length * CHUNK_MS);
    console.log(`[stream] sources ${afterLastToken} ms after the last token`);
    expect(afterLastToken).toBeLessThan(1_200);
  });
});
