import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { SaveableVectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
  sha256: { index: string; docstore: string; texts: string };
}

/** A stored document: its text is either in memory or a byte range of the loaded texts blob. */
interface Entry {
  id: string;
  metadata: Record<string, unknown>;
  text?: string;
  bytes?: [number, number];
}

// hnswlib-node is CommonJS: its named exports are only reachable through the default import.
const { HierarchicalNSW } = hnswlib;
type HierarchicalNSW = InstanceType<typeof HierarchicalNSW>;

export class CorruptIndexError extends Error {}

export const STORE_FILE = 'store.json';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

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
  private texts: Buffer = Buffer.alloc(0);
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
    entry.text ??= this.texts.toString('utf8', entry.bytes![0], entry.bytes![1]);
    return entry.text;
  }

  private toDocument(entry: Entry): Document {
    return new Document({ pageContent: this.textOf(entry), metadata: entry.metadata, id: entry.id });
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
    // Metadata that many documents share (a chunk's file, title, date…) is written once.
    const shared: string[] = [];
    const sharedIndex = new Map<string, number>();
    const docs = [...this.docs].map(([label, e]) => {
      const bytes = Buffer.from(this.textOf(e), 'utf8');
      pieces.push(bytes);
      offset += bytes.length;
      const common = JSON.stringify(Object.fromEntries(this.sharedKeys.filter((k) => k in e.metadata).map((k) => [k, e.metadata[k]])));
      if (!sharedIndex.has(common)) sharedIndex.set(common, shared.push(common) - 1);
      const own = Object.fromEntries(Object.entries(e.metadata).filter(([k]) => !this.sharedKeys.includes(k)));
      return [label, offset - bytes.length, offset, sharedIndex.get(common), own];
    });
    const texts = Buffer.concat(pieces);
    const docstore = JSON.stringify({ nextLabel: this.nextLabel, sharedKeys: this.sharedKeys, shared: shared.map((j) => JSON.parse(j)), docs });
    await writeAtomic(path.join(directory, files.texts), texts);
    await writeAtomic(path.join(directory, files.docstore), docstore);
    return { ...files, sha256: { index: sha256(indexBytes), docstore: sha256(Buffer.from(docstore)), texts: sha256(texts) } };
  }

  /** Loads a saved generation, checking both files against the manifest's checksums. */
  static async loadFiles(directory: string, files: StoreFiles, embeddings: EmbeddingsInterface, dims: number, params = DEFAULT_HNSW): Promise<HnswStore> {
    const store = new HnswStore(embeddings, dims, params);
    const indexPath = path.join(directory, files.index);
    const [indexBytes, docstoreBytes, texts] = await Promise.all(
      [files.index, files.docstore, files.texts].map((name) => readFile(path.join(directory, name))),
    );
    if (sha256(indexBytes!) !== files.sha256.index || sha256(docstoreBytes!) !== files.sha256.docstore || sha256(texts!) !== files.sha256.texts) {
      throw new CorruptIndexError('index files do not match their checksums');
    }
    await store.index.readIndex(indexPath, false);
    store.index.setEf(params.efSearch);
    const saved = JSON.parse(docstoreBytes!.toString('utf8')) as {
      nextLabel: number;
      sharedKeys: string[];
      shared: Array<Record<string, unknown>>;
      docs: Array<[number, number, number, number, Record<string, unknown>]>;
    };
    store.nextLabel = saved.nextLabel;
    store.sharedKeys = saved.sharedKeys;
    store.texts = texts!;
    for (const [label, start, end, common, own] of saved.docs) {
      const metadata = { ...saved.shared[common], ...own };
      const id = String(metadata.id);
      store.docs.set(label, { id, metadata, bytes: [start, end] });
      store.labelOf.set(id, label);
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
