/**
 * Runs update work in the background so one slow answer never blocks other chats.
 *
 * telegraf's polling loop awaits every update of a batch (Promise.all) before the next getUpdates,
 * and each handler is wrapped in `handlerTimeout` (default 90 s, after which telegraf reports a
 * TimeoutError but does not cancel the handler). Handlers therefore only decide what to do and
 * hand the slow part to `run`, returning at once; in webhook mode this also answers Telegram's
 * POST immediately. `drain` lets a graceful stop wait for in-flight answers, then aborts them.
 */
import { TelegramError } from 'telegraf';
import { log } from '../log.js';

export class TaskTracker {
  private readonly tasks = new Set<Promise<void>>();
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get size(): number {
    return this.tasks.size;
  }

  get stopping(): boolean {
    return this.controller.signal.aborted;
  }

  run(name: string, fn: (signal: AbortSignal) => Promise<void>): void {
    const p: Promise<void> = Promise.resolve()
      .then(() => fn(this.controller.signal))
      .catch((err: unknown) => {
        // A Bot API refusal (user blocked the bot, chat gone, query too old) is not our bug: a warning.
        if (err instanceof TelegramError) log.warn({ task: name, error: err.message }, 'Telegram refused a call in a background task');
        else log.error({ task: name, err }, 'Background task failed');
      })
      .finally(() => {
        this.tasks.delete(p);
      });
    this.tasks.add(p);
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
