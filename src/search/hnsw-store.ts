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
  sha256: { index: string; docstore: string };
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
  private docs = new Map<number, Document>();
  private labelOf = new Map<string, number>();
  private nextLabel = 0;

  _vectorstoreType(): string {
    return 'hnswlib-node';
  }

  constructor(
    embeddings: EmbeddingsInterface,
    readonly dims: number,
    readonly params: HnswParams = DEFAULT_HNSW,
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
    return [...this.docs.values()];
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
      this.docs.set(label, new Document({ pageContent: doc.pageContent, metadata: { ...doc.metadata, id }, id }));
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
    const accept = filter ? (label: number) => this.docs.has(label) && filter(this.docs.get(label)!) : undefined;
    const { neighbors, distances } = this.index.searchKnn(query, n, accept);
    return neighbors.map((label, i) => [this.docs.get(label)!, 1 - distances[i]!]);
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
    const files = { index: `hnsw.${generation}.bin`, docstore: `docstore.${generation}.json` };
    const tmpIndex = path.join(directory, `${files.index}.${process.pid}.tmp`);
    await this.index.writeIndex(tmpIndex);
    const indexBytes = await readFile(tmpIndex);
    await rename(tmpIndex, path.join(directory, files.index));
    const docstore = JSON.stringify({
      nextLabel: this.nextLabel,
      docs: [...this.docs].map(([label, d]) => [label, d.pageContent, d.metadata]),
    });
    await writeAtomic(path.join(directory, files.docstore), docstore);
    return { ...files, sha256: { index: sha256(indexBytes), docstore: sha256(Buffer.from(docstore)) } };
  }

  /** Loads a saved generation, checking both files against the manifest's checksums. */
  static async loadFiles(directory: string, files: StoreFiles, embeddings: EmbeddingsInterface, dims: number, params = DEFAULT_HNSW): Promise<HnswStore> {
    const store = new HnswStore(embeddings, dims, params);
    const indexPath = path.join(directory, files.index);
    const [indexBytes, docstoreBytes] = await Promise.all([readFile(indexPath), readFile(path.join(directory, files.docstore))]);
    if (sha256(indexBytes) !== files.sha256.index || sha256(docstoreBytes) !== files.sha256.docstore) {
      throw new CorruptIndexError('index files do not match their checksums');
    }
    await store.index.readIndex(indexPath, false);
    store.index.setEf(params.efSearch);
    const saved = JSON.parse(docstoreBytes.toString('utf8')) as { nextLabel: number; docs: Array<[number, string, Record<string, unknown>]> };
    store.nextLabel = saved.nextLabel;
    for (const [label, pageContent, metadata] of saved.docs) {
      const id = String(metadata.id);
      store.docs.set(label, new Document({ pageContent, metadata, id }));
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
