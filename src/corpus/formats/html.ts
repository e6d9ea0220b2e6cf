/**
 * .html / .htm and fetched web pages: the article body is extracted with Mozilla's Readability over a
 * linkedom DOM, so navigation, ads, related links and comments are dropped. The page's own metadata
 * comes first: og:site_name / JSON-LD publisher, article:published_time / JSON-LD datePublished,
 * the <title> (through Readability, which strips the site name), and the canonical address.
 */
import { isoDay, metaText, UnreadableDocument, type ExtractedText } from '../document.js';

/** Shorter than this (letters and digits), what Readability found is a menu or a form, not an article. */
export const MIN_ARTICLE_CHARS = 200;

export interface HtmlOptions {
  /** Where the page came from: relative canonical links resolve against it. */
  baseUrl?: string;
  /** The charset the server declared (Content-Type), which beats the page's own <meta>. */
  charset?: string;
}

/** The page's encoding: the server's word, else a BOM or <meta charset> in the first bytes, else UTF-8. */
function decodeHtml(bytes: Uint8Array, declared?: string): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = declared ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label.toLowerCase()).decode(bytes); // a BOM overrides the label, as browsers do
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // an unknown label
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object in the page's JSON-LD blocks (including @graph members), ignoring blocks that do not parse. */
function jsonLdObjects(doc: Document): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (v: Json | undefined): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v);
      visit(v['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      /* a broken block says nothing */
    }
  }
  return out;
}

function metaContent(doc: Document, ...selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = metaText(doc.querySelector(s)?.getAttribute('content'));
    if (v) return v;
  }
  return undefined;
}

function absoluteHttpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Plain text with one paragraph per block element (Readability's textContent runs paragraphs together). */
function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') current += '\n';
    else if (tag === 'TD' || tag === 'TH') current += ' ';
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

export async function readHtml(bytes: Uint8Array, options: HtmlOptions = {}): Promise<ExtractedText> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(decodeHtml(bytes, options.charset));
  // Metadata first: Readability rewrites the DOM it reads.
  const ld = jsonLdObjects(document as unknown as Document);
  const ldField = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined && v !== null);
  const ldPublisher = ldField('publisher');
  const publisher =
    metaContent(document as unknown as Document, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ??
    metaText(typeof ldPublisher === 'object' && ldPublisher && !Array.isArray(ldPublisher) ? ldPublisher.name : ldPublisher);
  const date =
    isoDay(metaContent(document as unknown as Document, 'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]')) ??
    isoDay(ldField('datePublished'));
  const url =
    absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), options.baseUrl) ??
    absoluteHttpUrl(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), options.baseUrl);
  const fallbackTitle = metaContent(document as unknown as Document, 'meta[property="og:title"]') ?? metaText(ldField('headline')) ?? metaText(document.title);

  let article: { title?: string | null; content?: string | null; publishedTime?: string | null; siteName?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null; // a page Readability cannot walk has no article for us either
  }
  const body = article?.content ? blockText(parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body as unknown as Node) : '';
  if ((body.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_ARTICLE_CHARS) {
    throw new UnreadableDocument('no article text found on the page (only navigation, forms or a very short text)');
  }
  const title = metaText(article?.title) ?? fallbackTitle;
  // The headline leads the text, as in a saved article, so its words are searchable and quotable.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return {
    text,
    title,
    date: date ?? isoDay(article?.publishedTime),
    publisher: publisher ?? metaText(article?.siteName),
    url,
  };
}
