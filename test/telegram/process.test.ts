/**
 * The real entry point (src/cli/start.ts, what `npm start` runs) as a child process against the
 * emulator: the "Done when" list in English and Russian; SIGTERM stops it gracefully with
 * exit code 0, answering a follow-up whose rewrite hangs (LLM mode against the local OpenAI-compatible
 * server) and serving /metrics on METRICS_PORT until then; a 409 Conflict from getUpdates ends it
 * with exit code 1 and a clear message.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { htmlToPlain } from '../../src/telegram/presentation/html.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { freePort, startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Node itself with tsx's loader, not the tsx command: that runs the bot in a grandchild, which a SIGKILL of the command
// leaves running (an orphan bot polling a closed emulator after the suite).
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
let emu: TelegramEmulator;
let dir: string;

beforeAll(async () => {
  emu = await startTelegramEmulator();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-proc-'));
  await cp(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
});

afterAll(async () => {
  await emu?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts the bot process; resolves when it has logged its start-up summary. */
function startProcess(token: string, extraEnv: Record<string, string> = {}) {
  // A clean environment and a temp cwd: no developer .env, no real token or API key.
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, 'src/cli/start.ts')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: emu.apiRoot,
      SEEDS_DIR: path.join(dir, 'seeds'),
      INDEX_DIR: path.join(dir, `index-${token.split(':')[0]}`),
      FEEDBACK_DB: path.join(dir, 'feedback.sqlite'),
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

