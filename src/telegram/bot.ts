/**
 * The Telegram bot, composed from telegraf middlewares:
 *
 *   retry → addressing → allowlist → flood cap → commands → buttons → inline → admin links → chat messages
 *
 * transport/ talks to the Bot API (retries, sending and splitting, streaming, the per-chat work
 * queue); policy/ decides who is talking to us and how often (addressing, allowlist, limits);
 * features/ does the work (questions, commands, buttons, inline, uploads and links); presentation/ renders
 * every text in the reader's language; state/ holds the bounded per-chat memory.
 *
 * Handlers only decide what to do and hand the slow part to the TaskTracker, so a slow answer
 * never holds up telegraf's update loop or other chats; within a chat, replies keep the order of
 * the messages. TelegramBot owns start (polling or webhook, and the metrics endpoint) and a
 * graceful stop: intake stops, questions in flight or queued are answered offline at once, and any
 * that still cannot be sent in time are told to ask again.
 */
import { Telegraf, type Telegram } from 'telegraf';
import type { Engine } from '../answer/engine.js';
import type { Config } from '../config.js';
import { log, registerSecrets } from '../log.js';
import { startMetricsServer, type MetricsServer, type MetricsSource } from '../metrics-http.js';
import { BotContext } from './context.js';
import { emit, type BotEvents } from './events.js';
import { buttons } from './features/buttons.js';
import { chat } from './features/chat.js';
import { commands, feedbackStats, type StatsProvider } from './features/commands.js';
import { inline } from './features/inline.js';
import { links } from './features/links.js';
import { AccessPolicy, allowlist } from './policy/access.js';
import { addressing } from './policy/addressing.js';
import { LimitNotices, rateLimit, RateLimiter, userKey } from './policy/limits.js';
import { COMMANDS, LOCALES, ui } from './presentation/i18n.js';
import { ConversationStore } from './state/conversation.js';
import { SqliteFeedbackStore, type FeedbackStore } from './state/feedback-store.js';
import { errorDescription, isConflictError, withRetryAfter } from './transport/api.js';
import { TaskTracker } from './transport/tasks.js';
import { startWebhookServer, type WebhookServer } from './webhook.js';

/** Update types the bot handles (sent to getUpdates / setWebhook). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

export interface BotLimits {
  /** Questions per user per minute (RATE_LIMIT_PER_MINUTE). */
  questionsPerMinute: number;
  /** /start, /help, /sources, /source, /new per user per minute. */
  commandsPerMinute: number;
  /** Inline queries per user per minute (they arrive as the user types). */
  inlinePerMinute: number;
  /** Every update of a user (messages, stickers, buttons, commands) per minute. */
  floodPerMinute: number;
}

/** The limits a config asks for (see .env.example). */
export function limitsFrom(config: Config): BotLimits {
  const q = config.RATE_LIMIT_PER_MINUTE;
  return {
    questionsPerMinute: q,
    commandsPerMinute: config.COMMAND_LIMIT_PER_MINUTE ?? Math.max(30, q),
    inlinePerMinute: q * 6,
    floodPerMinute: config.FLOOD_LIMIT_PER_MINUTE ?? Math.max(60, q * 3),
  };
}

/** What createBot can be given instead of its defaults. */
export interface BotExtras {
  /** Where answers sent and votes are kept (default: the SQLite database at FEEDBACK_DB, closed by stop()). */
  feedback?: FeedbackStore;
  /** Metrics hooks (metricsEvents(metrics) from ./events.js feeds Prometheus). */
  events?: BotEvents;
  /** /stats for admins (default: the feedback store's figures). */
  stats?: StatsProvider;
  /** Served at GET /metrics: on PORT in webhook mode, on METRICS_PORT (when set) in polling mode. */
  metrics?: MetricsSource;
  /** Overrides for the limits derived from the config. */
  limits?: Partial<BotLimits>;
}

export interface StartOptions {
  /** Stop gracefully and exit on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /**
   * The bot cannot go on (409 Conflict: another poller; polling failed for good).
   * Default: log a clear message, stop, exit with code 1.
   */
  onFatal?: (err: Error) => void;
  /**
   * How long a stop waits for the questions in flight and queued, answered offline at once, to be
   * sent before the rest are told to ask again (default: ANSWER_DEADLINE_MS, at most 5 s).
   */
  drainMs?: number;
}

export class ConflictError extends Error {
  override name = 'ConflictError';
}

export class TelegramBot {
  readonly telegraf: Telegraf<BotContext>;
  private readonly tasks = new TaskTracker();
  private readonly access: AccessPolicy;
  private stopped = false;
  private webhook: WebhookServer | undefined;
  private pollingDone: Promise<void> | undefined;
  private signals: Array<[NodeJS.Signals, () => void]> = [];
  private drainMs: number;
  private metricsServer: MetricsServer | undefined;
  /** The feedback store this bot opened itself (an injected one belongs to its owner). */
  private ownedFeedback: FeedbackStore | undefined;
  private readonly extras: BotExtras;

