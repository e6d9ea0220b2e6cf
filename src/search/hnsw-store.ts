import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { SaveableVectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/** HNSW graph parameters; the bench reports the ones in use. */
export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

// Chosen with `npm run bench` (see README): M=24 gives the best recall per millisecond at 100k chunks.
export const DEFAULT_HNSW: HnswParams = { m: 24, efConstruction: 100, efSearch: 128 };

/** What `save` wrote, for the manifest: file names plus checksums that detect a corrupted file. */
export interface StoreFiles {
  index: string;
  docstore: string;
  /** The documents' texts, one UTF-8 blob the docstore points into (decoded only when a text is read). */
  texts: string;
  crc32: { index: string; docstore: string; texts: string };
}

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

/** The docstore file: one array per field (fast to parse), metadata shared by many rows stored once. */
interface SavedColumns {
  nextLabel: number;
  shared: Array<Record<string, unknown>>;
  label: number[];
  start: number[];
  end: number[];
  sharedRow: number[];
  /** The remaining metadata, one array per key. */
  own: Record<string, unknown[]>;
}

// hnswlib-node is CommonJS: its named exports are only reachable through the default import.
const { HierarchicalNSW } = hnswlib;
type HierarchicalNSW = InstanceType<typeof HierarchicalNSW>;

export class CorruptIndexError extends Error {}

export const STORE_FILE = 'store.json';

// CRC-32 catches what happens to files on disk (truncation, partial writes, flipped bits) at a third
// of sha256's cost, which matters when a 100k-chunk index is 220 MB read at every start.
const checksum = (bytes: Uint8Array) => crc32(bytes).toString(16).padStart(8, '0');

/** Writes to a temporary name, then renames: a reader sees the old file or the new one, never half. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * A LangChain vector store over hnswlib-node (cosine space) that supports deleting documents by id,
 * so a changed file re-embeds only its own chunks. Labels are integers inside hnswlib; the docstore
 * maps them to LangChain documents whose metadata.id is the chunk id.
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

  constructor(
    embeddings: EmbeddingsInterface,
    readonly dims: number,
    readonly params: HnswParams = DEFAULT_HNSW,
    /** Metadata keys whose values many documents share; saved once instead of per document. */
    private sharedKeys: string[] = [],
  ) {
    super(embeddings, {});
    this.index = new HierarchicalNSW('cosine', dims);
    this.index.initIndex({ maxElements: 1024, m: params.m, efConstruction: params.efConstruction, randomSeed: 42 });
    this.index.setEf(params.efSearch);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Slots taken by deleted points that hnswlib still keeps in its graph. */
  get deletedCount(): number {
    return this.nextLabel - this.docs.size;
  }

  documents(): Document[] {
    return [...this.docs.values()].map((e) => this.toDocument(e));
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
    vectors.forEach((vector, i) => {
      if (vector.length !== this.dims) throw new Error(`vector has ${vector.length} dimensions, the index ${this.dims}`);
      const doc = documents[i]!;
      const id = String(doc.metadata.id ?? doc.id ?? this.nextLabel);
      if (this.labelOf.has(id)) this.deleteIds([id]);
      const label = this.nextLabel++;
      this.index.addPoint(vector, label);
      this.docs.set(label, { id, metadata: { ...doc.metadata, id }, text: doc.pageContent });
      this.labelOf.set(id, label);
      ids.push(id);
    });
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
    const accept = filter ? (label: number) => this.docs.has(label) && filter(this.toDocument(this.docs.get(label)!)) : undefined;
    const { neighbors, distances } = this.index.searchKnn(query, n, accept);
    return neighbors.map((label, i) => [this.toDocument(this.docs.get(label)!), 1 - distances[i]!]);
  }

  /** LangChain's save: a generation of files plus store.json naming it, written last. */
  async save(directory: string): Promise<void> {
    const files = await this.saveGeneration(directory);
    await writeAtomic(path.join(directory, STORE_FILE), JSON.stringify({ dims: this.dims, params: this.params, files }));
  }

  /** LangChain's load: the generation that store.json names. */
  static override async load(directory: string, embeddings: EmbeddingsInterface): Promise<HnswStore> {
    const saved = JSON.parse(await readFile(path.join(directory, STORE_FILE), 'utf8')) as { dims: number; params: HnswParams; files: StoreFiles };
    return HnswStore.loadFiles(directory, saved.files, embeddings, saved.dims, saved.params);
  }

  /**
   * Writes the graph and the docstore under a new generation name, so the files of the generation in
   * use are never touched; whoever names the generation (store.json or the indexer's manifest) commits it.
   */
  async saveGeneration(directory: string, generation = `${Date.now().toString(36)}${process.pid.toString(36)}`): Promise<StoreFiles> {
    const files = { index: `hnsw.${generation}.bin`, docstore: `docstore.${generation}.json`, texts: `texts.${generation}.txt` };
    const tmpIndex = path.join(directory, `${files.index}.${process.pid}.tmp`);
    await this.index.writeIndex(tmpIndex);
    const indexBytes = await readFile(tmpIndex);
    await rename(tmpIndex, path.join(directory, files.index));
    const pieces: Buffer[] = [];
    let offset = 0;
    const columns: SavedColumns = { nextLabel: this.nextLabel, shared: [], label: [], start: [], end: [], sharedRow: [], own: {} };
    const sharedRows = new Map<string, number>();
    const rows = [...this.docs];
    rows.forEach(([label, entry], row) => {
      const bytes = Buffer.from(this.textOf(entry), 'utf8');
      pieces.push(bytes);
      columns.label.push(label);
      columns.start.push(offset);
      columns.end.push((offset += bytes.length));
      const metadata = this.metadataOf(entry);
      // Metadata that many documents share (a chunk's file, title, date…) is written once.
      const common = Object.fromEntries(this.sharedKeys.filter((k) => k in metadata).map((k) => [k, metadata[k]]));
      const key = JSON.stringify(common);
      if (!sharedRows.has(key)) sharedRows.set(key, columns.shared.push(common) - 1);
      columns.sharedRow.push(sharedRows.get(key)!);
      for (const [k, value] of Object.entries(metadata)) {
        if (this.sharedKeys.includes(k)) continue;
        (columns.own[k] ??= new Array(rows.length).fill(null))[row] = value ?? null;
      }
    });
    const texts = Buffer.concat(pieces);
    const docstore = JSON.stringify(columns);
    await writeAtomic(path.join(directory, files.texts), texts);
    await writeAtomic(path.join(directory, files.docstore), docstore);
    return { ...files, crc32: { index: checksum(indexBytes), docstore: checksum(Buffer.from(docstore)), texts: checksum(texts) } };
  }

  /** Loads a saved generation, checking its three files against the checksums the manifest recorded. */
  static async loadFiles(directory: string, files: StoreFiles, embeddings: EmbeddingsInterface, dims: number, params = DEFAULT_HNSW): Promise<HnswStore> {
    const store = new HnswStore(embeddings, dims, params);
    const indexPath = path.join(directory, files.index);
    const corrupt = () => new CorruptIndexError('index files do not match their checksums');
    const [indexBytes, docstoreBytes, texts] = await Promise.all([files.index, files.docstore, files.texts].map((name) => readFile(path.join(directory, name))));
    // The graph is checked before hnswlib parses it (garbage can crash native code); hnswlib then parses
    // it on a libuv thread while this thread checks the other files and rebuilds the docstore.
    if (checksum(indexBytes!) !== files.crc32.index) throw corrupt();
    const graph = store.index.readIndex(indexPath, false);
    graph.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
    if (checksum(docstoreBytes!) !== files.crc32.docstore || checksum(texts!) !== files.crc32.texts) throw corrupt();
    const columns = JSON.parse(docstoreBytes!.toString('utf8')) as SavedColumns;
    store.nextLabel = columns.nextLabel;
    store.sharedKeys = [...new Set(columns.shared.flatMap((c) => Object.keys(c)))];
    store.saved = { texts: texts!, columns };
    const ids = columns.own.id ?? [];
    columns.label.forEach((label, row) => {
      const id = String(ids[row]);
      store.docs.set(label, { id, row });
      store.labelOf.set(id, label);
    });
    await graph;
    store.index.setEf(params.efSearch);
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
