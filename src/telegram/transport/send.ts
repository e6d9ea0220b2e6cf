/**
 * Sending and editing HTML messages: splitting past 4096 characters, replying in the right
 * chat / forum topic, and falling back to plain text when Telegram rejects the HTML.
 */
import type { Telegram } from 'telegraf';
import type { InlineKeyboardMarkup, Message } from 'telegraf/types';
import { log } from '../../log.js';
import { errorDescription, isNotModifiedError, isParseEntitiesError } from './api.js';
import { htmlToPlain, splitHtml } from '../presentation/html.js';

/** Where a reply goes: the chat, the forum topic (if any) and the message it answers (if any). */
export interface Target {
  chatId: number;
  threadId?: number;
  replyTo?: number;
}

function baseExtra(target: Target, replyTo: number | undefined, markup: InlineKeyboardMarkup | undefined) {
  return {
    link_preview_options: { is_disabled: true },
    ...(target.threadId !== undefined ? { message_thread_id: target.threadId } : {}),
    ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    ...(markup ? { reply_markup: markup } : {}),
  };
}

/** Sends one HTML message (must already fit); on "can't parse entities" resends it as plain text. */
export async function sendHtmlMessage(
  telegram: Telegram,
  target: Target,
  html: string,
  options: { replyTo?: number; markup?: InlineKeyboardMarkup } = {},
): Promise<Message.TextMessage> {
  const extra = baseExtra(target, options.replyTo, options.markup);
  try {
    return await telegram.sendMessage(target.chatId, html, { ...extra, parse_mode: 'HTML' });
  } catch (err) {
    if (!isParseEntitiesError(err)) throw err;
    log.warn({ chat: target.chatId, error: errorDescription(err) }, 'Telegram rejected HTML; resending as plain text');
    return await telegram.sendMessage(target.chatId, htmlToPlain(html), extra);
  }
}

/**
 * Sends HTML of any length as one or more messages. The first replies to target.replyTo,
 * the last carries the keyboard. Returns the sent messages.
 */
export async function sendHtml(
  telegram: Telegram,
  target: Target,
  html: string,
  markup?: InlineKeyboardMarkup,
): Promise<Message.TextMessage[]> {
  const pieces = splitHtml(html);
  const sent: Message.TextMessage[] = [];
  for (let i = 0; i < pieces.length; i++) {
    sent.push(
      await sendHtmlMessage(telegram, target, pieces[i]!, {
        replyTo: i === 0 ? target.replyTo : undefined,
        markup: i === pieces.length - 1 ? markup : undefined,
      }),
    );
  }
  return sent;
}

/** Plain text message (no parse mode): for streamed partial answers. */
export function sendPlain(telegram: Telegram, target: Target, text: string, replyTo?: number): Promise<Message.TextMessage> {
  return telegram.sendMessage(target.chatId, text, baseExtra(target, replyTo, undefined));
}

/**
 * Edits a message's text. "message is not modified" is ignored; rejected HTML is retried as plain text.
 * `html: false` sends the text without a parse mode.
 */
export async function editText(
  telegram: Telegram,
  chatId: number,
  messageId: number,
  text: string,
  options: { html?: boolean; markup?: InlineKeyboardMarkup } = {},
): Promise<void> {
  const html = options.html ?? true;
  const extra = {
    link_preview_options: { is_disabled: true },
    ...(options.markup ? { reply_markup: options.markup } : {}),
  };
  try {
    await telegram.editMessageText(chatId, messageId, undefined, text, html ? { ...extra, parse_mode: 'HTML' } : extra);
  } catch (err) {
    if (isNotModifiedError(err)) return;
    if (!html || !isParseEntitiesError(err)) throw err;
    log.warn({ chat: chatId, error: errorDescription(err) }, 'Telegram rejected HTML in an edit; retrying as plain text');
    try {
      await telegram.editMessageText(chatId, messageId, undefined, htmlToPlain(text), extra);
    } catch (err2) {
      if (!isNotModifiedError(err2)) throw err2;
    }
  }
}

/**
 * Shows "typing…" after `delayMs` and then every `intervalMs` until the returned function is called.
 * A delay keeps fast work (an offline answer takes a few ms) from costing a Bot API call that the
 * user would never see. It is cosmetic: failures are logged (once as a warning) and never thrown.
 */
export function startTyping(telegram: Telegram, target: Target, { delayMs = 0, intervalMs = 4_000 } = {}): () => void {
  let warned = false;
  let stopped = false;
  let interval: NodeJS.Timeout | undefined;
  const send = (): void => {
    if (stopped) return;
    telegram
      .sendChatAction(target.chatId, 'typing', target.threadId !== undefined ? { message_thread_id: target.threadId } : {})
      .catch((err: unknown) => {
        if (!warned) log.warn({ chat: target.chatId, error: errorDescription(err) }, 'sendChatAction failed (cosmetic, ignored)');
        else log.debug({ chat: target.chatId, error: errorDescription(err) }, 'sendChatAction failed again');
        warned = true;
      });
  };
  const begin = (): void => {
    send();
    interval = setInterval(send, intervalMs);
    interval.unref?.();
  };
  const delay = setTimeout(begin, delayMs);
  delay.unref?.();
  return () => {
    stopped = true;
    clearTimeout(delay);
    clearInterval(interval);
  };
}
