/**
 * Telegram wiring: createBot builds the Telegraf instance and its handlers; startTelegram
 * launches it (long polling, or a webhook server when WEBHOOK_URL is set) and returns a stop function.
 *
 * Handlers only decide what to do (addressing, access, rate limit) and hand the work to a
 * TaskTracker, so a slow answer never holds up telegraf's update loop or other chats; within a
 * chat the work is queued, so replies come in the order the messages were sent.
 * Every Bot API call goes through withRetryAfter (api.ts): bounded retries for 429 / 5xx, and
 * polling that backs off and keeps going through Telegram outages and dropped connections.
 */
import { Telegraf, type Context, type Telegram } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { Engine } from '../answer/engine.js';
import type { Config } from '../config.js';
import { log, registerSecrets } from '../log.js';
import { AccessPolicy, RateLimiter } from './access.js';
import { groupQuestion, parseCommand, stripMentions, topicOf } from './addressing.js';
import { errorDescription, isConflictError, withRetryAfter } from './api.js';
import { onCommand } from './commands.js';
import { ConversationStore } from './conversation.js';
import { FeedbackLog, FeedbackStore, onCallbackQuery } from './feedback.js';
import { onInlineQuery } from './inline.js';
import { COMMANDS, localeFor, messages } from './messages.js';
import { admit, ask, identity, respond, type BotRuntime } from './runtime.js';
import { startTyping, type Target } from './send.js';
import { TaskTracker } from './tasks.js';
import { handleUpload, linkRequest, onLink } from './upload.js';
import { startWebhookServer, type WebhookServer } from './webhook.js';

export type { BotRuntime } from './runtime.js';

/** Update types the bot handles (sent to getUpdates / setWebhook). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

const runtimes = new WeakMap<Telegraf, BotRuntime>();

/** The shared state of a bot made by createBot (for startTelegram and tests). */
export function botRuntime(bot: Telegraf): BotRuntime {
  const rt = runtimes.get(bot);
  if (!rt) throw new Error('Not a bot created by createBot');
  return rt;
}

export function createBot(engine: Engine, config: Config): Telegraf {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new Error('TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in .env');
  registerSecrets(token, config.WEBHOOK_SECRET, config.OPENAI_API_KEY);
  const bot = new Telegraf(token, {
    telegram: {
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
      // Real HTTP calls even in webhook mode, so errors (429, parse errors) come back to us.
      webhookReply: false,
    },
  });
  withRetryAfter(bot.telegram);

  const rt: BotRuntime = {
    engine,
    config,
    telegram: bot.telegram,
    access: new AccessPolicy({
      allowedChatIds: config.ALLOWED_CHAT_IDS,
      allowedUserIds: config.ALLOWED_USER_IDS,
      adminUserIds: config.ADMIN_USER_IDS,
    }),
    limiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE),
    // Inline queries arrive as the user types: allow more of them.
    inlineLimiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE * 6),
    refusalLimiter: new RateLimiter(1),
    conversations: new ConversationStore(config.HISTORY_TURNS),
    feedback: new FeedbackStore(),
    feedbackLog: new FeedbackLog(config.FEEDBACK_LOG),
    tasks: new TaskTracker(),
  };
  runtimes.set(bot, rt);

  // telegraf makes a fresh Telegram client per update: give it the 429 retry too.
  bot.use((ctx, next) => {
    withRetryAfter(ctx.telegram);
    return next();
  });
  bot.on('message', (ctx) => onMessage(rt, ctx));
  bot.on('callback_query', (ctx) => onCallbackQuery(rt, ctx));
  bot.on('inline_query', (ctx) => onInlineQuery(rt, ctx));
  bot.catch((err, ctx) => {
    // Never crash, never show a stack trace to a user.
    log.error({ err, updateId: ctx.update?.update_id }, 'Unhandled error while processing an update');
  });
  return bot;
}

// ---------------------------------------------------------------------------
// Messages

