/**
 * Hardening of the Telegram side, end to end through the real peers (telegram-test-api behind the
 * proxy, the local OpenAI-compatible server, the real engine):
 *  1. Bot API faults: 500 / 429 / dropped connections on getUpdates (polling backs off, loses no
 *     question, answers once, stops promptly), 5xx on sendMessage (bounded retry);
 *  2. LLM faults (500, 429, hang past the answer deadline, malformed JSON, empty completion, a 401
 *     that echoes the key): the offline answer with the one-line note, within 10 s, and the bot
 *     keeps answering;
 *  3. the allowlist for commands and groups; upload names with path traversal;
 *  4. the structured answer log: question text only at debug level;
 *  5. commands with missing or garbage arguments;
 *  6. last: no bot token and no OpenAI key anywhere in the captured logs of the whole file (nor in
 *     anything written to the console, stdout or stderr meanwhile).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { log } from '../../src/log.js';
import { withRetryAfter } from '../../src/telegram/transport/api.js';
import { TelegramError, type Telegram } from 'telegraf';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { mentionEntity, setupTelegramTest, type LogLine, type TelegramTestEnv } from '../support/telegram-bot.js';
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';

const MAIN = '500001:hardening-main-SECRET';
const LLM = '500009:hardening-llm-SECRET';
const OPENAI_KEY = 'sk-test-hardening-KEY-0123456789';
const WABTEC = 'How many locomotives from Wabtec?';
const LLM_NOTE = 'The language model gave no usable answer in time; this is the offline answer.';
const tokens: string[] = [MAIN, LLM];

const textOf = (m: StoredBotUpdate | undefined) => String(m?.message.text ?? '');
/** A stack frame or an error class name: must never reach a user. */
const STACKY = /\bat .+:\d+:\d+|\bat (async )?[\w.<>]+ \(|[A-Z]\w*Error\b|node_modules|\.ts:\d+/;

let t: TelegramTestEnv;
let ai: OpenAIServer;

/** Everything written to the console or straight to stdout/stderr during this file (libraries print there, bypassing the logger). */
const rawOutput: string[] = [];
const restoreOutput: Array<() => void> = [];

function captureRawOutput(): void {
  for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[name];
    console[name] = (...args: unknown[]) => {
      rawOutput.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      original.apply(console, args);
    };
    restoreOutput.push(() => (console[name] = original));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      rawOutput.push(String(chunk));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restoreOutput.push(() => (stream.write = original));
  }
}

beforeAll(async () => {
  captureRawOutput();
  // The capture's own check: the openai SDK binds console.error once per process (its logger is cached), so in a
  // worker that ran another file first its output may bypass this capture; these two lines never do.
  console.error('raw output capture check (console)');
  process.stderr.write('raw output capture check (stderr)\n');
  ai = await startOpenAIServer();
  t = await setupTelegramTest();
  await t.startBot(MAIN, { ADMIN_USER_IDS: '7', HISTORY_TURNS: '0', RATE_LIMIT_PER_MINUTE: '100' });

  // A second engine in LLM mode against the local OpenAI server, with a short timeout.
  await t.startLlmBot(LLM, ai.baseURL, { OPENAI_API_KEY: OPENAI_KEY, ANSWER_DEADLINE_MS: '2500', HISTORY_TURNS: '0' });
});

afterAll(async () => {
  await t?.close();
  await ai?.close();
  for (const restore of restoreOutput) restore();
});

/** Sends a private message (or command) from `userId` and waits for the bot's next message in that chat. */
const askPrivately = (userId: number, text: string, token = MAIN, timeoutMs = 8_000): Promise<StoredBotUpdate> => t.askPrivately(token, userId, text, timeoutMs);

/** Log lines written since `from` (an index into t.logs). */
const logsSince = (from: number): LogLine[] => t.logs.slice(from);

