/**
 * A link becomes a seed file: the page is fetched safely (fetch-url.ts), its article extracted like a
 * saved .html file, and written as Markdown whose front matter keeps the title, outlet, date and the
 * canonical address (so the same page is recognised next time). Only the article is kept: a saved
 * news page is mostly scripts and menus, and every start would have to extract it again.
 */
import { canonicalUrl, UnreadableDocument } from './document.js';
import { fetchUrl, type FetchOptions } from './fetch-url.js';
import { readHtml } from './formats/html.js';
import { frontMatter } from './formats/text.js';

export interface LinkedArticle {
  /** A file name made from the outlet and the title, e.g. "steppe-news-skystep-air-закажет-24-самолёта-boeing.md". */
  name: string;
  /** The Markdown file to save: front matter, then the article text. */
  content: Buffer;
  url: string;
  title: string;
  publisher: string;
  date?: string;
}

/** Lower-case words joined by '-', letters of any script kept, at most `max` characters, cut at a word. */
export function slug(text: string, max: number): string {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) return out || w.slice(0, max);
    out = next;
  }
  return out;
}

/** The outlet's name for a file: the site's own name, else its host without "www.". */
function outletOf(publisher: string | undefined, url: URL): string {
  return publisher ?? url.hostname.replace(/^www\./, '');
}

/** `base.md`, or `base-2.md`, `base-3.md`… when a name is taken. */
export function freeName(base: string, taken: (name: string) => boolean): string {
  for (let i = 1; ; i++) {
    const name = `${base}${i > 1 ? `-${i}` : ''}.md`;
    if (!taken(name)) return name;
  }
}

/**
 * Fetches the page and extracts its article. Throws FetchError (fetching) or UnreadableDocument (no
 * article on the page), each with one sentence for a person.
 */
export async function fetchArticle(href: string, options: Partial<FetchOptions>, taken: (name: string) => boolean = () => false): Promise<LinkedArticle> {
  const page = await fetchUrl(href, options);
  const extracted = await readHtml(page.body, { baseUrl: page.url, charset: page.charset });
  const url = canonicalUrl(extracted.url ?? page.url) ?? page.url;
  const finalUrl = new URL(page.url);
  const publisher = outletOf(extracted.publisher, finalUrl);
  const title = extracted.title ?? extracted.text.split('\n')[0]!.slice(0, 140);
  if (!title.trim()) throw new UnreadableDocument('the page has no title or text to save');
  const base = `${slug(publisher, 30) || 'web'}-${slug(title, 60) || 'article'}`;
  const head = frontMatter({ title, publisher, date: extracted.date, url });
  return { name: freeName(base, taken), content: Buffer.from(head + extracted.text + '\n', 'utf8'), url, title, publisher, date: extracted.date };
}
