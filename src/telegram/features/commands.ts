/**
 * Bot commands: /start, /help, /sources, /source, /new (under the generous command limit), /ask
 * (under the question quota) and, when a stats provider is given, /stats for admins.
 */
import { Composer, type MiddlewareFn } from 'telegraf';
import { log } from '../../log.js';
import type { BotContext } from '../context.js';
import { emit } from '../events.js';
import { documentCardHtml, documentsHtml, languagesOf, sourceNotFoundHtml } from '../presentation/corpus.js';
import { escapeHtml } from '../presentation/html.js';
import { EXAMPLES, ui, type Locale } from '../presentation/i18n.js';
import { examplesKeyboard } from '../presentation/keyboards.js';
import { conversationKey } from '../state/conversation.js';
import { formatStats, type FeedbackStore } from '../state/feedback-store.js';
import { errorDescription } from '../transport/api.js';
import { sendHtml } from '../transport/send.js';
import { askFromContext, type AskDeps } from './ask.js';
import type { AccessPolicy } from '../policy/access.js';
import { stripMentions } from '../policy/addressing.js';

/** Figures for /stats (e.g. from a feedback store or metrics), as HTML in the asker's language. */
export type StatsProvider = (locale: Locale) => string | Promise<string>;

/** /stats from the feedback store: answers, declines, LLM fallbacks and 👍/👎 by period and language (a table for admins). */
export function feedbackStats(store: Pick<FeedbackStore, 'stats'>): StatsProvider {
  return () => `<pre>${escapeHtml(formatStats(store.stats()))}</pre>`;
}

export interface CommandDeps extends AskDeps {
  access: AccessPolicy;
  /** The command limit (/start, /help, /sources, /source, /new). */
  commandLimit: MiddlewareFn<BotContext>;
  /** The question quota (/ask). */
  questionLimit: MiddlewareFn<BotContext>;
  stats?: StatsProvider;
}

export const COMMAND_NAMES = ['start', 'help', 'ask', 'sources', 'source', 'new', 'stats'] as const;

/** Case-insensitive, like Telegram clients treat commands. */
const named = (name: string): RegExp => new RegExp(`^${name}$`, 'i');

/** A reply in the chat's queue, so it keeps its place among the chat's answers. */
function replyInOrder(deps: CommandDeps, ctx: BotContext, kind: string, html: () => string | Promise<string>, extra?: Parameters<typeof sendHtml>[3]): void {
  const target = ctx.target!;
  deps.tasks.run(
    kind,
    async () => {
      await sendHtml(ctx.telegram, target, await html(), extra);
      emit(deps.events, 'replied', kind);
    },
    target.chatId,
  );
}

export function commands(deps: CommandDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const { engine } = deps;

  c.command(named('start'), deps.commandLimit, (ctx) => {
    const locale = ctx.locale;
    replyInOrder(deps, ctx, 'start', () => ui(locale).start(engine.documents().length, EXAMPLES[locale][0]!), examplesKeyboard(locale, 2));
  });

  c.command(named('help'), deps.commandLimit, (ctx) => {
    const locale = ctx.locale;
    replyInOrder(deps, ctx, 'help', () => {
      const docs = engine.documents();
      return ui(locale).help(docs.length, languagesOf(locale, docs), ctx.botInfo.username, EXAMPLES[locale][1]!);
    });
  });

  c.command(named('sources'), deps.commandLimit, (ctx) => {
    const locale = ctx.locale;
    replyInOrder(deps, ctx, 'sources', () => documentsHtml(locale, engine.documents()));
  });

  c.command(named('source'), deps.commandLimit, (ctx) => {
    const locale = ctx.locale;
    const arg = ctx.payload.trim();
    replyInOrder(deps, ctx, 'source', () => {
      if (!arg) return ui(locale).sourceUsage;
      let found: ReturnType<typeof engine.document>;
      try {
        found = arg.length <= 256 ? engine.document(arg) : undefined;
      } catch (err) {
        log.warn({ arg: arg.slice(0, 64), error: errorDescription(err) }, 'engine.document failed; treating as not found');
      }
      if (!found) return sourceNotFoundHtml(locale, arg, engine.documents().length);
      return documentCardHtml(locale, found.info, found.opening);
    });
  });

  c.command(named('new'), deps.commandLimit, (ctx) => {
    const locale = ctx.locale;
    const target = ctx.target!;
    // In the chat's queue: answers still in progress are remembered first, then forgotten.
    replyInOrder(deps, ctx, 'new', () => {
      deps.conversations.reset(conversationKey(target.chatId, target.threadId));
      return escapeHtml(ui(locale).newConversation);
    });
  });

  c.command(
    named('ask'),
    (ctx, next) => {
      // "/ask @bot question" is fine too; an empty /ask is a usage hint, not a counted question.
      ctx.question = stripMentions(ctx.payload, undefined, { id: ctx.botInfo.id, username: ctx.botInfo.username }).text;
      if (ctx.question) return next();
      const locale = ctx.locale;
      replyInOrder(deps, ctx, 'ask-usage', () => ui(locale).askUsage(EXAMPLES[locale][0]!));
    },
    deps.questionLimit,
    (ctx) => askFromContext(deps, ctx),
  );

  const stats = deps.stats;
  if (stats) {
    c.command(named('stats'), deps.commandLimit, (ctx, next) => {
      if (!deps.access.isAdmin(ctx.from?.id)) return next(); // an unknown command for everyone else
      const locale = ctx.locale;
      replyInOrder(deps, ctx, 'stats', () => stats(locale));
    });
  }
  return c;
}
