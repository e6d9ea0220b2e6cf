/**
 * The bot in process: the real telegraf bot and the real offline engine, updates handed in with
 * `bot.telegraf.handleUpdate(update)`, every Bot API call recorded by a local HTTP peer
 * (test/support/recording-api.ts). Fast enough to check formatting, routing, limits and languages
 * case by case; test/telegram/bot.e2e.test.ts keeps the end-to-end path through telegram-test-api.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, log, setLogger } from '../../src/log.js';
import { Metrics } from '../../src/metrics.js';
import { createBot, type BotExtras, type TelegramBot } from '../../src/telegram/bot.js';
import { metricsEvents } from '../../src/telegram/events.js';
import { SqliteFeedbackStore } from '../../src/telegram/state/feedback-store.js';
import { htmlToPlain } from '../../src/telegram/presentation/html.js';
import { makeWorkspace } from '../support/workspace.js';
import { callbackUpdate, inlineUpdate, mediaUpdate, PHOTO, startRecordingApi, STICKER, textUpdate, type RecordingApi } from '../support/recording-api.js';

const WABTEC = 'How many locomotives from Wabtec?';
const previousLogger = log;

let api: RecordingApi;
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let engine: Engine;
const bots: TelegramBot[] = [];

function bot(env: Record<string, string> = {}, extras: BotExtras = {}): TelegramBot {
  const config = loadConfig({
    SEEDS_DIR: ws.config.SEEDS_DIR,
    INDEX_DIR: ws.config.INDEX_DIR,
    FEEDBACK_DB: path.join(ws.dir, 'feedback.sqlite'),
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: '700001:in-process',
    TELEGRAM_API_ROOT: api.apiRoot,
    ...env,
  });
  const b = createBot(engine, config, extras);
  bots.push(b);
  return b;
}

let main: TelegramBot;
const send = (update: object, b: TelegramBot = main) => b.telegraf.handleUpdate(update as never);
/** The n-th message the bot sent to a chat (waits for it). */
const nth = (chatId: number, n = 0) => api.waitFor(() => api.sent(chatId)[n], 5_000, `message ${n} to chat ${chatId}`);
const buttonData = (m: any): string[] => (m.reply_markup?.inline_keyboard ?? []).flat().map((b: { callback_data: string }) => b.callback_data);
const visible = (html: string) => htmlToPlain(html).length;

beforeAll(async () => {
  setLogger(createLogger('silent'));
  api = await startRecordingApi();
  ws = await makeWorkspace();
  engine = await createEngine(ws.config);
  main = bot();
});

afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop('test end')));
  await api?.close();
  await ws?.cleanup();
  setLogger(previousLogger);
});

