import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { SaveableVectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import { closeSync, openSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Pacer } from '../pace.js';
import { CorruptIndexError, decodeColumns, decodeVectors, encodeColumns, encodeVectors, IndexFiles, type DocRow, type SavedColumns, type StoreFiles } from './index-files.js';
import { fileCrc32, CheckedFile } from './file-reads.js';
import { VectorColumns } from './vector-columns.js';
import { log } from '../log.js';

/** HNSW graph parameters; the bench reports the ones in use. */
export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

// Chosen with `npm run bench` (see README): M=24 gives the best recall per millisecond at 100k chunks.
export const DEFAULT_HNSW: HnswParams = { m: 24, efConstruction: 100, efSearch: 128 };

/**
 * The graph search keeps at least this many candidates per neighbour asked for: the breadth a search
 * needs grows with k. The retriever asks for 40 neighbours (30 dense candidates plus a margin), fused by
 * rank, so a neighbour missed deep in the list still shifts the others: ef 640 (and a wider second search
 * when the first went astray, see HybridRetriever) keeps the hybrid top 6 the same as with exact search
 * for 57 of 62 golden questions at 100k chunks (ef 128: 29; ef 480: 48). The offline embedder's questions
 * are searched exactly instead (see nearest); the graph serves denser queries and other embedders.
 */
export const EF_PER_NEIGHBOUR = 16;

/**
 * Vectors of at most this many dimensions are also kept column by column (vector-columns.ts) for an exact
 * scan: a second copy of dims × 4 bytes per chunk (1 KiB for the offline embedder's 256; an API
 * embedding's 1,536 would cost 6 KiB, and its dense queries would scan every column anyway).
 */
export const MAX_SCAN_DIMS = 256;
/**
 * A query is scanned exactly when its non-zero dimensions × the rows cost at most this many multiply-adds,
 * else the graph is searched. A question of the offline embedder (about 50 non-zero dimensions of 256) at
 * 117k chunks is 6M, and its scan takes about 0.7 times the graph search at ef 640 (measured side by side
 * on the bench machine: 2.7 against 3.8 ms, under load); 16M is about twice the graph's time.
 */
export const SCAN_MAX_MULTIPLY_ADDS = 16_000_000;
/**
 * Rows beyond which the columns are dropped: only a question of fewer than 32 non-zero dimensions (the
 * offline embedder's shortest set about 30) would still be scanned, and the copy would pass 500 MB.
 */
export const MAX_SCAN_ROWS = SCAN_MAX_MULTIPLY_ADDS / 32;

/** Graph files whose rows the exact scan has not read yet, closed if their store is dropped first. */
const unfilledFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    /* already closed */
  }
});

/**
 * A stored document. Added ones hold their text and metadata; loaded ones hold only their row in the
 * saved columns, and their text (a byte range of the texts blob) and metadata are built when first read.
 */
interface Entry {
  id: string;
  text?: string;
  metadata?: Record<string, unknown>;
  row?: number;
  /** The saved segment the row belongs to (0 = the base, then the appended ones). */
  seg?: number;
}

/** When a save may append a segment instead of rewriting the base (see HnswStore.canAppend). */
export interface AppendPolicy {
  /** Segments after which the next save folds them into a new base. */
  maxSegments: number;
  /** Rows in segments, as a share of the base's, above which the next save folds them in. */
  maxShare: number;
  /**
   * Rows whose vectors segments may hold for a load to insert into the saved graph, instead of the
   * whole graph being written again (default 2,048: a load pays about half a millisecond per row at
   * 100k chunks); beyond, a save writes the graph whole, and that graph holds them all.
   */
  maxReplayRows?: number;
}
// Each segment costs a little at start (its lexical changes, and its vectors, are replayed); a fold costs a full save.
export const DEFAULT_APPEND: AppendPolicy = { maxSegments: 8, maxShare: 0.1, maxReplayRows: 2048 };
/** Vectors kept for an appended segment at most (beyond, the next save writes the graph whole anyway). */
const MAX_KEPT_VECTORS = 16_384;

