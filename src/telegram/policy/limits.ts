/**
 * How often: per-user sliding-window limits as middlewares, and the notices that tell a person
 * they hit one — one short notice per user per window, a reaction on every other refused message,
 * so each message gets a visible reply and the chat is not flooded with notices.
 */
import type { MiddlewareFn } from 'telegraf';
import type { TelegramEmoji } from 'telegraf/types';
import { log } from '../../log.js';
import type { BotContext } from '../context.js';
import { escapeHtml } from '../presentation/html.js';
import { ui } from '../presentation/i18n.js';
import { LruMap } from '../state/lru.js';
import { errorDescription } from '../transport/api.js';
import { sendHtml } from '../transport/send.js';
import type { TaskTracker } from '../transport/tasks.js';

export interface RateDecision {
  ok: boolean;
  /** When refused: seconds until the oldest counted event leaves the window (≥1). */
  retryAfterSec: number;
}

/**
 * Sliding-window limiter: at most `limit` events per `windowMs` per key.
 * Memory is bounded: at most `maxKeys` keys (least recently used evicted), each holding ≤ limit timestamps.
 */
export class RateLimiter {
  private readonly hits: LruMap<number | string, number[]>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.hits = new LruMap(maxKeys);
  }

  /** Records an event for `key` if allowed. */
  take(key: number | string): RateDecision {
    const t = this.now();
    const times = (this.hits.get(key) ?? []).filter((x) => t - x < this.windowMs);
    let decision: RateDecision;
    if (times.length < this.limit) {
      times.push(t);
      decision = { ok: true, retryAfterSec: 0 };
    } else {
      decision = { ok: false, retryAfterSec: Math.max(1, Math.ceil((times[0]! + this.windowMs - t) / 1000)) };
    }
    this.hits.set(key, times); // most recent; the least recent key beyond maxKeys is forgotten
    return decision;
  }

  get size(): number {
    return this.hits.size;
  }
}

/** Which limit refused an update (for logs and metrics). */
export type LimitName = 'flood' | 'questions' | 'commands' | 'inline';

export interface LimitNoticeOptions {
  tasks: TaskTracker;
  /** The reaction put on refused messages after the notice (one of Telegram's reaction emoji). */
  mark?: TelegramEmoji;
  /** Called on every refusal (metrics). */
  onLimited?: (limit: LimitName, userId: number | undefined) => void;
  maxUsers?: number;
  now?: () => number;
}

/**
 * Tells a person about a limit without flooding the chat: the first refused message of a window
 * gets a notice, later ones a reaction; a refused button press gets a short alert, a refused
 * inline query an empty answer. Shared by all limits, so a user gets one notice per window in all.
 */
export class LimitNotices {
  readonly mark: TelegramEmoji;
  private readonly until: LruMap<number, number>;
  private readonly now: () => number;

  constructor(private readonly options: LimitNoticeOptions) {
    this.mark = options.mark ?? '👀';
    this.until = new LruMap(options.maxUsers ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  refuse(ctx: BotContext, limit: LimitName, retryAfterSec: number, notice: () => string): void {
    const { tasks } = this.options;
    const userId = ctx.from?.id;
    log.info({ chat: ctx.chat?.id, user: userId, limit, retryAfter: retryAfterSec }, 'Rate limit hit');
    this.options.onLimited?.(limit, userId);
    if (ctx.inlineQuery) {
      const id = ctx.inlineQuery.id;
      tasks.run('limit', () => ctx.telegram.answerInlineQuery(id, [], { cache_time: 0, is_personal: true }).then(() => undefined));
      return;
    }
    if (ctx.callbackQuery) {
      const text = ui(ctx.locale).callbackLimited;
      tasks.run('limit', () => ctx.answerCbQuery(text).then(() => undefined));
      return;
    }
    const target = ctx.target;
    const messageId = ctx.message?.message_id;
    if (!target) return;
    const key = userId ?? target.chatId;
    const t = this.now();
    if ((this.until.get(key) ?? 0) <= t) {
      this.until.set(key, t + retryAfterSec * 1000);
      const html = escapeHtml(notice());
      tasks.run('limit-notice', async () => void (await sendHtml(ctx.telegram, target, html)), target.chatId);
      return;
    }
    if (messageId === undefined) return;
    const mark = this.mark;
    tasks.run(
      'limit-mark',
      () =>
        ctx.telegram
          .setMessageReaction(target.chatId, messageId, [{ type: 'emoji', emoji: mark }])
          .then(() => undefined)
          // Reactions can be off in a group: the notice already said what is going on.
          .catch((err: unknown) => log.debug({ chat: target.chatId, error: errorDescription(err) }, 'Could not mark a refused message')),
      target.chatId,
    );
  }
}

export interface RateLimitOptions {
  name: LimitName;
  limiter: RateLimiter;
  notices: LimitNotices;
  /** The notice text for a refusal (plain text, in the user's language). */
  notice: (ctx: BotContext, retryAfterSec: number) => string;
  /** Whose budget an update spends (default: the user, else the chat); undefined = not counted. */
  key?: (ctx: BotContext) => number | undefined;
}

export const userKey = (ctx: BotContext): number | undefined => ctx.from?.id ?? ctx.chat?.id;

/** A per-user limit as a middleware: within budget → next(); over it → a coalesced notice. */
export function rateLimit(options: RateLimitOptions): MiddlewareFn<BotContext> {
  const key = options.key ?? userKey;
  return (ctx, next) => {
    const k = key(ctx);
    if (k === undefined) return next();
    const d = options.limiter.take(k);
    if (d.ok) return next();
    options.notices.refuse(ctx, options.name, d.retryAfterSec, () => options.notice(ctx, d.retryAfterSec));
  };
}