describe('answers', () => {
  it('lead with [n], then each source once: outlet, date, short title, language and file, the quote in its blockquote', async () => {
    await send(textUpdate(WABTEC, { userId: 11 }));
    const m = await nth(11);
    const html = String(m.text);
    expect(html).toMatch(/^300 locomotives \[1\]\[2\]\n\n<b>Sources<\/b>\n/);
    expect(html).toMatch(/<b>\[1\]<\/b> Fakti\.bg · 2025-09-22 · [^\n]+ · BG · 001_4cfb89643a93a4ac\.txt\n<blockquote expandable>/);
    expect(html).toMatch(/<b>\[2\]<\/b> Zakon\.kz · 2025-09-22 · [^\n]+ · RU · 000_eb068ec50c8c6ca1\.txt\n<blockquote expandable>/);
    // each quote once
    for (const q of html.matchAll(/<blockquote expandable>([^<]+)<\/blockquote>/g)) expect(html.split(q[1]!)).toHaveLength(2);
    expect(html).not.toContain('«');
    expect(visible(html)).toBeLessThan(700);
    expect(m.parse_mode).toBe('HTML');
    expect(buttonData(m)).toEqual([expect.stringMatching(/^fb:.+:up$/), expect.stringMatching(/^fb:.+:down$/)]);
    expect(api.sent(11)).toHaveLength(1);
  });

  it('labels follow the question’s language: no English label under a Hungarian or Russian answer', async () => {
    await send(textUpdate('Hány mozdonyt szállít a Wabtec?', { userId: 12 }));
    const hu = String((await nth(12)).text);
    expect(hu).toContain('<b>Források</b>');
    expect(hu).not.toMatch(/Sources|From the sources/);
    await send(textUpdate('Сколько грузовых локомотивов поставит Wabtec?', { userId: 13, languageCode: 'en' }));
    const ru = String((await nth(13)).text);
    expect(ru).toContain('<b>Источники</b>');
    expect(ru).not.toMatch(/Sources/);
  });

  it('a refusal says what the articles cover and offers example questions that a press asks', async () => {
    await send(textUpdate('What is the capital of Australia?', { userId: 14 }));
    const m = await nth(14);
    const html = String(m.text);
    expect(html).toMatch(/^The sources do not cover this question\./);
    expect(html).toMatch(/What the articles cover \(5; [^)]*Zakon\.kz[^)]*Fakti\.bg[^)]*2025-09-22 – 2025-11-07\):/);
    for (const d of engine.documents()) expect(html).toContain(d.title.slice(0, 20));
    const data = buttonData(m);
    expect(data).toHaveLength(3);
    expect(data.every((d) => /^ask:en:\d$/.test(d))).toBe(true);
    // a press asks the question in the chat
    await send(callbackUpdate(data[0]!, { userId: 14 }));
    const answer = await nth(14, 1);
    expect(String(answer.text)).toMatch(/^300 /);
    expect(buttonData(answer)[0]).toMatch(/^fb:/);
    // The button press is acknowledged too (possibly after the answer went out).
    await api.waitFor(() => api.callsOf('answerCallbackQuery').find((c) => String(c.body.callback_query_id).startsWith('cq')));
  });

  it('records a 👍/👎 press in the feedback database and marks the chosen button', async () => {
    await send(textUpdate('Сколько стоит сделка с John Deere?', { userId: 15 }));
    const m = await nth(15);
    const down = buttonData(m)[1]!;
    await send(callbackUpdate(down, { userId: 15, messageId: 1 }));
    const edit = await api.waitFor(() => api.callsOf('editMessageReplyMarkup').find((c) => c.body.chat_id === 15));
    expect(JSON.stringify(edit.body.reply_markup)).toContain('👎 ✓');
    const db = new Database(path.join(ws.dir, 'feedback.sqlite'), { readonly: true });
    try {
      const answerId = down.split(':')[1];
      expect(db.prepare('SELECT chat_id, lang, answered FROM answers WHERE id = ?').get(answerId)).toEqual({ chat_id: 15, lang: 'ru', answered: 1 });
      expect(db.prepare('SELECT user_id, vote FROM votes WHERE answer_id = ?').all(answerId)).toEqual([{ user_id: 15, vote: -1 }]);
    } finally {
      db.close();
    }
  });
});

describe('conversation sense', () => {
  it('greets, thanks and introduces itself in the user’s language, with two example questions and no buttons', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['hi', 'en', /^Hello!/],
      ['Привет', 'ru', /^Здравствуйте!/],
      ['Сәлем', 'kk', /^Сәлеметсіз бе!/],
      ['Здравей', 'bg', /^Здравейте!/],
      ['Szia!', 'hu', /^Üdvözlöm!/],
      ['thanks!', 'en', /^You are welcome!/],
      ['Who are you?', 'en', /^I am a bot/],
    ];
    let user = 20;
    for (const [text, lang, expected] of cases) {
      user++;
      await send(textUpdate(text, { userId: user, languageCode: lang }));
      const m = await nth(user);
      expect(String(m.text), text).toMatch(expected);
      expect(m.reply_markup, text).toBeUndefined();
      expect(String(m.text).match(/<i>[^<]+\?<\/i>/g), text).toHaveLength(2);
    }
  });

  it('"hi" and "thanks" after an answer are small talk, not questions', async () => {
    await send(textUpdate(WABTEC, { userId: 30 }));
    await nth(30);
    await send(textUpdate('hi', { userId: 30 }));
    await send(textUpdate('thanks!', { userId: 30 }));
    expect(String((await nth(30, 1)).text)).toMatch(/^Hello!/);
    expect(String((await nth(30, 2)).text)).toMatch(/^You are welcome!/);
    expect(buttonData(api.sent(30)[2]).some((d) => d.startsWith('fb:'))).toBe(false);
  });

  it('a follow-up with no earlier question gets a clarifying question; with one, it is answered', async () => {
    await send(textUpdate('/new', { userId: 31 }));
    await send(textUpdate('and when was it signed?', { userId: 31 }));
    expect(String((await nth(31, 1)).text)).toMatch(/^What does your question refer to\?/);
    await send(textUpdate('Who signed the memorandum on critical minerals?', { userId: 31 }));
    await nth(31, 2);
    await send(textUpdate('and when was it signed?', { userId: 31 }));
    expect(String((await nth(31, 3)).text)).not.toMatch(/What does your question refer to/);
  });
});

