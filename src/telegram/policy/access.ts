/**
 * Who may talk to the bot: the allowlist (chats, users, admins) and the middleware that enforces it
 * with a polite refusal that shows the ids to pass to the owner.
 */
import type { MiddlewareFn } from 'telegraf';
import type { InlineQueryResultArticle } from 'telegraf/types';
import { log } from '../../log.js';
import type { BotContext } from '../context.js';
import { escapeHtml, truncate } from '../presentation/html.js';
import { idsHtml, ui, type Locale } from '../presentation/i18n.js';
import { sendHtml } from '../transport/send.js';
import type { TaskTracker } from '../transport/tasks.js';
import { RateLimiter } from './limits.js';

export interface AccessLists {
  allowedChatIds: readonly number[];
  allowedUserIds: readonly number[];
  adminUserIds: readonly number[];
}

export class AccessPolicy {
  private readonly chats: Set<number>;
  private readonly users: Set<number>;
  private readonly admins: Set<number>;

  constructor(lists: AccessLists) {
    this.chats = new Set(lists.allowedChatIds);
    this.users = new Set(lists.allowedUserIds);
    this.admins = new Set(lists.adminUserIds);
  }

  /** Both allowlists empty: anyone may use the bot. */
  get open(): boolean {
    return this.chats.size === 0 && this.users.size === 0;
  }

  isAdmin(userId: number | undefined): boolean {
    return userId !== undefined && this.admins.has(userId);
  }

  /**
   * A chat is allowed when it is listed, or the user is listed, or the user is an admin.
   * Inline queries have no chat: pass chatId undefined and only the user counts.
   */
  allows(chatId: number | undefined, userId: number | undefined): boolean {
    if (this.open) return true;
    if (chatId !== undefined && this.chats.has(chatId)) return true;
    if (userId !== undefined && (this.users.has(userId) || this.admins.has(userId))) return true;
    return false;
  }
}

/** The single inline result shown to users who may not use the bot. */
export function notAllowedResult(locale: Locale, userId: number): InlineQueryResultArticle {
  const m = ui(locale).inlineNotAllowed(userId);
  return {
    type: 'article',
    id: 'denied',
    title: m.title,
    description: truncate(m.text, 250),
    input_message_content: { message_text: escapeHtml(m.text), parse_mode: 'HTML' },
  };
}

export interface AllowlistOptions {
  /** Runs replies in the background, in the chat's order. */
  tasks: TaskTracker;
  /** At most this many refusal notices per chat per minute (default 1): a stranger's group is not spammed. */
  noticesPerMinute?: number;
}

/** Refuses chats and users not on the list: a notice in chats, an alert on buttons, one result inline. */
export function allowlist(policy: AccessPolicy, options: AllowlistOptions): MiddlewareFn<BotContext> {
  const notices = new RateLimiter(options.noticesPerMinute ?? 1);
  return (ctx, next) => {
    const chatId = ctx.chat?.id;
    const userId = ctx.from?.id;
    if (policy.allows(ctx.inlineQuery ? undefined : chatId, userId)) return next();
    log.info({ chat: chatId, user: userId, update: ctx.updateType }, 'Refused a chat or user that is not on the allowlist');
    const locale = ctx.locale;
    if (ctx.inlineQuery) {
      const id = ctx.inlineQuery.id;
      options.tasks.run('refusal', () => ctx.telegram.answerInlineQuery(id, [notAllowedResult(locale, userId!)], { cache_time: 0, is_personal: true }).then(() => undefined));
    } else if (ctx.callbackQuery) {
      options.tasks.run('refusal', () => ctx.answerCbQuery(ui(locale).callbackNotAllowed, { show_alert: true }).then(() => undefined));
    } else if (chatId !== undefined && notices.take(chatId).ok) {
      const target = ctx.target!;
      options.tasks.run('refusal', async () => void (await sendHtml(ctx.telegram, target, ui(locale).notAllowed(idsHtml(chatId, userId)))), chatId);
    }
  };
}
