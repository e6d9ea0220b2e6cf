/**
 * An answer as a person reads it in Telegram: the lead (the key fact with its [n] markers), an
 * optional note, then the sources — one number per file, a line that leads with outlet, date and a
 * short title and keeps the language and file name, and each quote once, in the file's expandable
 * blockquote. Built from the structured AnswerResult; the only text it looks into is the answer's
 * markers and the «quote» [n] lines the offline answerer repeats from its citations.
 */
import type { AnswerResult, Citation, DocumentInfo } from '../../answer/types.js';
import { escapeRegExp } from '../../language/discourse.js';
import type { Lang } from '../../language/lang.js';
import { escapeHtml, TELEGRAM_TEXT_LIMIT, truncate } from './html.js';
import { ui } from './i18n.js';

/** What a source line shows about a file (citation fields, completed from the document list). */
export interface SourceMeta {
  file: string;
  lang: Lang;
  title: string;
  date?: string;
  publisher?: string;
  /** Pages of a paged source (PDF) that the quotes are on. */
  pages?: readonly number[];
}

/** Finds a document's metadata by file name (to complete a citation or a related passage). */
export type DocumentLookup = (file: string) => DocumentInfo | undefined;

const SHORT_TITLE_CHARS = 48;

/** Cuts at a word boundary: "Казахстан подписал соглашение с мировым…". */
export function shortTitle(title: string, max = SHORT_TITLE_CHARS): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** "p. 2", "p. 1, 3": the pages a PDF's quotes are on. */
export function pagesLabel(pages: readonly number[] | undefined): string {
  const unique = [...new Set(pages ?? [])].sort((a, b) => a - b);
  return unique.length ? `p. ${unique.join(', ')}` : '';
}

/** "Fakti.bg · 2025-09-22 · Short title… · BG · 001_x.txt", "… · RU · statement.pdf p. 2" (plain text). */
export function sourceLabel(m: SourceMeta): string {
  const pages = pagesLabel(m.pages);
  return [m.publisher, m.date, shortTitle(m.title), m.lang.toUpperCase(), pages ? `${m.file} ${pages}` : m.file]
    .filter((p): p is string => Boolean(p && p.trim()))
    .join(' · ');
}

function complete(m: SourceMeta, lookup: DocumentLookup | undefined): SourceMeta {
  const d = lookup?.(m.file);
  return { ...m, title: m.title || d?.title || m.file, date: m.date ?? d?.date, publisher: m.publisher ?? d?.publisher };
}

// ---------------------------------------------------------------------------
// Markers

/** A run of adjacent markers: "[1]", "[1][2]", "[1, 3]". */
const MARKER_RUN = /\[\d+(?:\s*[,;]\s*\d+)*\](?:\s?\[\d+(?:\s*[,;]\s*\d+)*\])*/g;

const numbersIn = (run: string): number[] => [...run.matchAll(/\d+/g)].map((m) => Number(m[0]));

/**
 * Renumbers markers so that each file has one number, in order of first appearance. `fileOf` maps a
 * marker's number to its file (undefined: the marker is dropped). Returns the text and the files in
 * display order (display number = index + 1).
 */
export function renumberByFile(text: string, fileOf: (n: number) => string | undefined): { text: string; files: string[] } {
  const files: string[] = [];
  const out = text.replace(MARKER_RUN, (run) => {
    const shown: number[] = [];
    for (const n of numbersIn(run)) {
      const file = fileOf(n);
      if (file === undefined) continue;
      let k = files.indexOf(file);
      if (k < 0) k = files.push(file) - 1;
      if (!shown.includes(k + 1)) shown.push(k + 1);
    }
    return shown.sort((a, b) => a - b).map((k) => `[${k}]`).join('');
  });
  // A dropped marker may leave "fact ." or a double space behind.
  return { text: out.replace(/[ \t]+([.,;:!?])/g, '$1').replace(/[ \t]{2,}/g, ' '), files };
}

/**
 * Removes what only repeats a citation's quote ("«…» [2]", one or several lines): the quote is
 * shown once, under its source.
 */