/** Starts a bot with its own token (kept for the secrets check) and waits until it polls. */
async function startPollingBot(token: string): ReturnType<TelegramTestEnv['startBot']> {
  tokens.push(token);
  const bot = await t.startBot(token);
  await t.emu.waitFor(() => t.emu.callsOf('getUpdates', token).length > 0, 5_000, 'polling');
  return bot;
}

describe('Bot API faults while polling', () => {
  it('backs off on 500, 429 (retry_after) and a dropped connection on getUpdates; the question sent meanwhile is answered once', async () => {
    const token = '500002:polling-faults-SECRET';
    const mark = t.logs.length;
    await startPollingBot(token);
    t.emu.dropNext('getUpdates', 1, { token });
    t.emu.failNext('getUpdates', 1, { error_code: 500, description: 'Internal Server Error' }, { token });
    t.emu.failNext('getUpdates', 1, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, { token });
    const injectedAt = Date.now();
    // The question is sent while polling is failing (after the first failure).
    await t.emu.waitFor(() => logsSince(mark).some((l) => l.msg === 'Telegram polling failed; retrying with back-off'), 5_000, 'the first failure');
    const client = t.emu.client(token, { userId: 21 });
    await client.sendMessage(client.makeMessage(WABTEC));
    const reply = await t.emu.waitFor(() => t.emu.botMessages(token, 21)[0], 12_000, 'the answer after the outage');
    expect(textOf(reply)).toContain('300');
    // Probe: a later message's reply comes after anything for the first, so a duplicate would show by now.
    await client.sendCommand(client.makeCommand('/help'));
    expect(textOf(await t.emu.waitFor(() => t.emu.botMessages(token, 21)[1], 8_000, 'the probe reply'))).toMatch(/What I know/);
    expect(t.emu.botMessages(token, 21)).toHaveLength(2); // the answer exactly once, then the probe

    const failures = logsSince(mark).filter((l) => l.msg === 'Telegram polling failed; retrying with back-off');
    expect(failures.map((l) => l.code ?? 'network')).toEqual(['network', 500, 429]);
    expect(failures.map((l) => l.attempt)).toEqual([1, 2, 3]);
    expect(String(failures[0]!.error)).toMatch(/socket hang up|ECONNRESET/);
    const waits = failures.map((l) => Number(l.retryInMs));
    expect(waits[0]).toBeGreaterThanOrEqual(400); // 500 ms ± 20 %
    expect(waits[0]).toBeLessThanOrEqual(600);
    expect(waits[1]).toBeGreaterThanOrEqual(800); // back-off doubled: 1 s ± 20 %
    expect(waits[1]).toBeLessThanOrEqual(1_200);
    expect(waits[2]).toBe(1_000); // retry_after
    // The calls really were spaced by the back-off: fail, +0.5 s fail, +1 s fail, +1 s success.
    const polls = t.emu.callsOf('getUpdates', token).filter((c) => c.time >= injectedAt).map((c) => c.time);
    expect(polls.length).toBeGreaterThanOrEqual(4);
    expect(polls[1]! - polls[0]!).toBeGreaterThanOrEqual(380);
    expect(polls[2]! - polls[1]!).toBeGreaterThanOrEqual(780);
    expect(polls[3]! - polls[2]!).toBeGreaterThanOrEqual(980);
    expect(logsSince(mark).some((l) => l.msg === 'Telegram polling recovered' && l.failures === 3)).toBe(true);
    expect(t.fatals).toHaveLength(0);
  });

  it('a response lost on a dropped connection is delivered again (offset not confirmed) and answered once', async () => {
    const token = '500003:lost-response-SECRET';
    const mark = t.logs.length;
    await startPollingBot(token);
    // The proxy hands the update out, then destroys the socket instead of answering.
    t.emu.dropNext('getUpdates', 1, { token, phase: 'response' });
    const client = t.emu.client(token, { userId: 22 });
    await client.sendMessage(client.makeMessage(WABTEC));
    const reply = await t.emu.waitFor(() => t.emu.botMessages(token, 22)[0], 8_000, 'the answer');
    expect(textOf(reply)).toContain('300');
    // Probe: a later message's reply comes after anything for the first, so a duplicate would show by now.
    await client.sendCommand(client.makeCommand('/help'));
    expect(textOf(await t.emu.waitFor(() => t.emu.botMessages(token, 22)[1], 8_000, 'the probe reply'))).toMatch(/What I know/);
    expect(t.emu.botMessages(token, 22)).toHaveLength(2); // the answer exactly once, then the probe
    // The drop really happened on a response carrying the update (the emulator had handed it out).
    const failures = logsSince(mark).filter((l) => l.msg === 'Telegram polling failed; retrying with back-off');
    expect(failures).toHaveLength(1);
    expect(String(failures[0]!.error)).toMatch(/socket hang up|ECONNRESET/);
    expect(t.emu.server.storage.userMessages.filter((u) => u.botToken === token).every((u) => u.isRead)).toBe(true);
    expect(t.fatals).toHaveLength(0);
  });

  it('stops promptly even while waiting out a long retry_after on getUpdates', async () => {
    const token = '500004:stop-in-backoff-SECRET';
    const mark = t.logs.length;
    const { stop } = await startPollingBot(token);
    t.emu.failNext('getUpdates', 1, { error_code: 429, description: 'Too Many Requests: retry after 30', parameters: { retry_after: 30 } }, { token });
    await t.emu.waitFor(() => logsSince(mark).some((l) => l.code === 429 && l.retryInMs === 30_000), 5_000, 'the 30 s back-off');
    const started = Date.now();
    await stop('test');
    expect(Date.now() - started).toBeLessThan(1_500); // telegraf alone would sit out the 30 s
    expect(t.fatals).toHaveLength(0);
  });

  it('retries a 5xx on sendMessage (bounded) and the answer arrives once; past the bound the user gets a plain failure notice', async () => {
    const mark = t.logs.length;
    t.emu.failNext('sendMessage', 2, { error_code: 502, description: 'Bad Gateway' }, { token: MAIN, match: (b) => b.chat_id === 23 });
    const reply = await askPrivately(23, WABTEC);
    expect(textOf(reply)).toContain('300');
    expect(t.emu.callsOf('sendMessage', MAIN).filter((c) => c.body.chat_id === 23)).toHaveLength(3);
    expect(textOf(await askPrivately(23, '/help'))).toMatch(/What I know/); // probe: nothing else came before it
    expect(t.emu.botMessages(MAIN, 23)).toHaveLength(2);
    const retries = logsSince(mark).filter((l) => l.msg === 'Telegram call failed; retrying' && l.method === 'sendMessage');
    expect(retries.map((l) => l.code)).toEqual([502, 502]);

    // Three failures in a row: the answer is given up (3 attempts), the notice gets through.
    t.emu.failNext('sendMessage', 3, { error_code: 500, description: 'Internal Server Error' }, { token: MAIN, match: (b) => b.chat_id === 24 });
    const notice = await askPrivately(24, WABTEC);
    expect(textOf(notice)).toBe('Sorry, something went wrong while answering. Please try again in a moment.');
    expect(t.emu.callsOf('sendMessage', MAIN).filter((c) => c.body.chat_id === 24)).toHaveLength(4);
    // and the chat keeps working
    expect(textOf(await askPrivately(24, WABTEC))).toContain('300');
  });
});