describe('messages of every kind get a reply', () => {
  it('answers the caption of a photo; a photo without a caption gets a hint', async () => {
    await send(mediaUpdate(PHOTO, WABTEC, { userId: 40 }));
    expect(String((await nth(40)).text)).toMatch(/^300 locomotives \[1\]\[2\]/);
    await send(mediaUpdate(PHOTO, undefined, { userId: 40 }));
    expect(String((await nth(40, 1)).text)).toMatch(/only understand text questions/);
    await send(mediaUpdate({ document: { file_id: 'D', file_unique_id: 'uD', file_name: 'a.pdf' } }, 'Hol épít gyárat a Mars?', { userId: 40 }));
    expect(String((await nth(40, 2)).text)).toMatch(/^Alatau/);
  });

  it('in groups: silent unless addressed; a mention, a captioned photo with a mention and /ask are answered as replies', async () => {
    const G = -100500;
    await send(textUpdate('Wabtec locomotives are nice, right?', { userId: 41, chatId: G }));
    await send(mediaUpdate(PHOTO, 'look at this', { userId: 41, chatId: G }));
    await send(textUpdate('/ask@OtherBot hello', { userId: 41, chatId: G }));
    const probe = textUpdate(`@TestNameBot ${WABTEC}`, { userId: 41, chatId: G });
    await send(probe);
    const first = await nth(G);
    expect(first.reply_parameters).toMatchObject({ message_id: probe.message.message_id });
    expect(String(first.text)).toMatch(/^300/);
    expect(api.sent(G)).toHaveLength(1); // the three unaddressed messages before the probe got nothing
    await send(mediaUpdate(PHOTO, '@TestNameBot Hol épít gyárat a Mars?', { userId: 41, chatId: G }));
    expect(String((await nth(G, 1)).text)).toMatch(/^Alatau/);
    await send(textUpdate('/ask Where will Mars build its pet food plant?', { userId: 41, chatId: G }));
    expect(String((await nth(G, 2)).text)).toMatch(/^Alatau/);
  });

  it('limits: questions over the quota get one notice, then a reaction each; /help and /sources keep working', async () => {
    const b = bot({ RATE_LIMIT_PER_MINUTE: '2' });
    const user = 50;
    for (const q of [WABTEC, 'Где Mars построит завод?', 'How much is the John Deere deal worth?', 'And Mars?', 'Who signed the memorandum?']) await send(textUpdate(q, { userId: user }), b);
    const notice = await nth(user, 2);
    expect(String(notice.text)).toMatch(/^Too many questions: the limit is 2 per minute\. Please try again in \d+ s\. Until then I mark new messages with 👀\./);
    const reactions = await api.waitFor(() => {
      const r = api.callsOf('setMessageReaction').filter((c) => c.body.chat_id === user);
      return r.length === 2 && r;
    });
    expect(reactions[0]!.body.reaction).toEqual([{ type: 'emoji', emoji: '👀' }]);
    await send(textUpdate('/sources', { userId: user }), b);
    expect(String((await nth(user, 3)).text)).toMatch(/^<b>Documents \(5\)/);
    await send(textUpdate('/source 2', { userId: user }), b);
    expect(String((await nth(user, 4)).text)).toContain('001_4cfb89643a93a4ac.txt');
    expect(api.sent(user)).toHaveLength(5); // two answers, one notice, two command replies
  });

  it('the flood cap covers every update type: stickers, buttons and commands', async () => {
    const b = bot({ FLOOD_LIMIT_PER_MINUTE: '3' });
    const user = 51;
    for (let i = 0; i < 3; i++) await send(mediaUpdate(STICKER, undefined, { userId: user }), b);
    await send(textUpdate('/help', { userId: user }), b);
    await send(callbackUpdate('ask:en:0', { userId: user }), b);
    await send(mediaUpdate(STICKER, undefined, { userId: user }), b);
    expect(String((await nth(user, 3)).text)).toMatch(/^Too many messages at once\./);
    await api.waitFor(() => api.callsOf('answerCallbackQuery').find((c) => /Too many presses/.test(String(c.body.text))));
    await api.waitFor(() => api.callsOf('setMessageReaction').find((c) => c.body.chat_id === user));
    expect(api.sent(user)).toHaveLength(4);
  });

  it('refuses chats not on the allowlist, once per chat, with the ids to pass on', async () => {
    const b = bot({ ALLOWED_USER_IDS: '52' });
    await send(textUpdate('Сколько грузовых локомотивов поставит Wabtec?', { userId: 53 }), b);
    expect(String((await nth(53)).text)).toMatch(/^Извините, этот бот доступен только для разрешённых чатов\. Ваш chat id <code>53<\/code>/);
    await send(textUpdate(WABTEC, { userId: 52 }), b);
    expect(String((await nth(52)).text)).toMatch(/^300/);
  });
});

