import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { SaveableVectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import { Pacer } from '../pace.js';
import { decodeColumns, encodeColumns, IndexFiles, type DocRow, type SavedColumns, type StoreFiles } from './index-files.js';

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
 * needs grows with k. The retriever asks for 30 dense candidates, fused by rank, so a neighbour missed
 * deep in the list still shifts the others: ef 480 instead of 128 raises the share of questions whose
 * hybrid top 6 is the same as with exact search from 0.47 to 0.87 at 100k chunks, for about 1.5 ms.
 */
export const EF_PER_NEIGHBOUR = 16;

/**
 * A stored document. Added ones hold their text and metadata; loaded ones hold only their row in the
 * saved columns, and their text (a byte range of the texts blob) and metadata are built when first read.
 */
interface Entry {
  id: string;
  text?: string;
  metadata?: Record<string, unknown>;
  row?: number;
}

// hnswlib-node is CommonJS: its named exports are only reachable through the default import.
const { HierarchicalNSW } = hnswlib;
type HierarchicalNSW = InstanceType<typeof HierarchicalNSW>;

export { CorruptIndexError, writeAtomic, type StoreFiles } from './index-files.js';

export const STORE_FILE = 'store.json';

export interface HnswStoreOptions {
  dims: number;
  params?: HnswParams;
  /** Metadata keys whose values many documents share; saved once instead of per document. */
  sharedKeys?: string[];
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
  /** What loadFiles read: the texts blob and the docstore columns that loaded entries point into. */
  private saved?: { texts: Buffer; columns: SavedColumns };
  private labelOf = new Map<string, number>();
  private nextLabel = 0;

  _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  readonly dims: number;
  readonly params: HnswParams;
  private sharedKeys: string[];

  constructor(embeddings: EmbeddingsInterface, options: HnswStoreOptions) {
    super(embeddings, {});
    this.dims = options.dims;
    this.params = options.params ?? DEFAULT_HNSW;
    this.sharedKeys = options.sharedKeys ?? [];
    this.index = new HierarchicalNSW('cosine', this.dims);
    this.index.initIndex({ maxElements: 1024, m: this.params.m, efConstruction: this.params.efConstruction, randomSeed: 42 });
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

  /** The breadth of a search for k neighbours: efSearch, or EF_PER_NEIGHBOUR · k when that is more. */
  private useEf(k: number): void {
    const ef = this.fixedEf ?? Math.max(this.params.efSearch, EF_PER_NEIGHBOUR * k);
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
    return label === undefined ? undefined : this.index.getPoint(label);
  }

  private textOf(entry: Entry): string {
    if (entry.text === undefined) {
      const { texts, columns } = this.saved!;
      entry.text = texts.toString('utf8', columns.start[entry.row!], columns.end[entry.row!]);
    }
    return entry.text;
  }

  private metadataOf(entry: Entry): Record<string, unknown> {
    if (!entry.metadata) {
      const { columns } = this.saved!;
      const own = Object.entries(columns.own).filter(([, values]) => values[entry.row!] !== null);
      entry.metadata = { ...columns.shared[columns.sharedRow[entry.row!]!], ...Object.fromEntries(own.map(([k, values]) => [k, values[entry.row!]])) };
    }
    return entry.metadata;
  }

  private toDocument(entry: Entry): Document {
    return new Document({ pageContent: this.textOf(entry), metadata: this.metadataOf(entry), id: entry.id });
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    if (vectors.length !== documents.length) throw new Error('vectors and documents differ in length');
    const needed = this.nextLabel + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
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
      this.docs.set(label, { id, metadata: { ...doc.metadata, id }, text: doc.pageContent });
      this.labelOf.set(id, label);
      ids.push(id);
    }
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
      this.index.markDelete(label);
      this.docs.delete(label);
      this.labelOf.delete(id);
    }
  }

  override async delete(params: { ids: string[] }): Promise<void> {
    this.deleteIds(params.ids);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this['FilterType']): Promise<[Document, number][]> {
    const n = Math.min(k, this.docs.size);
    if (n === 0) return [];
    this.useEf(n);
    const accept = filter ? (label: number) => this.docs.has(label) && filter(this.toDocument(this.docs.get(label)!)) : undefined;
    const { neighbors, distances } = this.index.searchKnn(query, n, accept);
    return neighbors.map((label, i) => [this.toDocument(this.docs.get(label)!), 1 - distances[i]!]);
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
    for (const id of ids) {
      const label = this.labelOf.get(id);
      if (label === undefined || result.has(id)) continue;
      // hnswlib's cosine space keeps vectors at unit length.
      const v = this.index.getPoint(label);
      let dot = 0;
      for (let i = 0; i < v.length; i++) dot += v[i]! * query[i]!;
      result.set(id, dot / norm);
    }
    return result;
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
  private *rows(): Generator<DocRow> {
    for (const [label, entry] of this.docs) {
      const text = entry.text === undefined ? this.saved!.texts.subarray(this.saved!.columns.start[entry.row!], this.saved!.columns.end[entry.row!]) : Buffer.from(entry.text, 'utf8');
      yield { label, metadata: this.metadataOf(entry), text };
    }
  }

  /**
   * Writes the graph and the docstore under a new generation name, so the files of the generation in
   * use are never touched; whoever names the generation (store.json or the indexer's manifest) commits it.
   */
  async saveGeneration(files: IndexFiles, extra: { lexical?: Uint8Array; generation?: string } = {}): Promise<StoreFiles> {
    const { docstore, texts } = await encodeColumns(this.rows(), this.docs.size, this.nextLabel, this.sharedKeys);
    return files.writeGeneration({ writeGraph: (file) => this.index.writeIndex(file), docstore, texts, lexical: extra.lexical }, extra.generation);
  }

  /** Loads a saved generation, checking its files against the checksums the manifest recorded. */
  static async loadFiles(files: IndexFiles, saved: StoreFiles, embeddings: EmbeddingsInterface, options: Omit<HnswStoreOptions, 'sharedKeys'>): Promise<HnswStore> {
    const store = new HnswStore(embeddings, options);
    // hnswlib parses the graph on a libuv thread while this thread checks the other files and rebuilds the docstore.
    const graph = store.index.readIndex(await files.verifiedGraph(saved), false);
    graph.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    const [docstoreBytes, texts] = await Promise.all([files.readVerified(saved.docstore, saved.crc32.docstore), files.readVerified(saved.texts, saved.crc32.texts)]);
    const columns: SavedColumns = decodeColumns(docstoreBytes);
    store.nextLabel = columns.nextLabel;
    store.sharedKeys = [...new Set(columns.shared.flatMap((c) => Object.keys(c)))];
    store.saved = { texts, columns };
    const ids = columns.own.id ?? [];
    columns.label.forEach((label, row) => {
      const id = String(ids[row]);
      store.docs.set(label, { id, row });
      store.labelOf.set(id, label);
    });
    await graph;
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
