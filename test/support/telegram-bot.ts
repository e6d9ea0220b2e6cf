/**
 * Shared set-up for the Telegram end-to-end tests: a temp copy of the seeds, the real engine,
 * the emulator + proxy, captured log lines, and bots started with startTelegram against them.
 */
import { mkdtemp, cp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, log, setLogger } from '../../src/log.js';
import { startTelegram, type BotExtras, type TelegramBot } from '../../src/telegram/bot.js';
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { EMULATOR_BOT, startTelegramEmulator, type TelegramEmulator } from './telegram-emulator.js';

export const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface TelegramTestEnv {
  emu: TelegramEmulator;
  engine: Engine;
  dir: string;
  /** Base env every bot config starts from (seeds/index/feedback paths + extra). */
  baseEnv: Record<string, string>;
  logs: LogLine[];
  fatals: Error[];
  startBot(token: string, env?: Record<string, string>, extras?: BotExtras): Promise<{ config: Config; bot: TelegramBot; stop: (reason?: string) => Promise<void> }>;
  /** A bot on a second engine in LLM mode (its own index) against an OpenAI-compatible server. */
  startLlmBot(token: string, openaiBaseURL: string, env?: Record<string, string>): Promise<{ engine: Engine; bot: TelegramBot; stop: (reason?: string) => Promise<void> }>;
  /** Log lines at `level` (30 info, 40 warn, 50 error) whose msg matches. */
  logsMatching(re: RegExp, level?: number): LogLine[];
  /** Sends a private message (or command) from `userId` to the bot `token` and waits for the bot's next message in that chat. */
  askPrivately(token: string, userId: number, text: string, timeoutMs?: number): Promise<StoredBotUpdate>;
  close(): Promise<void>;
}

export async function setupTelegramTest(extraEnv: Record<string, string> = {}): Promise<TelegramTestEnv> {
  const logs: LogLine[] = [];
  const previous = log;
  setLogger(
    createLogger('debug', (line) => {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        /* not JSON: ignore */
      }
    }),
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-tg-'));
  await cp(SEEDS, path.join(dir, 'seeds'), { recursive: true });
  const baseEnv: Record<string, string> = {
    SEEDS_DIR: path.join(dir, 'seeds'),
    INDEX_DIR: path.join(dir, 'index'),
    FEEDBACK_DB: path.join(dir, 'data', 'feedback.sqlite'),
    LOG_LEVEL: 'debug',
    ...extraEnv,
  };
  // Hermetic: no process.env, so a developer's .env (real token, OpenAI key) never leaks into tests.
  const engine = await createEngine(loadConfig(baseEnv));
  const emu = await startTelegramEmulator();
  const bots: TelegramBot[] = [];
  const fatals: Error[] = [];

  return {
    emu,
    engine,
    dir,
    baseEnv,
    logs,
    fatals,
    async startBot(token, env = {}, extras = {}) {
      const config = loadConfig({ ...baseEnv, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: emu.apiRoot, ...env });
      const bot = await startTelegram(engine, config, { handleSignals: false, onFatal: (e) => fatals.push(e), drainMs: 3_000 }, extras);
      bots.push(bot);
      return { config, bot, stop: (reason) => bot.stop(reason) };
    },
    async startLlmBot(token, openaiBaseURL, env = {}) {
      const llmEnv = { ...baseEnv, INDEX_DIR: path.join(dir, 'index-llm'), OPENAI_BASE_URL: openaiBaseURL, OPENAI_API_KEY: 'sk-test-key-0123456789', ...env };
      const llmEngine = await createEngine(loadConfig(llmEnv));
      const config = loadConfig({ ...llmEnv, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: emu.apiRoot });
      const bot = await startTelegram(llmEngine, config, { handleSignals: false, onFatal: (e) => fatals.push(e), drainMs: 3_000 });
      bots.push(bot);
      return { engine: llmEngine, bot, stop: (reason) => bot.stop(reason) };
    },
    logsMatching(re, level) {
      return logs.filter((l) => re.test(String(l.msg)) && (level === undefined || l.level === level));
    },
    async askPrivately(token, userId, text, timeoutMs = 8_000) {
      const before = emu.botMessages(token, userId).length;
      const client = emu.client(token, { userId });
      if (text.startsWith('/')) await client.sendCommand(client.makeCommand(text));
      else await client.sendMessage(client.makeMessage(text));
      return emu.waitFor(() => emu.botMessages(token, userId)[before], timeoutMs, `a reply to "${text.slice(0, 40)}"`);
    },
    async close() {
      await Promise.all(bots.map((b) => b.stop('test end')));
      await emu.close();
      await rm(dir, { recursive: true, force: true });
      setLogger(previous);
    },
  };
}

export { EMULATOR_BOT };

/** A mention entity for `@TestNameBot` at `offset` of a text. */
export function mentionEntity(text: string, username: string = EMULATOR_BOT.username) {
  const offset = text.indexOf(`@${username}`);
  return { type: 'mention' as const, offset, length: username.length + 1 };
}

