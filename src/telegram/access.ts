/**
 * Who may talk to the bot (allowlist, admins) and how often (per-user sliding-window rate limit).
 */
import { LruMap } from './lru.js';

export interface AccessLists {
  allowedChatIds: readonly number[];
  allowedUserIds: readonly number[];
  adminUserIds: readonly number[];
}

export class AccessPolicy {
  private readonly chats: Set<number>;
  private readonly users: Set<number>;
  private readonly admins: Set<number>;

  constructor(lists: AccessLists) {
    this.chats = new Set(lists.allowedChatIds);
    this.users = new Set(lists.allowedUserIds);
    this.admins = new Set(lists.adminUserIds);
  }

  /** Both allowlists empty: anyone may use the bot. */
  get open(): boolean {
    return this.chats.size === 0 && this.users.size === 0;
  }

  isAdmin(userId: number | undefined): boolean {
    return userId !== undefined && this.admins.has(userId);
  }

  /**
   * A chat is allowed when it is listed, or the user is listed, or the user is an admin.
   * Inline queries have no chat: pass chatId undefined and only the user counts.
   */
  allows(chatId: number | undefined, userId: number | undefined): boolean {
    if (this.open) return true;
    if (chatId !== undefined && this.chats.has(chatId)) return true;
    if (userId !== undefined && (this.users.has(userId) || this.admins.has(userId))) return true;
    return false;
  }
}

export interface RateDecision {
  ok: boolean;
  /** When refused: seconds until the oldest counted event leaves the window (≥1). */
  retryAfterSec: number;
  /** When refused: true only for the first refusal in a window, so the user is told once, not spammed. */
  notify: boolean;
}

/**
 * Sliding-window limiter: at most `limit` events per `windowMs` per key.
 * Memory is bounded: at most `maxKeys` keys (least recently used evicted), each holding ≤ limit timestamps.
 */
export class RateLimiter {
  private readonly hits: LruMap<number | string, { times: number[]; notified: boolean }>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.hits = new LruMap(maxKeys);
  }

  /** Records an event for `key` if allowed. */
  take(key: number | string): RateDecision {
    const t = this.now();
    const entry = this.hits.get(key) ?? { times: [], notified: false };
    entry.times = entry.times.filter((x) => t - x < this.windowMs);
    if (entry.times.length === 0) entry.notified = false;
    let decision: RateDecision;
    if (entry.times.length < this.limit) {
      entry.times.push(t);
      entry.notified = false;
      decision = { ok: true, retryAfterSec: 0, notify: false };
    } else {
      const oldest = entry.times[0]!;
      decision = {
        ok: false,
        retryAfterSec: Math.max(1, Math.ceil((oldest + this.windowMs - t) / 1000)),
        notify: !entry.notified,
      };
      entry.notified = true;
    }
    this.hits.set(key, entry); // most recent; the least recent key beyond maxKeys is forgotten
    return decision;
  }

  get size(): number {
    return this.hits.size;
  }
}