describe('bot process', () => {
  it('exits with code 1 and a clear message on 409 Conflict', { timeout: 90_000 }, async ({ expect }) => {
    const token = '400002:conflict-token';
    emu.failNext('getUpdates', 1, { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }, { token });
    const p = startProcess(token);
    try {
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/409 Conflict.*another process is already receiving updates for @TestNameBot/);
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});

// Its own process, after the one above: on a loaded 2-core machine several TypeScript start-ups at once take minutes.
describe('the real npm start', () => {
  it('meets the "Done when" list in English and Russian, then stops gracefully on SIGTERM', { timeout: 120_000 }, async ({ expect }) => {
    const token = '400003:done-token';
    const p = startProcess(token);
    const mine = (chat: number) => emu.botMessages(token, chat);
    const say = async (userId: number, text: string | undefined, lang: string, extra: object = {}) => {
      const client = emu.client(token, { userId });
      const before = mine(userId).length;
      await client.sendMessage(client.makeMessage(text as string, { from: { language_code: lang }, ...extra } as never));
      return emu.waitFor(() => mine(userId)[before], 8_000, `a reply to ${text ?? 'media'}`);
    };
    const textOf = (m: { message: { text?: unknown } }) => String(m.message.text ?? '');
    try {
      await emu.waitFor(() => /started \(polling\)/.test(p.stderr()), 60_000, 'start-up summary');
      const cases = {
        en: { user: 500, wabtec: 'How many locomotives from Wabtec?', sources: 'Sources', hi: 'hi', greeting: /^Hello!/, caption: 'Where will Mars build its pet food plant?', notice: /^Too many questions/ },
        ru: { user: 600, wabtec: 'Сколько грузовых локомотивов поставит Wabtec?', sources: 'Источники', hi: 'Привет', greeting: /^Здравствуйте!/, caption: 'Где Mars построит завод?', notice: /^Слишком много вопросов/ },
      };
      for (const [lang, c] of Object.entries(cases)) {
        // the Wabtec answer: each quote once, outlet + date + language + file, under 700 characters
        const answer = textOf(await say(c.user + 1, c.wabtec, lang));
        const quotes = [...answer.matchAll(/<blockquote expandable>([^<]+)<\/blockquote>/g)].map((m) => m[1]!);
        expect(quotes.length, lang).toBeGreaterThan(0);
        for (const q of quotes) expect(answer.split(q), lang).toHaveLength(2);
        expect(answer, lang).toMatch(/<b>\[1\]<\/b> (Zakon\.kz|Fakti\.bg) · 2025-09-22 · [^\n]+ · (RU|BG) · 00[01]_[0-9a-f]+\.txt/);
        expect(answer, lang).toContain(`<b>${c.sources}</b>`);
        expect(htmlToPlain(answer).length, lang).toBeLessThan(700);
        // a greeting without buttons
        const hi = await say(c.user + 2, c.hi, lang);
        expect(textOf(hi), lang).toMatch(c.greeting);
        expect(hi.message.reply_markup, lang).toBeUndefined();
        // a captioned photo is answered
        const photo = await say(c.user + 3, undefined, lang, { photo: [{ file_id: 'P', file_unique_id: 'uP', width: 9, height: 9 }], caption: c.caption });
        expect(textOf(photo), lang).toMatch(/^Alatau/);
        // 15 questions in a minute: 15 replies (10 answers, one notice, a reaction on each of the others)
        const client = emu.client(token, { userId: c.user + 4 });
        for (let i = 0; i < 15; i++) await client.sendMessage(client.makeMessage(c.wabtec, { from: { language_code: lang } } as never));
        const replies = () => mine(c.user + 4).length + emu.callsOf('setMessageReaction', token).filter((x) => x.body.chat_id === c.user + 4).length;
        await emu.waitFor(() => replies() >= 15, 15_000, '15 replies');
        expect(mine(c.user + 4).filter((m) => c.notice.test(textOf(m))), lang).toHaveLength(1);
        expect(replies(), lang).toBe(15);
        // inline "Wabtec": no duplicate quotes, the first result states a figure
        const id = `done-${lang}`;
        emu.injectUpdate(token, { inline_query: { id, from: { id: c.user + 5, is_bot: false, first_name: 'I', language_code: lang }, query: 'Wabtec', offset: '' } });
        const call = await emu.waitFor(() => emu.callsOf('answerInlineQuery', token).find((x) => x.body.inline_query_id === id), 8_000, 'inline answer');
        const descriptions = call.body.results.map((r: { description: string }) => r.description);
        expect(new Set(descriptions).size, lang).toBe(descriptions.length);
        expect(descriptions[0], lang).toMatch(/\d/);
      }
      // a Hungarian question gets no English label
      const hu = textOf(await say(700, 'Hány mozdonyt szállít a Wabtec?', 'en'));
      expect(hu).toContain('<b>Források</b>');
      expect(hu).not.toMatch(/Sources|From the sources/);

      // SIGTERM: a graceful stop, exit code 0, and the token never reached a log line
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).toMatch(/"signal":"SIGTERM"/);
      expect(p.stderr()).toMatch(/Telegram bot stopped/);
      expect(p.stderr()).not.toContain(token);
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});

// Its own process too (LLM mode: the index is embedded through the local OpenAI-compatible server).
describe('shutdown with a question in flight', () => {
  let ai: OpenAIServer;
  beforeAll(async () => {
    ai = await startOpenAIServer();
  });
  afterAll(async () => {
    await ai?.close();
  });

  it('SIGTERM while a follow-up’s rewrite hangs: the follow-up is answered offline, then exit 0; /metrics counted it all', { timeout: 120_000 }, async ({ expect }) => {
    const token = '400004:sigterm-token';
    const metricsPort = await freePort();
    // The first completion (the first question's answer) comes at once; every later one hangs.
    let completions = 0;
    ai.onChat(() => (completions++ === 0 ? { text: 'OK' } : { hang: true }));
    const p = startProcess(token, {
      OPENAI_BASE_URL: ai.baseURL,
      OPENAI_API_KEY: 'sk-test-sigterm-0123456789',
      // Far longer than the test: only the shutdown can end the hanging rewrite's wait.
      ANSWER_DEADLINE_MS: '120000',
      METRICS_PORT: String(metricsPort),
      METRICS_TOKEN: 'metrics-T0ken',
    });
    const mine = () => emu.botMessages(token, 800);
    const textOf = (m: { message: { text?: unknown } }) => String(m.message.text ?? '');
    try {
      await emu.waitFor(() => /started \(polling\)/.test(p.stderr()), 90_000, 'start-up summary');
      const client = emu.client(token, { userId: 800 });
      await client.sendMessage(client.makeMessage('How many locomotives from Wabtec?'));
      await emu.waitFor(() => mine()[0], 20_000, 'the first answer');
      await client.sendMessage(client.makeMessage('and how much are they worth?'));
      await emu.waitFor(() => ai.chatRequests().length === 2, 20_000, 'the follow-up’s rewrite reaching the model');

      const scrape = await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: 'Bearer metrics-T0ken' } });
      expect(scrape.status).toBe(200);
      const metrics = await scrape.text();
      expect(metrics).toMatch(/^kzbot_answers_total\{mode="extractive",lang="en"\} 1$/m); // the model's "OK" was no answer: the offline one went out
      expect(metrics).toMatch(/^kzbot_llm_fallbacks_total\{lang="en",reason="invalid"\} 1$/m);
      expect(metrics).toMatch(/^kzbot_index_documents 5$/m);
      expect(metrics).toMatch(/^kzbot_answer_seconds_count\{mode="extractive"\} 1$/m);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401);

      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      const followUp = mine()[1];
      expect(followUp, 'the follow-up was answered').toBeDefined();
      expect(mine()).toHaveLength(2);
      expect(textOf(followUp!)).toContain('The language model gave no usable answer in time; this is the offline answer.');
      expect(textOf(followUp!)).not.toMatch(/restarting/);
      expect(p.stderr()).toMatch(/"unfinished":0[^\n]*Telegram bot stopped/);
      expect(p.stderr()).not.toContain('sk-test-sigterm-0123456789');
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});
