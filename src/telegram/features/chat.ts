/**
 * Chat messages that are not commands: a text or a caption is a question; an admin's document
 * (.pdf, .docx, .html/.htm, .txt, .md) is an upload; other media in a private chat get a one-line hint; an unknown command
 * points to /help in private chats and passes by in groups.
 */
import { Composer, type MiddlewareFn } from 'telegraf';
import type { Message } from 'telegraf/types';
import type { BotContext } from '../context.js';
import { emit } from '../events.js';
import { escapeHtml } from '../presentation/html.js';
import { ui } from '../presentation/i18n.js';
import type { AccessPolicy } from '../policy/access.js';
import { sendHtml, startTyping } from '../transport/send.js';
import { askFromContext, type AskDeps } from './ask.js';
import { handleUpload } from './upload.js';

export interface ChatDeps extends AskDeps {
  access: AccessPolicy;
  questionLimit: MiddlewareFn<BotContext>;
  commandLimit: MiddlewareFn<BotContext>;
}

/** Message kinds a person sends instead of text (they get a one-line hint in private chats). */
const MEDIA_KEYS = [
  'photo', 'sticker', 'voice', 'video', 'video_note', 'audio', 'animation', 'document', 'location', 'venue', 'contact', 'poll', 'dice', 'story', 'game',
] as const;

export function chat(deps: ChatDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  const hint = (ctx: BotContext, kind: string, text: string): void => {
    const target = ctx.target!;
    deps.tasks.run(kind, async () => {
      await sendHtml(ctx.telegram, target, escapeHtml(text));
      emit(deps.events, 'replied', kind);
    }, target.chatId);
  };

  c.on('message', (ctx, next) => {
    const msg = ctx.message as Message;
    // An admin's document in a private chat is an upload (its caption is not a question).
    if ('document' in msg && ctx.isPrivate && deps.access.isAdmin(ctx.from?.id)) return deps.questionLimit(ctx, () => upload(ctx));
    if ('text' in msg && msg.text.startsWith('/') && msg.entities?.[0]?.type === 'bot_command' && msg.entities[0].offset === 0) {
      // Not one of our commands (those were handled before).
      if (ctx.isPrivate) return deps.commandLimit(ctx, async () => hint(ctx, 'unknown-command', ui(ctx.locale).unknownCommand));
      return;
    }
    if (ctx.question !== undefined) return deps.questionLimit(ctx, async () => ask(ctx));
    if (!ctx.isPrivate) return; // media in groups without a question: never our business
    if ('document' in msg) return hint(ctx, 'upload-refused', ui(ctx.locale).uploadAdminsOnly);
    if (MEDIA_KEYS.some((k) => k in msg)) return hint(ctx, 'non-text', ui(ctx.locale).nonText);
    return next(); // service messages: nothing to say
  });

  const ask = (ctx: BotContext): void => askFromContext(deps, ctx);

  const upload = async (ctx: BotContext): Promise<void> => {
    const msg = ctx.message as Message.DocumentMessage;
    const target = ctx.target!;
    const locale = ctx.locale;
    const userId = ctx.from?.id ?? target.chatId;
    deps.tasks.run('upload', async (signal) => {
      const stopTyping = startTyping(ctx.telegram, target);
      try {
        const html = await handleUpload({ engine: deps.engine, telegram: ctx.telegram }, msg.document, locale, userId, signal);
        await sendHtml(ctx.telegram, target, html);
      } finally {
        stopTyping();
      }
    }, target.chatId);
  };

  return c;
}

