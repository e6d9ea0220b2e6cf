import { describe, expect, it } from 'vitest';
import { AccessPolicy, RateLimiter } from '../../src/telegram/access.js';
import { ConversationStore, conversationKey } from '../../src/telegram/conversation.js';
import { feedbackData, FeedbackStore, parseFeedbackData } from '../../src/telegram/feedback.js';
import { LruMap } from '../../src/telegram/lru.js';
import { groupQuestion, parseCommand, stripMentions, topicOf } from '../../src/telegram/addressing.js';
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
  it('allows N per window, tells once, then frees up as the window slides', () => {
    let now = 0;
    const rl = new RateLimiter(2, 60_000, 100, () => now);
    expect(rl.take(1).ok).toBe(true);
    now = 10_000;
    expect(rl.take(1).ok).toBe(true);
    now = 20_000;
    const refused = rl.take(1);
    expect(refused).toEqual({ ok: false, retryAfterSec: 40, notify: true });
    expect(rl.take(1).notify).toBe(false); // no spam
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

  it('feedback callback data is short and parses back', () => {
    const store = new FeedbackStore(2);
    const id = store.remember({ question: 'q', answer: 'a [1]', files: ['a.txt'], answered: true, chatId: 1 });
    const data = feedbackData(id, 'down');
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parseFeedbackData(data)).toEqual({ answerId: id, vote: 'down' });
    expect(parseFeedbackData('fb:x:maybe')).toBeUndefined();
    store.remember({ question: 'q2', answer: '', files: [], answered: true, chatId: 1 });
    store.remember({ question: 'q3', answer: '', files: [], answered: true, chatId: 1 });
    expect(store.get(id)).toBeUndefined();
    expect(store.size).toBe(2);
  });
});

describe('addressing', () => {
  const bot = { id: 666, username: 'TestNameBot' };
  const msg = (text: string, extra: Partial<Message.TextMessage> = {}) =>
    ({ message_id: 10, date: 0, chat: { id: -1, type: 'group', title: 'g' }, text, ...extra }) as Message.TextMessage;

  it('parses commands, including /cmd@bot, and ignores other bots’ commands', () => {
    expect(parseCommand('/ask@TestNameBot  how many?', undefined, bot)).toEqual({ name: 'ask', args: 'how many?' });
    expect(parseCommand('/Sources', undefined, bot)).toEqual({ name: 'sources', args: '' });
    expect(parseCommand('/ask@OtherBot hi', undefined, bot)).toBeUndefined();
    expect(parseCommand('hello /ask', undefined, bot)).toBeUndefined();
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