function onMessage(rt: BotRuntime, ctx: Context): void {
  const msg = ctx.message as Message | undefined;
  const chat = ctx.chat;
  if (!msg || !chat) return;
  const from = msg.from;
  if (from?.is_bot && from.username !== 'GroupAnonymousBot') return; // other bots (incl. ourselves)
  const isPrivate = chat.type === 'private';
  if (!isPrivate && chat.type !== 'group' && chat.type !== 'supergroup') return; // channels
  const locale = localeFor(from?.language_code);
  const me = identity(ctx);
  const target: Target = { chatId: chat.id, threadId: topicOf(msg), replyTo: isPrivate ? undefined : msg.message_id };
  const userId = from?.id;

  if ('text' in msg) {
    const command = parseCommand(msg.text, msg.entities, me);
    const link = isPrivate ? linkRequest(msg.text, command) : undefined; // "/add URL" or only a URL
    if (link !== undefined) return onLink(rt, { target, chatId: chat.id, userId, locale, isPrivate, me }, link);
    if (command) return onCommand(rt, command, { target, chatId: chat.id, userId, locale, isPrivate, me });
    if (msg.text.startsWith('/') && !isPrivate) return; // someone else's command
    const question = isPrivate ? stripMentions(msg.text, msg.entities, me).text : groupQuestion(msg, me);
    if (question === undefined) return; // a group message not addressed to us: stay silent
    return ask(rt, { target, chatId: chat.id, userId, locale, isPrivate, me }, question);
  }

  if (!isPrivate) return; // media in groups: never our business
  if ('document' in msg) {
    if (!admit(rt, target, chat.id, userId, locale, false)) return;
    if (!rt.access.isAdmin(userId)) {
      log.info({ chat: chat.id, user: userId }, 'Refused a document upload from a non-admin');
      respond(rt, 'upload-refused', target, () => messages.uploadAdminsOnly(locale));
      return;
    }
    if (!admit(rt, target, chat.id, userId, locale, true)) return;
    const doc = msg.document;
    respond(rt, 'upload', target, async (signal) => {
      const stopTyping = startTyping(rt.telegram, target);
      try {
        return await handleUpload({ engine: rt.engine, telegram: rt.telegram }, doc, locale, userId ?? chat.id, signal);
      } finally {
        stopTyping();
      }
    });
    return;
  }
  if (!MEDIA_KEYS.some((k) => k in msg)) return; // service messages: nothing to say
  if (!admit(rt, target, chat.id, userId, locale, false)) return;
  respond(rt, 'non-text', target, () => messages.nonText(locale));
}

/** Message kinds a person sends instead of text (they get a one-line hint in private chats). */
const MEDIA_KEYS = [
  'photo', 'sticker', 'voice', 'video', 'video_note', 'audio', 'animation', 'location', 'venue', 'contact', 'poll', 'dice', 'story', 'game',
] as const;

// ---------------------------------------------------------------------------
// Start-up and shutdown

export interface StartOptions {
  /** Stop gracefully and exit on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /**
   * The bot cannot go on (409 Conflict: another poller; polling failed for good).
   * Default: log a clear message, stop, exit with code 1.
   */
  onFatal?: (err: Error) => void;
  /** How long a stop waits for answers in progress before aborting them (default 10 s). */
  drainMs?: number;
}

/** Stops the bot gracefully; `runtime` exposes its shared state (queues, limits, stores) for health checks and tests. */
export interface StopFunction {
  (reason?: string): Promise<void>;
  readonly runtime: BotRuntime;
}

export class ConflictError extends Error {
  override name = 'ConflictError';
}

async function registerCommands(telegram: Telegram): Promise<void> {
  const results = await Promise.allSettled([
    telegram.setMyCommands(COMMANDS.en),
    telegram.setMyCommands(COMMANDS.ru, { language_code: 'ru' }),
  ]);
  for (const r of results) {
    if (r.status === 'rejected') log.warn({ error: errorDescription(r.reason) }, 'setMyCommands failed (cosmetic; the bot works without the command menu)');
  }
}

