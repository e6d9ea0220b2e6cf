/**
 * Admin links, in a private chat: a message that is only a URL, or "/add URL", is fetched safely
 * (corpus/fetch-url.ts), its article saved as Markdown named after the outlet and the title, and
 * added like an uploaded file. Runs before questions, so a bare link is never asked as a question;
 * a non-admin is told that only admins add documents.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Composer, type MiddlewareFn } from 'telegraf';
import type { Message } from 'telegraf/types';
import { UploadError, type Engine } from '../../answer/engine.js';
import { UnreadableDocument, urlKey } from '../../corpus/document.js';
import { FetchError, type FetchOptions } from '../../corpus/fetch-url.js';
import { fetchArticle } from '../../corpus/link.js';
import { log } from '../../log.js';
import type { BotContext } from '../context.js';
import { emit, type BotEvents } from '../events.js';
import type { AccessPolicy } from '../policy/access.js';
import { commandOf, type BotIdentity } from '../policy/addressing.js';
import { escapeHtml, truncate } from '../presentation/html.js';
import { localeOfCode, ui, type Locale } from '../presentation/i18n.js';
import { sendHtml, startTyping } from '../transport/send.js';
import type { TaskTracker } from '../transport/tasks.js';

/** Only a URL: "scheme://…" with nothing around it (any scheme, so ftp:// gets its own refusal). */
const ONLY_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** A message that asks to add a link: "/add …" (its argument, maybe '') or a message that is only a URL. */
export function linkRequest(text: string, entities: Message.TextMessage['entities'], bot: BotIdentity): string | undefined {
  const command = commandOf(text, entities, bot);
  if (command) return command.name === 'add' && command.forUs ? text.slice(entities![0]!.length).trim() : undefined;
  const only = text.trim();
  return ONLY_URL.test(only) ? only : undefined;
}

export interface LinkDeps {
  engine: Engine;
  /** Fetch settings (allowLoopback only in tests). */
  fetch: Partial<FetchOptions>;
  /** Where seeds live: a name taken by a file there (even an unreadable one) is not reused. */
  seedsDir: string;
}

/** Fetches a link's article and adds it; returns the HTML reply (one sentence when it is refused). */
export async function handleLink(deps: LinkDeps, link: string, locale: Locale, userId: number, signal: AbortSignal): Promise<string> {
  const { engine } = deps;
  const s = ui(locale);
  const refuse = (reason: string) => s.linkRejected(escapeHtml(reason.replace(/[.\s]+$/, '')));
  // A page is recognised by its canonical address: before fetching, and again with the address the page gives.
  const known = (key: string | undefined) => (key ? engine.documents().find((d) => d.url && urlKey(d.url) === key) : undefined);
  const before = known(urlKey(link));
  if (before) return refuse(s.alreadyInCorpus(before.file));
  const taken = new Set(engine.documents().map((d) => d.file.toLowerCase()));
  const isTaken = (name: string) => taken.has(name.toLowerCase()) || existsSync(path.join(deps.seedsDir, name));
  try {
    const article = await fetchArticle(link, { ...deps.fetch, signal }, isTaken);
    const after = known(urlKey(article.url));
    if (after) return refuse(s.alreadyInCorpus(after.file));
    const info = await engine.addDocument(article.name, article.content);
    log.info({ user: userId, file: info.file, lang: info.lang, chunks: info.chunks, url: article.url }, 'Admin added a link');
    return s.linkAdded({
      fileHtml: escapeHtml(info.file),
      titleHtml: escapeHtml(truncate(info.title, 200)),
      publisherHtml: info.publisher ? escapeHtml(info.publisher) : undefined,
      date: info.date ? escapeHtml(info.date) : undefined,
      lang: `${info.lang.toUpperCase()} (${s.langNames[info.lang]})`,
      chunks: info.chunks,
      total: engine.documents().length,
    });
  } catch (err) {
    if (err instanceof FetchError) {
      log.info({ user: userId, kind: err.kind, reason: err.message }, 'Rejected a link');
      return refuse(s.fetchFailed(err.kind, err.detail));
    }
    if (err instanceof UnreadableDocument || err instanceof UploadError) {
      // The reader's and the engine's reasons are English sentences (shared with seeds/ warnings and the CLI).
      log.info({ user: userId, reason: err.message }, 'Rejected a link');
      return refuse(err.message);
    }
    log.error({ user: userId, err }, 'Adding a link failed');
    return escapeHtml(s.linkFailed);
  }
}

export interface LinksDeps extends LinkDeps {
  tasks: TaskTracker;
  events?: BotEvents;
  access: AccessPolicy;
  /** An admin's link counts against the question quota (it fetches and indexes). */
  questionLimit: MiddlewareFn<BotContext>;
}

export function links(deps: LinksDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  const reply = (ctx: BotContext, kind: string, html: (signal: AbortSignal) => string | Promise<string>, typing = false): void => {
    const target = ctx.target!;
    deps.tasks.run(
      kind,
      async (signal) => {
        const stopTyping = typing ? startTyping(ctx.telegram, target) : () => undefined;
        try {
          await sendHtml(ctx.telegram, target, await html(signal));
        } finally {
          stopTyping();
        }
        emit(deps.events, 'replied', kind);
      },
      target.chatId,
    );
  };

  c.on('message', (ctx, next) => {
    const msg = ctx.message as Message;
    if (!ctx.isPrivate || !('text' in msg)) return next();
    const link = linkRequest(msg.text, msg.entities, { id: ctx.botInfo.id, username: ctx.botInfo.username });
    if (link === undefined) return next();
    // A URL says nothing about the reader's language: reply in the user's own.
    ctx.localeMemo = localeOfCode(ctx.from?.language_code);
    const locale = ctx.locale;
    const userId = ctx.from?.id;
    if (!deps.access.isAdmin(userId)) {
      log.info({ chat: ctx.chat.id, user: userId }, 'Refused a link from a non-admin');
      return reply(ctx, 'link-refused', () => escapeHtml(ui(locale).uploadAdminsOnly));
    }
    if (!link) return reply(ctx, 'link-usage', () => ui(locale).linkUsage);
    return deps.questionLimit(ctx, async () =>
      reply(ctx, 'link', (signal) => handleLink(deps, link, locale, userId ?? ctx.chat.id, signal), true),
    );
  });

  return c;
}
