/**
 * The bot's telegraf context: what every middleware asks about an update — where a reply goes, in
 * which language, and (once addressing has looked) which question the message asks.
 */
import { Context } from 'telegraf';
import type { Message } from 'telegraf/types';
import { pickLocale, type Locale } from './presentation/i18n.js';
import type { Target } from './transport/send.js';

/** The forum topic a message belongs to (only real topics; Telegram rejects thread ids elsewhere). */
export function topicOf(msg: { is_topic_message?: boolean; message_thread_id?: number }): number | undefined {
  return msg.is_topic_message && msg.message_thread_id !== undefined ? msg.message_thread_id : undefined;
}

export class BotContext extends Context {
  /** The question the message asks the bot (mentions and the command removed), set by `addressing`. */
  question: string | undefined;
  /** Memo of `locale` (computed on first use, after addressing has set the question). */
  localeMemo: Locale | undefined;

  /** The message's text, or its caption (a photo, video or document with a question). */
  get words(): string | undefined {
    const msg = this.message as Message | undefined;
    if (!msg) return this.inlineQuery?.query;
    if ('text' in msg) return msg.text;
    if ('caption' in msg) return msg.caption;
    return undefined;
  }

  /** The UI language: the question's (or message's) language, else the user's language_code. */
  get locale(): Locale {
    this.localeMemo ??= pickLocale(this.question ?? this.words?.replace(/^\/\S+\s*/, ''), this.from?.language_code);
    return this.localeMemo;
  }

  get isPrivate(): boolean {
    return this.chat?.type === 'private';
  }

  /**
   * Where a reply goes: the chat, its forum topic, and in groups the message it answers (so a
   * reply is clearly tied to its question). Undefined for updates without a chat (inline queries).
   */
  get target(): Target | undefined {
    const msg = (this.message ?? (this.callbackQuery?.message as Message | undefined)) as Message | undefined;
    const chat = this.chat ?? msg?.chat;
    if (!chat) return undefined;
    const threadId = msg ? topicOf(msg) : undefined;
    const replyTo = chat.type === 'private' || !this.message ? undefined : this.message.message_id;
    return { chatId: chat.id, threadId, replyTo };
  }
}