describe('the retry wrapper, call by call', () => {
  /** A stand-in client whose callApi fails with the queued errors, then succeeds. */
  function flaky(errors: unknown[]) {
    const calls: string[] = [];
    const tg = {
      async callApi(method: string) {
        calls.push(method);
        const e = errors.shift();
        if (e) throw e;
        return 'ok';
      },
    } as unknown as Telegram;
    const waits: number[] = [];
    withRetryAfter(tg, { sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
    } });
    return { tg, calls, waits };
  }
  const netErr = (code: string) => Object.assign(new Error(`request to http://x/bot1:abc/m failed, reason: ${code}`), { name: 'FetchError', code, errno: code, type: 'system' });
  const e5xx = () => new TelegramError({ error_code: 502, description: 'Bad Gateway' });
  const call = (tg: Telegram, method: string, opts?: unknown) => (tg.callApi as unknown as (m: string, p: unknown, o?: unknown) => Promise<unknown>)(method, {}, opts);

  it('retries a 5xx with exponential back-off, at most 3 attempts', async () => {
    const ok = flaky([e5xx(), e5xx()]);
    expect(await call(ok.tg, 'sendMessage')).toBe('ok');
    expect(ok.calls).toHaveLength(3);
    expect(ok.waits[0]).toBeGreaterThanOrEqual(400);
    expect(ok.waits[1]).toBeGreaterThanOrEqual(800);
    const bad = flaky([e5xx(), e5xx(), e5xx(), e5xx()]);
    await expect(call(bad.tg, 'sendMessage')).rejects.toMatchObject({ code: 502 });
    expect(bad.calls).toHaveLength(3);
  });

  it('repeats a call after a broken connection only when that cannot duplicate a message', async () => {
    const reset = flaky([netErr('ECONNRESET')]);
    await expect(call(reset.tg, 'sendMessage')).rejects.toMatchObject({ code: 'ECONNRESET' }); // may have arrived: not resent
    expect(reset.calls).toHaveLength(1);
    const refused = flaky([netErr('ECONNREFUSED')]);
    expect(await call(refused.tg, 'sendMessage')).toBe('ok'); // never left this host: safe
    const edit = flaky([netErr('ECONNRESET')]);
    expect(await call(edit.tg, 'editMessageText')).toBe('ok'); // idempotent
    const typing = flaky([e5xx()]);
    await expect(call(typing.tg, 'sendChatAction')).rejects.toMatchObject({ code: 502 }); // cosmetic: never retried
    const denied = flaky([new TelegramError({ error_code: 403, description: 'Forbidden: bot was blocked by the user' })]);
    await expect(call(denied.tg, 'sendMessage')).rejects.toMatchObject({ code: 403 });
    expect(denied.calls).toHaveLength(1);
  });

  it('polling getUpdates retries without limit (capped back-off), passes 401/409 through and stops at once when aborted', async () => {
    const errors = [...Array.from({ length: 12 }, () => e5xx()), netErr('ECONNRESET')];
    const p = flaky(errors);
    const controller = new AbortController();
    expect(await call(p.tg, 'getUpdates', controller)).toBe('ok');
    expect(p.calls).toHaveLength(14);
    expect(Math.max(...p.waits)).toBeLessThanOrEqual(30_000);
    expect(p.waits.at(-1)).toBeGreaterThanOrEqual(24_000); // reached the cap
    const conflict = flaky([new TelegramError({ error_code: 409, description: 'Conflict' })]);
    await expect(call(conflict.tg, 'getUpdates', controller)).rejects.toMatchObject({ code: 409 });
    const stopped = new AbortController();
    stopped.abort();
    const s = flaky([e5xx(), e5xx()]);
    await expect(call(s.tg, 'getUpdates', stopped)).rejects.toMatchObject({ name: 'AbortError' });
    expect(s.calls).toHaveLength(1);
  });
});

