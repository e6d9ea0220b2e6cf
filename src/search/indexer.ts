import { Document } from '@langchain/core/documents';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument, type Chunk, type ChunkingOptions } from '../corpus/chunk.js';
import type { SourceDocument } from '../corpus/load.js';
import type { NamedEmbeddings } from './embeddings.js';
import { DEFAULT_HNSW, HnswStore, writeAtomic, type HnswParams, type StoreFiles } from './hnsw-store.js';

export const MANIFEST_FILE = 'manifest.json';
/** Chunk metadata that every chunk of a file repeats: stored once per file in the docstore. */
export const CHUNK_FILE_KEYS = ['file', 'lang', 'title', 'date', 'publisher'];
const MANIFEST_VERSION = 3;

/** The commit point of the index: written last, atomically, naming the generation it describes. */
export interface Manifest {
  version: number;
  embedder: { id: string; dims: number };
  chunking: ChunkingOptions;
  hnsw: HnswParams;
  files: Record<string, { hash: string; chunks: number }>;
  store: StoreFiles;
  updatedAt: string;
}

export interface IndexChanges {
  added: string[];
  changed: string[];
  removed: string[];
  /** Why the whole index was rebuilt, when it was. */
  rebuilt?: string;
}

export interface SyncResult {
  store: HnswStore;
  manifest: Manifest;
  changes: IndexChanges;
}

export interface SyncOptions {
  indexDir: string;
  embedder: NamedEmbeddings;
  chunking: ChunkingOptions;
  hnsw?: HnswParams;
  warn: (message: string) => void;
}

const toDocument = (c: Chunk) => {
  const { text, ...metadata } = c;
  return new Document({ pageContent: text, metadata, id: c.id });
};

/** The chunk stored behind a LangChain document. */
export const chunkOf = (d: Document): Chunk => ({ ...(d.metadata as Omit<Chunk, 'text'>), text: d.pageContent });

async function readManifest(indexDir: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(indexDir, MANIFEST_FILE), 'utf8')) as Manifest;
    return manifest.version === MANIFEST_VERSION ? manifest : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Why an existing index cannot be reused with the current settings, if it cannot. */
function incompatibility(manifest: Manifest, embedder: NamedEmbeddings, chunking: ChunkingOptions): string | undefined {
  if (manifest.embedder.id !== embedder.id) return `the embedder changed (${manifest.embedder.id} → ${embedder.id})`;
  if (embedder.dims && manifest.embedder.dims !== embedder.dims) return 'the embedding dimensions changed';
  if (manifest.chunking.size !== chunking.size || manifest.chunking.overlap !== chunking.overlap) return 'the chunking settings changed';
  return undefined;
}

/** Removes generations other than the live one (left by earlier saves or a killed process). */
async function removeStaleFiles(indexDir: string, live: StoreFiles): Promise<void> {
  for (const name of await readdir(indexDir)) {
    if (name === MANIFEST_FILE || name === live.index || name === live.docstore || name === live.texts || name === '.gitkeep') continue;
    if (/^(hnsw|docstore|texts)\.|\.tmp$/.test(name)) await rm(path.join(indexDir, name), { force: true });
  }
}

/**
 * Brings the index in line with the documents: a new or changed file (by content hash) is chunked
 * and embedded, a deleted or changed file's old chunks are dropped, everything else is reused.
 * A missing, corrupted or incompatible index is rebuilt. Embedding happens before any change, so a
 * failing embedder leaves the old index in place; the manifest is written last, so a process killed
 * midway leaves the old index, never a mix.
 */
