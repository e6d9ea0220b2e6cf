/**
 * Streams a partial LLM answer into one Telegram message: the first message waits until there is
 * something worth reading (about 40 characters, or 1 s after the first token), later text edits it
 * at most once per `intervalMs`; the caller then puts the final formatted answer into it at once.
 * Partial texts are plain (no parse mode), so half-generated markup is harmless; `render` numbers
 * their markers the way the final answer will.
 */
import type { Telegram } from 'telegraf';
import { log } from '../../log.js';
import { errorDescription } from './api.js';
import { editText, sendPlain, type Target } from './send.js';

export interface StreamOptions {
  /** Least time between two edits (Telegram allows about one edit per second per chat). */
  intervalMs?: number;
  /** The first message waits for this many characters… */
  firstChars?: number;
  /** …or this long after the first text, whichever comes first. */
  firstWaitMs?: number;
  /** Partial text (and the file of each numbered source) → the plain text to show. */
  render?: (textSoFar: string, sourceFiles: readonly string[] | undefined) => string;
  now?: () => number;
}

export class PartialStreamer {
  private messageId: number | undefined;
  private started = false;
  private closed = false;
  private latest = '';
  private files: readonly string[] | undefined;
  private shown = '';
  private lastEditAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private firstTimer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failed = false;
  private inFlight = false;
  private readonly intervalMs: number;
  private readonly firstChars: number;
  private readonly firstWaitMs: number;
  private readonly render: NonNullable<StreamOptions['render']>;
  private readonly now: () => number;

  constructor(
    private readonly telegram: Telegram,
    private readonly target: Target,
    options: StreamOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1_500;
    this.firstChars = options.firstChars ?? 40;
    this.firstWaitMs = options.firstWaitMs ?? 1_000;
    this.render = options.render ?? ((text) => text.trim());
    this.now = options.now ?? Date.now;
  }

  /** onPartial callback: the whole answer text generated so far. */
  update(textSoFar: string, sourceFiles?: readonly string[]): void {
    if (this.closed || this.failed) return;
    this.latest = textSoFar;
    if (sourceFiles) this.files = sourceFiles;
    if (this.started) return this.schedule();
    if (!textSoFar.trim()) return;
    if (this.view().length >= this.firstChars) return this.sendFirst();
    // Not enough to read yet ("The"): wait a little for more.
    this.firstTimer ??= setTimeout(() => this.sendFirst(), this.firstWaitMs);
    this.firstTimer.unref?.();
  }

  private view(): string {
    return this.render(this.latest, this.files);
  }

  private sendFirst(): void {
    if (this.started || this.closed || this.failed) return;
    clearTimeout(this.firstTimer);
    this.started = true;
    const text = this.view();
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
  }

  private schedule(): void {
    if (this.closed || this.failed || this.timer || this.inFlight || this.messageId === undefined) return;
    if (this.view() === this.shown) return;
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
    const text = this.view();
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
   * Stops streaming (no pending edit is sent: the final answer replaces it at once) and waits for a
   * call in flight. Returns the id of the streamed message to put the final answer into, or
   * undefined if nothing was sent.
   */
  async finish(): Promise<number | undefined> {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.firstTimer);
    this.timer = undefined;
    await this.chain;
    return this.messageId;
  }
}
