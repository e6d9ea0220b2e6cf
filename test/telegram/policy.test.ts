import { describe, expect, it } from 'vitest';
import { AccessPolicy } from '../../src/telegram/policy/access.js';
import { RateLimiter } from '../../src/telegram/policy/limits.js';
import { ConversationStore, conversationKey } from '../../src/telegram/state/conversation.js';
import { newAnswerId } from '../../src/telegram/state/feedback-store.js';
import { feedbackData, parseExampleData, parseFeedbackData } from '../../src/telegram/presentation/keyboards.js';
import { LruMap } from '../../src/telegram/state/lru.js';
import { commandOf, groupQuestion, stripMentions } from '../../src/telegram/policy/addressing.js';
import { topicOf } from '../../src/telegram/context.js';
import { needsEarlierQuestion, smallTalkOf } from '../../src/telegram/features/smalltalk.js';
import { pickLocale } from '../../src/telegram/presentation/i18n.js';
import type { Message } from 'telegraf/types';

describe('AccessPolicy', () => {
  it('is open when both allowlists are empty', () => {
    const p = new AccessPolicy({ allowedChatIds: [], allowedUserIds: [], adminUserIds: [] });
    expect(p.open).toBe(true);
    expect(p.allows(123, 456)).toBe(true);
  });

  it('allows listed chats, listed users and admins only', () => {
    const p = new AccessPolicy({ allowedChatIds: [-100], allowedUserIds: [7], adminUserIds: [9] });
    expect(p.open).toBe(false);
    expect(p.allows(-100, 1)).toBe(true);
    expect(p.allows(5, 7)).toBe(true);
    expect(p.allows(5, 9)).toBe(true);
    expect(p.allows(5, 5)).toBe(false);
    expect(p.allows(undefined, 1)).toBe(false); // inline: no chat
    expect(p.isAdmin(9)).toBe(true);
    expect(p.isAdmin(7)).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows N per window, then frees up as the window slides', () => {
    let now = 0;
    const rl = new RateLimiter(2, 60_000, 100, () => now);
    expect(rl.take(1).ok).toBe(true);
    now = 10_000;
    expect(rl.take(1).ok).toBe(true);
    now = 20_000;
    expect(rl.take(1)).toEqual({ ok: false, retryAfterSec: 40 });
    expect(rl.take(2).ok).toBe(true); // other users unaffected
    now = 60_001;
    expect(rl.take(1).ok).toBe(true);
  });

  it('keeps bounded state', () => {
    const rl = new RateLimiter(1, 60_000, 50);
    for (let i = 0; i < 1000; i++) rl.take(i);
    expect(rl.size).toBe(50);
  });
});

describe('bounded stores', () => {
  it('LruMap evicts the least recently used key', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.get('a');
    m.set('c', 3);
    expect(m.has('a')).toBe(true);
    expect(m.has('b')).toBe(false);
  });

  it('ConversationStore keeps the last N turns per chat+thread and caps chats', () => {
    const s = new ConversationStore(2, 3);
    const k = conversationKey(1, 5);
    for (let i = 0; i < 5; i++) s.add(k, { question: `q${i}`, answer: `a${i}` });
    expect(s.history(k).map((t) => t.question)).toEqual(['q3', 'q4']);
    expect(s.history(conversationKey(1))).toEqual([]);
    for (let c = 2; c < 10; c++) s.add(conversationKey(c), { question: 'x', answer: 'y' });
    expect(s.size).toBe(3);
    expect(s.reset(conversationKey(9))).toBe(true);
    expect(new ConversationStore(0).history(k)).toEqual([]);
  });

  it('feedback and example callback data are short and parse back', () => {
    const id = newAnswerId();
    const data = feedbackData(id, 'down');
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parseFeedbackData(data)).toEqual({ answerId: id, vote: 'down' });
    expect(parseFeedbackData('fb:x:maybe')).toBeUndefined();
    expect(parseExampleData('ask:ru:1')?.question).toMatch(/John Deere/);
    expect(parseExampleData('ask:xx:1')).toBeUndefined();
    expect(parseExampleData('ask:en:99')).toBeUndefined();
  });
});

