/**
 * Runs update work in the background so one slow answer never blocks other chats.
 *
 * telegraf's polling loop awaits every update of a batch (Promise.all) before the next getUpdates,
 * and each handler is wrapped in `handlerTimeout` (default 90 s, after which telegraf reports a
 * TimeoutError but does not cancel the handler). Handlers therefore only decide what to do and
 * hand the slow part to `run`, returning at once; in webhook mode this also answers Telegram's
 * POST immediately. `drain` lets a graceful stop wait for in-flight answers, then aborts them.
 *
 * Tasks given the same `key` (the chat id) run one after another, in the order they were handed
 * over, so a chat's second question is answered after its first even when the first is slow;
 * tasks of other chats (and unkeyed ones: inline queries, button presses) run concurrently.
 * A key's queue is forgotten as soon as it is empty, so the map holds only busy chats.
 *
 * A task starts on a later turn of the event loop, not in the handler's microtask: a batch of 100
 * updates would otherwise compute all its answers before telegraf's next getUpdates (or the webhook's
 * response) is even written, and new questions would wait for the whole batch.
 */
import { TelegramError } from 'telegraf';
import { log } from '../../log.js';

export class TaskTracker {
  private readonly tasks = new Set<Promise<void>>();
  private readonly controller = new AbortController();
  /** The last queued task per key (its completion = the queue is empty). */
  private readonly tails = new Map<number | string, Promise<void>>();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get size(): number {
    return this.tasks.size;
  }

  get stopping(): boolean {
    return this.controller.signal.aborted;
  }

  /** Chats with queued or running work (bounded by in-flight work; for tests and metrics). */
  get queuedKeys(): number {
    return this.tails.size;
  }

  /** Runs `fn` in the background; with a key, after every earlier task of the same key has settled. */
  run(name: string, fn: (signal: AbortSignal) => Promise<void>, key?: number | string): void {
    const previous = key === undefined ? undefined : this.tails.get(key);
    const p: Promise<void> = (previous ?? new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => fn(this.controller.signal))
      .catch((err: unknown) => {
        // A Bot API refusal (user blocked the bot, chat gone, query too old) is not our bug: a warning.
        if (err instanceof TelegramError) log.warn({ task: name, error: err.message }, 'Telegram refused a call in a background task');
        else log.error({ task: name, err }, 'Background task failed');
      })
      .finally(() => {
        this.tasks.delete(p);
        if (key !== undefined && this.tails.get(key) === p) this.tails.delete(key);
      });
    this.tasks.add(p);
    if (key !== undefined) this.tails.set(key, p);
  }

  /** Waits up to graceMs for running tasks, then aborts the rest and waits a little more for them to wind down. */
  async drain(graceMs = 10_000): Promise<void> {
    const settle = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        Promise.allSettled([...this.tasks]).then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    if (this.tasks.size) await settle(graceMs);
    this.controller.abort(new Error('Bot is stopping'));
    if (this.tasks.size) await settle(2_000);
  }
}
