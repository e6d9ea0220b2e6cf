import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { detectLanguage } from '../language/detect.js';
import { Pacer } from '../pace.js';
import { UnreadableDocument, type ExtractedText, type SourceDocument } from './document.js';
import { readText } from './formats/text.js';
import { findDate, findPublisher, findTitle } from './metadata.js';

export { UnreadableDocument, type SourceDocument } from './document.js';

/** Seeds larger than this are skipped: an article is kilobytes, a multi-megabyte text file is almost surely a mistake. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;
/** PDF, Word and saved pages carry fonts, images and markup around the text, so they may be larger. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

type Reader = (bytes: Uint8Array) => Promise<ExtractedText> | ExtractedText;

/** The formats, by extension. Each reader is imported only when a file of its kind is read. */
const READERS: Record<string, { maxBytes: number; read: Reader }> = {
  '.txt': { maxBytes: MAX_SEED_BYTES, read: readText },
  '.md': { maxBytes: MAX_SEED_BYTES, read: readText },
  '.pdf': { maxBytes: MAX_DOCUMENT_BYTES, read: async (b) => (await import('./formats/pdf.js')).readPdf(b) },
  '.docx': { maxBytes: MAX_DOCUMENT_BYTES, read: async (b) => (await import('./formats/docx.js')).readDocx(b) },
  '.html': { maxBytes: MAX_DOCUMENT_BYTES, read: async (b) => (await import('./formats/html.js')).readHtml(b) },
  '.htm': { maxBytes: MAX_DOCUMENT_BYTES, read: async (b) => (await import('./formats/html.js')).readHtml(b) },
};

/** What the index remembers of a file: enough to list it and to tell whether it changed, without reading it. */
export type KnownFile = Omit<SourceDocument, 'file' | 'text' | 'pages' | 'size' | 'mtimeMs'> & { size: number; mtimeMs: number; chars: number };

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function isSupportedFile(file: string): boolean {
  return path.extname(file).toLowerCase() in READERS;
}

/** The size limit for a file of this kind in seeds/ (uploads of text files have their own, smaller one). */
export function maxBytesFor(file: string): number {
  return READERS[path.extname(file).toLowerCase()]?.maxBytes ?? MAX_SEED_BYTES;
}

function tooLarge(size: number, maxBytes: number): UnreadableDocument {
  return new UnreadableDocument(`too large (${(size / 1024 / 1024).toFixed(1)} MB, the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB)`);
}

/**
 * The one document every format becomes: the metadata the format carries first, then what the text
 * itself states (the first headline-like line, the first date, an attributed outlet).
 */
export function toSourceDocument(file: string, bytes: Uint8Array, extracted: ExtractedText): SourceDocument {
  const { text } = extracted;
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UnreadableDocument('empty (no words in it)');
  const fallbackTitle = path.basename(file, path.extname(file));
  const doc: SourceDocument = {
    file,
    text,
    hash: hashBytes(bytes),
    lang: detectLanguage(text, 'ru'),
    title: extracted.title ?? findTitle(text, fallbackTitle),
    date: extracted.date ?? findDate(text),
    publisher: extracted.publisher ?? findPublisher(text),
    chars: text.length,
  };
  // Only when present: these keys then reach every chunk's stored metadata.
  if (extracted.url) doc.url = extracted.url;
  if (extracted.pages && extracted.pages.length > 1) doc.pages = extracted.pages;
  return doc;
}

/**
 * Turns the raw bytes of a .txt/.md file into a document, or throws UnreadableDocument with a reason a
 * person can act on. Offsets everywhere refer to `text`: the decoded file without its byte-order mark
 * and front matter.
 */
export function parseDocument(file: string, bytes: Uint8Array, maxBytes = MAX_SEED_BYTES): SourceDocument {
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  return toSourceDocument(file, bytes, readText(bytes));
}

/** Any supported format (by extension) into a document; throws UnreadableDocument with the reason. */
export async function readDocument(file: string, bytes: Uint8Array, maxBytes = maxBytesFor(file)): Promise<SourceDocument> {
  const reader = READERS[path.extname(file).toLowerCase()];
  if (!reader) throw new UnreadableDocument(`not a supported format (${SUPPORTED_EXTENSIONS.join(', ')})`);
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  return toSourceDocument(file, bytes, await reader.read(bytes));
}

/** Formats whose text is decoded synchronously from the file: a known one's text can be read lazily. */
const LAZY_TEXT = new Set(['.txt', '.md']);

/**
 * A document the index already knows (same size and modification time as when it was indexed): its
 * fields come from the manifest, and its text is read from disk only if something asks for it.
 */
export function knownDocument(dir: string, file: string, known: KnownFile): SourceDocument {
  let text: string | undefined;
  const doc: SourceDocument = {
    file,
    hash: known.hash,
    lang: known.lang,
    title: known.title,
    date: known.date,
    publisher: known.publisher,
    chars: known.chars,
    size: known.size,
    mtimeMs: known.mtimeMs,
    get text() {
      return (text ??= readText(readFileSync(path.join(dir, file))).text);
    },
  };
  if (known.url) doc.url = known.url;
  return doc;
}

