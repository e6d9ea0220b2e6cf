/**
 * What the corpus holds, for people: the /sources list, one document's card (/source), and the
 * summary a refusal gives of what the articles cover (outlets, dates, subjects from the titles).
 */
import type { DocumentInfo } from '../../answer/types.js';
import { shortTitle } from './answer.js';
import { escapeHtml, truncate } from './html.js';
import { ui, type Locale } from './i18n.js';

/** Titles listed in a refusal; the rest are counted ("+2"). */
const COVERAGE_TITLES = 5;

export function languagesOf(locale: Locale, docs: readonly DocumentInfo[]): string {
  return [...new Set(docs.map((d) => d.lang))].map((l) => ui(locale).langNames[l]).join(', ');
}

/** "2025-09-22 – 2025-11-07", or one date, or ''. */
function dateRange(docs: readonly DocumentInfo[]): string {
  const dates = docs.map((d) => d.date).filter((d): d is string => Boolean(d)).sort();
  if (!dates.length) return '';
  return dates[0] === dates.at(-1) ? dates[0]! : `${dates[0]} – ${dates.at(-1)}`;
}

/** HTML: what the articles cover, for a refusal (the reader then knows what to ask). */
export function coverageHtml(locale: Locale, docs: readonly DocumentInfo[]): string {
  const outlets = [...new Set(docs.map((d) => d.publisher).filter((p): p is string => Boolean(p)))].join(', ');
  const head = ui(locale).coverage(docs.length, outlets, dateRange(docs));
  const titles = docs.slice(0, COVERAGE_TITLES).map((d) => `• ${escapeHtml(shortTitle(d.title, 70))}`);
  if (docs.length > COVERAGE_TITLES) titles.push(`• +${docs.length - COVERAGE_TITLES}`);
  return `${escapeHtml(head)}\n${titles.join('\n')}`;
}

export function documentLine(locale: Locale, index: number, d: DocumentInfo): string {
  const meta = [d.publisher, d.date, d.lang.toUpperCase(), `${d.chunks} ${ui(locale).chunks}`].filter(Boolean).join(' · ');
  return `${index}. ${escapeHtml(truncate(d.title, 200))}\n    ${escapeHtml(meta)} · <code>${escapeHtml(d.file)}</code>`;
}

export function documentsHtml(locale: Locale, docs: readonly DocumentInfo[]): string {
  const s = ui(locale);
  if (docs.length === 0) return escapeHtml(s.noDocuments);
  return [s.documentsHead(docs.length), ...docs.map((d, i) => documentLine(locale, i + 1, d))].join('\n\n');
}

export function documentCardHtml(locale: Locale, info: DocumentInfo, opening: string): string {
  const s = ui(locale);
  const lines = [
    `<b>${escapeHtml(info.title)}</b>`,
    `<code>${escapeHtml(info.file)}</code>`,
    `${s.fieldLanguage}: ${info.lang.toUpperCase()} (${escapeHtml(s.langNames[info.lang])})`,
    info.date ? `${s.fieldDate}: ${escapeHtml(info.date)}` : '',
    info.publisher ? `${s.fieldPublisher}: ${escapeHtml(info.publisher)}` : '',
    info.url ? `${s.fieldAddress}: ${escapeHtml(info.url)}` : '',
    `${s.fieldSize}: ${info.chunks} ${s.chunks}, ${info.chars} ${s.chars}`,
  ].filter(Boolean);
  const open = opening.trim();
  return open ? `${lines.join('\n')}\n\n<b>${s.fieldOpening}:</b>\n<blockquote>${escapeHtml(truncate(open, 1500))}</blockquote>` : lines.join('\n');
}

export function sourceNotFoundHtml(locale: Locale, arg: string, count: number): string {
  return ui(locale).sourceNotFound(escapeHtml(truncate(arg.replace(/\s+/g, ' '), 64)), count);
}