/**
 * Starts the bot: long polling by default, a webhook server on PORT when WEBHOOK_URL is set.
 * Resolves once the bot is receiving updates; the returned function stops it gracefully.
 */
export async function startTelegram(engine: Engine, config: Config, options: StartOptions = {}): Promise<StopFunction> {
  const bot = createBot(engine, config);
  const rt = botRuntime(bot);
  const mode = config.WEBHOOK_URL ? 'webhook' : 'polling';

  try {
    bot.botInfo = await bot.telegram.getMe();
  } catch (err) {
    throw new Error(`Cannot start the Telegram bot: getMe failed (${errorDescription(err)}). Check TELEGRAM_BOT_TOKEN and network access to the Bot API.`);
  }
  const username = bot.botInfo.username;
  if (rt.access.open) log.warn('ALLOWED_CHAT_IDS and ALLOWED_USER_IDS are both empty: the bot answers anyone who finds it');
  await registerCommands(bot.telegram);

  let stopped = false;
  let webhook: WebhookServer | undefined;
  let pollingDone: Promise<void> | undefined;
  const signals: Array<[NodeJS.Signals, () => void]> = [];

  const stopPolling = async (reason: string): Promise<void> => {
    // bot.stop throws until telegraf has created its polling loop (right after deleteWebhook).
    for (let i = 0; i < 40; i++) {
      try {
        bot.stop(reason);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };

  const stopBot = async (reason = 'stop'): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const [sig, fn] of signals) process.off(sig, fn);
    log.info({ reason, inFlight: rt.tasks.size }, 'Stopping the Telegram bot');
    if (pollingDone) {
      await Promise.race([stopPolling(reason), pollingDone]);
      await pollingDone;
    }
    if (webhook) await webhook.close();
    await rt.tasks.drain(options.drainMs ?? 10_000);
    log.info('Telegram bot stopped');
  };
  const stop: StopFunction = Object.assign(stopBot, { runtime: rt });

  const onFatal =
    options.onFatal ??
    ((err: Error) => {
      log.fatal(err.message);
      void stop('fatal').finally(() => process.exit(1));
    });

  if (config.WEBHOOK_URL) {
    const url = new URL(config.WEBHOOK_URL);
    webhook = await startWebhookServer(bot, { path: url.pathname || '/', secret: config.WEBHOOK_SECRET ?? '', port: config.PORT });
    try {
      await bot.telegram.setWebhook(config.WEBHOOK_URL, {
        secret_token: config.WEBHOOK_SECRET,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    } catch (err) {
      await webhook.close();
      throw new Error(`Cannot start the Telegram bot: setWebhook failed (${errorDescription(err)})`);
    }
  } else {
    pollingDone = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
      () => undefined,
      (err: unknown) => {
        if (stopped) return;
        if (isConflictError(err)) {
          onFatal(
            new ConflictError(
              `Telegram says 409 Conflict (${errorDescription(err)}): another process is already receiving updates for @${username} ` +
                '(a second instance with the same token, or a webhook). Stop the other one; only one poller may run per token.',
            ),
          );
        } else {
          onFatal(new Error(`Telegram polling stopped: ${errorDescription(err)}`));
        }
      },
    );
  }

  if (options.handleSignals ?? true) {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      const fn = (): void => {
        log.info({ signal: sig }, 'Signal received');
        stop(sig).then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once(sig, fn);
      signals.push([sig, fn]);
    }
  }

  const d = engine.describe();
  log.info(
    { bot: `@${username}`, mode, embedder: d.embedder, llm: d.llm, documents: d.documents, chunks: d.chunks, port: webhook?.port },
    `Telegram bot @${username} started (${mode}): embedder ${d.embedder}, LLM ${d.llm ? 'configured' : 'not configured (extractive answers)'}, ` +
      `${d.documents} documents, ${d.chunks} chunks`,
  );
  return stop;
}
