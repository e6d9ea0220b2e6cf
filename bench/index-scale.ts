/**
 * Section 1 — the vector index at scale: a synthetic corpus (bench/corpus.ts) embedded with the
 * built-in LexicalEmbeddings and indexed with the app's own HnswStore, at two sizes (10k and 100k
 * chunks; --quick: 2k and 5k). The small corpus is a prefix of the large one, so the large index is
 * built by adding the rest to the small one (HNSW insertion is incremental anyway).
 *
 * Per size: embedding and insertion time, size of the saved generation on disk, load time (in this
 * process and in a fresh child process, which also gives the serving process's peak RSS), query
 * latency through HnswStore.similaritySearchVectorWithScore (LangChain's call; the retriever's HnswStore.nearest runs the same search), recall@10
 * against exact brute-force cosine search over the same vectors, and the speed-up over that exact
 * search measured in the same run; plus an efSearch sweep on the large index.
 */
import { Document } from '@langchain/core/documents';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';
import { LexicalEmbeddings } from '../src/search/embeddings.js';
import { HnswStore, type HnswParams, type StoreFiles } from '../src/search/hnsw-store.js';
import { IndexFiles } from '../src/search/index-files.js';
import { CHUNK_FILE_KEYS } from '../src/search/indexer.js';
import { loadSource, syntheticChunks, syntheticQueries, type SyntheticChunk } from './corpus.js';
import { lastJsonLine, mean, note, peakRssMb, percentile, round, runChild, tsxNodeArgs } from './util.js';

export const DIMS = 256;

export interface IndexScaleOptions {
  /** Corpus sizes in chunks, small then large (the small corpus is a prefix of the large). */
  sizes: [number, number];
  /** Held-out queries timed against HNSW per size. */
  queries: number;
  /** Of those, how many are also searched exhaustively (recall and the exact baseline). */
  exactQueries: number;
  params: HnswParams;
  /** Threads for embedding (1: this thread, as the indexer does; more: worker threads, wall time includes their start-up). */
  workers: number;
  /** efSearch values to sweep on the large index. */
  efSweep: number[];
  seed: number;
}

export interface IndexFigures {
  chunks: number;
  embed_s: number;
  embed_threads: number;
  /** Embedding rate of one thread (chunks of a thread / that thread's embedding time). */
  embed_chunks_per_s_per_thread: number;
  insert_s: number;
  insert_chunks_per_s: number;
  /** embed_s + insert_s. */
  build_s: number;
  chunks_per_s: number;
  disk_bytes: number;
  index_bytes: number;
  docstore_bytes: number;
  save_ms: number;
  /** HnswStore.loadFiles in this process. */
  load_ms: number;
  /** HnswStore.loadFiles inside a fresh child process. */
  load_child_ms: number;
  /** Child process from spawn until the index is loaded and answering (node + tsx start-up included). */
  child_ready_ms: number;
  /** Peak RSS of that child (loaded index + 200 queries): the memory a serving process needs for this index. */
  peak_rss_mb: number;
  /** Peak RSS of the bench process so far (it holds the corpus, the vectors and two copies of the index). */
  build_peak_rss_mb: number;
  query_p50_ms: number;
  query_p95_ms: number;
  query_mean_ms: number;
  recall_at_10: number;
  exact_p50_ms: number;
  exact_p95_ms: number;
  speedup_vs_exact: number;
  /** The same exact search in C++: hnswlib-node's BruteforceSearch (cosine) over the same vectors. */
  exact_bruteforce_p50_ms: number;
  exact_bruteforce_p95_ms: number;
  /** HNSW p50 against the C++ exact p50: the fair speed-up. */
  speedup_vs_bruteforce: number;
  /** recall@10 of HNSW against BruteforceSearch's top 10 (should equal recall_at_10 up to ties). */
  recall_at_10_vs_bruteforce: number;
  queries: number;
  exact_queries: number;
  m: number;
  ef_construction: number;
  ef_search: number;
}

export interface IndexScaleResult {
  index_10k: IndexFigures;
  index_100k: IndexFigures & { ef_sweep: Record<string, number> };
}

// ---------------------------------------------------------------------------
// Embedding

const WORKER_BOOT = (entry: string) =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;