export async function syncIndex(documents: SourceDocument[], options: SyncOptions): Promise<SyncResult> {
  const { indexDir, embedder, chunking, warn } = options;
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  await mkdir(indexDir, { recursive: true });

  let manifest: Manifest | undefined;
  let store: HnswStore | undefined;
  let rebuilt: string | undefined;
  try {
    manifest = await readManifest(indexDir);
    const reason = manifest && incompatibility(manifest, embedder, chunking);
    if (manifest && !reason) store = await HnswStore.loadFiles(indexDir, manifest.store, embedder.embeddings, manifest.embedder.dims, hnsw);
    else rebuilt = reason ?? 'no index yet';
  } catch (error) {
    rebuilt = `the index could not be read (${(error as Error).message})`;
    warn(`${rebuilt}; rebuilding it`);
  }
  const previous = store ? manifest!.files : {};

  const current = new Map(documents.map((d) => [d.file, d]));
  const added = documents.filter((d) => !previous[d.file]).map((d) => d.file);
  const changed = documents.filter((d) => previous[d.file] && previous[d.file]!.hash !== d.hash).map((d) => d.file);
  const removed = Object.keys(previous).filter((f) => !current.has(f));
  const changes: IndexChanges = { added, changed, removed, rebuilt };

  if (store && manifest && !added.length && !changed.length && !removed.length) {
    await removeStaleFiles(indexDir, manifest.store); // leftovers of a process killed mid-save
    return { store, manifest, changes };
  }

  const fresh = [...added, ...changed].map((f) => chunkDocument(current.get(f)!, chunking));
  const newDocs = fresh.flat().map(toDocument);
  const vectors = await embedder.embeddings.embedDocuments(newDocs.map((d) => d.pageContent));
  const dims = vectors[0]?.length ?? manifest?.embedder.dims ?? embedder.dims;
  if (!dims) throw new Error('the embedder returned no vectors, so the index dimensions are unknown');

  // Too many dead slots (hnswlib keeps deleted points in its graph): start a fresh graph instead.
  if (store && store.deletedCount > store.size) store = undefined;
  if (!store) {
    const keep = documents.filter((d) => !added.includes(d.file) && !changed.includes(d.file) && previous[d.file]);
    const reused = keep.flatMap((d) => chunkDocument(d, chunking)).map(toDocument);
    store = new HnswStore(embedder.embeddings, dims, hnsw, CHUNK_FILE_KEYS);
    if (reused.length) await store.addDocuments(reused);
  }
  for (const file of [...changed, ...removed]) {
    await store.delete({ ids: Array.from({ length: previous[file]!.chunks }, (_, i) => `${file}#${i}`) });
  }
  if (newDocs.length) await store.addVectors(vectors, newDocs);

  const chunkCounts = new Map<string, number>();
  for (const doc of store.documents()) chunkCounts.set(doc.metadata.file, (chunkCounts.get(doc.metadata.file) ?? 0) + 1);
  const files: Manifest['files'] = {};
  for (const d of documents) files[d.file] = { hash: d.hash, chunks: chunkCounts.get(d.file) ?? 0 };
  const saved = await store.saveGeneration(indexDir);
  const next: Manifest = {
    version: MANIFEST_VERSION,
    embedder: { id: embedder.id, dims },
    chunking,
    hnsw,
    files,
    store: saved,
    updatedAt: new Date().toISOString(),
  };
  await writeAtomic(path.join(indexDir, MANIFEST_FILE), JSON.stringify(next, null, 2));
  await removeStaleFiles(indexDir, saved);
  return { store, manifest: next, changes };
}

/** One line for people: what the sync did. */
export function describeChanges(c: IndexChanges, chunkCount: number): string {
  const parts = [];
  if (c.rebuilt) parts.push(`rebuilt (${c.rebuilt})`);
  if (c.added.length) parts.push(`added ${c.added.join(', ')}`);
  if (c.changed.length) parts.push(`re-embedded ${c.changed.join(', ')}`);
  if (c.removed.length) parts.push(`dropped ${c.removed.join(', ')}`);
  return `index: ${parts.length ? parts.join('; ') : 'up to date'} (${chunkCount} chunks)`;
}

/** The index as last committed, without touching it; undefined when there is none that loads. */
export async function loadCommittedIndex(indexDir: string, embedder: NamedEmbeddings, hnsw = DEFAULT_HNSW): Promise<HnswStore | undefined> {
  try {
    const manifest = await readManifest(indexDir);
    if (!manifest || manifest.embedder.id !== embedder.id) return undefined;
    return await HnswStore.loadFiles(indexDir, manifest.store, embedder.embeddings, manifest.embedder.dims, hnsw);
  } catch {
    return undefined;
  }
}
