/**
 * Abort signals for deadlines, on a plain AbortController and timer.
 *
 * Why not AbortSignal.any([signal, AbortSignal.timeout(ms)]): in Node 20 the timeout signal inside a
 * composite is held only weakly and can be garbage-collected before it fires (nodejs/node#57736), so
 * under memory pressure a deadline silently never comes. Here the timer holds the controller, and a
 * parent signal holds it through its listener, until dispose().
 */

export interface Deadline {
  readonly signal: AbortSignal;
  /** True when this deadline's own timer fired (not a parent). */
  readonly timedOut: boolean;
  /** Stops the timer; parents still abort the signal (e.g. once a first token has come). */
  clearTimer(): void;
  /** Stops the timer and unlinks the parents: call when the guarded work is over. */
  dispose(): void;
}

/**
 * A signal that aborts after `ms` (none when undefined) with a TimeoutError carrying `message`, or as
 * soon as any of `parents` aborts, with that parent's reason.
 */
export function deadline(ms: number | undefined, parents: ReadonlyArray<AbortSignal | undefined> = [], message = `timed out after ${ms} ms`): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const unlink: Array<() => void> = [];
  for (const parent of parents) {
    if (!parent) continue;
    if (parent.aborted) {
      controller.abort(parent.reason);
      break;
    }
    const onAbort = () => controller.abort(parent.reason);
    parent.addEventListener('abort', onAbort, { once: true });
    unlink.push(() => parent.removeEventListener('abort', onAbort));
  }
  let timer: NodeJS.Timeout | undefined;
  if (ms !== undefined && !controller.signal.aborted) {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(message, 'TimeoutError'));
    }, ms);
    timer.unref(); // a deadline alone never keeps the process running
  }
  const clearTimer = () => clearTimeout(timer);
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    clearTimer,
    dispose() {
      clearTimer();
      for (const u of unlink.splice(0)) u();
    },
  };
}
