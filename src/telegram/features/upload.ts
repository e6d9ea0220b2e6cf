/**
 * Admin document upload: a .pdf, .docx, .html/.htm, .txt or .md file sent to the bot in a private
 * chat is downloaded (getFile + file URL) and handed to engine.addDocument, which reads and validates
 * it (damaged, encrypted, scanned, no article, not UTF-8, empty, too large, name taken, bad name,
 * a page already added → UploadError with a user-facing message).
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Telegram } from 'telegraf';
import type { Document } from 'telegraf/types';
import { deadline } from '../../abort.js';
import { log } from '../../log.js';
import { MAX_UPLOAD_BYTES, maxUploadBytes, UploadError, type Engine } from '../../answer/engine.js';
import { isSupportedFile } from '../../corpus/load.js';
import { escapeHtml, truncate } from '../presentation/html.js';
import { sizeText, ui, type Locale } from '../presentation/i18n.js';

const DOWNLOAD_TIMEOUT_MS = 30_000;

export class TooLargeError extends Error {}

/** Reads a response body, giving up as soon as it exceeds maxBytes. */
async function readCapped(res: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLargeError();
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/** Downloads a Telegram file (HTTP(S) URL, or a local path from a local Bot API server). */
export async function downloadTelegramFile(telegram: Telegram, fileId: string, signal: AbortSignal, maxBytes = MAX_UPLOAD_BYTES): Promise<Buffer> {
  const url = await telegram.getFileLink(fileId);
  if (url.protocol === 'file:') {
    const path = fileURLToPath(url);
    if ((await stat(path)).size > maxBytes) throw new TooLargeError();
    return readFile(path);
  }
  // deadline(), not AbortSignal.any with AbortSignal.timeout: on Node 20 that timeout can be GC'd unfired.
  const limit = deadline(DOWNLOAD_TIMEOUT_MS, [signal], 'the file download took too long');
  try {
    const res = await fetch(url, { signal: limit.signal });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      // Never include the URL: it contains the bot token.
      throw new Error(`file download failed with HTTP ${res.status}`);
    }
    return await readCapped(res, maxBytes);
  } finally {
    limit.dispose();
  }
}

export interface UploadDeps {
  engine: Engine;
  telegram: Telegram;
}

/** Returns the HTML reply for an admin's document. */
export async function handleUpload(deps: UploadDeps, doc: Document, locale: Locale, userId: number, signal: AbortSignal): Promise<string> {
  const name = doc.file_name ?? '';
  if (!isSupportedFile(name)) return escapeHtml(ui(locale).uploadWrongType);
  // Each format has its own limit (text files are smaller than a PDF of the same article).
  const maxBytes = maxUploadBytes(name);
  const tooLarge = () => escapeHtml(ui(locale).uploadTooLarge(sizeText(locale, maxBytes)));
  if (doc.file_size !== undefined && doc.file_size > maxBytes) return tooLarge();
  let content: Buffer;
  try {
    content = await downloadTelegramFile(deps.telegram, doc.file_id, signal, maxBytes);
  } catch (err) {
    if (err instanceof TooLargeError) return tooLarge();
    log.error({ user: userId, file: name, err }, 'Downloading an uploaded document failed');
    return escapeHtml(ui(locale).uploadFailed);
  }
  try {
    const info = await deps.engine.addDocument(name, content);
    log.info({ user: userId, file: info.file, lang: info.lang, chunks: info.chunks, bytes: content.length }, 'Admin added a document');
    const s = ui(locale);
    const lang = `${info.lang.toUpperCase()} (${s.langNames[info.lang]})`;
    return s.uploadAdded(escapeHtml(info.file), lang, info.chunks, escapeHtml(truncate(info.title, 200)), deps.engine.documents().length);
  } catch (err) {
    if (err instanceof UploadError) {
      log.info({ user: userId, file: name, reason: err.message }, 'Rejected an uploaded document');
      return ui(locale).uploadRejected(escapeHtml(err.message));
    }
    log.error({ user: userId, file: name, err }, 'Adding an uploaded document failed');
    return escapeHtml(ui(locale).uploadFailed);
  }
}