  constructor(
    private readonly engine: Engine,
    private readonly config: Config,
    extras: BotExtras = {},
  ) {
    const token = config.TELEGRAM_BOT_TOKEN;
    if (!token) throw new Error('TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in .env');
    registerSecrets(token, config.WEBHOOK_SECRET, config.OPENAI_API_KEY, config.METRICS_TOKEN);
    this.extras = extras;
    // Offline answers need no waiting, so a few seconds send them; the default fits Docker's 10 s stop.
    this.drainMs = Math.min(config.ANSWER_DEADLINE_MS, 5_000);
    this.telegraf = new Telegraf<BotContext>(token, {
      contextType: BotContext,
      telegram: {
        ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
        // Real HTTP calls even in webhook mode, so errors (429, parse errors) come back to us.
        webhookReply: false,
      },
    });
    withRetryAfter(this.telegraf.telegram, this.retryOptions);
    this.access = new AccessPolicy({ allowedChatIds: config.ALLOWED_CHAT_IDS, allowedUserIds: config.ALLOWED_USER_IDS, adminUserIds: config.ADMIN_USER_IDS });
    this.compose(extras);
  }

  /** Bot API retries, counting 429s for metrics. */
  private get retryOptions() {
    const events = this.extras.events;
    return { on429: (method: string) => emit(events, 'telegram429', method) };
  }

  private compose(extras: BotExtras): void {
    const { engine, tasks, access } = this;
    const events = extras.events;
    const feedback = extras.feedback ?? (this.ownedFeedback = SqliteFeedbackStore.open(this.config.FEEDBACK_DB));
    const limits = { ...limitsFrom(this.config), ...extras.limits };
    const notices = new LimitNotices({ tasks, onLimited: (limit, user) => emit(events, 'limited', limit, user) });
    const deps = {
      engine,
      tasks,
      events,
      access,
      conversations: new ConversationStore(this.config.HISTORY_TURNS),
      feedback,
      stats: extras.stats ?? feedbackStats(feedback),
      questionLimit: rateLimit({
        name: 'questions',
        limiter: new RateLimiter(limits.questionsPerMinute),
        notices,
        notice: (ctx, s) => ui(ctx.locale).questionLimit(limits.questionsPerMinute, s, notices.mark),
        // An empty question is a hint, not a question; a button press always asks one.
        key: (ctx) => (ctx.callbackQuery || ctx.question ? userKey(ctx) : undefined),
      }),
      commandLimit: rateLimit({
        name: 'commands',
        limiter: new RateLimiter(limits.commandsPerMinute),
        notices,
        notice: (ctx, s) => ui(ctx.locale).tooManyMessages(s, notices.mark),
      }),
    };
    const bot = this.telegraf;

    // telegraf makes a fresh Telegram client per update: give it the 429 retry too.
    bot.use((ctx, next) => {
      withRetryAfter(ctx.telegram, this.retryOptions);
      emit(events, 'update', ctx.updateType);
      return next();
    });
    bot.use(addressing());
    bot.use(allowlist(access, { tasks }));
    bot.use(
      rateLimit({
        name: 'flood',
        limiter: new RateLimiter(limits.floodPerMinute),
        notices,
        notice: (ctx, s) => ui(ctx.locale).tooManyMessages(s, notices.mark),
      }),
    );
    bot.use(commands(deps));
    bot.use(buttons(deps));
    bot.use(
      rateLimit({ name: 'inline', limiter: new RateLimiter(limits.inlinePerMinute), notices, notice: () => '', key: (ctx) => (ctx.inlineQuery ? ctx.from?.id : undefined) }),
    );
    bot.use(inline({ engine, tasks, personal: !access.open }));
    // Before chat: a private message that is only a URL is an admin's link, not a question.
    bot.use(links({ ...deps, fetch: { allowLoopback: this.config.FETCH_ALLOW_LOOPBACK }, seedsDir: this.config.SEEDS_DIR }));
    bot.use(chat(deps));
    bot.catch((err, ctx) => {
      // Never crash, never show a stack trace to a user.
      log.error({ err, updateId: ctx.update?.update_id }, 'Unhandled error while processing an update');
    });
  }

  /** Work queued or running (answers, notices): for health checks and metrics. */
  get inFlight(): number {
    return this.tasks.size;
  }

  private async registerCommands(telegram: Telegram): Promise<void> {
    const results = await Promise.allSettled(
      LOCALES.map((l) => (l === 'en' ? telegram.setMyCommands(COMMANDS.en) : telegram.setMyCommands(COMMANDS[l], { language_code: l }))),
    );
    for (const r of results) {
      if (r.status === 'rejected') log.warn({ error: errorDescription(r.reason) }, 'setMyCommands failed (cosmetic; the bot works without the command menu)');
    }
  }

