/**
 * Inline mode (`@bot words` in any chat): up to 10 quotes that state something about the words —
 * sentences with figures and names first, thank-you lines and headlines last, near-duplicates
 * removed — each titled by outlet, date and language and sending the quote with its citation.
 * An empty query lists the documents. A button opens the private chat; results are cached per query.
 */
import { Composer } from 'telegraf';
import type { InlineQueryResultArticle } from 'telegraf/types';
import type { Engine } from '../../answer/engine.js';
import type { Citation, DocumentInfo } from '../../answer/types.js';
import type { BotContext } from '../context.js';
import { shortTitle, sourceLabel } from '../presentation/answer.js';
import { escapeHtml, truncate } from '../presentation/html.js';
import { ui } from '../presentation/i18n.js';
import type { TaskTracker } from '../transport/tasks.js';

export const INLINE_LIMIT = 10;
/** Candidates looked at before ranking, so a weak first page can be replaced by better ones. */
const CANDIDATES = 30;
const MAX_QUERY_CHARS = 256;
/** Seconds Telegram may reuse the results of one query (the corpus changes rarely). */
const CACHE_SECONDS = 300;

/** "Fakti.bg · 2025-09-22 · BG" — what a person recognises in a list. */
export function inlineTitle(m: { publisher?: string; date?: string; lang: string; title: string }): string {
  return [m.publisher ?? shortTitle(m.title, 40), m.date, m.lang.toUpperCase()].filter(Boolean).join(' · ');
}

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
  const html = `<blockquote>${escapeHtml(truncate(c.quote.trim(), 3500))}</blockquote>\n— ${escapeHtml(sourceLabel({ ...c, pages: c.page ? [c.page] : undefined }))}`;
  return article(`q${i}`, inlineTitle(c), c.quote, html);
}

export function documentResult(d: DocumentInfo, i: number): InlineQueryResultArticle {
  const html = `<b>${escapeHtml(truncate(d.title, 300))}</b>\n${escapeHtml(sourceLabel(d))}`;
  return article(`d${i}`, inlineTitle(d), d.title, html);
}

// ---------------------------------------------------------------------------
// Ranking

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Thanks and courtesies say nothing about the agreements. */
const COURTESY = /благодар|спасиб|рахмет|рақмет|thank|grateful|köszön|hálá/iu;
const FIGURE = /\d/;
/** A capitalised word inside the sentence (not its first word): a name, a company, a place. */
const NAME_INSIDE = /\s\p{Lu}[\p{L}'’-]{2,}/u;

/** How much a sentence states, beyond matching the query: figures and names up, courtesies and headlines down. */
export function factWeight(quote: string, title: string): number {
  let w = 0;
  if (FIGURE.test(quote)) w += 2;
  if (NAME_INSIDE.test(quote)) w += 1;
  if (COURTESY.test(quote)) w -= 3;
  const headline = !/[.!?…»"”]\s*$/.test(quote.trim()) || similarity(quote, title) > 0.7;
  if (headline) w -= 2;
  return w;
}

/** Word-set overlap of two texts (Jaccard), 0–1. */
export function similarity(a: string, b: string): number {
  const x = new Set(wordsOf(a));
  const y = new Set(wordsOf(b));
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

/** Near-duplicates: mostly the same words, or one sentence inside the other. */
const NEAR_DUPLICATE = 0.6;

export function rankQuotes(hits: readonly Citation[], limit = INLINE_LIMIT): Citation[] {
  const scored = hits.map((c, i) => ({ c, key: factWeight(c.quote, c.title) - i * 0.01 }));
  scored.sort((a, b) => b.key - a.key);
  const kept: Citation[] = [];
  for (const { c } of scored) {
    const words = wordsOf(c.quote).join(' ');
    if (kept.some((k) => similarity(k.quote, c.quote) >= NEAR_DUPLICATE || wordsOf(k.quote).join(' ').includes(words))) continue;
    kept.push(c);
    if (kept.length >= limit) break;
  }
  return kept;
}

/** Results for an inline query; [] when nothing matches (Telegram then shows only the button). */
export async function inlineResults(engine: Engine, query: string): Promise<InlineQueryResultArticle[]> {
  const q = query.trim().slice(0, MAX_QUERY_CHARS);
  if (!q) return engine.documents().slice(0, INLINE_LIMIT).map(documentResult);
  return rankQuotes(await engine.lookup(q, CANDIDATES)).map(quoteResult);
}

export interface InlineDeps {
  engine: Engine;
  tasks: TaskTracker;
  /** Results may be shared between users (open bot) or are per user (allowlist). */
  personal: boolean;
}

export function inline(deps: InlineDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on('inline_query', (ctx) => {
    const iq = ctx.inlineQuery;
    const locale = ctx.locale;
    deps.tasks.run('inline', async () => {
      const results = await inlineResults(deps.engine, iq.query);
      await ctx.telegram.answerInlineQuery(iq.id, results, {
        cache_time: CACHE_SECONDS,
        is_personal: deps.personal,
        button: { text: ui(locale).inlineOpenChat, start_parameter: 'inline' },
      });
    });
  });
  return c;
}
