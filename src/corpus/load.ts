import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../language/lang.js';
import { detectLanguage } from '../language/detect.js';
import { extractMetadata } from './metadata.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md'];
/** Seeds larger than this are skipped: an article is kilobytes, a multi-megabyte file is almost surely a mistake. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export interface SourceDocument {
  file: string;
  text: string;
  /** sha256 of the raw bytes: the manifest compares it to decide what is stale. */
  hash: string;
  lang: Lang;
  title: string;
  date?: string;
  publisher?: string;
  /** Characters of text (known without reading the file when the document comes from the manifest). */
  chars: number;
  /** Size in bytes and modification time, when read from disk: an unchanged pair means an unchanged file. */
  size?: number;
  mtimeMs?: number;
}

/** What the index remembers of a file: enough to list it and to tell whether it changed, without reading it. */
export type KnownFile = Omit<SourceDocument, 'file' | 'text'> & { size: number; mtimeMs: number };

export class UnreadableDocument extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function isSupportedFile(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/**
 * Turns raw file bytes into a document, or throws UnreadableDocument with a reason a person can act on.
 * Offsets everywhere refer to `text`, the decoded file without its byte-order mark.
 */
export function parseDocument(file: string, bytes: Uint8Array, maxBytes = MAX_SEED_BYTES): SourceDocument {
  if (bytes.length > maxBytes) {
    throw new UnreadableDocument(`too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB, the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB)`);
  }
  if (bytes.includes(0)) throw new UnreadableDocument('binary content (NUL bytes), not a text file');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UnreadableDocument('not valid UTF-8 text (save it as UTF-8)');
  }
  text = text.replace(/^\uFEFF/, '');
  const controls = (text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > text.length * 0.01) throw new UnreadableDocument('binary content (control characters), not a text file');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UnreadableDocument('empty (no words in it)');
  const meta = extractMetadata(text, path.basename(file, path.extname(file)));
  return { file, text, hash: hashBytes(bytes), lang: detectLanguage(text, 'ru'), ...meta, chars: text.length };
}

/**
 * A document the index already knows (same size and modification time as when it was indexed): its
 * fields come from the manifest, and its text is read from disk only if something asks for it.
 */
export function knownDocument(dir: string, file: string, known: KnownFile): SourceDocument {
  let text: string | undefined;
  return {
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
      return (text ??= utf8.decode(readFileSync(path.join(dir, file))).replace(/^\uFEFF/, ''));
    },
  };
}

export interface LoadOptions {
  /** Files the index knows: one whose size and modification time match is not read or hashed again. */
  known?: Record<string, KnownFile>;
}

/**
 * Loads every supported file in a folder, sorted by name. A bad file is skipped with a one-line
 * warning naming it; other extensions are ignored; nothing here stops the rest. A file `known` with
 * the same size and modification time is taken from there (O(1) per file: a stat, no read, no hash).
 */
export async function loadCorpus(dir: string, warn: (message: string) => void, options: LoadOptions = {}): Promise<SourceDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    warn(`seeds folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); starting with no documents`);
    return [];
  }
  const load = async (name: string): Promise<SourceDocument | undefined> => {
    try {
      const file = path.join(dir, name);
      const stats = await stat(file);
      // Whole milliseconds: what every file system and utimes can round-trip.
      const size = stats.size;
      const mtimeMs = Math.floor(stats.mtimeMs);
      const known = options.known?.[name];
      if (known && known.size === size && known.mtimeMs === mtimeMs) return knownDocument(dir, name, known);
      return { ...parseDocument(name, await readFile(file)), size, mtimeMs };
    } catch (error) {
      const reason = error instanceof UnreadableDocument ? error.message : String(error);
      warn(`skipping ${name}: ${reason}`);
      return undefined;
    }
  };
  const docs: SourceDocument[] = [];
  const sorted = names.filter(isSupportedFile).sort();
  // A few hundred stats at a time: thousands of files are looked at in parallel without opening them all at once.
  for (let i = 0; i < sorted.length; i += 256) {
    for (const doc of await Promise.all(sorted.slice(i, i + 256).map(load))) if (doc) docs.push(doc);
  }
  return docs;
}
