import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
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
}

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
  return { file, text, hash: hashBytes(bytes), lang: detectLanguage(text, 'ru'), ...meta };
}

/**
 * Loads every supported file in a folder, sorted by name. A bad file is skipped with a one-line
 * warning naming it; other extensions are ignored; nothing here stops the rest.
 */
export async function loadCorpus(dir: string, warn: (message: string) => void): Promise<SourceDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    warn(`seeds folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); starting with no documents`);
    return [];
  }
  const docs: SourceDocument[] = [];
  for (const name of names.filter(isSupportedFile).sort()) {
    try {
      docs.push(parseDocument(name, await readFile(path.join(dir, name))));
    } catch (error) {
      const reason = error instanceof UnreadableDocument ? error.message : String(error);
      warn(`skipping ${name}: ${reason}`);
    }
  }
  return docs;
}