function withoutRepeatedQuotes(answer: string, citations: readonly Citation[]): string {
  let text = answer;
  for (const c of citations) {
    const quote = c.quote.trim();
    if (!quote) continue;
    const pattern = new RegExp(`«\\s*${escapeRegExp(quote)}\\s*»[ \\t]*(?:\\[\\d+(?:\\s*[,;]\\s*\\d+)*\\][ \\t]*)*`, 'g');
    text = text.replace(pattern, '');
  }
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// ---------------------------------------------------------------------------
// Layout

export interface AnswerLayout {
  html: string;
  /** Files in the order of their numbers. */
  files: string[];
}

function sourceBlock(label: string, quotes: string[]): string {
  const unique = [...new Set(quotes.map((q) => q.trim()).filter(Boolean))];
  const head = escapeHtml(label);
  return unique.length ? `${head}\n<blockquote expandable>${unique.map(escapeHtml).join('\n\n')}</blockquote>` : head;
}

/**
 * The whole answer as Telegram HTML (may exceed 4096 characters; the sender splits it). Labels are
 * in the answer's language, so no English heading sits under a Hungarian lead.
 */
export function layoutAnswer(result: AnswerResult, lookup?: DocumentLookup): AnswerLayout {
  const s = ui(result.language);
  const byN = new Map(result.citations.map((c) => [c.n, c]));
  // The offline answerer repeats each quote in its text; the LLM's prose is kept as written.
  const lead = result.mode === 'extractive' ? withoutRepeatedQuotes(result.answer, result.citations) : result.answer.trim();
  const { text, files } = renumberByFile(lead, (n) => byN.get(n)?.file);
  // An answer without markers still lists what it drew on (the engine lists only cited sources).
  if (files.length === 0) for (const c of result.citations) if (!files.includes(c.file)) files.push(c.file);

  const parts = [escapeHtml(text)];
  if (result.note?.trim()) parts.push(`<i>${escapeHtml(result.note.trim())}</i>`);
  if (files.length) {
    const blocks = files.map((file, i) => {
      const cites = result.citations.filter((c) => c.file === file).sort((a, b) => a.n - b.n);
      const pages = cites.map((c) => c.page).filter((p): p is number => p !== undefined);
      const meta = { ...complete(cites[0]!, lookup), pages };
      return `<b>[${i + 1}]</b> ${sourceBlock(sourceLabel(meta), cites.map((c) => c.quote))}`;
    });
    parts.push(`<b>${escapeHtml(s.sources)}</b>\n${blocks.join('\n')}`);
  }
  if (!result.answered && result.related?.length) parts.push(relatedHtml(result.related, s.closestPassages, lookup));
  return { html: parts.join('\n\n'), files };
}

/** Passages near a declined question: grouped by file, unnumbered (they are not cited as an answer). */
function relatedHtml(related: NonNullable<AnswerResult['related']>, heading: string, lookup: DocumentLookup | undefined): string {
  const files = [...new Set(related.map((r) => r.file))];
  const blocks = files.map((file) => {
    const items = related.filter((r) => r.file === file);
    return `• ${sourceBlock(sourceLabel(complete(items[0]!, lookup)), items.map((r) => r.quote))}`;
  });
  return `<b>${escapeHtml(heading)}</b>\n${blocks.join('\n')}`;
}

// ---------------------------------------------------------------------------
// Streaming

/** "…[1" or "…QUOT" at the end of a partial text: a marker or the model's quote header still being written. */
const UNFINISHED_TAIL = /(?:\[\d*|\n\s*Q(?:U(?:O(?:T(?:E(?:S)?)?)?)?)?)$/;

/**
 * A partial LLM answer as plain text: markers numbered by file exactly as the final layout will
 * number them (sourceFiles[k-1] is the file of the model's [k]), unfinished tails hidden, capped to
 * fit one message.
 */
export function renderPartial(textSoFar: string, sourceFiles: readonly string[] | undefined): string {
  const visible = textSoFar.replace(UNFINISHED_TAIL, '');
  const text = sourceFiles ? renumberByFile(visible, (n) => sourceFiles[n - 1]).text : visible;
  return truncate(text.trim() || '…', TELEGRAM_TEXT_LIMIT - 96);
}

