import type { Chunk } from '../corpus/chunk.js';
import type { AnalysedChunks, IngestPool } from './ingest-pool.js';

type Analysable = Pick<Chunk, 'text' | 'lang'>;

export interface SharedAnalysisOptions<C extends Analysable> {
  /** Chunks per request to a worker. */
  slice: number;
  /**
   * Analyses a slice on the caller's thread (the same function the workers run): a slice no worker
   * has started while the caller waits, or one whose worker failed (`failure` then says why).
   */
  here: (chunks: C[], failure?: unknown) => Promise<AnalysedChunks>;
}

/**
 * The analyses of chunks, slice by slice in order, shared between the workers and the caller's thread.
 * A few slices per worker are in flight at a time (each worker always has its next one queued); when
 * the caller asks for the next slice in order and it is not back yet, the caller analyses the last
 * slice nobody has started instead of waiting. A machine that gives the workers little CPU thus
 * costs the caller no idle time, and one that gives them plenty leaves the caller only its own work.
 * Which thread analysed a slice does not change its result.
 */
export class SharedAnalysis<C extends Analysable> {
  private readonly parts: C[][] = [];
  private readonly results: Array<Promise<AnalysedChunks> | undefined> = [];
  private readonly settled: boolean[] = [];
  private readonly window: number;
  private nextToSend = 0;
  /** Slices from here on were taken by the caller (analysed on its thread). */
  private untakenEnd: number;
  private nextInOrder = 0;
  private inFlight = 0;

  constructor(
    private readonly pool: IngestPool,
    chunks: C[],
    private readonly options: SharedAnalysisOptions<C>,
  ) {
    for (let at = 0; at < chunks.length; at += options.slice) this.parts.push(chunks.slice(at, at + options.slice));
    this.untakenEnd = this.parts.length;
    this.window = 2 * Math.max(1, pool.size);
    this.send();
  }

  get slices(): number {
    return this.parts.length;
  }

  /** Sends slices, in order, until the window is full or none is left untaken. */
  private send(): void {
    while (this.inFlight < this.window && this.nextToSend < this.untakenEnd) {
      const k = this.nextToSend++;
      this.inFlight++;
      const result = this.pool.analyse(this.parts[k]!).catch((error: unknown) => this.options.here(this.parts[k]!, error));
      this.results[k] = result;
      const settle = () => {
        this.settled[k] = true;
        this.inFlight--;
        this.send();
      };
      // Awaited in order by next(); a failure here only settles the slice (next() rethrows it).
      result.then(settle, settle);
    }
  }

  /** The next slice in order and its analysis; undefined after the last. */
  async next(): Promise<{ chunks: C[]; analysed: AnalysedChunks } | undefined> {
    const k = this.nextInOrder;
    if (k >= this.parts.length) return undefined;
    this.nextInOrder++;
    // Not back yet: take the last slice nobody has started, rather than wait.
    while (k < this.nextToSend && !this.settled[k] && this.nextToSend < this.untakenEnd) {
      const last = --this.untakenEnd;
      this.results[last] = Promise.resolve(await this.options.here(this.parts[last]!));
    }
    // A slice not sent by now was taken by the loop above (its result is there).
    if (this.results[k] === undefined) {
      this.nextToSend = Math.max(this.nextToSend, k + 1);
      this.results[k] = this.options.here(this.parts[k]!);
    }
    return { chunks: this.parts[k]!, analysed: await this.results[k]! };
  }
}