describe('addressing', () => {
  const bot = { id: 666, username: 'TestNameBot' };
  const msg = (text: string, extra: Partial<Message.TextMessage> = {}) =>
    ({ message_id: 10, date: 0, chat: { id: -1, type: 'group', title: 'g' }, text, ...extra }) as Message.TextMessage;

  it('reads commands from their entity, telling ours from other bots’', () => {
    const cmd = (text: string) => commandOf(text, [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }], bot);
    expect(cmd('/ask@TestNameBot  how many?')).toEqual({ name: 'ask', forUs: true });
    expect(cmd('/Sources')).toEqual({ name: 'sources', forUs: true });
    expect(cmd('/ask@OtherBot hi')).toEqual({ name: 'ask', forUs: false });
    expect(commandOf('hello /ask', [{ type: 'bot_command', offset: 6, length: 4 }], bot)).toBeUndefined();
  });

  it('strips mentions by entity and by text', () => {
    expect(stripMentions('@TestNameBot, how many locomotives?', [{ type: 'mention', offset: 0, length: 12 }], bot)).toEqual({
      text: 'how many locomotives?',
      mentioned: true,
    });
    expect(stripMentions('how many @testnamebot ?', undefined, bot).text).toBe('how many ?');
    expect(stripMentions('hi @TestNameBotFan', undefined, bot).mentioned).toBe(false);
  });

  it('answers in groups only when mentioned or replied to', () => {
    expect(groupQuestion(msg('just chatting'), bot)).toBeUndefined();
    expect(groupQuestion(msg('@TestNameBot what?'), bot)).toBe('what?');
    const reply = msg('and then?', { reply_to_message: { message_id: 3, date: 0, chat: { id: -1, type: 'group', title: 'g' }, from: { id: 666, is_bot: true, first_name: 'b' } } as never });
    expect(groupQuestion(reply, bot)).toBe('and then?');
    // In a forum topic the topic root is not a reply to the bot.
    const topicRoot = msg('hello', {
      is_topic_message: true,
      message_thread_id: 3,
      reply_to_message: { message_id: 3, date: 0, chat: { id: -1, type: 'group', title: 'g' }, from: { id: 666, is_bot: true, first_name: 'b' } } as never,
    });
    expect(groupQuestion(topicRoot, bot)).toBeUndefined();
    expect(topicOf({ is_topic_message: true, message_thread_id: 3 })).toBe(3);
    expect(topicOf({ message_thread_id: 3 })).toBeUndefined();
  });
});

describe('conversation sense', () => {
  it('tells small talk from questions', () => {
    for (const t of ['hi', 'Hello!', 'hey bot', 'good morning', 'Привет!', 'Здравствуйте', 'Сәлем', 'Здравейте', 'Szia!', 'Jó napot!']) expect(smallTalkOf(t), t).toBe('greeting');
    for (const t of ['thanks!', 'Thank you very much', 'спасибо большое', 'Рахмет', 'Благодаря', 'Köszönöm szépen', 'ok']) expect(smallTalkOf(t), t).toBe('thanks');
    for (const t of ['Who are you?', 'what can you do', 'Кто ты?', 'что ты умеешь', 'Сен кімсің?', 'Кой си ти?', 'Ki vagy?']) expect(smallTalkOf(t), t).toBe('who');
    for (const t of ['hi, how many locomotives from Wabtec?', 'How many locomotives?', 'Who signed the memorandum?', 'thanks, and what about Boeing?']) {
      expect(smallTalkOf(t), t).toBeUndefined();
    }
  });

  it('knows a follow-up that needs an earlier question', () => {
    for (const q of ['and when was it signed?', 'When was it signed?', 'И когда его подписали?', 'А сколько это стоит?', 'Who signed it?']) expect(needsEarlierQuestion(q), q).toBe(true);
    for (const q of ['How many locomotives from Wabtec?', 'And how much is the Wabtec contract worth?', 'When was the memorandum on critical minerals signed?', 'Hány mozdonyt szállít a Wabtec?']) {
      expect(needsEarlierQuestion(q), q).toBe(false);
    }
  });

  it('replies in the message’s language, falling back to the user’s for words that do not tell', () => {
    expect(pickLocale('Hány mozdonyt szállít a Wabtec?', 'en')).toBe('hu');
    expect(pickLocale('Сколько локомотивов поставит Wabtec?', 'en')).toBe('ru');
    expect(pickLocale('How many locomotives?', 'ru')).toBe('en');
    expect(pickLocale(undefined, 'kk-KZ')).toBe('kk');
    expect(pickLocale('👍', 'bg')).toBe('bg');
    expect(pickLocale('привет', 'ru')).toBe('ru');
    expect(pickLocale('здрасти', 'bg')).toBe('bg');
    expect(pickLocale(undefined, 'uk')).toBe('ru');
    expect(pickLocale(undefined, 'de')).toBe('en');
  });
});
