/**
 * Bot API calls: retries (429 retry_after, 5xx and network errors with back-off, the polling
 * loop's getUpdates without limit) and error classification.
 */
import type { Telegram } from 'telegraf';
import { TelegramError } from 'telegraf';
import { log } from '../../log.js';

export interface RetryOptions {
  /** Total attempts per call (other than polling), including the first. */
  maxAttempts?: number;
  /** A retry_after longer than this is not waited for; the error is thrown. */
  maxWaitSec?: number;
  /** First back-off after a 5xx or a network error (doubles per attempt); default 500 ms. */
  baseDelayMs?: number;
  /** Longest back-off between two getUpdates attempts; default 30 s. */
  maxPollDelayMs?: number;
  /**
   * Each other call is abandoned after this long (telegraf's own limit is 500 s), so one stuck
   * request cannot hold up a chat's queue; default 30 s.
   */
  callTimeoutMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called for every 429 answer (polling included), for metrics. */
  on429?: (method: string) => void;
}

const WRAPPED = Symbol.for('kzus.telegram.retryWrapped');

/** Never retried: a late typing indicator is useless. */
const NO_RETRY = new Set(['sendChatAction']);

/**
 * Calls that are safe to repeat when the connection broke after the request may have reached
 * Telegram (reads, settings, edits, acknowledgements). A send is not: it could arrive twice.
 */
const SAFE_TO_REPEAT = /^(get|set|delete|edit|answer)[A-Z]/;

/** Network errors where the request certainly never reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

class PollAbortError extends Error {
  override name = 'AbortError';
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new PollAbortError('aborted'));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new PollAbortError('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

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

/** A network-level failure of a Bot API call (node-fetch FetchError: reset, refused, timeout, bad JSON). */
export function isNetworkError(err: unknown): boolean {
  return err instanceof Error && !(err instanceof TelegramError) && (err.name === 'FetchError' || typeof (err as { errno?: unknown }).errno === 'string');
}

/** Worth retrying later: 429, a 5xx, or a network failure. */
export function isTransientError(err: unknown): boolean {
  const code = errorCode(err);
  return code === 429 || (code !== undefined && code >= 500) || isNetworkError(err);
}

/** Exponential back-off with ±20 % jitter: base, 2·base, 4·base … capped at maxMs. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(maxMs, raw * (0.8 + 0.4 * random())));
}

function isAbort(err: unknown, signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted) || (err instanceof Error && err.name === 'AbortError');
}

/**
 * Wraps `telegram.callApi` with retries. Idempotent per Telegram instance. Applied to `bot.telegram`
 * and, by a middleware, to each update's `ctx.telegram` (telegraf creates one per update).
 *
 * - Any call: a 429 is retried after `retry_after` seconds; a 5xx after an exponential back-off;
 *   a network error too when the call is safe to repeat or certainly never left this host.
 *   At most maxAttempts in total, then the error is thrown.
 * - getUpdates from the polling loop (it passes an abort signal): retried without limit on 429,
 *   5xx and network errors, with exponential back-off (or retry_after) capped at maxPollDelayMs,
 *   interrupted at once when polling is stopped. telegraf 4.16's own loop would wait a fixed 5 s
 *   (or retry_after) that a stop cannot interrupt, and logs nothing; with this wrapper it never
 *   sees a transient error. Other errors (401, 409 …) still end polling.
 */
export function withRetryAfter(telegram: Telegram, options: RetryOptions = {}): Telegram {
  const t = telegram as Telegram & { [WRAPPED]?: true };
  if (t[WRAPPED]) return telegram;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const maxWaitSec = options.maxWaitSec ?? 60;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxPollDelayMs = options.maxPollDelayMs ?? 30_000;
  const callTimeoutMs = options.callTimeoutMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  const on429 = options.on429;
  const raw = telegram.callApi.bind(telegram) as (m: string, p: unknown, o?: unknown) => Promise<unknown>;
  const original = on429
    ? (m: string, p: unknown, o?: unknown) =>
        raw(m, p, o).catch((err: unknown) => {
          if (errorCode(err) === 429) on429(m);
          throw err;
        })
    : raw;

  const poll = async (payload: unknown, opts: unknown, signal: AbortSignal): Promise<unknown> => {
    for (let failures = 0; ; ) {
      try {
        const result = await original('getUpdates', payload, opts);
        if (failures > 0) log.info({ method: 'getUpdates', failures }, 'Telegram polling recovered');
        return result;
      } catch (err) {
        // Stopped: always an AbortError, which ends telegraf's loop at once (on a 5xx it would wait 5 s first).
        if (signal.aborted) throw err instanceof Error && err.name === 'AbortError' ? err : new PollAbortError('aborted');
        if (isAbort(err, signal) || !isTransientError(err)) throw err;
        failures++;
        const retryAfter = retryAfterOf(err);
        const delay = retryAfter !== undefined ? retryAfter * 1000 : backoffMs(failures, baseDelayMs, maxPollDelayMs);
        log.warn(
          { method: 'getUpdates', code: errorCode(err), error: errorDescription(err), attempt: failures, retryInMs: delay },
          'Telegram polling failed; retrying with back-off',
        );
        await sleep(delay, signal);
        if (signal.aborted) throw new PollAbortError('aborted');
      }
    }
  };

  const wrapped = async (method: string, payload: unknown, opts?: unknown): Promise<unknown> => {
    const signal = (opts as { signal?: AbortSignal } | undefined)?.signal;
    if (method === 'getUpdates' && signal) return poll(payload, opts, signal);
    for (let attempt = 1; ; attempt++) {
      try {
        const callOpts = signal || method === 'getUpdates' ? opts : { ...(opts as object | undefined), signal: AbortSignal.timeout(callTimeoutMs) };
        return await original(method, payload, callOpts);
      } catch (err) {
        if (NO_RETRY.has(method) || method === 'getUpdates' || attempt >= maxAttempts || isAbort(err, signal)) throw err;
        const wait = retryAfterOf(err);
        if (wait !== undefined) {
          if (wait > maxWaitSec) throw err;
          log.warn({ method, retryAfter: wait, attempt }, 'Telegram 429 Too Many Requests: retrying after retry_after');
          await sleep(wait * 1000);
          continue;
        }
        const code = errorCode(err);
        const retriable =
          (code !== undefined && code >= 500) ||
          (isNetworkError(err) && (SAFE_TO_REPEAT.test(method) || NOT_SENT_CODES.has(String((err as { code?: unknown }).code))));
        if (!retriable) throw err;
        const delay = backoffMs(attempt, baseDelayMs, 10_000);
        log.warn({ method, code, error: errorDescription(err), attempt, retryInMs: delay }, 'Telegram call failed; retrying');
        await sleep(delay);
      }
    }
  };
  telegram.callApi = wrapped as Telegram['callApi'];
  t[WRAPPED] = true;
  return telegram;
}