  /**
   * Starts receiving updates: long polling by default, a webhook server on PORT when WEBHOOK_URL is
   * set. Resolves once the bot is receiving them.
   */
  async start(options: StartOptions = {}): Promise<void> {
    const { config, engine } = this;
    const bot = this.telegraf;
    this.drainMs = options.drainMs ?? this.drainMs;
    const mode = config.WEBHOOK_URL ? 'webhook' : 'polling';
    try {
      bot.botInfo = await bot.telegram.getMe();
    } catch (err) {
      throw new Error(`Cannot start the Telegram bot: getMe failed (${errorDescription(err)}). Check TELEGRAM_BOT_TOKEN and network access to the Bot API.`);
    }
    const username = bot.botInfo.username;
    if (this.access.open) log.warn('ALLOWED_CHAT_IDS and ALLOWED_USER_IDS are both empty: the bot answers anyone who finds it');
    await this.registerCommands(bot.telegram);

    const onFatal =
      options.onFatal ??
      ((err: Error) => {
        log.fatal(err.message);
        void this.stop('fatal').finally(() => process.exit(1));
      });

    if (config.WEBHOOK_URL) {
      const url = new URL(config.WEBHOOK_URL);
      const metrics = this.extras.metrics && { metrics: this.extras.metrics, token: config.METRICS_TOKEN };
      this.webhook = await startWebhookServer(bot as unknown as Telegraf, { path: url.pathname || '/', secret: config.WEBHOOK_SECRET ?? '', port: config.PORT, metrics });
      try {
        await bot.telegram.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES] });
      } catch (err) {
        await this.webhook.close();
        throw new Error(`Cannot start the Telegram bot: setWebhook failed (${errorDescription(err)})`);
      }
    } else {
      if (config.METRICS_PORT && this.extras.metrics) {
        this.metricsServer = await startMetricsServer({ port: config.METRICS_PORT, token: config.METRICS_TOKEN, metrics: this.extras.metrics });
      }
      this.pollingDone = bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).then(
        () => undefined,
        (err: unknown) => {
          if (this.stopped) return;
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
          // A signal repeated by a process manager or a wrapper (npm, tsx) must not cut the answers in flight short.
          if (this.stopped) return void log.info({ signal: sig }, 'Signal received while stopping; finishing the answers in flight');
          log.info({ signal: sig }, 'Signal received');
          this.stop(sig).then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.on(sig, fn);
        this.signals.push([sig, fn]);
      }
    }

    const d = engine.describe();
    log.info(
      { bot: `@${username}`, mode, embedder: d.embedder, llm: d.llm, documents: d.documents, chunks: d.chunks, port: this.webhook?.port, metricsPort: this.metricsServer?.port },
      `Telegram bot @${username} started (${mode}): embedder ${d.embedder}, LLM ${d.llm ? 'configured' : 'not configured (extractive answers)'}, ` +
        `${d.documents} documents, ${d.chunks} chunks`,
    );
  }

  /** Where GET /metrics is served in polling mode (METRICS_PORT; 0 picks a free port), when it is. */
  get metricsPort(): number | undefined {
    return this.metricsServer?.port;
  }

  /**
   * Stops taking updates; answers every question in flight or queued at once (offline: the engine
   * stops waiting on the model when the tasks' signal aborts), waits up to drainMs for those answers
   * to be sent, tells the askers of any still unsent to ask again, then closes the metrics endpoint
   * and the feedback database.
   */
  async stop(reason = 'stop'): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    log.info({ reason, inFlight: this.tasks.size }, 'Stopping the Telegram bot');
    if (this.pollingDone) {
      await Promise.race([this.stopPolling(reason), this.pollingDone]);
      await this.pollingDone;
    }
    if (this.webhook) await this.webhook.close();
    const unfinished = await this.tasks.drain(this.drainMs);
    await this.metricsServer?.close();
    this.ownedFeedback?.close();
    for (const [sig, fn] of this.signals) process.off(sig, fn);
    log.info({ unfinished }, 'Telegram bot stopped');
  }

  private async stopPolling(reason: string): Promise<void> {
    // bot.stop throws until telegraf has created its polling loop (right after deleteWebhook).
    for (let i = 0; i < 40; i++) {
      try {
        this.telegraf.stop(reason);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
}

/** Builds the bot (not started): engine, config and optional injected stores, hooks and limits. */
export function createBot(engine: Engine, config: Config, extras: BotExtras = {}): TelegramBot {
  return new TelegramBot(engine, config, extras);
}

/** Builds and starts the bot; the returned bot's stop() shuts it down gracefully. */
export async function startTelegram(engine: Engine, config: Config, options: StartOptions = {}, extras: BotExtras = {}): Promise<TelegramBot> {
  const bot = createBot(engine, config, extras);
  await bot.start(options);
  return bot;
}
