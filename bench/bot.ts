/**
 * Section 3 — bot throughput end to end through the Bot API emulator (telegram-test-api, behind the
 * proxy from test/support/telegram-emulator.ts). The bot is the real app in its own process
 * (`node --import tsx src/cli/start.ts` → createEngine + startTelegram, long polling, offline mode);
 * this process runs the emulator and the simulated users. Each user is a private chat that sends its
 * questions one after another (golden questions, cycled), waiting for the answer before the next, so
 * `users` questions are in flight at once.
 *
 * An answer is the bot message that carries the feedback keyboard (the last piece of every answer,
 * covered or not); anything else the bot sends to that chat (rate-limit notice, failure notice) is
 * counted in `other`. Latency: from the user's message entering the emulator to the answer reaching it.
 *
 * Users' messages enter the emulator through its own addUserMessage (what its /sendMessage client
 * route calls), not over HTTP: on Telegram they come from the users' apps, not through the Bot API,
 * and an HTTP hop per simulated user would only measure the emulator's Express stack. Everything
 * the bot does (getUpdates, sendMessage, sendChatAction) is HTTP through the proxy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTelegramEmulator, type TelegramEmulator } from '../test/support/telegram-emulator.js';
import { loadGolden, SEEDS_DIR } from './corpus.js';
import { mean, note, percentile, round, ROOT, tsxNodeArgs } from './util.js';

export interface BotOptions {
  users: number;
  questions: number;
  /** Give up on one answer after this long (it then counts as unanswered). */
  answerTimeoutMs: number;
}

export interface BotFigures {
  users: number;
  sent: number;
  answered: number;
  other: number;
  wall_s: number;
  answers_per_s: number;
  latency_p50_ms: number;
  latency_p95_ms: number;
  latency_mean_ms: number;
  latency_max_ms: number;
  /** Bot process from spawn until it polls for updates (engine + index build + getMe + setMyCommands). */
  bot_start_ms: number;
  /** CPU the bot process spent per answer during the run (user + system). */
  bot_cpu_ms_per_answer: number;
  /** Answers per second one core could serve at that cost: how far the bot is from being the bottleneck. */
  bot_capacity_answers_per_s: number;
  /** CPU this process (emulator, proxy and the 50 simulated users) spent per answer. */
  emulator_cpu_ms_per_answer: number;
}

/** CPU time of another process so far, in ms, from /proc (Linux); NaN elsewhere. */
async function processCpuMs(pid: number | undefined): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 1/100 s ticks
  } catch {
    return Number.NaN;
  }
}

const TOKEN = '424242:bench-token';

interface Waiter {
  /** A bot message for this chat: with the feedback keyboard (an answer's last piece) or without. */
  onMessage: (withKeyboard: boolean) => void;
}

/** How long a message without keyboard waits for the rest of a split answer before it counts as a non-answer. */
const PIECE_GRACE_MS = 1_000;

async function waitUntil(cond: () => boolean, timeoutMs: number, what: string, child?: ChildProcess): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the bot process exited with code ${child.exitCode}`);
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function benchBot(options: BotOptions): Promise<BotFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-bench-bot-'));
  await cp(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
  const golden = loadGolden().map((g) => g.q);
  let emu: TelegramEmulator | undefined;
  let child: ChildProcess | undefined;
  let stderrTail = '';
  try {
    emu = await startTelegramEmulator();
    const server = emu.server;

    // Replies are matched to users by chat id as the emulator stores them.
    const waiters = new Map<number, Waiter>();
    server.on('AddedBotMessage', () => {
      const stored = server.storage.botMessages[server.storage.botMessages.length - 1];
      if (!stored || stored.botToken !== TOKEN) return;
      const waiter = waiters.get(Number(stored.message.chat_id));
      if (!waiter) return;
      const markup = stored.message.reply_markup as { inline_keyboard?: unknown } | undefined;
      waiter.onMessage(Boolean(markup?.inline_keyboard));
    });

    note(`bot: starting the bot process (src/cli/start.ts) against the emulator`);
    const spawned = performance.now();
    child = spawn(process.execPath, tsxNodeArgs(path.join(ROOT, 'src/cli/start.ts')), {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SEEDS_DIR: path.join(dir, 'seeds'),
        INDEX_DIR: path.join(dir, 'index'),
        FEEDBACK_DB: path.join(dir, 'feedback.sqlite'),
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: emu.apiRoot,
        // 50 users × 20 questions in a few seconds: far past the per-user limit meant for people.
        RATE_LIMIT_PER_MINUTE: '1000000',
        LOG_LEVEL: 'warn',
        OPENAI_API_KEY: '',
      },
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderrTail = (stderrTail + d).slice(-4000)));
    await waitUntil(() => emu!.callsOf('getUpdates', TOKEN).length > 0, 90_000, 'the bot to start polling', child);
    const botStartMs = performance.now() - spawned;

    note(`bot: ${options.users} users send ${options.questions} questions`);
    const latencies: number[] = [];
    let answered = 0;
    let other = 0;
    let sent = 0;
    const started = performance.now();
    const botCpuBefore = await processCpuMs(child.pid);
    const ownCpuBefore = process.cpuUsage();
    const user = async (u: number) => {
      const userId = 10_001 + u;
      const client = emu!.client(TOKEN, { userId, firstName: `User${u}`, userName: `bench_user_${u}` });
      for (let k = u; k < options.questions; k += options.users) {
        const text = golden[k % golden.length]!;
        const reply = new Promise<'answer' | 'other' | 'timeout'>((resolve) => {
          let timer = setTimeout(() => resolve('timeout'), options.answerTimeoutMs);
          waiters.set(userId, {
            onMessage: (withKeyboard) => {
              clearTimeout(timer);
              if (withKeyboard) resolve('answer');
              else timer = setTimeout(() => resolve('other'), PIECE_GRACE_MS);
            },
          });
        });
        const t0 = performance.now();
        sent++;
        await server.addUserMessage(client.makeMessage(text));
        const kind = await reply;
        waiters.delete(userId);
        if (kind === 'answer') {
          answered++;
          latencies.push(performance.now() - t0);
        } else if (kind === 'other') other++;
      }
    };
    await Promise.all(Array.from({ length: options.users }, (_, u) => user(u)));
    const wallS = (performance.now() - started) / 1000;
    const botCpuMs = (await processCpuMs(child.pid)) - botCpuBefore;
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const perAnswer = (ms: number) => round(ms / Math.max(1, answered), 2);

    return {
      users: options.users,
      sent,
      answered,
      other,
      wall_s: round(wallS, 2),
      answers_per_s: round(answered / wallS, 1),
      latency_p50_ms: round(percentile(latencies, 50), 1),
      latency_p95_ms: round(percentile(latencies, 95), 1),
      latency_mean_ms: round(mean(latencies), 1),
      latency_max_ms: round(latencies.length ? Math.max(...latencies) : Number.NaN, 1),
      bot_start_ms: round(botStartMs, 0),
      bot_cpu_ms_per_answer: perAnswer(botCpuMs),
      bot_capacity_answers_per_s: round((1000 * Math.max(1, answered)) / botCpuMs, 0),
      emulator_cpu_ms_per_answer: perAnswer((ownCpu.user + ownCpu.system) / 1000),
    };
  } catch (error) {
    if (stderrTail) note(`bot: the bot process's last log lines:\n${stderrTail}`);
    throw error;
  } finally {
    if (child) await stopChild(child);
    await emu?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
