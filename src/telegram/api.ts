/**
 * Outgoing Bot API calls: 429 retry_after handling and error classification.
 */
import type { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import { log } from '../log.js';

export interface RetryOptions {
  /** Total attempts per call, including the first. */
  maxAttempts?: number;
  /** A retry_after longer than this is not waited for; the error is thrown. */
  maxWaitSec?: number;
  sleep?: (ms: number) => Promise<void>;
}

const WRAPPED = Symbol.for('kzus.telegram.retryWrapped');

/** Never retried here: getUpdates backs off inside telegraf's polling loop; a late typing indicator is useless. */
const NO_RETRY = new Set(['getUpdates', 'sendChatAction']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from a Bot API 429 error, or undefined for any other error. */
export function retryAfterOf(err: unknown): number | undefined {
  if (!(err instanceof TelegramError) || err.code !== 429) return undefined;
  const s = err.parameters?.retry_after;
  if (typeof s === 'number' && Number.isFinite(s) && s >= 0) return s;
  const m = /retry after (\d+)/i.exec(err.description ?? '');
  return m ? Number(m[1]) : 1;
}

export function errorCode(err: unknown): number | undefined {
  return err instanceof TelegramError ? err.code : undefined;
}

export function errorDescription(err: unknown): string {
  if (err instanceof TelegramError) return err.description ?? err.message;
  return err instanceof Error ? err.message : String(err);
}

/** "Bad Request: can't parse entities: …" — our HTML was rejected. */
export function isParseEntitiesError(err: unknown): boolean {
  return errorCode(err) === 400 && /can't parse entities|can't find end of the entity/i.test(errorDescription(err));
}

/** "Bad Request: message is not modified" — an edit with identical content; harmless. */
export function isNotModifiedError(err: unknown): boolean {
  return errorCode(err) === 400 && /message is not modified/i.test(errorDescription(err));
}

/** 409 Conflict: another getUpdates poller (or a webhook) is active for this token. */
export function isConflictError(err: unknown): boolean {
  return errorCode(err) === 409;
}

/**
 * Wraps `telegram.callApi` so that a 429 is retried after `retry_after` seconds,
 * up to maxAttempts in total. Idempotent per Telegram instance. Applied to `bot.telegram`
 * and, by a middleware, to each update's `ctx.telegram` (telegraf creates one per update).
 */
export function withRetryAfter(telegram: Telegram, options: RetryOptions = {}): Telegram {
  const t = telegram as Telegram & { [WRAPPED]?: true };
  if (t[WRAPPED]) return telegram;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const maxWaitSec = options.maxWaitSec ?? 60;
  const sleep = options.sleep ?? defaultSleep;
  const original = telegram.callApi.bind(telegram);
  const wrapped = async (method: string, payload: unknown, opts?: unknown): Promise<unknown> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (original as (m: string, p: unknown, o?: unknown) => Promise<unknown>)(method, payload, opts);
      } catch (err) {
        const wait = retryAfterOf(err);
        if (wait === undefined || NO_RETRY.has(method) || attempt >= maxAttempts || wait > maxWaitSec) throw err;
        log.warn({ method, retryAfter: wait, attempt }, 'Telegram 429 Too Many Requests: retrying after retry_after');
        await sleep(wait * 1000);
      }
    }
  };
  telegram.callApi = wrapped as Telegram['callApi'];
  t[WRAPPED] = true;
  return telegram;
}
