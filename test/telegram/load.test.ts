/**
 * Load through the real peers: many users asking at once, private chats and groups, offline and
 * with slow LLM answers mixed in. Every question must be answered exactly once, in its own chat,
 * and in order within each chat (the per-chat queue), with no crash; state stays bounded.
 *
 * How an answer is matched to its question: answers are deterministic per question (HISTORY_TURNS=0,
 * the pool's answers are pairwise different), so a warm-up asks each pool question once and every
 * chat's sequence of answers must equal the sequence of its questions' answers. In groups each
 * answer also replies to its question's message id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramBot } from '../../src/telegram/bot.js';
import { RateLimiter } from '../../src/telegram/policy/limits.js';
import { ConversationStore, conversationKey } from '../../src/telegram/state/conversation.js';
import { LruMap } from '../../src/telegram/state/lru.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { setupTelegramTest, type TelegramTestEnv } from '../support/telegram-bot.js';
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';

const OFFLINE = '600001:load-offline-SECRET';
const LLM = '600002:load-llm-SECRET';

/** Pairwise different answers (checked in the warm-up); five languages; one unanswerable. */
const POOL = [
  'How many locomotives from Wabtec?',
  'На какую сумму подписано соглашение с Wabtec?',
  'What is the total value of the agreements Kazakhstan concluded after the C5+1 summit?',
  'Where will Mars build its pet food plant?',
  'Кто подписал меморандум о критически важных минералах со стороны Казахстана?',
  'Колко американски компании посетиха Казахстан в началото на септември?',
  'Mikor szállítják a Boeing 787 Dreamliner gépeket Kazahsztánba?',
  'Since when has the Wabtec locomotive plant operated in Astana?',
  'What is the capital of Australia?',
];

const USERS = 50;
/** Users 41–50 ask in three groups (/ask@bot), the others in private chats. */
const GROUPS: Record<number, number> = { 41: -100501, 42: -100501, 43: -100501, 44: -100501, 45: -100502, 46: -100502, 47: -100502, 48: -100503, 49: -100503, 50: -100503 };
const questionFor = (user: number, i: number) => POOL[(user + i) % POOL.length]!;

const textOf = (m: StoredBotUpdate | undefined) => String(m?.message.text ?? '');

let t: TelegramTestEnv;
let ai: OpenAIServer;
let llmBot: TelegramBot | undefined;
let offlineBot: TelegramBot;

beforeAll(async () => {
  ai = await startOpenAIServer();
  t = await setupTelegramTest({ HISTORY_TURNS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
  // The LLM bot's deadline is far above any wait here: this test is about losing, misrouting or reordering
  // answers, and on a saturated machine a 9 s first-token limit would turn some into offline fallbacks.
  ({ bot: offlineBot } = await t.startBot(OFFLINE));
  ({ bot: llmBot } = await t.startLlmBot(LLM, ai.baseURL, { OPENAI_API_KEY: 'sk-test-load-KEY-0123456789', ANSWER_DEADLINE_MS: '60000' }));
});

afterAll(async () => {
  await t?.close();
  await ai?.close();
});

/** Asks every pool question once in a warm-up chat; returns question → answer text. */
async function warmUp(token: string, chat: number): Promise<Map<string, string>> {
  const client = t.emu.client(token, { userId: chat });
  const answers = new Map<string, string>();
  for (const [i, q] of POOL.entries()) {
    await client.sendMessage(client.makeMessage(q));
    const m = await t.emu.waitFor(() => t.emu.botMessages(token, chat).filter((x) => x.message.reply_markup)[i], 10_000, `warm-up answer ${i}`);
    answers.set(q, textOf(m));
  }
  expect(new Set(answers.values()).size).toBe(POOL.length); // pairwise different: an answer names its question
  return answers;
}

interface LoadFigures {
  questions: number;
  answered: number;
  durationMs: number;
  perSecond: number;
}

/**
 * Sends `perUser` questions from each of the 50 users (each user's in order, users in parallel),
 * waits for all answers, and checks count, chat, order and content. Returns the figures.
 */
async function runLoad(token: string, bot: TelegramBot, perUser: number, expected: Map<string, string>, timeoutMs: number): Promise<LoadFigures> {
  const finals = () => t.emu.server.storage.botMessages.filter((m) => m.botToken === token && m.message.reply_markup);
  const before = finals().length;
  const total = USERS * perUser;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, k) => {
      const user = k + 1;
      const group = GROUPS[user];
      const client = t.emu.client(token, group ? { userId: user, chatId: group, type: 'supergroup', chatTitle: `Group ${group}` } : { userId: user });
      for (let i = 0; i < perUser; i++) {
        const q = questionFor(user, i);
        if (group) await client.sendCommand(client.makeCommand(`/ask@TestNameBot ${q}`));
        else await client.sendMessage(client.makeMessage(q));
      }
    }),
  );
  const sentMs = Date.now() - started;
  await t.emu.waitFor(() => finals().length - before >= total, timeoutMs, `${total} answers`);
  const durationMs = Date.now() - started;
  // Every question was received and its work is done: nothing more can arrive (no sleeping and hoping).
  await t.emu.waitFor(() => bot.inFlight === 0, 10_000, 'all work done');

  // Exactly one message per question (answers fit one message), all final, none extra anywhere.
  const all = t.emu.server.storage.botMessages.filter((m) => m.botToken === token);
  expect(all.length - before).toBe(total);
  expect(finals().length - before).toBe(total);

  // Private chats: the answers' sequence is the questions' sequence.
  for (let user = 1; user <= USERS; user++) {
    if (GROUPS[user]) continue;
    const got = t.emu.botMessages(token, user).map(textOf);
    const want = Array.from({ length: perUser }, (_, i) => expected.get(questionFor(user, i))!);
    expect(got, `chat ${user}`).toEqual(want);
  }
  // Groups: each answer replies to its question, in the order the questions arrived.
  for (const group of new Set(Object.values(GROUPS))) {
    const asked = t.emu.server.storage.userMessages
      .flatMap((u) => ('message' in u && u.botToken === token ? [{ id: u.messageId, message: u.message as { chat: { id: number }; text?: string } }] : []))
      .filter((u) => Number(u.message.chat.id) === group)
      .map((u) => ({ id: u.id, text: String(u.message.text) }));
    expect(asked.length).toBe(perUser * Object.values(GROUPS).filter((g) => g === group).length);
    const answers = t.emu.botMessages(token, group);
    expect(answers.map((a) => (a.message.reply_parameters as { message_id: number }).message_id), `group ${group}`).toEqual(asked.map((a) => a.id));
    expect(answers.map(textOf), `group ${group}`).toEqual(asked.map((a) => expected.get(a.text.replace(/^\/ask@TestNameBot /, ''))));
  }
  const figures = { questions: total, answered: finals().length - before, durationMs, perSecond: Math.round(((finals().length - before) / durationMs) * 10_000) / 10 };
  console.log(`[load] ${token.split(':')[1]}: ${figures.answered}/${total} answered in ${durationMs} ms (${figures.perSecond}/s; all sent after ${sentMs} ms)`);
  return figures;
}

