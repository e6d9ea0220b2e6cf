/**
 * Runs update work in the background so one slow answer never blocks other chats.
 *
 * telegraf's polling loop awaits every update of a batch (Promise.all) before the next getUpdates,
 * and each handler is wrapped in `handlerTimeout` (default 90 s, after which telegraf reports a
 * TimeoutError but does not cancel the handler). Handlers therefore only decide what to do and
 * hand the slow part to `run`, returning at once; in webhook mode this also answers Telegram's
 * POST immediately.
 *
 * `drain` is the graceful stop: it aborts the shared signal at once, which a question takes as
 * "answer offline now" (the engine stops waiting on the model and gives the offline answer, and a
 * queued question is answered offline without any network call), waits a bounded time for the
 * tasks to send their replies, and then calls the `unfinished` handler of every task still not done
 * (a question's tells the asker to ask again), so nothing is dropped silently.
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
import { setMaxListeners } from 'node:events';
import { TelegramError } from 'telegraf';
import { log } from '../../log.js';

export interface RunOptions {
  /** Called by `drain` when this task has not finished in time (e.g. tell the asker to ask again); must not throw. */
  unfinished?: () => Promise<void>;
}

export class TaskTracker {
  private readonly tasks = new Set<Promise<void>>();
  private readonly controller = new AbortController();
  /** The last queued task per key (its completion = the queue is empty). */
  private readonly tails = new Map<number | string, Promise<void>>();
  private readonly unfinished = new Map<Promise<void>, () => Promise<void>>();

  constructor() {
    // Every question in flight listens to this one signal (its deadline links to it).
    setMaxListeners(0, this.controller.signal);
  }

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
  run(name: string, fn: (signal: AbortSignal) => Promise<void>, key?: number | string, options: RunOptions = {}): void {
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
        this.unfinished.delete(p);
        if (key !== undefined && this.tails.get(key) === p) this.tails.delete(key);
      });
    this.tasks.add(p);
    if (options.unfinished) this.unfinished.set(p, options.unfinished);
    if (key !== undefined) this.tails.set(key, p);
  }

  /**
   * Stops: aborts the shared signal now (questions answer offline at once), waits up to `settleMs`
   * for the tasks to finish, then runs the `unfinished` handler of each task still running or queued,
   * waiting up to `noticeMs` for them. Returns how many tasks were unfinished.
   */
  async drain(settleMs = 10_000, noticeMs = 3_000): Promise<number> {
    this.controller.abort(new Error('Bot is stopping'));
    if (this.tasks.size) await settle([...this.tasks], settleMs);
    const late = [...this.unfinished.values()];
    this.unfinished.clear();
    if (late.length) await settle(late.map((tell) => tell().catch(() => undefined)), noticeMs);
    return late.length;
  }
}

/** Resolves when every promise has settled or after `ms`, whichever comes first. */
function settle(promises: Array<Promise<unknown>>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    Promise.allSettled(promises).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
