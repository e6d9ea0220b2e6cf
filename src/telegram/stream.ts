/**
 * Streams a partial LLM answer into one Telegram message: the first partial text is sent as a
 * new message, later ones edit it at most once per `intervalMs`; the caller then makes the final
 * formatted edit. Partial texts are plain (no parse mode), so half-generated markup is harmless.
 */
import type { Telegram } from 'telegraf';
import { log } from '../log.js';
import { errorDescription } from './api.js';
import { formatPartial } from './format.js';
import { editText, sendPlain, type Target } from './send.js';

export class PartialStreamer {
  private messageId: number | undefined;
  private started = false;
  private closed = false;
  private latest = '';
  private shown = '';
  private lastEditAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failed = false;
  private inFlight = false;

  constructor(
    private readonly telegram: Telegram,
    private readonly target: Target,
    private readonly intervalMs = 1_500,
    private readonly now: () => number = Date.now,
  ) {}

  /** onPartial callback: the whole answer text generated so far. */
  update(textSoFar: string): void {
    if (this.closed || this.failed) return;
    this.latest = textSoFar;
    if (!this.started) {
      if (!textSoFar.trim()) return;
      this.started = true;
      const text = formatPartial(textSoFar);
      this.lastEditAt = this.now();
      this.chain = this.chain
        .then(async () => {
          const msg = await sendPlain(this.telegram, this.target, text, this.target.replyTo);
          this.lastEditAt = this.now(); // the interval counts from when Telegram has the message
          this.messageId = msg.message_id;
          this.shown = text;
        })
        .catch((err: unknown) => this.fail(err))
        .then(() => this.schedule());
      return;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.failed || this.timer || this.inFlight || this.messageId === undefined) return;
    if (formatPartial(this.latest) === this.shown) return;
    const wait = Math.max(0, this.lastEditAt + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
    this.timer.unref?.();
  }

  private flush(): void {
    if (this.closed || this.failed || this.messageId === undefined) return;
    if (this.now() < this.lastEditAt + this.intervalMs) return this.schedule(); // the last call finished late
    const text = formatPartial(this.latest);
    if (text === this.shown) return;
    this.lastEditAt = this.now();
    const id = this.messageId;
    this.inFlight = true;
    this.chain = this.chain
      .then(async () => {
        await editText(this.telegram, this.target.chatId, id, text, { html: false });
        this.shown = text;
      })
      .catch((err: unknown) => this.fail(err))
      .finally(() => {
        this.lastEditAt = this.now();
        this.inFlight = false;
        this.schedule(); // text that arrived during the call
      });
  }

  private fail(err: unknown): void {
    // Streaming is a nicety: stop editing; the final answer still goes into the message (or a new one).
    this.failed = true;
    log.warn({ chat: this.target.chatId, error: errorDescription(err) }, 'Streaming a partial answer failed; will send the final answer normally');
  }

  /**
   * Stops streaming and waits for in-flight calls. Returns the id of the streamed message to put
   * the final answer into, or undefined if nothing was sent.
   */
  async finish(): Promise<number | undefined> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain;
    return this.messageId;
  }
}
