/**
 * The document every format produces (text, language, title, date, publisher), and what a format
 * reader hands over before the shared steps (language detection, guessing what the format did not say).
 */
import type { Lang } from '../language/lang.js';

export interface SourceDocument {
  file: string;
  text: string;
  /** sha256 of the raw bytes: the manifest compares it to decide what is stale. */
  hash: string;
  lang: Lang;
  title: string;
  date?: string;
  publisher?: string;
  /** The page's canonical address, for a web page or a saved link: the same URL is not added twice. */
  url?: string;
  /** Paged formats (PDF): the offset in `text` where each page starts; pages[0] is 0. */
  pages?: number[];
  /** Characters of text (known without reading the file when the document comes from the manifest). */
  chars?: number;
  /** Size in bytes and modification time, when read from disk: an unchanged pair means an unchanged file. */
  size?: number;
  mtimeMs?: number;
}

/** What a format reader extracts: the text, and the metadata the format itself carries. */
export interface ExtractedText {
  text: string;
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  publisher?: string;
  url?: string;
  pages?: number[];
}

/** A file that cannot become a document; the message is one reason a person can act on. */
export class UnreadableDocument extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date of a metadata timestamp, as the publisher wrote it (no time-zone conversion, so
 * "2025-11-07T01:00+05:00" stays the 7th): ISO 8601, PDF "D:20251106…", or a Date.
 */
export function isoDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A metadata string worth keeping: trimmed, one line, not empty. */
export function metaText(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : undefined;
}

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|_gl|igshid)$/i;

/** An http(s) address without its fragment and tracking parameters (utm_*, fbclid…); undefined if not one. */
export function canonicalUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  url.search = url.searchParams.size ? url.searchParams.toString() : '';
  return url.href;
}

/** One key for addresses that name the same page: http/https, "www." and a trailing slash do not count. */
export function urlKey(href: string): string | undefined {
  const canonical = canonicalUrl(href);
  if (!canonical) return undefined;
  const url = new URL(canonical);
  return `${url.hostname.replace(/^www\./, '')}${url.port ? `:${url.port}` : ''}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