describe('commands and languages', () => {
  it('/help, /start and an unknown command come in the user’s language', async () => {
    const expected: Record<string, RegExp> = { en: /^<b>What I know\.<\/b>/, ru: /^<b>Что я знаю\.<\/b>/, kk: /^<b>Не білемін\.<\/b>/, bg: /^<b>Какво знам\.<\/b>/, hu: /^<b>Mit tudok\.<\/b>/ };
    let user = 60;
    for (const [lang, re] of Object.entries(expected)) {
      user++;
      await send(textUpdate('/help', { userId: user, languageCode: lang }));
      expect(String((await nth(user)).text), lang).toMatch(re);
    }
    await send(textUpdate('/start', { userId: 70, languageCode: 'hu' }));
    const start = await nth(70);
    expect(String(start.text)).toMatch(/^Üdvözlöm!/);
    expect(buttonData(start)).toEqual(['ask:hu:0', 'ask:hu:1']);
    await send(textUpdate('/nonsense', { userId: 70, languageCode: 'bg' }));
    expect(String((await nth(70, 1)).text)).toBe('Не познавам тази команда. Вижте /help.');
  });
});

describe('inline mode', () => {
  it('ranks fact-stating quotes first, drops near-duplicates, titles by outlet, date and language, with a button to the private chat', async () => {
    await send(inlineUpdate('Wabtec', { userId: 80 }));
    const call = await api.waitFor(() => api.callsOf('answerInlineQuery').find((c) => c.body.results?.length));
    const results = call.body.results as Array<{ title: string; description: string }>;
    expect(results[0]!.description).toMatch(/\d/);
    expect(results.at(-1)!.description).toMatch(/благодари/);
    const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    for (let i = 0; i < results.length; i++) {
      for (let j = i + 1; j < results.length; j++) {
        const [a, b] = [words(results[i]!.description), words(results[j]!.description)];
        const common = [...a].filter((w) => b.has(w)).length;
        expect(common / (a.size + b.size - common)).toBeLessThan(0.6);
      }
    }
    for (const r of results) expect(r.title).toMatch(/^[^·]+ · 2025-\d\d-\d\d · (RU|BG|HU)$/);
    expect(call.body.button).toEqual({ text: 'Ask me in a private chat', start_parameter: 'inline' });
    expect(call.body.cache_time).toBeGreaterThan(0);
  });
});

