import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UnreadableDocument, type SourceDocument } from '../corpus/load.js';
import type { Chunk } from '../corpus/chunk.js';
import type { Lang } from '../language/lang.js';
import type { Span } from '../language/sentences.js';
import { decodeTerms, type EncodedTerms } from './chunk-analysis.js';
import type { IngestRequest } from './ingest-worker.js';
import type { ChunkTerms } from './lexical-index.js';

/**
 * Starts a worker on ingest-worker.ts (or .js in the compiled build). The entry is imported from a
 * small CommonJS bootstrap: under tsx the worker inherits tsx's loader; where none is registered (a
 * vitest worker) the bootstrap registers tsx's ESM hooks itself when TypeScript cannot be imported.
 */
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.entry)
  .catch(async (error) => {
    if (!workerData.tsx || !String(error && error.code).startsWith('ERR_UNKNOWN_FILE_EXTENSION')) throw error;
    (await import(workerData.tsx)).register();
    return import(workerData.entry + '?tsx'); // a new URL: the loader remembers the failed one

  })
  .catch((error) => parentPort.postMessage({ fatal: String((error && error.stack) || error) }));
`;

interface Reply {
  id?: number;
  ready?: boolean;
  fatal?: string;
  error?: string;
  unreadable?: boolean;
  doc?: SourceDocument;
  vectors?: Float32Array;
  spans?: Uint32Array;
  encoded?: EncodedTerms;
  /** Set on arrival from `encoded` (decoded in the order the worker sent its replies). */
  terms?: ChunkTerms[];
}

/** What the pool's analysis of chunks gives: flat vectors (row i at i · dims) and each chunk's terms. */
export interface AnalysedChunks {
  vectors: Float32Array;
  terms: ChunkTerms[];
}

export interface IngestPoolOptions {
  /** Worker threads (default: one per core beyond this one, at least 2 so the analysis is split even on 2 cores, at most 4). */
  size?: number;
  /** The built-in embedder's dimensions. */
  dims: number;
  /**
   * Nice value of the worker threads (default 0). Workers kept beside a thread that answers yield
   * the CPU to it on a busy machine; what they leave undone the answering thread takes itself (see
   * SharedAnalysis), so answers keep their pace and uploads lose little.
   */
  nice?: number;
}

export const defaultPoolSize = () => Math.max(2, Math.min(4, availableParallelism() - 1));

/**
 * Worker threads for a large ingest: they read and parse seed files (sha256, language detection,
 * metadata) and embed and analyse chunks with the built-in embedder, while the main thread chunks,
 * adds to the lexical index and hands vectors to the graph. Requests go to the least busy worker;
 * each answer is what the main thread would compute (same functions, pure), so the index does not
 * depend on which worker did what. close() ends the threads.
 */
export class IngestPool {
  private readonly workers: Array<{ worker: Worker; busy: number; strings: string[] }> = [];
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void; worker: number; weight: number }>();
  private nextId = 0;
  failure?: Error;
  private starting = 0;
  private started!: (ok: boolean) => void;
  /** Chunks the workers have embedded and analysed so far. */
  analysedChunks = 0;
  /** Every worker has loaded its modules (until then, the caller may as well do the work itself). */
  isReady = false;
  /** True once every worker has loaded its modules; false if one could not start (the caller then works alone). */
  readonly ready = new Promise<boolean>((resolve) => (this.started = resolve));

  constructor(options: IngestPoolOptions) {
    const require = createRequire(import.meta.url);
    const typescript = import.meta.url.endsWith('.ts');
    const entry = new URL(`./ingest-worker.${typescript ? 'ts' : 'js'}`, import.meta.url).href;
    let tsx: string | undefined;
    try {
      // The ESM build of tsx's API (its CommonJS build cannot register hooks from a worker).
      tsx = typescript ? pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href : undefined;
    } catch {
      tsx = undefined;
    }
    const size = options.size ?? defaultPoolSize();
    this.starting = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entry, tsx, dims: options.dims, nice: options.nice ?? 0 } });
      worker.unref(); // never what keeps a process alive
      worker.on('message', (reply: Reply) => this.answer(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`an ingest worker exited with code ${code}`)));
      this.workers.push({ worker, busy: 0, strings: [] });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  private answer(reply: Reply): void {
    if (reply.fatal) return this.fail(new Error(`an ingest worker could not start: ${reply.fatal}`));
    if (reply.ready && --this.starting === 0) {
      this.isReady = true;
      this.started(true);
    }
    if (reply.id === undefined) return;
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    const worker = this.workers[waiter.worker]!;
    worker.busy -= waiter.weight;
    if (reply.encoded) reply.terms = decodeTerms(reply.encoded, worker.strings);
    waiter.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.started(false);
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }

  private request(message: IngestRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never, weight: number): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    let best = 0;
    this.workers.forEach((w, i) => w.busy < this.workers[best]!.busy && (best = i));
    const id = this.nextId++;
    const w = this.workers[best]!;
    w.busy += weight;
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker: best, weight });
      w.worker.postMessage({ ...message, id });
    });
  }

  /** A seed file read and parsed (readDocument) on a worker; an unreadable one rejects with UnreadableDocument. */
  async read(path: string, name: string): Promise<SourceDocument> {
    const reply = await this.request({ type: 'read', path, name }, 1);
    if (reply.error !== undefined) throw reply.unreadable ? new UnreadableDocument(reply.error) : new Error(reply.error);
    return reply.doc!;
  }

  /** A text's sentences as splitSentences gives them, split on a worker. */
  async sentences(text: string, lang: Lang): Promise<Span[]> {
    const reply = await this.request({ type: 'sentences', text, lang }, Math.ceil(text.length / 1000));
    if (reply.error !== undefined) throw new Error(`an ingest worker failed: ${reply.error}`);
    const pairs = reply.spans!;
    const spans: Span[] = [];
    for (let i = 0; i < pairs.length; i += 2) spans.push({ start: pairs[i]!, end: pairs[i + 1]! });
    return spans;
  }

  /** Vectors and terms of chunks (embedAndAnalyseChunk) from the least busy worker (see SharedAnalysis for many). */
  async analyse(chunks: Array<Pick<Chunk, 'text' | 'lang'>>): Promise<AnalysedChunks> {
    const reply = await this.request({ type: 'analyse', texts: chunks.map((c) => c.text), langs: chunks.map((c) => c.lang) }, chunks.length);
    if (reply.error !== undefined) throw new Error(`an ingest worker failed: ${reply.error}`);
    this.analysedChunks += chunks.length;
    return { vectors: reply.vectors!, terms: reply.terms! };
  }

  /** Ends the threads; what is still waiting, and any later request, is rejected. */
  async close(): Promise<void> {
    this.fail(new Error('the ingest workers were closed'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
