/**
 * Inline mode (`@bot words` in any chat): up to 10 matching quotes from engine.lookup, each
 * sending the quote with its citation. An empty query lists the documents.
 */
import type { Context } from 'telegraf';
import type { InlineQueryResultArticle } from 'telegraf/types';
import type { Citation, DocumentInfo } from '../answer/types.js';
import type { Engine } from '../answer/engine.js';
import { citationLabel, escapeHtml, truncate } from './format.js';
import { localeFor, messages, type Locale } from './messages.js';
import type { BotRuntime } from './runtime.js';

/** The single result shown to users who may not use the bot. */
export function notAllowedResult(locale: Locale, userId: number): InlineQueryResultArticle {
  const m = messages.inlineNotAllowed(locale, userId);
  return article('denied', m.title, m.text, escapeHtml(m.text));
}

export const INLINE_LIMIT = 10;
const MAX_QUERY_CHARS = 256;

function article(id: string, title: string, description: string, html: string): InlineQueryResultArticle {
  return {
    type: 'article',
    id,
    title: truncate(title, 120),
    description: truncate(description.replace(/\s+/g, ' ').trim(), 250),
    input_message_content: { message_text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

export function quoteResult(c: Citation, i: number): InlineQueryResultArticle {
  const label = citationLabel(c);
  const html = `<blockquote>${escapeHtml(truncate(c.quote.trim(), 3500))}</blockquote>\n— ${escapeHtml(label)}\n<i>${escapeHtml(truncate(c.title, 200))}</i>`;
  return article(`q${i}`, `${c.file} · ${c.lang.toUpperCase()}`, c.quote, html);
}

export function documentResult(d: DocumentInfo, i: number): InlineQueryResultArticle {
  const label = citationLabel(d);
  const html = `<b>${escapeHtml(truncate(d.title, 300))}</b>\n${escapeHtml(label)}`;
  return article(`d${i}`, `${d.file} · ${d.lang.toUpperCase()}`, d.title, html);
}

/** Results for an inline query; [] when nothing matches (Telegram then shows nothing). */
export async function inlineResults(engine: Engine, query: string): Promise<InlineQueryResultArticle[]> {
  const q = query.trim().slice(0, MAX_QUERY_CHARS);
  if (!q) return engine.documents().slice(0, INLINE_LIMIT).map(documentResult);
  const hits = await engine.lookup(q, INLINE_LIMIT);
  return hits.slice(0, INLINE_LIMIT).map(quoteResult);
}

/** `@bot words`: access check, a generous rate limit, then the results. */
export function onInlineQuery(rt: BotRuntime, ctx: Context): void {
  const iq = ctx.inlineQuery;
  if (!iq) return;
  const locale = localeFor(iq.from.language_code);
  const telegram = rt.telegram;
  rt.tasks.run('inline', async () => {
    if (!rt.access.allows(undefined, iq.from.id)) {
      await telegram.answerInlineQuery(iq.id, [notAllowedResult(locale, iq.from.id)], { cache_time: 0, is_personal: true });
      return;
    }
    if (!rt.inlineLimiter.take(iq.from.id).ok) {
      await telegram.answerInlineQuery(iq.id, [], { cache_time: 0, is_personal: true });
      return;
    }
    const results = await inlineResults(rt.engine, iq.query);
    await telegram.answerInlineQuery(iq.id, results, { cache_time: 30, is_personal: !rt.access.open });
  });
}
