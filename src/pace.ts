/**
 * Cooperative yielding for long loops on the main thread (chunking, embedding, indexing): `if
 * (pacer.due()) await pacer.pause()` gives the event loop a turn once `sliceMs` have passed, so other
 * chats keep being answered while a large document is indexed.
 */
export class Pacer {
  private last = performance.now();

  constructor(private readonly sliceMs = 20) {}

  due(): boolean {
    return performance.now() - this.last >= this.sliceMs;
  }

  /** Yields to the event loop (timers and I/O run) and starts a new slice. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }

  /** Yields only when the current slice is used up. */
  async tick(): Promise<void> {
    if (this.due()) await this.pause();
  }
}
