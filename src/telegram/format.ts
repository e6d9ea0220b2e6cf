/**
 * Telegram HTML rendering (parse_mode 'HTML') and message splitting.
 * Every piece of user, source or LLM text goes through escapeHtml; tags are only ever
 * produced here, so splitHtml can rely on them being well formed.
 */
import type { AnswerResult, Citation, DocumentInfo } from '../answer/types.js';

/** Telegram's limit for a message text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** HTML (as produced here) → plain text: tags dropped, entities decoded. Used for the parse-error fallback. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[name.toLowerCase()] ?? m;
    });
}

/** Cuts plain text to at most `max` characters (UTF-16 units), ending with an ellipsis; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** "000_x.txt · RU · Zakon.kz · 2025-09-22", "statement.pdf p. 2 · RU · …" (plain text, not escaped). */
export function citationLabel(c: Pick<Citation, 'file' | 'lang' | 'publisher' | 'date' | 'page'>): string {
  const file = c.page ? `${c.file} p. ${c.page}` : c.file;
  return [file, c.lang.toUpperCase(), c.publisher, c.date].filter((p): p is string => Boolean(p && p.trim())).join(' · ');
}

/** Marker numbers that actually occur in the answer text, e.g. "[1] … [3][4]" → {1,3,4}; also "[1, 2]". */
export function citedMarkers(answer: string): Set<number> {
  const out = new Set<number>();
  for (const m of answer.matchAll(/\[(\d+(?:\s*[,;]\s*\d+)*)\]/g)) {
    for (const n of m[1]!.split(/[,;]/)) out.add(Number(n.trim()));
  }
  return out;
}

export interface AnswerLabels {
  sources: string;
}

/**
 * The whole answer as Telegram HTML (may exceed 4096; use splitHtml):
 * answer with [n] markers, an optional note, then only the cited sources,
 * each with its verbatim quote in an expandable blockquote.
 */
export function formatAnswer(result: AnswerResult, labels: AnswerLabels): string {
  const parts: string[] = [escapeHtml(result.answer.trim())];
  if (result.note?.trim()) parts.push(`<i>${escapeHtml(result.note.trim())}</i>`);
  const markers = citedMarkers(result.answer);
  // The engine lists only cited sources; keep the footer honest even if it ever did not.
  let cited = result.citations.filter((c) => markers.has(c.n));
  if (cited.length === 0 && markers.size === 0) cited = result.citations;
  if (cited.length) {
    const lines = [...cited]
      .sort((a, b) => a.n - b.n)
      .map((c) => {
        const head = `<b>[${c.n}]</b> ${escapeHtml(citationLabel(c))}`;
        const quote = c.quote.trim();
        return quote ? `${head}\n<blockquote expandable>${escapeHtml(quote)}</blockquote>` : head;
      });
    parts.push(`<b>${escapeHtml(labels.sources)}</b>\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** Plain-text view of a partial (streamed) answer, capped so it always fits one message. */
export function formatPartial(text: string): string {
  return truncate(text.trim() || '…', TELEGRAM_TEXT_LIMIT - 96);
}

export function formatDocumentLine(index: number, d: DocumentInfo, chunksLabel: string): string {
  const meta = [d.lang.toUpperCase(), d.publisher, d.date, `${d.chunks} ${chunksLabel}`].filter(Boolean).join(' · ');
  return `${index}. <code>${escapeHtml(d.file)}</code> · ${escapeHtml(meta)}\n    ${escapeHtml(truncate(d.title, 200))}`;
}

// ---------------------------------------------------------------------------
// Splitting

interface Atom {
  s: string;
  kind: 'open' | 'close' | 'text';
  /** Tag name for open/close atoms. */
  name?: string;
}

/** Tokenises Telegram HTML into tags, entities and single characters (surrogate pairs kept together). */
function atomize(html: string): Atom[] {
  const atoms: Atom[] = [];
  const re = /<\/?([a-zA-Z][\w-]*)[^>]*>|&(?:#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g;
  for (const m of html.matchAll(re)) {
    const s = m[0];
    if (m[1] !== undefined) atoms.push({ s, kind: s[1] === '/' ? 'close' : 'open', name: m[1].toLowerCase() });
    else atoms.push({ s, kind: 'text' });
  }
  return atoms;
}

const closeTag = (a: Atom): string => `</${a.name}>`;
const closingLength = (stack: Atom[]): number => stack.reduce((n, a) => n + (a.name?.length ?? 0) + 3, 0);
const isSpace = (a: Atom | undefined): boolean => a?.kind === 'text' && /^\s$/.test(a.s);

/**
 * Splits Telegram HTML into messages of at most `limit` characters.
 * Prefers paragraph boundaries (blank line), then line breaks, then spaces, then any point
 * between characters; never cuts inside a tag or an entity; tags open at a cut are closed at
 * the end of the piece and reopened at the start of the next, so every piece is valid HTML.
 */
export function splitHtml(html: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  const text = html.trim();
  if (text.length <= limit) return text ? [text] : [];
  const atoms = atomize(text);
  const pieces: string[] = [];
  let stack: Atom[] = [];
  let i = 0;
  const minUseful = Math.floor(limit / 3);

  while (i < atoms.length) {
    while (i < atoms.length && isSpace(atoms[i])) i++; // no leading whitespace in a piece
    if (i >= atoms.length) break;
    const prefix = stack.map((a) => a.s).join('');
    let len = prefix.length;
    let cur = [...stack];
    // best cut per priority: 3 = blank line, 2 = line break, 1 = space, 0 = anywhere
    const best: Array<{ at: number; stack: Atom[]; len: number } | undefined> = [undefined, undefined, undefined, undefined];
    let j = i;
    let fits = true;
    while (j < atoms.length) {
      const a = atoms[j]!;
      let next = cur;
      if (a.kind === 'open') next = [...cur, a];
      else if (a.kind === 'close') {
        const k = cur.map((x) => x.name).lastIndexOf(a.name);
        next = k >= 0 ? [...cur.slice(0, k), ...cur.slice(k + 1)] : cur;
      }
      if (len + a.s.length + closingLength(next) > limit) {
        fits = false;
        break;
      }
      len += a.s.length;
      cur = next;
      j++;
      if (a.kind === 'open') continue; // never end a piece right after an opening tag
      const cand = { at: j, stack: cur, len };
      best[0] = cand;
      if (a.kind === 'text' && a.s === '\n') {
        best[2] = cand;
        if (atoms[j - 2]?.s === '\n') best[3] = cand;
      } else if (isSpace(a)) best[1] = cand;
    }
    if (fits) {
      pieces.push(prefix + atoms.slice(i, j).map((a) => a.s).join('') + [...cur].reverse().map(closeTag).join(''));
      break;
    }
    let cut = [3, 2, 1].map((p) => best[p]).find((c) => c && c.len >= minUseful) ?? best[0];
    if (!cut) {
      // A single atom (a pathological tag) larger than the limit: emit it alone rather than loop.
      cut = { at: i + 1, stack, len: 0 };
    }
    const body = atoms.slice(i, cut.at).map((a) => a.s).join('').replace(/\s+$/, '');
    pieces.push(prefix + body + [...cut.stack].reverse().map(closeTag).join(''));
    stack = cut.stack;
    i = cut.at;
  }
  return pieces.filter((p) => htmlToPlain(p).trim().length > 0);
}
