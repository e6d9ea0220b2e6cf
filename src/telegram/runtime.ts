/**
 * The state one bot instance shares between its handlers, and the checks every request passes:
 * access (allowlist, with a polite refusal) and the per-user rate limit.
 */
import type { Context, Telegram } from 'telegraf';
import type { Engine } from '../answer/engine.js';
import type { Config } from '../config.js';
import { log } from '../log.js';
import type { AccessPolicy, RateLimiter } from './access.js';
import type { BotIdentity } from './addressing.js';
import { answerQuestion } from './ask.js';
import type { ConversationStore } from './conversation.js';
import type { FeedbackLog, FeedbackStore } from './feedback.js';
import { messages, type Locale } from './messages.js';
import { sendHtml, type Target } from './send.js';
import type { TaskTracker } from './tasks.js';

/** Everything the handlers share; one per bot instance. */
export interface BotRuntime {
  engine: Engine;
  config: Config;
  telegram: Telegram;
  access: AccessPolicy;
  limiter: RateLimiter;
  inlineLimiter: RateLimiter;
  /** At most one "you are not allowed" notice per chat per minute. */
  refusalLimiter: RateLimiter;
  conversations: ConversationStore;
  feedback: FeedbackStore;
  feedbackLog: FeedbackLog;
  tasks: TaskTracker;
}

/** Where a chat request came from. */
export interface Origin {
  target: Target;
  chatId: number;
  userId: number | undefined;
  locale: Locale;
  isPrivate: boolean;
  me: BotIdentity;
}

/** A question for the engine (already stripped of mentions): checks, then answered in the background. */
export function ask(rt: BotRuntime, o: Origin, question: string): void {
  if (!admit(rt, o.target, o.chatId, o.userId, o.locale, question.length > 0)) return;
  if (!question) {
    respond(rt, 'empty-question', o.target, () => messages.emptyQuestion(o.locale, o.me.username));
    return;
  }
  const deps = { engine: rt.engine, conversations: rt.conversations, feedback: rt.feedback, telegram: rt.telegram };
  const req = { target: o.target, question, userId: o.userId, locale: o.locale, receivedAt: Date.now() };
  rt.tasks.run('answer', (signal) => answerQuestion(deps, req, signal), o.target.chatId);
}

/** The bot's own id and username (from getMe). */
export function identity(ctx: Context): BotIdentity {
  return { id: ctx.botInfo.id, username: ctx.botInfo.username };
}

/**
 * Runs `fn` in the background, replying with its HTML result (if any). Like answers, it is queued
 * behind the chat's earlier work, so replies come in the order the messages were sent.
 */
export function respond(rt: BotRuntime, name: string, target: Target, fn: (signal: AbortSignal) => Promise<string | undefined> | string | undefined): void {
  rt.tasks.run(
    name,
    async (signal) => {
      const html = await fn(signal);
      if (html) await sendHtml(rt.telegram, target, html);
    },
    target.chatId,
  );
}

/** Access check (with a polite refusal), then the rate limit if `counted`. True when the request may proceed. */
export function admit(rt: BotRuntime, target: Target, chatId: number, userId: number | undefined, locale: Locale, counted: boolean): boolean {
  if (!rt.access.allows(chatId, userId)) {
    log.info({ chat: chatId, user: userId }, 'Refused a chat that is not on the allowlist');
    if (rt.refusalLimiter.take(chatId).ok) respond(rt, 'refusal', target, () => messages.notAllowed(locale, chatId, userId));
    return false;
  }
  if (counted) {
    const d = rt.limiter.take(userId ?? chatId);
    if (!d.ok) {
      log.info({ chat: chatId, user: userId, retryAfter: d.retryAfterSec }, 'Rate limit hit');
      if (d.notify) respond(rt, 'rate-limit', target, () => messages.rateLimited(locale, rt.config.RATE_LIMIT_PER_MINUTE, d.retryAfterSec));
      return false;
    }
  }
  return true;
}