describe('load', () => {
  it('1,000 questions from 50 users (40 private chats, 3 groups), offline: none lost, right chat, right order, no crash', async () => {
    const expected = await warmUp(OFFLINE, 9_001);
    const figures = await runLoad(OFFLINE, offlineBot, 20, expected, 75_000);
    expect(figures.answered).toBe(1_000);
    expect(t.fatals).toHaveLength(0);
    expect(t.logs.filter((l) => l.level >= 50)).toEqual([]);
    expect(t.logsMatching(/Rate limit hit/)).toHaveLength(0);
    // Every queue drained.
    expect(offlineBot.inFlight).toBe(0);
  }, 90_000);

  it('LLM mode with slow answers mixed in (a third delayed 0.5–2 s): none lost, right chat, a slow answer never overtaken', async () => {
    let n = 0;
    let slow = false; // no delays during the warm-up
    let delayed = 0;
    ai.onChat((body) => {
      const prompt = JSON.stringify(body.messages ?? []);
      const k = POOL.findIndex((q) => prompt.includes(JSON.stringify(q).slice(1, -1)));
      const i = n++;
      const delayMs = slow && i % 3 === 0 ? 500 + ((i * 397) % 1_500) : 0;
      if (delayMs) delayed++;
      return { text: `Pool answer ${k} [1].\nQUOTES:\n[1] -\n`, delayMs };
    });
    const expected = await warmUp(LLM, 9_002);
    slow = true;
    const chatsBefore = ai.chatRequests().length;
    const figures = await runLoad(LLM, llmBot!, PER_USER_LLM, expected, 75_000);
    expect(figures.answered).toBe(USERS * PER_USER_LLM);
    expect(delayed).toBeGreaterThanOrEqual(50); // ~a third of the ~178 LLM calls were slow
    expect(ai.chatRequests().length - chatsBefore).toBeGreaterThanOrEqual(USERS * PER_USER_LLM * (8 / 9) - 1); // the unanswerable one skips the LLM
    expect(t.fatals).toHaveLength(0);
    expect(t.logs.filter((l) => l.level >= 50)).toEqual([]);
    expect(t.logsMatching(/LLM answer failed/)).toHaveLength(0);
    expect(llmBot!.inFlight).toBe(0);
  }, 90_000);
});

const PER_USER_LLM = 4;

describe('bounded state', () => {
  it('100,000 distinct chats and users: conversation history and rate limits stay at their caps', () => {
    const conversations = new ConversationStore(3);
    const limiter = new RateLimiter(10);
    const longQuestion = 'q'.repeat(5_000);
    const longAnswer = 'a'.repeat(10_000);
    for (let i = 0; i < 100_000; i++) {
      const id = 1_000_000 + i;
      conversations.add(conversationKey(id, i % 7 === 0 ? 5 : undefined), { question: longQuestion, answer: longAnswer });
      limiter.take(id);
    }
    expect(conversations.size).toBe(5_000);
    expect(limiter.size).toBe(10_000);
    // and each kept turn is trimmed
    const last = conversations.history(conversationKey(1_099_999));
    expect(last[0]!.question.length).toBeLessThanOrEqual(1_000);
    expect(last[0]!.answer.length).toBeLessThanOrEqual(2_000);
  });

  it('the O(1) LruMap behaves exactly like a reference LRU under random operations', () => {
    // Reference: a Map re-inserted on every touch (recency = insertion order).
    const ref = new Map<number, number>();
    const lru = new LruMap<number, number>(50);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    for (let i = 0; i < 20_000; i++) {
      const key = rand(120);
      const op = rand(4);
      if (op === 0) {
        expect(lru.get(key)).toBe(ref.get(key));
        if (ref.has(key)) {
          const v = ref.get(key)!;
          ref.delete(key);
          ref.set(key, v);
        }
      } else if (op === 1) {
        expect(lru.delete(key)).toBe(ref.delete(key));
      } else {
        lru.set(key, i);
        ref.delete(key);
        ref.set(key, i);
        while (ref.size > 50) ref.delete(ref.keys().next().value!);
      }
      expect(lru.size).toBe(ref.size);
      expect(lru.has(key)).toBe(ref.has(key));
    }
    for (const [k, v] of ref) expect(lru.get(k)).toBe(v);
  });
});