/** Embeds texts in `workers` worker threads (tsx registered inside each); returns the vectors and the wall time. */
export async function embedInWorkers(texts: string[], workers: number): Promise<{ vectors: Float32Array; ms: number; threadMs: number[] }> {
  const started = performance.now();
  const per = Math.ceil(texts.length / workers);
  const entry = new URL('./embed-worker.ts', import.meta.url).href;
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const slice = texts.slice(w * per, (w + 1) * per);
      return new Promise<{ vectors: Float32Array; ms: number }>((resolve, reject) => {
        const worker = new Worker(WORKER_BOOT(entry), { eval: true, workerData: { texts: slice, dims: DIMS } });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`embedding worker exited with code ${code}`)));
      });
    }),
  );
  const vectors = new Float32Array(texts.length * DIMS);
  let offset = 0;
  for (const p of parts) {
    vectors.set(p.vectors, offset);
    offset += p.vectors.length;
  }
  return { vectors, ms: performance.now() - started, threadMs: parts.map((p) => p.ms) };
}

export function embedHere(embedder: LexicalEmbeddings, texts: string[]): { vectors: Float32Array; ms: number } {
  const started = performance.now();
  const vectors = new Float32Array(texts.length * DIMS);
  texts.forEach((t, i) => vectors.set(embedder.embedText(t), i * DIMS));
  return { vectors, ms: performance.now() - started };
}

// ---------------------------------------------------------------------------
// Exact search

/** Scales each row of a row-major matrix to unit length (the embedder already does; cheap insurance). */
export function normaliseRows(m: Float32Array): Float32Array {
  for (let o = 0; o < m.length; o += DIMS) {
    let s = 0;
    for (let j = 0; j < DIMS; j++) s += m[o + j]! * m[o + j]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < DIMS; j++) m[o + j]! *= inv;
  }
  return m;
}