describe('LLM faults through the bot', () => {
  const faults: Array<[string, Parameters<OpenAIServer['onChat']>[0]]> = [
    ['HTTP 500', () => ({ status: 500 })],
    ['HTTP 429 with retry-after', () => ({ status: 429, retryAfter: 20 })],
    ['a hang past the answer deadline', () => ({ hang: true })],
    ['malformed JSON', () => ({ malformed: true })],
    ['an empty completion', () => ({ empty: true })],
    [
      'a 401 whose message echoes the API key',
      () => ({ status: 401, body: { error: { message: `Incorrect API key provided: ${OPENAI_KEY}.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } }),
    ],
  ];

  it.each(faults.map(([name, handler], i) => ({ name, handler, user: 31 + i })))(
    'on $name the user gets the offline answer with the note within 10 s',
    async ({ handler, user }) => {
      ai.onChat(handler);
      const before = ai.chatRequests().length;
      const started = Date.now();
      const reply = await askPrivately(user, WABTEC, LLM, 10_000);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(ai.chatRequests().length).toBeGreaterThan(before); // the LLM really was asked
      const text = textOf(reply);
      expect(text).toContain('300');
      expect(text).toContain(`<i>${LLM_NOTE}</i>`);
      expect(text.split('\n').filter((l) => l.includes(LLM_NOTE))).toHaveLength(1);
      expect(reply.message.reply_markup).toBeTruthy();
      expect(text).not.toMatch(STACKY);
      expect(t.emu.botMessages(LLM, user)).toHaveLength(1);
    },
  );

  it('keeps answering afterwards, with the LLM when it is back', async () => {
    ai.onChat(() => ({ text: 'Wabtec will supply 300 locomotives [1].\nQUOTES:\n[1] 300 локомотива\n' }));
    const mark = t.logs.length;
    const reply = await askPrivately(38, WABTEC, LLM);
    await t.emu.waitFor(() => t.emu.botMessages(LLM, 38).some((m) => m.message.reply_markup), 8_000, 'the final answer');
    const final = textOf(t.emu.botMessages(LLM, 38).at(-1));
    expect(final).toContain('Wabtec will supply 300 locomotives [1]');
    expect(final).not.toContain(LLM_NOTE);
    expect(textOf(reply)).toContain('300');
    await t.emu.waitFor(() => logsSince(mark).find((l) => l.msg === 'Answered a question' && l.chat === 38), 3_000, 'the answer log');
    expect(logsSince(mark).find((l) => l.msg === 'Answered a question' && l.chat === 38)).toMatchObject({ mode: 'llm' });
    expect(t.fatals).toHaveLength(0);
  });

  it('shows "typing…" while a slow LLM answer is on its way; a failing sendChatAction is only a warning', async () => {
    ai.onChat(() => ({ text: 'Wabtec will supply 300 locomotives [1].\nQUOTES:\n[1] 300 локомотива\n', delayMs: 800 }));
    t.emu.failNext('sendChatAction', 1, { error_code: 400, description: 'Bad Request: not today' }, { token: LLM });
    const mark = t.logs.length;
    await askPrivately(39, WABTEC, LLM);
    await t.emu.waitFor(() => t.emu.botMessages(LLM, 39).some((m) => m.message.reply_markup), 8_000, 'the final answer');
    expect(t.emu.callsOf('sendChatAction', LLM).some((c) => c.body.chat_id === 39 && c.body.action === 'typing')).toBe(true);
    expect(logsSince(mark).filter((l) => /sendChatAction failed/.test(String(l.msg)) && l.level === 40)).toHaveLength(1);
    expect(textOf(t.emu.botMessages(LLM, 39).at(-1))).toContain('300 locomotives');
    expect(t.fatals).toHaveLength(0);
  });
});

describe('access and uploads', () => {
  const ALLOW = '500005:allowlist-SECRET';
  beforeAll(async () => {
    tokens.push(ALLOW);
    await t.startBot(ALLOW, { ALLOWED_USER_IDS: '51', ALLOWED_CHAT_IDS: '-100777', ADMIN_USER_IDS: '7' });
  });

  it('refuses commands and group mentions from chats and users not on the allowlist, without asking the engine', async () => {
    const mark = t.logs.length;
    for (const [user, cmd] of [[61, `/ask ${WABTEC}`], [62, '/source 1'], [63, '/sources'], [64, '/new']] as const) {
      expect(textOf(await askPrivately(user, cmd, ALLOW))).toMatch(new RegExp(`only available to approved chats.*chat id <code>${user}</code>`, 's'));
    }
    // A group not on the list: a mention gets one refusal, further ones stay silent (no spam).
    const GROUP = -100999;
    const client = t.emu.client(ALLOW, { userId: 65, chatId: GROUP, type: 'supergroup', chatTitle: 'Strangers' });
    const q = `@TestNameBot ${WABTEC}`;
    await client.sendMessage(client.makeMessage(q, { entities: [mentionEntity(q)] } as never));
    const refusal = await t.emu.waitFor(() => t.emu.botMessages(ALLOW, GROUP)[0], 5_000, 'group refusal');
    expect(textOf(refusal)).toMatch(/only available to approved chats/);
    await client.sendCommand(client.makeCommand(`/ask ${WABTEC}`));
    // The bot saw the second one (it logged the refusal) and stayed silent.
    await t.emu.waitFor(() => logsSince(mark).filter((l) => l.msg === 'Refused a chat or user that is not on the allowlist' && l.chat === GROUP).length === 2, 5_000, 'the second refusal');
    expect(t.emu.botMessages(ALLOW, GROUP)).toHaveLength(1);
    // Nothing reached the engine.
    expect(logsSince(mark).filter((l) => l.msg === 'Question received' || l.msg === 'Answered a question')).toHaveLength(0);
    // The allowed user and an admin get answers.
    expect(textOf(await askPrivately(51, `/ask ${WABTEC}`, ALLOW))).toContain('300');
    expect(textOf(await askPrivately(7, WABTEC, ALLOW))).toContain('300');
  });

  it('rejects upload names with path traversal; nothing is written outside (or inside) seeds/', async () => {
    const seeds = t.baseEnv.SEEDS_DIR!;
    const before = (await readdir(seeds)).sort();
    const docsBefore = t.engine.documents().length;
    const names = ['../../evil.txt', '..\\x.txt', '/etc/passwd.txt', 'seeds/../../evil2.txt', '..', '.hidden.txt', 'a/b.txt'];
    for (const [i, name] of names.entries()) {
      const fileId = `TRAV_${i}`;
      t.emu.addFile(fileId, Buffer.from('Казахстан и США подписали соглашение о поставке 300 локомотивов.'));
      const client = t.emu.client(MAIN, { userId: 7 });
      const count = t.emu.botMessages(MAIN, 7).length;
      await client.sendMessage(
        client.makeMessage(undefined as unknown as string, {
          document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: name, mime_type: 'text/plain', file_size: 70 },
        } as never),
      );
      const reply = textOf(await t.emu.waitFor(() => t.emu.botMessages(MAIN, 7)[count], 5_000, `reply to ${name}`));
      expect(reply, name).toMatch(/Document not added: the file name must be a plain name|only accept \.pdf, \.docx, \.html\/\.htm files, or \.txt or \.md/);
      expect(reply, name).not.toMatch(STACKY);
    }
    expect((await readdir(seeds)).sort()).toEqual(before);
    expect(t.engine.documents()).toHaveLength(docsBefore);
    for (const p of [path.join(t.dir, 'evil.txt'), path.join(path.dirname(t.dir), 'evil.txt'), path.join(path.dirname(t.dir), 'evil2.txt'), path.join(seeds, '..\\x.txt'), '/etc/passwd.txt']) {
      expect(existsSync(p), p).toBe(false);
    }
  });
});

describe('structured answer log', () => {
  it('one info line per answer with chat, language, mode, latency and cited files; the question text only at debug level', async () => {
    const qInfo = 'Tell me please how many locomotives Wabtec supplies';
    const qDebug = 'Tell me kindly how many locomotives Wabtec supplies';
    log.level = 'info';
    let mark = t.logs.length;
    try {
      await askPrivately(26, qInfo);
      await t.emu.waitFor(() => logsSince(mark).find((l) => l.msg === 'Answered a question' && l.chat === 26), 3_000, 'the answer log');
    } finally {
      log.level = 'debug';
    }
    const infoLines = logsSince(mark);
    const answered = infoLines.filter((l) => l.msg === 'Answered a question' && l.chat === 26);
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ chat: 26, user: 26, language: 'en', mode: 'extractive', answered: true });
    expect(answered[0]!.cited).toEqual(expect.arrayContaining([expect.stringMatching(/\.txt$/)]));
    expect(typeof answered[0]!.latencyMs).toBe('number');
    expect(typeof answered[0]!.ms).toBe('number');
    expect(JSON.stringify(infoLines)).not.toContain('locomotives Wabtec supplies');
    expect(infoLines.every((l) => l.level >= 30)).toBe(true);

    mark = t.logs.length;
    await askPrivately(27, qDebug);
    await t.emu.waitFor(() => logsSince(mark).find((l) => l.msg === 'Answered a question' && l.chat === 27), 3_000, 'the answer log');
    const debugLine = logsSince(mark).find((l) => l.msg === 'Question received' && l.chat === 27);
    expect(debugLine).toMatchObject({ level: 20, question: qDebug, user: 27 });
    // the info line never carries the question, even at debug level
    expect(JSON.stringify(logsSince(mark).filter((l) => l.level >= 30))).not.toContain(qDebug);
  });
});

describe('commands with missing or garbage arguments', () => {
  it('answer with a clear message, no crash, no stack trace', async () => {
    const mark = t.logs.length;
    const cases: Array<[string, RegExp]> = [
      ['/source', /^Name a document: <code>\/source 1<\/code>/],
      ['/source ../../etc', /^No document matches “\.\.\/\.\.\/etc”\. Use a file name or a number from 1 to \d+/],
      ['/source ../../../../etc/passwd', /^No document matches/],
      [`/source ${'x'.repeat(10_000)}`, /^No document matches “x{63}…”/],
      ['/source 0', /^No document matches “0”/],
      ['/source -1', /^No document matches “-1”/],
      ['/source 1e308', /^No document matches/],
      ['/source %2e%2e%2fetc', /^No document matches/],
      ['/source \u202e\u0000<b>', /^No document matches “.*&lt;b&gt;”/s],
      ['/ask', /^Put the question after the command/],
      ['/ask     ', /^Put the question after the command/],
      ['/ask@TestNameBot', /^Put the question after the command/],
      ['/nonsense_command with args', /./],
    ];
    for (const [cmd, expected] of cases) {
      const text = textOf(await askPrivately(28, cmd));
      expect(text, cmd.slice(0, 40)).toMatch(expected);
      expect(text.length, cmd.slice(0, 40)).toBeLessThan(400);
      expect(text, cmd.slice(0, 40)).not.toMatch(STACKY);
    }
    // A 10,000-character question is answered (or declined) too, not crashed on.
    const long = textOf(await askPrivately(28, `/ask ${'Wabtec locomotives '.repeat(520)}`));
    expect(long).not.toMatch(STACKY);
    expect(logsSince(mark).filter((l) => l.level >= 50)).toHaveLength(0);
    expect(t.fatals).toHaveLength(0);
    // still fine afterwards
    expect(textOf(await askPrivately(28, WABTEC))).toContain('300');
  });
});

describe('secrets', () => {
  it('no bot token and no OpenAI key appears in any captured log line of the whole file, though errors carrying them were logged', () => {
    const all = [...t.logs.map((l) => JSON.stringify(l)), ...t.fatals.map((e) => `${e.message}\n${e.stack}`), ...rawOutput].join('\n');
    // The capture works (see beforeAll).
    expect(rawOutput.join('')).toContain('raw output capture check (console)');
    expect(rawOutput.join('')).toContain('raw output capture check (stderr)');
    for (const token of tokens) {
      expect(all).not.toContain(token);
      expect(all).not.toContain(token.split(':')[1]); // the secret half (telegraf keeps the bot id)
    }
    expect(all).not.toContain(OPENAI_KEY);
    expect(all).not.toContain(OPENAI_KEY.slice(8));
    // Errors that carried them were logged, masked: the getUpdates URL (…/bot<token>/getUpdates) and the LLM's 401.
    expect(t.logs.some((l) => /\/bot500002:\[REDACTED\]\/getUpdates failed/.test(String(l.error)))).toBe(true);
    expect(t.logs.some((l) => l.msg === 'LLM answer failed; falling back to the offline answer' && /Incorrect API key provided: \[REDACTED\]/.test(String(l.reason)))).toBe(true);
  });
});