describe('feedback you can trust, /stats, metrics', () => {
  /** A bot with its own feedback database and metrics, so their figures are this test's alone. */
  function ownBot(env: Record<string, string> = {}) {
    const feedback = SqliteFeedbackStore.open(path.join(ws.dir, `feedback-${Math.random().toString(36).slice(2)}.sqlite`));
    const metrics = new Metrics();
    const b = bot(env, { feedback, events: metricsEvents(metrics), metrics });
    return { b, feedback, metrics };
  }
  const callsFor = (cqId: string) => api.calls.filter((c) => c.body.callback_query_id === cqId);

  it('a forged press (another chat’s answer id) changes nothing; a repeated press changes nothing and makes no API call', async () => {
    const { b, feedback } = ownBot();
    await send(textUpdate(WABTEC, { userId: 90 }), b);
    const [up, down] = buttonData(await nth(90)) as [string, string];

    // Chat 91 presses a button naming chat 90's answer.
    const forged = callbackUpdate(up, { userId: 91, messageId: 1 });
    await send(forged, b);
    const refused = await api.waitFor(() => callsFor(forged.callback_query.id)[0]);
    expect(refused.method).toBe('answerCallbackQuery');
    expect(refused.body.text).toBe('This button is no longer valid.');
    expect(feedback.stats().periods.all.total).toMatchObject({ answers: 1, up: 0, down: 0 });

    // The asker's own press counts and marks the button.
    const first = callbackUpdate(up, { userId: 90, messageId: 1 });
    await send(first, b);
    await api.waitFor(() => api.callsOf('editMessageReplyMarkup').find((c) => c.body.chat_id === 90));
    expect(callsFor(first.callback_query.id).map((c) => c.method)).toEqual(['answerCallbackQuery']);

    // Ten repeats, then a change as the liveness probe: its calls are the only new ones.
    const before = api.calls.length;
    const repeats = Array.from({ length: 10 }, () => callbackUpdate(up, { userId: 90, messageId: 1 }));
    for (const r of repeats) await send(r, b);
    const change = callbackUpdate(down, { userId: 90, messageId: 1 });
    await send(change, b);
    await api.waitFor(() => api.calls.slice(before).filter((c) => c.method === 'editMessageReplyMarkup').length === 1 && callsFor(change.callback_query.id).length === 1);
    const after = api.calls.slice(before);
    expect(after.map((c) => c.method).sort()).toEqual(['answerCallbackQuery', 'editMessageReplyMarkup']);
    expect(JSON.stringify(after.find((c) => c.method === 'editMessageReplyMarkup')!.body.reply_markup)).toContain('👎 ✓');
    for (const r of repeats) expect(callsFor(r.callback_query.id)).toEqual([]);
    expect(feedback.stats().periods.all.total).toMatchObject({ answers: 1, up: 0, down: 1 }); // one vote per user: changed, never added
    feedback.close();
  });

  it('/stats for admins: answers, declines and votes by language; anyone else gets the unknown-command reply', async () => {
    const { b, feedback } = ownBot({ ADMIN_USER_IDS: '92' });
    await send(textUpdate(WABTEC, { userId: 93 }), b);
    const answered = await nth(93);
    await send(textUpdate('What is the capital of Australia?', { userId: 93 }), b);
    await nth(93, 1);
    await send(textUpdate('Сколько локомотивов поставит Wabtec?', { userId: 93 }), b);
    await nth(93, 2);
    await send(callbackUpdate(buttonData(answered)[0]!, { userId: 93, messageId: 1 }), b);
    await api.waitFor(() => api.callsOf('editMessageReplyMarkup').find((c) => c.body.chat_id === 93));

    await send(textUpdate('/stats', { userId: 94 }), b);
    expect(String((await nth(94)).text)).toBe("I don't know that command. See /help.");

    await send(textUpdate('/stats', { userId: 92 }), b);
    const html = String((await nth(92)).text);
    expect(html).toMatch(/^<pre>[^]*<\/pre>$/);
    const allTime = htmlToPlain(html).split('\n\n').find((block) => block.startsWith('all time'))!;
    // under the period's title and the column header: one row per language, then 'all'
    const row = (label: string) => allTime.split('\n').slice(2).find((l) => l.startsWith(`${label} `))?.trim().split(/\s+/).slice(1).map(Number);
    // columns: answers declines fallbacks up down
    expect(row('en')).toEqual([2, 1, 0, 1, 0]);
    expect(row('ru')).toEqual([1, 0, 0, 0, 0]);
    expect(row('all')).toEqual([3, 1, 0, 1, 0]);
    feedback.close();
  });

  it('metrics: answers by mode and language, declines, latency, Telegram 429s', async () => {
    const { b, metrics, feedback } = ownBot();
    api.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 0', parameters: { retry_after: 0 } });
    await send(textUpdate(WABTEC, { userId: 95 }), b);
    await nth(95);
    await send(textUpdate('What is the capital of Australia?', { userId: 95 }), b);
    await nth(95, 1);
    await api.waitFor(() => b.inFlight === 0, 5_000, 'the answers’ tasks to finish');
    const text = await metrics.render();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('kzbot_answers_total{mode="extractive",lang="en"}')).toBe(2);
    expect(value('kzbot_declines_total{lang="en"}')).toBe(1);
    expect(value('kzbot_answer_seconds_count{mode="extractive"}')).toBe(2);
    expect(value('kzbot_telegram_429_total{method="sendMessage"}')).toBe(1);
    feedback.close();
  });
});

describe('stopping', () => {
  it('stop() answers a question still queued, and tells the asker to ask again when even that cannot be sent in time', async () => {
    // ANSWER_DEADLINE_MS bounds how long stop() waits for the answers to go out (here 500 ms).
    const b = bot({ ANSWER_DEADLINE_MS: '500' });
    const held = api.holdNext('sendMessage', 1);
    await send(textUpdate('Сколько грузовых локомотивов поставит Wabtec?', { userId: 96 }), b);
    await send(textUpdate(WABTEC, { userId: 97 }), b);
    // Chat 96's answer reached the Bot API, which does not respond; chat 97's has gone out.
    await api.waitFor(() => api.sent(96).length === 1 && api.sent(97).length === 1);
    await send(textUpdate(WABTEC, { userId: 97 }), b); // queued as the stop begins
    await b.stop('SIGTERM');
    expect(String(api.sent(97)[1]?.text)).toMatch(/^300/);
    expect(api.sent(96).map((m) => String(m.text))).toEqual([expect.stringMatching(/^300/), 'Бот перезапускается — повторите вопрос через минуту.']);
    held.release();
  });
});