/** Exact top-k by cosine: one Float32Array dot product per row (rows and query unit-length), kept in a sorted array. */
export function exactTopK(matrix: Float32Array, rows: number, query: Float32Array, k: number): number[] {
  const ids: number[] = [];
  const scores: number[] = [];
  for (let i = 0, o = 0; i < rows; i++, o += DIMS) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < DIMS; j += 4) {
      s0 += query[j]! * matrix[o + j]!;
      s1 += query[j + 1]! * matrix[o + j + 1]!;
      s2 += query[j + 2]! * matrix[o + j + 2]!;
      s3 += query[j + 3]! * matrix[o + j + 3]!;
    }
    const s = s0 + s1 + s2 + s3;
    if (scores.length < k || s > scores[scores.length - 1]!) {
      let p = scores.length < k ? scores.length : k - 1;
      while (p > 0 && scores[p - 1]! < s) {
        scores[p] = scores[p - 1]!;
        ids[p] = ids[p - 1]!;
        p--;
      }
      scores[p] = s;
      ids[p] = i;
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------

interface ChildLoad {
  load_ms: number;
  ready_ms: number;
  query_p50_ms: number;
  rss_mb: number;
  max_rss_mb: number;
}

async function fileBytes(dir: string, files: StoreFiles): Promise<{ index: number; docstore: number }> {
  const [a, b, c] = await Promise.all([files.index, files.docstore, files.texts].map((f) => stat(path.join(dir, f))));
  return { index: a!.size, docstore: b!.size + c!.size };
}

function setEf(store: HnswStore, ef: number): boolean {
  store.setEfSearch(ef);
  return true;
}

async function timeQueries(store: HnswStore, queries: number[][], k: number): Promise<{ ms: number[]; ids: string[][] }> {
  // Warm-up: one untimed pass. The first pass after a load runs ~15 % slower (freshly loaded memory);
  // the figure is for a serving process that has been answering for a while.
  for (const q of queries) await store.similaritySearchVectorWithScore(q, k);
  const ms: number[] = [];
  const ids: string[][] = [];
  for (const q of queries) {
    const started = performance.now();
    const hits = await store.similaritySearchVectorWithScore(q, k);
    ms.push(performance.now() - started);
    ids.push(hits.map(([d]) => String(d.metadata.id)));
  }
  return { ms, ids };
}

function recallAt(k: number, got: string[][], truth: number[][], chunks: SyntheticChunk[]): number {
  let hit = 0;
  truth.forEach((t, i) => {
    const want = new Set(t.map((row) => chunks[row]!.id));
    hit += got[i]!.slice(0, k).filter((id) => want.has(id)).length;
  });
  return hit / (truth.length * k);
}

export async function benchIndexScale(options: IndexScaleOptions): Promise<IndexScaleResult> {
  const [small, large] = options.sizes;
  const { params } = options;
  const embedder = new LexicalEmbeddings(DIMS);
  const source = await loadSource();
  const dir = path.join(os.tmpdir(), `kzbot-bench-index-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  note(`index: generating ${large} synthetic chunks`);
  const chunks = syntheticChunks(source, large, options.seed);
  const texts = chunks.map((c) => c.text);
  const docs = chunks.map((c) => new Document({ pageContent: c.text, metadata: c.metadata, id: c.id }));

  // Embedding: on this thread (the indexer's own way) for small runs; in worker threads for the full
  // run, the small corpus first and then the rest, so both sizes have a measured embedding wall time.
  const workers = Math.max(1, options.workers);
  const embedPart = async (part: string[]): Promise<{ vectors: Float32Array; ms: number; perThread: number }> => {
    if (!part.length) return { vectors: new Float32Array(0), ms: 0, perThread: 0 };
    if (workers > 1) {
      try {
        const r = await embedInWorkers(part, workers);
        // Each worker is one thread: its own chunks / its own embedding time.
        const perThread = mean(r.threadMs.map((ms, w) => Math.min(Math.ceil(part.length / workers), part.length - w * Math.ceil(part.length / workers)) / (ms / 1000)));
        return { vectors: r.vectors, ms: r.ms, perThread };
      } catch (error) {
        note(`index: worker threads failed (${(error as Error).message}); embedding on the main thread`);
      }
    }
    const r = embedHere(embedder, part);
    return { ...r, perThread: part.length / (r.ms / 1000) };
  };
  note(`index: embedding ${small} chunks (${workers} thread${workers > 1 ? 's' : ''})`);
  const first = await embedPart(texts.slice(0, small));
  note(`index: embedding ${large - small} more chunks (${workers} thread${workers > 1 ? 's' : ''})`);
  const second = await embedPart(texts.slice(small));
  const rest = second.vectors;
  const restMs = second.ms;
  const perThread = second.perThread ? (first.perThread * small + second.perThread * (large - small)) / large : first.perThread;
  const all = new Float32Array(large * DIMS);
  all.set(first.vectors, 0);
  all.set(rest, small * DIMS);
  const rows: number[][] = Array.from({ length: large }, (_, i) => Array.from(all.subarray(i * DIMS, (i + 1) * DIMS)));
  normaliseRows(all);

  const store = new HnswStore(embedder, { dims: DIMS, params, sharedKeys: CHUNK_FILE_KEYS });
  let insertMs = 0;
  let bruteforce: InstanceType<typeof hnswlib.BruteforceSearch> | undefined;
  let bruteforceCount = 0;
  const figures: IndexFigures[] = [];
  let sweep: Record<string, number> = {};

  for (const [step, n] of [small, large].entries()) {
    const from = step === 0 ? 0 : small;
    note(`index ${n}: inserting ${n - from} vectors (M=${params.m}, efConstruction=${params.efConstruction})`);
    const started = performance.now();
    await store.addVectors(rows.slice(from, n), docs.slice(from, n));
    insertMs += performance.now() - started;

    const saveStarted = performance.now();
    const files = await store.saveGeneration(new IndexFiles({ dir }), { generation: `bench${n}` });
    const saveMs = performance.now() - saveStarted;
    const bytes = await fileBytes(dir, files);

    const loadStarted = performance.now();
    const loaded = await HnswStore.loadFiles(new IndexFiles({ dir }), files, embedder, { dims: DIMS, params });
    const loadMs = performance.now() - loadStarted;

    // Queries: held-out texts about this corpus, embedded like the retriever embeds a question.
    const queryTexts = syntheticQueries(source, options.queries, n, options.seed);
    const queries = queryTexts.map((q) => embedder.embedText(q));
    note(`index ${n}: ${queries.length} HNSW queries, ${options.exactQueries} exact`);
    const hnsw = await timeQueries(loaded, queries, 10);

    const exactMs: number[] = [];
    const truth: number[][] = [];
    for (const q of queries.slice(0, options.exactQueries)) {
      const qv = normaliseRows(Float32Array.from(q));
      const started = performance.now();
      truth.push(exactTopK(all, n, qv, 10));
      exactMs.push(performance.now() - started);
    }
    const recall = recallAt(10, hnsw.ids, truth, chunks);

    // The C++ exact baseline: BruteforceSearch over the same n vectors (built incrementally like the graph).
    if (!bruteforce) {
      bruteforce = new hnswlib.BruteforceSearch('cosine', DIMS);
      bruteforce.initIndex(large);
    }
    for (let i = bruteforceCount; i < n; i++) bruteforce.addPoint(rows[i]!, i);
    bruteforceCount = n;
    const bfMs: number[] = [];
    const bfTruth: number[][] = [];
    for (const q of queries.slice(0, options.exactQueries)) {
      const started = performance.now();
      const { neighbors } = bruteforce.searchKnn(q, 10);
      bfMs.push(performance.now() - started);
      bfTruth.push(neighbors);
    }
    const bfP50 = percentile(bfMs, 50);

    if (step === 1 && options.efSweep.length) {
      const sample = queries.slice(0, options.exactQueries);
      for (const ef of options.efSweep) {
        if (!setEf(loaded, ef)) break;
        const r = await timeQueries(loaded, sample, 10);
        sweep[`ef${ef}_recall_at_10`] = round(recallAt(10, r.ids, truth, chunks), 4);
        sweep[`ef${ef}_p50_ms`] = round(percentile(r.ms, 50), 4);
      }
      setEf(loaded, params.efSearch);
    }

    // A fresh process: load the same files, answer 200 queries, report its timings and peak RSS.
    const queryFile = path.join(dir, `queries${n}.bin`);
    const qbuf = new Float32Array(Math.min(200, queries.length) * DIMS);
    queries.slice(0, 200).forEach((q, i) => qbuf.set(q, i * DIMS));
    await writeFile(queryFile, qbuf);
    const child = await runChild(process.execPath, tsxNodeArgs(path.join(import.meta.dirname, 'load-child.ts'), [dir, JSON.stringify(files), JSON.stringify(params), String(DIMS), queryFile]), {
      timeoutMs: 120_000,
    });
    const c = lastJsonLine<ChildLoad>(child, 'index load child');

    const embedMs = step === 0 ? first.ms : first.ms + restMs;
    const buildS = (embedMs + insertMs) / 1000;
    const exactP50 = percentile(exactMs, 50);
    const queryP50 = percentile(hnsw.ms, 50);
    figures.push({
      chunks: n,
      embed_s: round(embedMs / 1000, 2),
      embed_threads: workers,
      embed_chunks_per_s_per_thread: round(step === 0 ? first.perThread : perThread, 0),
      insert_s: round(insertMs / 1000, 2),
      insert_chunks_per_s: round(n / (insertMs / 1000), 0),
      build_s: round(buildS, 2),
      chunks_per_s: round(n / buildS, 0),
      disk_bytes: bytes.index + bytes.docstore,
      index_bytes: bytes.index,
      docstore_bytes: bytes.docstore,
      save_ms: round(saveMs, 1),
      load_ms: round(loadMs, 1),
      load_child_ms: round(c.load_ms, 1),
      child_ready_ms: round(c.ready_ms, 1),
      peak_rss_mb: round(c.max_rss_mb, 1),
      build_peak_rss_mb: round(peakRssMb(), 1),
      query_p50_ms: round(queryP50, 4),
      query_p95_ms: round(percentile(hnsw.ms, 95), 4),
      query_mean_ms: round(mean(hnsw.ms), 4),
      recall_at_10: round(recall, 4),
      exact_p50_ms: round(exactP50, 3),
      exact_p95_ms: round(percentile(exactMs, 95), 3),
      speedup_vs_exact: round(exactP50 / queryP50, 1),
      exact_bruteforce_p50_ms: round(bfP50, 3),
      exact_bruteforce_p95_ms: round(percentile(bfMs, 95), 3),
      speedup_vs_bruteforce: round(bfP50 / queryP50, 1),
      recall_at_10_vs_bruteforce: round(recallAt(10, hnsw.ids, bfTruth, chunks), 4),
      queries: queries.length,
      exact_queries: truth.length,
      m: params.m,
      ef_construction: params.efConstruction,
      ef_search: params.efSearch,
    });
    note(
      `index ${n}: build ${buildS.toFixed(1)} s, p50 ${queryP50.toFixed(3)} ms, recall@10 ${recall.toFixed(4)}, exact p50 ${exactP50.toFixed(2)} ms, ` +
        `load ${loadMs.toFixed(0)} ms (child ${c.load_ms.toFixed(0)} ms, peak RSS ${c.max_rss_mb.toFixed(0)} MB)`,
    );
  }
  await rm(dir, { recursive: true, force: true });
  return { index_10k: figures[0]!, index_100k: { ...figures[1]!, ef_sweep: sweep } };
}