// hnswlib-node is CommonJS: its named exports are only reachable through the default import.
const { HierarchicalNSW } = hnswlib;
type HierarchicalNSW = InstanceType<typeof HierarchicalNSW>;

export { CorruptIndexError, writeAtomic, type StoreFiles } from './index-files.js';

/**
 * The worker thread of a graph build (plain CommonJS, run with `eval`, so it needs no TypeScript
 * loader under tsx, vitest or the compiled build): inserts the vectors it is sent, in order, into its
 * own hnswlib graph with the store's parameters and seed (so the graph is the one addPoint on the main
 * thread would build), and writes the graph to a file when asked.
 */
const GRAPH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { HierarchicalNSW } = require(workerData.hnswlib);
const { dims, m, efConstruction } = workerData;
const index = new HierarchicalNSW('cosine', dims);
index.initIndex({ maxElements: 1024, m, efConstruction, randomSeed: 42 });
let failed;
parentPort.on('message', (msg) => {
  try {
    if (failed) throw failed;
    if (msg.type === 'add') {
      const count = msg.labels.length;
      const needed = index.getCurrentCount() + count;
      if (needed > index.getMaxElements()) index.resizeIndex(Math.max(needed, index.getMaxElements() * 2));
      for (let i = 0; i < count; i++) index.addPoint(Array.from(msg.vectors.subarray(i * dims, (i + 1) * dims)), msg.labels[i]);
    } else if (msg.type === 'delete') {
      index.markDelete(msg.label);
    } else if (msg.type === 'write') {
      index.writeIndexSync(msg.file);
      parentPort.postMessage({ type: 'written' });
    }
  } catch (error) {
    failed = failed || error;
    if (msg.type === 'write') parentPort.postMessage({ type: 'error', message: String(failed && failed.message || failed) });
  }
});
`;

/** A graph being built on a worker thread (see HnswStore.buildOnWorker). */
class GraphWorker {
  private readonly worker: Worker;
  private failure?: Error;

  constructor(dims: number, params: HnswParams) {
    const hnswlibPath = createRequire(import.meta.url).resolve('hnswlib-node');
    this.worker = new Worker(GRAPH_WORKER, { eval: true, workerData: { hnswlib: hnswlibPath, dims, m: params.m, efConstruction: params.efConstruction } });
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.unref(); // never what keeps a process alive
  }

  async abandon(): Promise<void> {
    await this.worker.terminate();
  }

  add(vectors: number[][], labels: number[], dims: number): void {
    const flat = new Float32Array(vectors.length * dims);
    vectors.forEach((v, i) => flat.set(v, i * dims));
    this.worker.postMessage({ type: 'add', vectors: flat, labels }, [flat.buffer]);
  }

  delete(label: number): void {
    this.worker.postMessage({ type: 'delete', label });
  }

  /** Waits for every insertion, writes the graph to `file` and ends the thread. */
  async finish(file: string): Promise<void> {
    try {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve, reject) => {
        this.worker.on('message', (msg: { type: string; message?: string }) => (msg.type === 'written' ? resolve() : reject(new Error(`the graph worker failed: ${msg.message}`))));
        this.worker.once('error', reject);
        this.worker.once('exit', (code) => reject(new Error(`the graph worker exited with code ${code}`)));
        this.worker.postMessage({ type: 'write', file });
      });
    } finally {
      await this.worker.terminate();
    }
  }
}

export const STORE_FILE = 'store.json';

export interface HnswStoreOptions {
  dims: number;
  params?: HnswParams;
  /** Metadata keys whose values many documents share; saved once instead of per document. */
  sharedKeys?: string[];
  /** Rows beyond which the exact scan's columns are dropped (MAX_SCAN_ROWS). */
  maxScanRows?: number;
}

/**
 * A LangChain vector store over hnswlib-node (cosine space) that supports deleting documents by id,
 * so a changed file re-embeds only its own chunks. Labels are integers inside hnswlib; the docstore
 * maps them to LangChain documents whose metadata.id is the chunk id. The files it is saved in
 * (generations, checksums, the docstore's columns, atomic writes) belong to index-files.ts.
 */
export class HnswStore extends SaveableVectorStore {
  declare FilterType: (doc: Document) => boolean;
  private index: HierarchicalNSW;
  private docs = new Map<number, Entry>();
  /** What loadFiles read: per segment, the texts blob (read where it lies) and the docstore columns that loaded entries point into. */
  private segments: Array<{ texts: CheckedFile; columns: SavedColumns }> = [];
  /** Set while the graph is built on a worker thread (buildOnWorker until settle). */
  private building?: GraphWorker;
  /** What changed since the store was loaded or saved: exactly what an appended segment holds. */
  private pending = { added: new Set<number>(), removed: [] as number[] };
  /** Rows of the saved base and its segments; undefined while the store was never saved or loaded. */
  private persisted?: { baseRows: number; segments: number; segmentRows: number };
  private labelOf = new Map<string, number>();
  private nextLabel = 0;
  /**
   * The vectors added since the last save, as given, while the graph is the one a load of the saved
   * files gives (plus these insertions): then a segment may carry them instead of a new graph file.
   * Undefined once that no longer holds (a store built here, a graph written whole, a deletion after
   * an insertion).
   */
  private replay?: { labels: number[]; vectors: Float32Array[] };
  /** Rows the saved segments hold as vectors to replay at load. */
  private replayRows = 0;
  /** The vectors column by column for the exact scan; undefined for wide vectors, or where WebAssembly SIMD is missing. */
  private columns?: VectorColumns;
  /** A graph file (open) whose rows the columns still lack: read on a worker when first searched. */
  private unfilled?: { fd: number; rows: number };
  private filling?: Promise<void>;
  private scanEnabled = true;

  _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  readonly dims: number;
  readonly params: HnswParams;
  private sharedKeys: string[];
  private readonly maxScanRows: number;

  constructor(embeddings: EmbeddingsInterface, options: HnswStoreOptions) {
    super(embeddings, {});
    this.dims = options.dims;
    this.params = options.params ?? DEFAULT_HNSW;
    this.sharedKeys = options.sharedKeys ?? [];
    this.maxScanRows = options.maxScanRows ?? MAX_SCAN_ROWS;
    this.index = new HierarchicalNSW('cosine', this.dims);
    this.index.initIndex({ maxElements: 1024, m: this.params.m, efConstruction: this.params.efConstruction, randomSeed: 42 });
    if (this.dims <= MAX_SCAN_DIMS) this.columns = VectorColumns.create(this.dims);
  }

  get size(): number {
    return this.docs.size;
  }

  /** A fixed query-time breadth of the graph search, whatever k (recall against speed); the bench sweeps it. */
  setEfSearch(ef: number): void {
    this.fixedEf = ef;
  }

  private fixedEf?: number;
  private currentEf = -1;

  /**
   * The breadth of a search for k neighbours: efSearch, or EF_PER_NEIGHBOUR · k when that is more, times
   * `widen` (a search run again wider, see nearest); setEfSearch fixes the base instead.
   */
  private useEf(k: number, widen = 1): void {
    const ef = widen * Math.max(k, this.fixedEf ?? Math.max(this.params.efSearch, EF_PER_NEIGHBOUR * k));
    if (ef !== this.currentEf) this.index.setEf((this.currentEf = ef));
  }

  /** Slots taken by deleted points that hnswlib still keeps in its graph. */
  get deletedCount(): number {
    return this.nextLabel - this.docs.size;
  }

  documents(): Document[] {
    return [...this.docs.values()].map((e) => this.toDocument(e));
  }

  /** A stored document by id (its metadata.id), built on demand from the saved columns. O(1). */
  getDocument(id: string): Document | undefined {
    const label = this.labelOf.get(id);
    return label === undefined ? undefined : this.toDocument(this.docs.get(label)!);
  }

  /** Stored document ids. */
  ids(): IterableIterator<string> {
    return this.labelOf.keys();
  }

  /** A stored vector (for exact-search baselines and tests). */
  vectorOf(id: string): number[] | undefined {
    const label = this.labelOf.get(id);
    if (label === undefined) return undefined;
    this.notBuilding('reading a vector');
    return this.index.getPoint(label);
  }

  private textOf(entry: Entry): string {
    if (entry.text === undefined) {
      const { texts, columns } = this.segments[entry.seg!]!;
      entry.text = texts.text(columns.start[entry.row!]!, columns.end[entry.row!]!);
    }
    return entry.text;
  }

  private metadataOf(entry: Entry): Record<string, unknown> {
    if (!entry.metadata) {
      const { columns } = this.segments[entry.seg!]!;
      const own = Object.entries(columns.own).filter(([, values]) => values[entry.row!] !== null);
      entry.metadata = { ...columns.shared[columns.sharedRow[entry.row!]!], ...Object.fromEntries(own.map(([k, values]) => [k, values[entry.row!]])) };
    }
    return entry.metadata;
  }

  private toDocument(entry: Entry): Document {
    return new Document({ pageContent: this.textOf(entry), metadata: this.metadataOf(entry), id: entry.id });
  }

  /**
   * From now until settle(), the graph of this new, empty store is built on a worker thread: addVectors
   * only records the documents and hands the vectors over, so a large ingest inserts into the graph
   * (the costliest step at 100k chunks) while this thread analyses the next batch. Same graph as
   * addVectors builds here: same order, parameters and seed. Searches wait for settle().
   */
  buildOnWorker(): void {
    if (this.nextLabel > 0 || this.building) throw new Error('only a new, empty store builds its graph on a worker');
    this.building = new GraphWorker(this.dims, this.params);
  }

  get buildingOnWorker(): boolean {
    return this.building !== undefined;
  }

  /** Ends a worker build: the worker's graph becomes this store's (written to `scratchFile` and read back). */
  async settle(scratchFile: string): Promise<void> {
    const building = this.building;
    if (!building) return;
    this.building = undefined;
    try {
      await building.finish(scratchFile);
      await this.index.readIndex(scratchFile, false);
      this.index.setEf(this.params.efSearch);
      // The worker's graph holds the vectors the columns were not given (recordOnWorker): read from it when first searched.
      this.awaitFill(scratchFile);
    } finally {
      await rm(scratchFile, { force: true });
    }
  }

  /** Stops a worker build without using it (the sync that started it failed). */
  async abandonBuild(): Promise<void> {
    const building = this.building;
    this.building = undefined;
    await building?.abandon();
  }

  private notBuilding(what: string): void {
    if (this.building) throw new Error(`${what} needs the graph: settle() the worker build first`);
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new Error('vectors and documents differ in length');
    const needed = this.nextLabel + vectors.length;
    if (!this.building && needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    if (this.building) return this.recordOnWorker(vectors, documents, this.building);
    const ids: string[] = [];
    // One insertion into a 100k graph takes about half a millisecond: yield between slices, so a large
    // upload does not hold the event loop.
    const pacer = new Pacer();
    for (const [i, vector] of vectors.entries()) {
      if ((i & 15) === 0) await pacer.tick();
      if (vector.length !== this.dims) throw new Error(`vector has ${vector.length} dimensions, the index ${this.dims}`);
      const doc = documents[i]!;
      const id = String(doc.metadata.id ?? doc.id ?? this.nextLabel);
      if (this.labelOf.has(id)) this.deleteIds([id]);
      const label = this.nextLabel++;
      this.index.addPoint(vector, label);
      this.columns?.set(label, vector);
      this.columns?.setLive(label, true);
      if (this.replay) {
        this.replay.labels.push(label);
        this.replay.vectors.push(Float32Array.from(vector));
        if (this.replay.labels.length > MAX_KEPT_VECTORS) this.replay = undefined;
      }
      this.docs.set(label, { id, metadata: { ...doc.metadata, id }, text: doc.pageContent });
      this.labelOf.set(id, label);
      this.pending.added.add(label);
      ids.push(id);
    }
    this.dropColumnsWhenTooMany();
    return ids;
  }

  private recordOnWorker(vectors: number[][], documents: Document[], building: GraphWorker): string[] {
    const ids: string[] = [];
    const labels: number[] = [];
    for (const [i, vector] of vectors.entries()) {
      if (vector.length !== this.dims) throw new Error(`vector has ${vector.length} dimensions, the index ${this.dims}`);
      const doc = documents[i]!;
      const id = String(doc.metadata.id ?? doc.id ?? this.nextLabel);
      if (this.labelOf.has(id)) this.deleteIds([id]);
      const label = this.nextLabel++;
      labels.push(label);
      this.columns?.setLive(label, true); // its vector comes from the worker's graph file (settle)
      this.docs.set(label, { id, metadata: { ...doc.metadata, id }, text: doc.pageContent });
      this.labelOf.set(id, label);
      this.pending.added.add(label);
      ids.push(id);
    }
    building.add(vectors, labels, this.dims);
    this.dropColumnsWhenTooMany();
    return ids;
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    return this.addVectors(vectors, documents);
  }

  private deleteIds(ids: string[]): void {
    for (const id of ids) {
      const label = this.labelOf.get(id);
      if (label === undefined) continue;
      if (this.building) this.building.delete(label);
      else this.index.markDelete(label);
      this.columns?.setLive(label, false);
      // A load replays a segment's deletions before its insertions: a deletion after one cannot be replayed.
      if (this.replay?.labels.length) this.replay = undefined;
      this.docs.delete(label);
      this.labelOf.delete(id);
      // A row never saved simply is not written; a saved one is deleted by the next segment.
      if (!this.pending.added.delete(label)) this.pending.removed.push(label);
    }
  }

  override async delete(params: { ids: string[] }): Promise<void> {
    this.deleteIds(params.ids);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this['FilterType']): Promise<[Document, number][]> {
    const n = Math.min(k, this.docs.size);
    if (n === 0) return [];
    this.notBuilding('a search');
    this.useEf(n);
    const accept = filter ? (label: number) => this.docs.has(label) && filter(this.toDocument(this.docs.get(label)!)) : undefined;
    const { neighbors, distances } = this.index.searchKnn(query, n, accept);
    return neighbors.map((label, i) => [this.toDocument(this.docs.get(label)!), 1 - distances[i]!]);
  }

  /**
   * The k stored documents nearest the query, best first: their ids and cosine similarities, no document
   * built (the retriever builds only those it keeps). Exact, by a scan of the columns, when the query is
   * sparse enough (SCAN_MAX_MULTIPLY_ADDS: the offline embedder's questions; scores as similarities()
   * computes them); otherwise by the graph search, with similarities as hnswlib computes them, `widen`
   * multiplying its breadth (ef) for a search that went astray. O(non-zero dimensions · n) multiply-adds
   * for a scan, O(ef · log n) distances for the graph. A loaded store scans once a worker has read the
   * graph file's vectors into the columns (started by the first search, about a second at 100k chunks);
   * until then it searches the graph.
   */
  nearest(query: number[], k: number, options: { widen?: number } = {}): Array<{ id: string; score: number }> {
    const n = Math.min(k, this.docs.size);
    if (n === 0) return [];
    this.notBuilding('a search');
    if (this.scanReady()) {
      let nonZero = 0;
      for (const x of query) if (x !== 0) nonZero++;
      if (nonZero * this.nextLabel <= SCAN_MAX_MULTIPLY_ADDS) return this.columns!.nearest(query, n).map((h) => ({ id: this.docs.get(h.label)!.id, score: h.score }));
    } else {
      this.startFill();
    }
    this.useEf(n, options.widen);
    const { neighbors, distances } = this.index.searchKnn(query, n);
    return neighbors.map((label, i) => ({ id: this.docs.get(label)!.id, score: 1 - distances[i]! }));
  }

  /**
   * Cosine similarity of the query to each stored document named (unknown ids are left out), computed
   * here in double precision from the stored vectors: the same number whichever search found the
   * document, so approximate and exact candidates are ranked on one scale. O(ids · dims).
   */
  similarities(query: number[], ids: Iterable<string>): Map<string, number> {
    let norm = 0;
    for (const x of query) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    const result = new Map<string, number>();
    const columns = this.scanReady() ? this.columns : undefined;
    for (const id of ids) {
      const label = this.labelOf.get(id);
      if (label === undefined || result.has(id)) continue;
      // The same sum from the columns, without hnswlib's copy of the vector as a JavaScript array (~30 µs).
      if (columns) {
        result.set(id, columns.similarity(query, label));
        continue;
      }
      // hnswlib's cosine space keeps vectors at unit length.
      const v = this.index.getPoint(label);
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i]! * query[i]!;
      result.set(id, dot / norm);
    }
    return result;
  }

  /** Whether nearest() may scan the columns: they exist, hold every row, and the scan is not switched off. */
  private scanReady(): boolean {
    return this.columns !== undefined && this.scanEnabled && !this.unfilled;
  }

  /** Past maxScanRows rows the columns cost more memory than the scans they could still serve are worth. */
  private dropColumnsWhenTooMany(): void {
    if (!this.columns || this.nextLabel <= this.maxScanRows) return;
    this.columns = undefined;
    if (this.unfilled && !this.filling) {
      unfilledFiles.unregister(this);
      closeSync(this.unfilled.fd);
    }
    this.unfilled = undefined;
  }

  /** Records that the columns lack the rows of this graph file, opened now (a later save may remove it). */
  private awaitFill(graphFile: string): void {
    this.dropColumnsWhenTooMany();
    if (!this.columns) return;
    const fd = openSync(graphFile, 'r');
    this.unfilled = { fd, rows: this.nextLabel };
    unfilledFiles.register(this, fd, this);
  }

  /** Starts reading the unfilled graph file into the columns on a worker; a failure leaves the graph to search. */
  private startFill(): Promise<void> {
    const unfilled = this.unfilled;
    if (!unfilled || !this.columns || this.filling) return this.filling ?? Promise.resolve();
    this.filling = this.columns
      .fillFromGraphFile(unfilled.fd, unfilled.rows)
      .then(
        () => {
          this.unfilled = undefined;
        },
        (error: Error) => {
          log.warn({ error: error.message }, 'the exact dense scan is off: its columns could not be read from the graph file');
          this.columns = undefined;
          this.unfilled = undefined;
        },
      )
      .finally(() => {
        unfilledFiles.unregister(this);
        closeSync(unfilled.fd);
        this.filling = undefined;
      });
    return this.filling;
  }

  /**
   * Resolves once nearest() scans exactly (starting the columns' fill if it is pending): true, or false
   * when the columns are off (wide vectors, no WebAssembly SIMD, a fill that failed, useExactScan(false)).
   */
  async exactScanReady(): Promise<boolean> {
    await this.startFill();
    return this.scanReady();
  }

  /** Switches the exact scan off (the graph answers every search) or back on: the bench compares the two. */
  useExactScan(on: boolean): void {
    this.scanEnabled = on;
  }

  /** LangChain's save: a generation of files plus store.json naming it, written last. */
  async save(directory: string): Promise<void> {
    const files = new IndexFiles({ dir: directory });
    const saved = await this.saveGeneration(files);
    await files.writeJson(STORE_FILE, { dims: this.dims, params: this.params, files: saved });
    await files.removeStale(saved);
  }

  /** LangChain's load: the generation that store.json names. */
  static override async load(directory: string, embeddings: EmbeddingsInterface): Promise<HnswStore> {
    const files = new IndexFiles({ dir: directory });
    const saved = await files.readJson<{ dims: number; params: HnswParams; files: StoreFiles }>(STORE_FILE);
    if (!saved) throw new Error(`no ${STORE_FILE} in ${directory}`);
    return HnswStore.loadFiles(files, saved.files, embeddings, { dims: saved.dims, params: saved.params });
  }

  /** The stored rows as the docstore writes them: a loaded text is copied as bytes, never decoded. */
  private *rows(labels: Iterable<number> = this.docs.keys()): Generator<DocRow> {
    for (const label of labels) {
      const entry = this.docs.get(label)!;
      const seg = entry.text === undefined ? this.segments[entry.seg!]! : undefined;
      const text = seg ? seg.texts.bytes(seg.columns.start[entry.row!]!, seg.columns.end[entry.row!]!) : Buffer.from(entry.text!, 'utf8');
      yield { label, metadata: this.metadataOf(entry), text };
    }
  }

  /**
   * Whether the next save may append a segment (the rows added and labels removed since the last
   * save or load) instead of rewriting every row: the store was saved or loaded, and its segments
   * are still few and small next to the base.
   */
  canAppend(policy: AppendPolicy = DEFAULT_APPEND): boolean {
    const p = this.persisted;
    return p !== undefined && p.segments < policy.maxSegments && p.segmentRows + this.pending.added.size <= policy.maxShare * Math.max(p.baseRows, 1);
  }

  /**
   * Writes the graph and the docstore under a new generation name, so the files of the generation in
   * use are never touched; whoever names the generation (store.json or the indexer's manifest) commits it.
   * O(rows): every row is written.
   */
  async saveGeneration(files: IndexFiles, extra: { lexical?: Uint8Array; generation?: string } = {}): Promise<StoreFiles> {
    this.notBuilding('saving');
    const { docstore, texts } = await encodeColumns(this.rows(), this.docs.size, this.nextLabel, this.sharedKeys);
    const saved = await files.writeGeneration({ writeGraph: (file) => this.index.writeIndex(file), docstore, texts, lexical: extra.lexical }, extra.generation);
    this.persisted = { baseRows: this.docs.size, segments: 0, segmentRows: 0 };
    this.pending = { added: new Set(), removed: [] };
    // Its graph is this process's, not what a load of the file gives (hnswlib's level generator): no replay from it.
    this.replay = undefined;
    this.replayRows = 0;
    return saved;
  }

  /**
   * Saves by appending a segment to `base` (the generation this store was loaded from or last saved
   * as): the graph (written whole, on a libuv thread), plus the rows added and the labels removed
   * since. O(the change) on this thread. Only when canAppend().
   */
  async appendGeneration(files: IndexFiles, base: StoreFiles, extra: { lexical?: Uint8Array; generation?: string; maxReplayRows?: number } = {}): Promise<StoreFiles> {
    if (!this.persisted) throw new Error('a store that was never saved has nothing to append to');
    this.notBuilding('saving');
    const labels = [...this.pending.added];
    const { docstore, texts } = await encodeColumns(this.rows(labels), labels.length, this.nextLabel, this.sharedKeys, undefined, this.pending.removed);
    // The graph is written whole (hnswlib has no partial save) unless the segment can carry its vectors.
    const replay = this.replay;
    const replayable = replay !== undefined && this.replayRows + replay.labels.length <= (extra.maxReplayRows ?? DEFAULT_APPEND.maxReplayRows!);
    const vectors = replayable ? encodeVectors(replay.labels, replay.vectors, this.dims) : undefined;
    const saved = await files.appendGeneration({ writeGraph: (file) => this.index.writeIndex(file), vectors, docstore, texts, lexical: extra.lexical, rows: labels.length }, base, extra.generation);
    this.persisted = { ...this.persisted, segments: this.persisted.segments + 1, segmentRows: this.persisted.segmentRows + labels.length };
    this.pending = { added: new Set(), removed: [] };
    if (replayable) {
      this.replayRows += replay.labels.length;
      this.replay = { labels: [], vectors: [] };
    } else {
      this.replay = undefined;
      this.replayRows = 0;
    }
    return saved;
  }

  /** Loads a saved generation, checking its files against the checksums the manifest recorded. */
  static async loadFiles(files: IndexFiles, saved: StoreFiles, embeddings: EmbeddingsInterface, options: Omit<HnswStoreOptions, 'sharedKeys'>): Promise<HnswStore> {
    const store = new HnswStore(embeddings, options);
    // The graph is checked before hnswlib parses it (garbage can crash native code), through one reused
    // buffer (see file-reads.ts); hnswlib then parses it on a libuv thread while this thread checks the
    // other files and rebuilds the docstore. The texts blobs are checked the same way and read where they
    // lie, a text at a time (CheckedFile), never held whole.
    const graphFile = files.path(saved.index);
    const graphChecked = fileCrc32(graphFile).then((crc) => {
      if (crc !== saved.crc32.index) throw new CorruptIndexError(`${saved.index} does not match its checksum`);
    });
    const graph = graphChecked.then(() => store.index.readIndex(graphFile, false));
    graph.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    const parts = [{ docstore: saved.docstore, texts: saved.texts, crc32: saved.crc32 }, ...(saved.deltas ?? [])];
    const mismatch = (name: string) => () => new CorruptIndexError(`${name} does not match its checksum`);
    const read = await Promise.all(parts.map((p) => Promise.all([files.readVerified(p.docstore, p.crc32.docstore), CheckedFile.open(files.path(p.texts), p.crc32.texts, mismatch(p.texts))])));
    const replays = await Promise.all((saved.deltas ?? []).map(async (d) => (d.vectors ? decodeVectors(await files.readVerified(d.vectors, d.crc32.vectors), store.dims) : undefined)));
    let segmentRows = 0;
    read.forEach(([docstoreBytes, texts], seg) => {
      const columns: SavedColumns = decodeColumns(docstoreBytes);
      store.nextLabel = Math.max(store.nextLabel, columns.nextLabel);
      store.segments.push({ texts, columns });
      for (const label of columns.removed ?? []) {
        const entry = store.docs.get(label);
        if (!entry) continue;
        store.docs.delete(label);
        store.labelOf.delete(entry.id);
      }
      const ids = columns.own.id ?? [];
      columns.label.forEach((label, row) => {
        const id = String(ids[row]);
        store.docs.set(label, { id, row, seg });
        store.labelOf.set(id, label);
      });
      if (seg > 0) segmentRows += columns.label.length;
    });
    store.sharedKeys = [...new Set(store.segments.flatMap((s) => s.columns.shared.flatMap((c) => Object.keys(c))))];
    store.persisted = { baseRows: store.segments[0]!.columns.label.length, segments: parts.length - 1, segmentRows };
    await graph;
    // Segments that carry their vectors: their deletions, then their insertions, in the order they were
    // saved: the graph the writer had. O(replayed rows · insertion).
    replays.forEach((replay, i) => {
      if (!replay) return;
      for (const label of store.segments[i + 1]!.columns.removed ?? []) {
        try {
          store.index.markDelete(label);
        } catch {
          /* not in the graph */
        }
      }
      const needed = store.index.getCurrentCount() + replay.labels.length;
      if (needed > store.index.getMaxElements()) store.index.resizeIndex(Math.max(needed, store.index.getMaxElements() * 2));
      replay.labels.forEach((label, r) => store.index.addPoint(Array.from(replay.vectors[r]!), label));
      store.replayRows += replay.labels.length;
    });
    store.replay = { labels: [], vectors: [] };
    store.dropColumnsWhenTooMany();
    if (store.columns) {
      // The replayed rows now, the base graph's on the first search (awaitFill); only stored documents are live.
      replays.forEach((replay) => replay?.labels.forEach((label, r) => store.columns!.set(label, replay.vectors[r]!)));
      for (const label of store.docs.keys()) store.columns.setLive(label, true);
      store.awaitFill(graphFile);
    }
    // Deleted points are not persisted as marks by every hnswlib build: re-mark what the docstore lacks.
    for (let label = 0; label < store.nextLabel; label++) {
      if (!store.docs.has(label)) {
        try {
          store.index.markDelete(label);
        } catch {
          /* already marked */
        }
      }
    }
    return store;
  }
}
