/**
 * Admin documents, in a private chat:
 * - a file (.pdf, .docx, .html/.htm, .txt, .md) is downloaded (getFile + file URL) and handed to
 *   engine.addDocument, which reads and validates it (damaged, encrypted, scanned, no article, not
 *   UTF-8, empty, too large, name taken, bad name → UploadError with a user-facing message);
 * - a link (a message that is only a URL, or /add URL) is fetched safely (corpus/fetch-url.ts), its
 *   article saved as Markdown named after the outlet and title, and added the same way.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Telegram } from 'telegraf';
import type { Document } from 'telegraf/types';
import { log } from '../log.js';
import { MAX_UPLOAD_BYTES, maxUploadBytes, UploadError, type Engine } from '../answer/engine.js';
import { UnreadableDocument, urlKey } from '../corpus/document.js';
import { FetchError, type FetchOptions } from '../corpus/fetch-url.js';
import { fetchArticle } from '../corpus/link.js';
import { isSupportedFile } from '../corpus/load.js';
import type { ParsedCommand } from './addressing.js';
import { messages, type Locale } from './messages.js';
import { admit, respond, type BotRuntime, type Origin } from './runtime.js';
import { startTyping } from './send.js';

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
  const res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS)]) });
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    // Never include the URL: it contains the bot token.
    throw new Error(`file download failed with HTTP ${res.status}`);
  }
  return readCapped(res, maxBytes);
}

export interface UploadDeps {
  engine: Engine;
  telegram: Telegram;
}

/** Returns the HTML reply for an admin's document. */
export async function handleUpload(deps: UploadDeps, doc: Document, locale: Locale, userId: number, signal: AbortSignal): Promise<string> {
  const name = doc.file_name ?? '';
  if (!isSupportedFile(name)) return messages.uploadWrongType(locale);
  const maxBytes = maxUploadBytes(name);
  if (doc.file_size !== undefined && doc.file_size > maxBytes) return messages.uploadTooLarge(locale, maxBytes);
  let content: Buffer;
  try {
    content = await downloadTelegramFile(deps.telegram, doc.file_id, signal, maxBytes);
  } catch (err) {
    if (err instanceof TooLargeError) return messages.uploadTooLarge(locale, maxBytes);
    log.error({ user: userId, file: name, err }, 'Downloading an uploaded document failed');
    return messages.uploadFailed(locale);
  }
  try {
    const info = await deps.engine.addDocument(name, content);
    log.info({ user: userId, file: info.file, lang: info.lang, chunks: info.chunks, bytes: content.length }, 'Admin added a document');
    return messages.uploadAdded(locale, info, deps.engine.documents().length);
  } catch (err) {
    if (err instanceof UploadError) {
      log.info({ user: userId, file: name, reason: err.message }, 'Rejected an uploaded document');
      return messages.uploadRejected(locale, err.message);
    }
    log.error({ user: userId, file: name, err }, 'Adding an uploaded document failed');
    return messages.uploadFailed(locale);
  }
}

/** A private message that asks to add a link: "/add …" (its argument, maybe '') or a message that is only a URL. */
export function linkRequest(text: string, command: ParsedCommand | undefined): string | undefined {
  if (command) return command.name === 'add' ? command.args : undefined;
  const only = text.trim();
  return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(only) ? only : undefined;
}

/** Handles a link request in a private chat: admins get the page added, others a polite refusal. */
export function onLink(rt: BotRuntime, o: Origin, link: string): void {
  if (!admit(rt, o.target, o.chatId, o.userId, o.locale, false)) return;
  if (!rt.access.isAdmin(o.userId)) {
    log.info({ chat: o.chatId, user: o.userId }, 'Refused a link from a non-admin');
    respond(rt, 'link-refused', o.target, () => messages.uploadAdminsOnly(o.locale));
    return;
  }
  if (!link) {
    respond(rt, 'link-usage', o.target, () => messages.linkUsage(o.locale));
    return;
  }
  if (!admit(rt, o.target, o.chatId, o.userId, o.locale, true)) return;
  const fetchOptions = { allowLoopback: rt.config.FETCH_ALLOW_LOOPBACK };
  respond(rt, 'link', o.target, async (signal) => {
    const stopTyping = startTyping(rt.telegram, o.target);
    try {
      return await handleLink({ engine: rt.engine, fetch: fetchOptions, seedsDir: rt.config.SEEDS_DIR }, link, o.locale, o.userId ?? o.chatId, signal);
    } finally {
      stopTyping();
    }
  });
}

export interface LinkDeps {
  engine: Engine;
  fetch: Partial<FetchOptions>;
  /** Where seeds live: a name taken by a file there (even an unreadable one) is not reused. */
  seedsDir: string;
}

/** Fetches a link's article and adds it; returns the HTML reply (one sentence when it is refused). */
export async function handleLink(deps: LinkDeps, link: string, locale: Locale, userId: number, signal: AbortSignal): Promise<string> {
  const { engine } = deps;
  const existing = (key: string | undefined) => (key ? engine.documents().find((d) => d.url && urlKey(d.url) === key) : undefined);
  const known = existing(urlKey(link));
  if (known) return messages.linkRejected(locale, `this page is already in the corpus as ${known.file}`);
  const taken = new Set(engine.documents().map((d) => d.file.toLowerCase()));
  try {
    const isTaken = (name: string) => taken.has(name.toLowerCase()) || existsSync(path.join(deps.seedsDir, name));
    const article = await fetchArticle(link, { ...deps.fetch, signal }, isTaken);
    const info = await engine.addDocument(article.name, article.content);
    log.info({ user: userId, file: info.file, lang: info.lang, chunks: info.chunks, url: article.url }, 'Admin added a link');
    return messages.linkAdded(locale, info, engine.documents().length);
  } catch (err) {
    if (err instanceof FetchError || err instanceof UnreadableDocument || err instanceof UploadError) {
      log.info({ user: userId, reason: err.message }, 'Rejected a link');
      return messages.linkRejected(locale, err.message);
    }
    log.error({ user: userId, err }, 'Adding a link failed');
    return messages.linkRejected(locale, 'something went wrong while saving it; please try again');
  }
}
