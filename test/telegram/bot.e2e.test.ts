/**
 * The Telegram bot end to end: real engine (offline mode) on a temp copy of the seeds, real
 * telegraf, the telegram-test-api Bot API emulator behind the proxy from test/support.
 * Long polling throughout, plus one bot in webhook mode at the end.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Turn } from '../../src/answer/types.js';

import { Metrics } from '../../src/metrics.js';
import type { TelegramBot } from '../../src/telegram/bot.js';
import { metricsEvents } from '../../src/telegram/events.js';
import { freePort } from '../support/telegram-emulator.js';
import { EMULATOR_BOT, mentionEntity, setupTelegramTest, type TelegramTestEnv } from '../support/telegram-bot.js';
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';

const MAIN = '100001:main-token';
const textOf = (m: StoredBotUpdate | undefined) => String(m?.message.text ?? '');

let t: TelegramTestEnv;
const histories: Array<{ question: string; history: Turn[] }> = [];

beforeAll(async () => {
  t = await setupTelegramTest();
  // Observe (not replace) the real engine's ask to see the history each question carries.
  const realAsk = t.engine.ask.bind(t.engine);
  t.engine.ask = (question, options) => {
    histories.push({ question, history: [...(options?.history ?? [])] });
    return realAsk(question, options);
  };
  await t.startBot(MAIN, { ADMIN_USER_IDS: '7', HISTORY_TURNS: '3' });
});

afterAll(async () => {
  await t?.close();
});

/** Sends a private text message from `userId` and waits for the bot's n-th new message in that chat. */
const askPrivately = (userId: number, text: string, token = MAIN): Promise<StoredBotUpdate> => t.askPrivately(token, userId, text);

describe('start-up', () => {
  it('registers the command menu in five languages and logs a one-line summary', () => {
    const cmds = t.emu.callsOf('setMyCommands', MAIN);
    expect(cmds.map((c) => c.body.language_code ?? 'default').sort()).toEqual(['bg', 'default', 'hu', 'kk', 'ru']);
    const en = cmds.find((c) => !c.body.language_code);
    const ru = cmds.find((c) => c.body.language_code === 'ru');
    expect(en?.body.commands.map((c: { command: string }) => c.command)).toEqual(['ask', 'sources', 'source', 'new', 'help', 'start']);
    expect(ru?.body.commands[0].description).toMatch(/Задать вопрос/);
    const summary = t.logsMatching(/started \(polling\)/);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ bot: '@TestNameBot', mode: 'polling', llm: false, documents: 5 });
    expect(summary[0]!.msg).toMatch(/embedder .+, LLM not configured .*5 documents, \d+ chunks/);
    // both allowlists empty → warned at start
    expect(t.logsMatching(/answers anyone/, 40).length).toBeGreaterThan(0);
  });

  it('treats a failing setMyCommands as a warning only (sendChatAction: see hardening.test.ts)', async () => {
    const token = '100004:cosmetic';
    const err = { error_code: 400, description: 'Bad Request: not today' };
    t.emu.failNext('setMyCommands', 5, err, { token });
    await t.startBot(token);
    expect(t.logsMatching(/setMyCommands failed/, 40)).toHaveLength(5);
    const reply = await askPrivately(21, 'How many locomotives from Wabtec?', token);
    expect(textOf(reply)).toContain('300');
    expect(t.fatals).toHaveLength(0);
  });
});

