import type { Lang } from '../language/lang.js';
import { splitSentences, splitSentencesPaced, type Span } from '../language/sentences.js';
import type { Pacer } from '../pace.js';
import type { SourceDocument } from './load.js';

export interface Chunk {
  /** `${file}#${index}`: stable while the file is unchanged. */
  id: string;
  file: string;
  lang: Lang;
  title: string;
  date?: string;
  publisher?: string;
  /** Character offsets in the source document: text === document.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Paged documents (PDF): the page the chunk starts on, 1-based. */
  page?: number;
  /** Paged documents: document offsets inside the chunk where a further page begins. */
  pageBreaks?: number[];
}

export interface ChunkingOptions {
  size: number;
  overlap: number;
}

/** Cuts a span longer than `size` at word boundaries. */
function cutLong(text: string, span: Span, size: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > size) {
    const window = text.slice(start, start + size);
    const cut = Math.max(window.lastIndexOf(' '), size / 2);
    pieces.push({ start, end: start + Math.floor(cut) });
    start += Math.floor(cut);
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

/** The page a chunk starts on and the pages that begin inside it. */
function pagesOf(pages: number[], start: number, end: number): Pick<Chunk, 'page' | 'pageBreaks'> {
  const page = pages.filter((p) => p <= start).length || 1;
  const pageBreaks = pages.filter((p) => p > start && p < end);
  return pageBreaks.length ? { page, pageBreaks } : { page };
}

/** The page of a document offset inside a chunk, when the document has pages. */
export function pageAt(chunk: Pick<Chunk, 'page' | 'pageBreaks'>, offset: number): number | undefined {
  if (chunk.page === undefined) return undefined;
  return chunk.page + (chunk.pageBreaks ?? []).filter((p) => p <= offset).length;
}

/**
 * Packs whole sentences into chunks of at most `size` characters; each chunk starts with the last
 * sentences of the previous one, up to `overlap` characters, so a fact on a boundary stays whole.
 */
export function chunkDocument(doc: SourceDocument, { size, overlap }: ChunkingOptions, spans?: Span[]): Chunk[] {
  const text = doc.text;
  const sentences = (spans ?? splitSentences(text, doc.lang)).flatMap((s) => cutLong(text, s, size));
  const chunks: Chunk[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]!.end - sentences[first]!.start <= size) last++;
    const start = sentences[first]!.start;
    const end = sentences[last]!.end;
    chunks.push({
      id: `${doc.file}#${chunks.length}`,
      file: doc.file,
      lang: doc.lang,
      title: doc.title,
      date: doc.date,
      publisher: doc.publisher,
      start,
      end,
      text: text.slice(start, end),
      ...(doc.pages ? pagesOf(doc.pages, start, end) : {}),
    });
    if (last + 1 >= sentences.length) break;
    // Step back over trailing sentences that fit in the overlap (at least the last one, when it is not
    // most of the chunk), but always move forward.
    let next = last + 1;
    while (next - 1 > first && end - sentences[next - 1]!.start <= overlap) next--;
    if (next === last + 1 && last > first && end - sentences[last]!.start <= size / 2) next = last;
    first = next;
  }
  return chunks;
}

/** Gives the spans splitSentences gives, computed elsewhere (on an ingest worker). */
export type SentenceSplitter = (text: string, lang: Lang) => Promise<Span[]>;

/**
 * chunkDocument for a thread that serves others: a large document's sentences are split with pauses
 * (see Pacer), or by `splitElsewhere` when given.
 */
export async function chunkDocumentPaced(doc: SourceDocument, options: ChunkingOptions, pacer: Pacer, splitElsewhere?: SentenceSplitter): Promise<Chunk[]> {
  const text = doc.text;
  if (text.length <= 20_000) return chunkDocument(doc, options);
  const spans = await (splitElsewhere ? splitElsewhere(text, doc.lang) : splitSentencesPaced(text, doc.lang, () => pacer.tick()));
  return chunkDocument(doc, options, spans);
}