export interface LoadOptions {
  /** Files the index knows: one whose size and modification time match is not read or hashed again. */
  known?: Record<string, KnownFile>;
  /**
   * Told how many files (and bytes) must be read and parsed; may return a reader to use instead of
   * readDocument on this thread (the indexer hands a large ingest to worker threads). Same result per file.
   */
  readWith?: (count: number, bytes: number) => ((file: string, name: string) => Promise<SourceDocument>) | undefined;
  /**
   * Only these files are looked at (an upload: the one file written); every other file `known` is
   * listed as it was, without a stat. O(these files), not O(the folder).
   */
  only?: string[];
  /**
   * Documents the caller has just parsed from the bytes it wrote (an upload): taken as they are
   * (with the file's size and time) instead of being read and parsed a second time.
   */
  parsed?: SourceDocument[];
}

/**
 * Loads every supported file in a folder, sorted by name. A bad file is skipped with a one-line
 * warning naming it; other extensions are ignored; nothing here stops the rest. A file `known` with
 * the same size and modification time is taken from there (O(1) per file: a stat, no read, no hash).
 */
export async function loadCorpus(dir: string, warn: (message: string) => void, options: LoadOptions = {}): Promise<SourceDocument[]> {
  let names: string[];
  try {
    names = options.only
      ? [...new Set([...options.only, ...Object.keys(options.known ?? {})])]
      : (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    warn(`seeds folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); starting with no documents`);
    return [];
  }
  const skip = (name: string, error: unknown): undefined => {
    const reason = error instanceof UnreadableDocument ? error.message : String(error);
    warn(`skipping ${name}: ${reason}`);
    return undefined;
  };
  // First every file's stat: a known file is listed from the manifest, the others are read after.
  type Listed = SourceDocument | { name: string; size: number; mtimeMs: number } | undefined;
  const only = options.only && new Set(options.only);
  const look = async (name: string): Promise<Listed> => {
    // PDF, Word and HTML are read again below, as in a full listing (their text is needed at once).
    if (only && !only.has(name) && LAZY_TEXT.has(path.extname(name).toLowerCase())) return knownDocument(dir, name, options.known![name]!);
    try {
      const stats = await stat(path.join(dir, name));
      // Whole milliseconds: what every file system and utimes can round-trip.
      const size = stats.size;
      const mtimeMs = Math.floor(stats.mtimeMs);
      const limit = maxBytesFor(name);
      if (size > limit) throw tooLarge(size, limit); // not read at all
      const known = options.known?.[name];
      // PDF, Word and HTML are decoded asynchronously: those are read again (their text is needed at once).
      if (known && known.size === size && known.mtimeMs === mtimeMs && LAZY_TEXT.has(path.extname(name).toLowerCase())) return knownDocument(dir, name, known);
      return { name, size, mtimeMs };
    } catch (error) {
      return skip(name, error);
    }
  };
  const listed: Listed[] = [];
  const sorted = names.filter(isSupportedFile).sort();
  const pacer = new Pacer();
  // A few hundred at a time: thousands of files are looked at in parallel without opening them all at once.
  for (let i = 0; i < sorted.length; i += 256) {
    const part = sorted.slice(i, i + 256);
    // An upload's listing takes every other file from the manifest as it is: no stat, no promise per file.
    if (only && part.every((name) => !only.has(name) && LAZY_TEXT.has(path.extname(name).toLowerCase()))) {
      for (const name of part) listed.push(knownDocument(dir, name, options.known![name]!));
    } else listed.push(...(await Promise.all(part.map(look))));
    await pacer.tick();
  }
  const unread = listed.filter((l): l is { name: string; size: number; mtimeMs: number } => l !== undefined && !('hash' in l));
  const reader = options.readWith?.(unread.length, unread.reduce((sum, u) => sum + u.size, 0)) ?? (async (file: string, name: string) => readDocument(name, await readFile(file)));
  const read = new Map<string, SourceDocument | undefined>();
  const readOne = async ({ name, size, mtimeMs }: (typeof unread)[number]) => {
    try {
      const parsed = options.parsed?.find((d) => d.file === name);
      read.set(name, { ...(parsed ?? (await reader(path.join(dir, name), name))), size, mtimeMs });
    } catch (error) {
      read.set(name, skip(name, error));
    }
  };
  for (let i = 0; i < unread.length; i += 256) {
    await Promise.all(unread.slice(i, i + 256).map(readOne));
    await pacer.tick();
  }
  const docs: SourceDocument[] = [];
  for (const l of listed) {
    const doc = l === undefined ? undefined : 'hash' in l ? l : read.get(l.name);
    if (doc) docs.push(doc);
  }
  return docs;
}