describe('private chat', () => {
  it('answers a question with the answer, cited file and language, sources and feedback buttons', async () => {
    const reply = await askPrivately(11, 'How many locomotives from Wabtec?');
    const text = textOf(reply);
    expect(text).toContain('300');
    expect(text).toMatch(/Zakon\.kz · 2025-09-22 · [^\n]+ · RU · 000_eb068ec50c8c6ca1\.txt/);
    expect(text).toMatch(/Fakti\.bg · 2025-09-22 · [^\n]+ · BG · 001_4cfb89643a93a4ac\.txt/);
    expect(text).toMatch(/<blockquote expandable>[^<]+<\/blockquote>/);
    expect(reply.message.parse_mode).toBe('HTML');
    const kb = (reply.message.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
    expect(kb[0]!.map((b) => b.text)).toEqual(['👍', '👎']);
    for (const b of kb[0]!) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    // An offline answer is sent long before a "typing…" indicator would be worth a Bot API call.
    expect(t.emu.callsOf('sendChatAction', MAIN).some((c) => c.body.chat_id === 11)).toBe(false);
  });

  it('stores a feedback press in the SQLite database (the answer, its chat, language and files; no question text) and acknowledges it', async () => {
    const reply = await askPrivately(12, 'На какую сумму подписано соглашение с Wabtec?');
    const kb = (reply.message.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard;
    const down = kb[0]![1]!.callback_data;
    const client = t.emu.client(MAIN, { userId: 12 });
    await client.sendCallback(client.makeCallbackQuery(down, { message: { message_id: reply.messageId } }));
    await t.emu.waitFor(
      () => t.emu.callsOf('answerCallbackQuery', MAIN).length > 0 && t.emu.callsOf('editMessageReplyMarkup', MAIN).length > 0,
      5000,
      'callback handling',
    );
    // Read by a second connection, as an operator would (WAL: the bot keeps its own open).
    const db = new Database(t.baseEnv.FEEDBACK_DB!, { readonly: true });
    try {
      const answerId = down.split(':')[1];
      const answer = db.prepare('SELECT * FROM answers WHERE id = ?').get(answerId) as Record<string, unknown>;
      expect(answer).toMatchObject({ chat_id: 12, lang: 'ru', mode: 'extractive', answered: 1, fallback: 0 });
      expect(JSON.parse(String(answer.files)).length).toBeGreaterThan(0);
      expect(Number(answer.at)).toBeGreaterThan(Date.now() - 60_000);
      expect(JSON.stringify(answer)).not.toContain('Wabtec'); // the question text is not stored
      expect(db.prepare('SELECT user_id, vote FROM votes WHERE answer_id = ?').all(answerId)).toEqual([{ user_id: 12, vote: -1 }]);
    } finally {
      db.close();
    }
    expect(t.emu.callsOf('answerCallbackQuery', MAIN)[0]!.body.text).toMatch(/Thanks/);
    expect(JSON.stringify(t.emu.callsOf('editMessageReplyMarkup', MAIN)[0]!.body.reply_markup)).toContain('👎 ✓');
  });

  it('escapes HTML from the user everywhere it comes back', async () => {
    const reply = await askPrivately(13, '<b>Wabtec</b> <script>alert(1)</script> locomotives?');
    expect(textOf(reply)).not.toMatch(/<script|<b>Wabtec/);
    expect(reply.message.parse_mode).toBe('HTML');
    const echo = await askPrivately(13, '/source <script>alert(1)</script>');
    expect(textOf(echo)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(textOf(echo)).not.toContain('<script>');
  });

  it('gives a one-line hint for non-text messages', async () => {
    const client = t.emu.client(MAIN, { userId: 14 });
    const sticker = client.makeMessage(undefined as unknown as string, { sticker: { file_id: 'S1', file_unique_id: 'uS1', width: 1, height: 1, is_animated: false, is_video: false, type: 'regular' } } as never);
    await client.sendMessage(sticker);
    const reply = await t.emu.waitFor(() => t.emu.botMessages(MAIN, 14)[0]);
    expect(textOf(reply)).toMatch(/only understand text questions/);
    expect(textOf(reply).split('\n')).toHaveLength(1);
  });
});

describe('commands', () => {
  it('/start and /help explain what the bot knows and how to ask, also in groups', async () => {
    expect(textOf(await askPrivately(15, '/start'))).toMatch(/Kazakhstan–US agreements from 5 news articles/);
    const help = textOf(await askPrivately(15, '/help'));
    expect(help).toMatch(/5 news articles/);
    expect(help).toMatch(/Russian, Bulgarian, Hungarian/);
    expect(help).toMatch(/In a group, mention me \(@TestNameBot/);
    expect(help).toContain('/ask');
  });

  it('/sources lists every document with file, language, title, date and chunks', async () => {
    const text = textOf(await askPrivately(16, '/sources'));
    for (const d of t.engine.documents()) {
      expect(text).toContain(d.file);
      expect(text).toContain(`${d.lang.toUpperCase()}`);
      expect(text).toContain(`${d.chunks} chunks`);
    }
    expect(text).toContain('2025-09-22');
    expect(text).toContain('Казахстан подписал соглашение');
  });

  it('/source shows metadata and the opening; clear messages for missing and garbage arguments', async () => {
    const one = textOf(await askPrivately(17, '/source 1'));
    expect(one).toContain('000_eb068ec50c8c6ca1.txt');
    expect(one).toMatch(/Language: RU/);
    expect(one).toMatch(/Date: 2025-09-22/);
    expect(one).toMatch(/Opening:<\/b>\n<blockquote>Политика/);
    const byName = textOf(await askPrivately(17, '/source 001_4cfb89643a93a4ac.txt'));
    expect(byName).toMatch(/Language: BG/);
    expect(textOf(await askPrivately(17, '/source'))).toMatch(/Name a document/);
    expect(textOf(await askPrivately(17, '/source 99'))).toMatch(/No document matches “99”.*1 to \d+/);
    expect(textOf(await askPrivately(17, '/source ../../etc/passwd'))).toMatch(/No document matches/);
  });

  it('/new forgets the history of this chat (follow-ups carry the last turns until then)', async () => {
    histories.length = 0;
    await askPrivately(18, 'How many locomotives from Wabtec?');
    await askPrivately(18, 'And how much is the contract worth?');
    expect(histories.map((h) => h.history.length)).toEqual([0, 1]);
    expect(histories[1]!.history[0]!.question).toBe('How many locomotives from Wabtec?');
    expect(textOf(await askPrivately(18, '/new'))).toMatch(/Starting over/);
    await askPrivately(18, 'Who signed the memorandum?');
    expect(histories[2]!.history).toEqual([]);
  });
});

describe('groups', () => {
  const GROUP = -1001234;
  const group = (userId = 31) =>
    t.emu.client(MAIN, { userId, chatId: GROUP, type: 'supergroup', chatTitle: 'KZ-US' });

  it('stays silent unless mentioned, replied to or asked with /ask; replies to the triggering message', async () => {
    const client = group();
    await client.sendMessage(client.makeMessage('Wabtec locomotives are nice, right?'));
    const q = '@TestNameBot how many locomotives from Wabtec?';
    await client.sendMessage(client.makeMessage(q, { entities: [mentionEntity(q)] } as never));
    const reply = await t.emu.waitFor(() => t.emu.botMessages(MAIN, GROUP)[0], 8000, 'group reply');
    expect(textOf(reply)).toContain('300');
    const triggerId = t.emu.userMessageId(MAIN, q);
    expect(reply.message.reply_parameters).toMatchObject({ message_id: triggerId });
    expect(t.emu.botMessages(MAIN, GROUP)).toHaveLength(1); // the unaddressed message before it got nothing
    // the mention is stripped from the question
    expect(histories.some((h) => h.question === 'how many locomotives from Wabtec?')).toBe(true);
  });

  it('answers a reply to its own message and /ask@bot, in the same forum topic', async () => {
    const client = group(32);
    const first = t.emu.botMessages(MAIN, GROUP)[0]!;
    const followUp = 'What is the total value of the agreements?';
    await client.sendMessage(
      client.makeMessage(followUp, {
        is_topic_message: true,
        message_thread_id: 77,
        reply_to_message: { message_id: first.messageId, date: 0, chat: { id: GROUP, type: 'supergroup', title: 'KZ-US' }, from: { id: EMULATOR_BOT.id, is_bot: true, first_name: 'Bot' } },
      } as never),
    );
    const r1 = await t.emu.waitFor(() => t.emu.botMessages(MAIN, GROUP)[1], 8000, 'reply to a reply');
    expect(r1.message.message_thread_id).toBe(77);
    expect(r1.message.reply_parameters).toMatchObject({ message_id: t.emu.userMessageId(MAIN, followUp) });

    const ask = '/ask@TestNameBot Who signed the memorandum on critical minerals?';
    await client.sendCommand(client.makeCommand(ask, { is_topic_message: true, message_thread_id: 78 } as never));
    const r2 = await t.emu.waitFor(() => t.emu.botMessages(MAIN, GROUP)[2], 8000, '/ask reply');
    expect(r2.message.message_thread_id).toBe(78);
    expect(r2.message.parse_mode).toBe('HTML');
    // A bare mention gets a hint.
    const bare = '@TestNameBot';
    await client.sendMessage(client.makeMessage(bare, { entities: [mentionEntity(bare)] } as never));
    const hint = await t.emu.waitFor(() => t.emu.botMessages(MAIN, GROUP)[3], 8000, 'hint');
    expect(textOf(hint)).toMatch(/Ask me something/);
    // Another bot's command and non-text in a group: silence. A probe after them proves the bot is alive
    // (replies in a chat keep the messages' order, so anything for them would have come first).
    await client.sendCommand(client.makeCommand('/ask@OtherBot hello'));
    await client.sendMessage(client.makeMessage(undefined as unknown as string, { sticker: { file_id: 'S' } } as never));
    await client.sendCommand(client.makeCommand('/sources'));
    const probe = await t.emu.waitFor(() => t.emu.botMessages(MAIN, GROUP)[4], 8000, 'probe reply');
    expect(textOf(probe)).toMatch(/Documents/);
    expect(t.emu.botMessages(MAIN, GROUP)).toHaveLength(5);
  });
});

describe('inline mode', () => {
  it('answers @bot words with up to 10 quotes titled by outlet, date and language, sending the escaped quote with its citation', async () => {
    const id = `iq-${Date.now()}`;
    t.emu.injectUpdate(MAIN, { inline_query: { id, from: { id: 41, is_bot: false, first_name: 'I' }, query: 'Boeing Dreamliner', offset: '', chat_type: 'sender' } });
    const call = await t.emu.waitFor(() => t.emu.callsOf('answerInlineQuery', MAIN).find((c) => c.body.inline_query_id === id));
    const results = call.body.results as Array<any>;
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0].title).toMatch(/^Az Egyesült Államok.* · HU$/);
    expect(results[0].description).toMatch(/Boeing/);
    expect(results[0].input_message_content.parse_mode).toBe('HTML');
    expect(results[0].input_message_content.message_text).toMatch(/^<blockquote>.*Boeing.*<\/blockquote>\n— .* · HU · 002_ab23ecd68fae1984\.txt$/s);
    expect(call.body.button).toMatchObject({ start_parameter: 'inline' });
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });

  it('lists the documents for an empty query', async () => {
    const id = `iq-empty-${Date.now()}`;
    t.emu.injectUpdate(MAIN, { inline_query: { id, from: { id: 41, is_bot: false, first_name: 'I' }, query: '', offset: '' } });
    const call = await t.emu.waitFor(() => t.emu.callsOf('answerInlineQuery', MAIN).find((c) => c.body.inline_query_id === id));
    expect(call.body.results.map((r: { description: string }) => r.description)).toEqual(t.engine.documents().map((d) => d.title.replace(/\s+/g, ' ').trim().slice(0, 250)).slice(0, 10));
    expect(call.body.results[0].title).toBe('Zakon.kz · 2025-09-22 · RU');
  });
});

describe('access and limits', () => {
  const ALLOW = '100002:allow-token';
  beforeAll(async () => {
    await t.startBot(ALLOW, { ALLOWED_USER_IDS: '51', ALLOWED_CHAT_IDS: '-100777' });
  });

  it('refuses a stranger politely, showing their chat id; lets allowed users in', async () => {
    const refusal = await askPrivately(52, 'How many locomotives from Wabtec?', ALLOW);
    expect(textOf(refusal)).toMatch(/only available to approved chats.*chat id <code>52<\/code>/s);
    expect(textOf(await askPrivately(51, 'How many locomotives from Wabtec?', ALLOW))).toContain('300');
    // an allowed group chat works for anyone in it
    const client = t.emu.client(ALLOW, { userId: 53, chatId: -100777, type: 'group' });
    await client.sendCommand(client.makeCommand('/sources'));
    expect(textOf(await t.emu.waitFor(() => t.emu.botMessages(ALLOW, -100777)[0]))).toMatch(/Documents \(\d+\)/);
  });

  it('refuses strangers in inline mode, on buttons and for uploads', async () => {
    const id = `iq-stranger-${Date.now()}`;
    t.emu.injectUpdate(ALLOW, { inline_query: { id, from: { id: 54, is_bot: false, first_name: 'S' }, query: 'Boeing', offset: '' } });
    const call = await t.emu.waitFor(() => t.emu.callsOf('answerInlineQuery', ALLOW).find((c) => c.body.inline_query_id === id));
    expect(call.body.results).toHaveLength(1);
    expect(call.body.results[0].input_message_content.message_text).toMatch(/user id: 54/);

    const client = t.emu.client(ALLOW, { userId: 55 });
    await client.sendCallback(client.makeCallbackQuery('fb:abcdefgh:up', { message: { message_id: 1 } }));
    const ack = await t.emu.waitFor(() => t.emu.callsOf('answerCallbackQuery', ALLOW)[0]);
    expect(ack.body).toMatchObject({ text: 'Not allowed.', show_alert: true });

    t.emu.addFile('STRANGER_DOC', Buffer.from('Some text about Kazakhstan.'));
    const upload = client.makeMessage(undefined as unknown as string, { from: { id: 56 }, chat: { id: 56 }, document: { file_id: 'STRANGER_DOC', file_unique_id: 'u', file_name: 'x.txt', file_size: 27 } } as never);
    await client.sendMessage(upload);
    const reply = await t.emu.waitFor(() => t.emu.botMessages(ALLOW, 56)[0]);
    expect(textOf(reply)).toMatch(/chat id <code>56<\/code>/);
    expect(t.emu.callsOf('getFile', ALLOW)).toHaveLength(0);
  });

  it('rate-limits a user with one clear notice per window and a reaction on each further question', async () => {
    const token = '100003:rate-token';
    await t.startBot(token, { RATE_LIMIT_PER_MINUTE: '2' });
    const client = t.emu.client(token, { userId: 61 });
    for (const q of ['How many locomotives from Wabtec?', 'Who signed the memorandum?', 'What did Boeing agree?', 'And Mars?']) {
      await client.sendMessage(client.makeMessage(q));
    }
    await t.emu.waitFor(() => t.emu.botMessages(token, 61).length >= 3, 8000, 'two answers and a limit notice');
    const marks = await t.emu.waitFor(() => t.emu.callsOf('setMessageReaction', token).filter((c) => c.body.chat_id === 61).length === 1, 8000, 'a reaction');
    expect(marks).toBe(true);
    const texts = t.emu.botMessages(token, 61).map(textOf);
    expect(texts).toHaveLength(3);
    const notices = texts.filter((x) => /Too many questions: the limit is 2 per minute\. Please try again in \d+ s\./.test(x));
    expect(notices).toHaveLength(1);
    // other users are not affected
    expect(textOf(await askPrivately(62, '/sources', token))).toMatch(/Documents/);
  });
});

describe('resilience', () => {
  it('honours a 429 retry_after on an outgoing call', async () => {
    t.emu.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, { token: MAIN, match: (b) => b.chat_id === 71 });
    const started = Date.now();
    const reply = await askPrivately(71, '/help');
    expect(textOf(reply)).toMatch(/What I know/);
    const sends = t.emu.callsOf('sendMessage', MAIN).filter((c) => c.body.chat_id === 71);
    expect(sends).toHaveLength(2);
    expect(sends[1]!.time - sends[0]!.time).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(t.logsMatching(/429/, 40).some((l) => l.method === 'sendMessage' && l.retryAfter === 1)).toBe(true);
  });

  it('resends as plain text when Telegram cannot parse the HTML', async () => {
    t.emu.failNext('sendMessage', 1, { error_code: 400, description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3" }, { token: MAIN, match: (b) => b.chat_id === 72 });
    const reply = await askPrivately(72, '/help');
    expect(reply.message.parse_mode).toBeUndefined();
    expect(textOf(reply)).toMatch(/^What I know\./);
    expect(textOf(reply)).not.toMatch(/<b>/);
  });

  it('one slow chat does not block another', async () => {
    // Hold the slow user's reply for 2.5 s in the Bot API; the other chat must be answered meanwhile.
    t.emu.delayNext('sendMessage', 1, 2500, { token: MAIN, match: (b) => b.chat_id === 73 });
    const slow = t.emu.client(MAIN, { userId: 73 });
    await slow.sendMessage(slow.makeMessage('How many locomotives from Wabtec?'));
    await t.emu.waitFor(() => t.emu.callsOf('sendMessage', MAIN).some((c) => c.body.chat_id === 73), 5000, 'slow send started');
    const fast = await askPrivately(74, '/help');
    expect(textOf(fast)).toMatch(/What I know/);
    expect(t.emu.botMessages(MAIN, 73)).toHaveLength(0); // still held
    await t.emu.waitFor(() => t.emu.botMessages(MAIN, 73)[0], 5000, 'slow reply');
  });

  it('shows no error details to the user when answering fails, and keeps going', async () => {
    // Failure injection on the real engine (one call), not a fake engine.
    const spy = vi.spyOn(t.engine, 'ask').mockRejectedValueOnce(new Error('boom at /srv/secret/path.ts:42'));
    try {
      const reply = await askPrivately(75, 'How many locomotives from Wabtec?');
      expect(textOf(reply)).toBe('Sorry, something went wrong while answering. Please try again in a moment.');
    } finally {
      spy.mockRestore();
    }
    expect(t.logsMatching(/Answering failed/, 50)).toHaveLength(1);
    expect(textOf(await askPrivately(75, 'How many locomotives from Wabtec?'))).toContain('300');
  });

  it('exits with a clear message on 409 Conflict from getUpdates', async () => {
    const token = '100005:conflict';
    t.emu.failNext('getUpdates', 1, { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }, { token });
    const before = t.fatals.length;
    await t.startBot(token);
    await t.emu.waitFor(() => t.fatals.length > before, 5000, 'fatal');
    expect(t.fatals.at(-1)!.name).toBe('ConflictError');
    expect(t.fatals.at(-1)!.message).toMatch(/409 Conflict.*another process is already receiving updates for @TestNameBot/);
  });
});

describe('admin upload', () => {
  const article =
    'Казахстан и США подписали соглашение о поставке ветряных турбин\n\n' +
    'Компания Vestoria Wind поставит в Казахстан 120 ветряных турбин для станции под Шымкентом, сообщает Zakon.kz. ' +
    'Сумма сделки составляет 750 миллионов долларов. Первые турбины прибудут в 2027 году.\n';

  async function upload(userId: number, fileId: string, name: string, content: Buffer, declaredSize = content.length) {
    t.emu.addFile(fileId, content);
    const client = t.emu.client(MAIN, { userId });
    const before = t.emu.botMessages(MAIN, userId).length;
    await client.sendMessage(
      client.makeMessage(undefined as unknown as string, {
        document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: name, mime_type: 'text/plain', file_size: declaredSize },
      } as never),
    );
    return textOf(await t.emu.waitFor(() => t.emu.botMessages(MAIN, userId)[before], 8000, `reply to upload ${name}`));
  }

  it('an admin upload is confirmed with language and chunks, then answerable', async () => {
    const reply = await upload(7, 'DOC_OK', 'wind_turbines.txt', Buffer.from(article));
    expect(reply).toMatch(/Added <code>wind_turbines\.txt<\/code>: language RU \(Russian\), \d+ chunks/);
    expect(t.emu.callsOf('downloadFile', MAIN)).toHaveLength(1);
    const answer = textOf(await askPrivately(7, 'Сколько ветряных турбин поставит Vestoria Wind?'));
    expect(answer).toContain('120');
    expect(answer).toContain('wind_turbines.txt');
  });

  it('rejects binary, non-UTF-8, too large, wrong type and duplicate names with a reason', async () => {
    expect(await upload(7, 'DOC_BIN', 'blob.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]))).toMatch(/Document not added: .*binary/);
    expect(await upload(7, 'DOC_LATIN1', 'latin1.txt', Buffer.from('Kaz\xe1chst\xe1n d\xe9l', 'latin1'))).toMatch(/not valid UTF-8/);
    const downloadsBefore = t.emu.callsOf('downloadFile', MAIN).length;
    expect(await upload(7, 'DOC_BIG', 'big.txt', Buffer.from('x'), 2 * 1024 * 1024)).toMatch(/too large: at most 1024 KB/);
    expect(await upload(7, 'DOC_BIG2', 'big2.txt', Buffer.alloc(1024 * 1024 + 10, 'a'), 100)).toMatch(/too large/); // lies about its size
    expect(t.emu.callsOf('downloadFile', MAIN).length).toBe(downloadsBefore + 1); // the first was never downloaded
    expect(await upload(7, 'DOC_DOC', 'paper.doc', Buffer.from('%PDF-1.4'))).toMatch(/only accept \.pdf, \.docx, \.html\/\.htm files, or \.txt or \.md/);
    expect(await upload(7, 'DOC_PDF', 'paper.pdf', Buffer.from('%PDF-1.4'))).toMatch(/Document not added: .*not a readable PDF/);
    expect(await upload(7, 'DOC_DUP', 'wind_turbines.txt', Buffer.from('Другой текст о турбинах.'))).toMatch(/already exists/);
    expect(t.engine.documents().filter((d) => d.file === 'wind_turbines.txt')).toHaveLength(1);
  });

  it('refuses uploads from non-admins', async () => {
    expect(await upload(8, 'DOC_NA', 'mine.txt', Buffer.from(article))).toMatch(/Only the bot’s admins can add documents/);
    expect(t.engine.documents().some((d) => d.file === 'mine.txt')).toBe(false);
  });
});

describe('webhook mode', () => {
  // The bot serves PORT; the emulator delivers updates through the proxy's relay, which adds the
  // X-Telegram-Bot-Api-Secret-Token header like Telegram does.
  const TOKEN = '300001:hook-token';
  const SECRET = 's3cret_Token-1';
  let port: number;
  let stop: (reason?: string) => Promise<void>;
  const metrics = new Metrics();
  let hookBot: TelegramBot;

  beforeAll(async () => {
    port = await freePort();
    ({ stop, bot: hookBot } = await t.startBot(
      TOKEN,
      { WEBHOOK_URL: `http://127.0.0.1:${port}/tg/hook`, WEBHOOK_SECRET: SECRET, PORT: String(port), METRICS_TOKEN: 'metrics-T0ken' },
      { events: metricsEvents(metrics), metrics },
    ));
  });

  it('registers the webhook with its secret and logs the mode', () => {
    const set = t.emu.callsOf('setWebhook', TOKEN);
    expect(set).toHaveLength(1);
    expect(set[0]!.body).toMatchObject({ url: `http://127.0.0.1:${port}/tg/hook`, secret_token: SECRET });
    expect(set[0]!.body.allowed_updates).toEqual(['message', 'callback_query', 'inline_query']);
    expect(t.logsMatching(/started \(webhook\)/)).toHaveLength(1);
  });

  it('serves /healthz and rejects requests without the right secret', async () => {
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const update = JSON.stringify({ update_id: 1, message: { message_id: 1, date: 0, chat: { id: 9, type: 'private' }, from: { id: 9, is_bot: false, first_name: 'x' }, text: 'hi' } });
    const post = (headers: Record<string, string>) => fetch(`${base}/tg/hook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: update });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect((await fetch(`${base}/elsewhere`, { method: 'POST', body: update })).status).toBe(404);
    expect(t.emu.botMessages(TOKEN, 9)).toHaveLength(0);
  });

  it('answers updates delivered by webhook, without polling', async () => {
    const client = t.emu.client(TOKEN, { userId: 5 });
    await client.sendMessage(client.makeMessage('How many locomotives from Wabtec?'));
    const reply = await t.emu.waitFor(() => t.emu.botMessages(TOKEN, 5)[0], 8000, 'webhook reply');
    expect(String(reply.message.text)).toContain('300');
    expect(t.emu.callsOf('getUpdates', TOKEN)).toHaveLength(0);
  });

  it('serves GET /metrics on PORT behind METRICS_TOKEN, with the answers the bot sent', async () => {
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    // The answer above is counted once its task has finished.
    await t.emu.waitFor(() => hookBot.inFlight === 0, 5000, 'the answer task to finish');
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer metrics-T0ken' } })).text();
    expect(text).toMatch(/^kzbot_answers_total\{mode="extractive",lang="en"\} 1$/m);
    expect(text).toMatch(/^kzbot_answer_seconds_bucket\{le="60",mode="extractive"\} 1$/m);
  });

  it('stops gracefully: finishes the answer in progress, then closes the server', async () => {
    t.emu.delayNext('sendMessage', 1, 600, { token: TOKEN, match: (b) => b.chat_id === 6 });
    const client = t.emu.client(TOKEN, { userId: 6 });
    await client.sendMessage(client.makeMessage('How many locomotives from Wabtec?'));
    await t.emu.waitFor(() => t.emu.callsOf('sendMessage', TOKEN).some((c) => c.body.chat_id === 6), 5000, 'answer in progress');
    await stop('test');
    expect(t.emu.botMessages(TOKEN, 6)).toHaveLength(1);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
