import type { Lang } from '../answer/types.js';
import type { SourceDocument } from './load.js';

export interface Span {
  start: number;
  end: number;
}

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
}

export interface ChunkingOptions {
  size: number;
  overlap: number;
}

// Abbreviations after which a period does not end a sentence ("4,2 млрд. USD").
const ABBREVIATION = /(?:^|[\s(])(?:млрд|млн|тыс|трлн|руб|долл|г|гг|т\.е|т\.к|др|пр|им|ул|св|ст|мин|mrd|mln|bn|mr|mrs|dr|st|inc|corp|jr|vs|kb|ok|pl|stb|ún)\.$/iu;

/** Splits text into sentence spans (offsets into text), trimmed, without empty ones. */
export function splitSentences(text: string, lang: Lang = 'ru'): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!body) continue;
    const span = { start: index + lead, end: index + lead + body.length };
    const previous = spans[spans.length - 1];
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const gap = previous ? text.slice(previous.end, span.start) : '';
    const abbreviation = !gap.includes('\n') && ABBREVIATION.test(previousText);
    // "Signed by:" followed by "From Kazakhstan – minister X;" reads as one statement.
    const listItem = /[:;]$/.test(previousText) && !/\n\s*\n\s*\n/.test(gap) && body.length <= 200 && previousText.length <= 600;
    if (previous && (abbreviation || listItem)) previous.end = span.end;
    else spans.push(span);
  }
  return spans;
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

/**
 * Packs whole sentences into chunks of at most `size` characters; each chunk starts with the last
 * sentences of the previous one, up to `overlap` characters, so a fact on a boundary stays whole.
 */
export function chunkDocument(doc: SourceDocument, { size, overlap }: ChunkingOptions): Chunk[] {
  const sentences = splitSentences(doc.text, doc.lang).flatMap((s) => cutLong(doc.text, s, size));
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
      text: doc.text.slice(start, end),
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
