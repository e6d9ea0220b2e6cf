import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import { mkdir, readFile } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { chunkDocumentPaced, type Chunk, type ChunkingOptions } from '../corpus/chunk.js';
import { knownDocument, loadCorpus, readDocument, UnreadableDocument, type KnownFile, type SourceDocument } from '../corpus/load.js';
import { ANALYSER_VERSION } from '../language/analyse.js';
import { splitSentencesPaced } from '../language/sentences.js';
import type { Lang } from '../language/lang.js';
import { Pacer } from '../pace.js';
import { LexicalEmbeddings, type NamedEmbeddings } from './embeddings.js';
import { DEFAULT_APPEND, DEFAULT_HNSW, HnswStore, type AppendPolicy, type HnswParams } from './hnsw-store.js';
import { checksum, CorruptIndexError, IndexFiles, MANIFEST_FILE, namesOf, newGeneration, writeAtomic, type StoreFiles } from './index-files.js';
import { analyseChunk, LexicalIndex, type ChunkTerms } from './lexical-index.js';
import { embedAndAnalyseChunk } from './chunk-analysis.js';
import { IngestPool, type AnalysedChunks } from './ingest-pool.js';
import { SharedAnalysis } from './shared-analysis.js';

export { MANIFEST_FILE } from './index-files.js';
/** Chunk metadata that every chunk of a file repeats: stored once per file in the docstore. */
export const CHUNK_FILE_KEYS = ['file', 'lang', 'title', 'date', 'publisher'];
const MANIFEST_VERSION = 5;
/** Manifests of this version hold every file's entry themselves (still read; the next commit writes the current version). */
const INLINE_FILES_VERSION = 4;
/** Inside the index folder: proper-lockfile's lock directory for the one writer. */
const LOCK_NAME = 'writer.lock';

/** A file as the index knows it: how to tell it changed (size, mtime, sha256) and how to list it unread. */
export type FileEntry = KnownFile & { chunks: number };

/**
 * The commit point of the index: written last, atomically, naming the generation it describes. In
 * memory `files` lists every file; on disk (ManifestFile) the list stands in a file of its own and
 * the manifest holds what changed since, so an upload does not rewrite 10k entries.
 */
export interface Manifest {
  version: number;
  embedder: { id: string; dims: number };
  /** ANALYSER_VERSION of src/language/analyse.ts: the stored BM25 terms and vocabulary depend on it. */
  analyser: string;
  chunking: ChunkingOptions;
  hnsw: HnswParams;
  files: Record<string, FileEntry>;
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

/** A loaded index: the vector store, the lexical index and the manifest that names their files. */
export interface IndexState {
  store: HnswStore;
  lexical: LexicalIndex;
  manifest: Manifest;
}

export interface SyncResult extends IndexState {
  changes: IndexChanges;
  /** The documents the index holds now. */
  documents: SourceDocument[];
  /** Another process was writing the index: this is the committed index, unchanged. */
  readOnly?: boolean;
}

export interface SyncOptions {
  indexDir: string;
  embedder: NamedEmbeddings;
  chunking: ChunkingOptions;
  hnsw?: HnswParams;
  warn: (message: string) => void;
  /** What this process synced last; reused instead of re-read while the manifest on disk still names it. */
  previous?: IndexState;
  /**
   * When another process holds the index's writer lock: wait for it (an ingest), or serve the
   * committed index read-only (a bot starting while an ingest runs). Either way one line says so.
   */
  whenLocked?: 'wait' | 'read-only';
  /** How long to wait for the lock before giving up (default 10 minutes). */
  lockTimeoutMs?: number;
  /** When a save appends a segment instead of writing everything (default DEFAULT_APPEND). */
  append?: AppendPolicy;
  /**
   * A new graph whose first batch holds at least this many chunks is built on a worker thread while
   * this one analyses (default BATCH_CHUNKS: a large ingest; an upload stays on this thread).
   */
  workerBuildMinChunks?: number;
  /**
   * Worker threads that read, embed and analyse for a large ingest (default: one per core beyond this
   * one, at most 4; 0: everything on this thread). Only with the built-in embedder.
   */
  ingestWorkers?: number;
  /**
   * Bytes of files to read at least, for a sync to start the ingest workers (default POOL_MIN_BYTES:
   * starting them costs about a second, several under tsx; an upload stays on this thread).
   */
  ingestWorkersMinBytes?: number;
  /**
   * Worker threads the caller keeps (an engine's, for uploads; see startAnalysisWorkers): once they
   * are up, new chunks are embedded and analysed on them instead of this thread. Not closed by the sync.
   */
  analysisWorkers?: IngestPool;
  /**
   * syncSeeds looks only at these files (an upload: the file just written) and takes every other one
   * as the manifest lists it, without a stat: O(the upload), not O(the folder). Ignored when there is
   * no committed index to take them from.
   */
  only?: string[];
  /** Documents the caller has just parsed from the files it wrote (an upload): not read again (see LoadOptions.parsed). */
  parsed?: SourceDocument[];
}

const toDocument = (c: Chunk) => {
  const { text, ...metadata } = c;
  return new Document({ pageContent: text, metadata, id: c.id });
};

/** The chunk stored behind a LangChain document. */
export const chunkOf = (d: Document): Chunk => ({ ...(d.metadata as Omit<Chunk, 'text'>), text: d.pageContent });

/** The manifest as written (see Manifest). */
interface ManifestFile extends Omit<Manifest, 'files'> {
  /** The file list as of its last full write, a file of this index (absent in a manifest of INLINE_FILES_VERSION). */
  fileList?: { name: string; crc32: string };
  /** Files added or changed since the file list (INLINE_FILES_VERSION: every file). */
  files: Record<string, FileEntry>;
  /** Files removed since the file list. */
  removedFiles?: string[];
}

/** The file list a manifest was read or written with: its file, and its entries (the very objects the manifest's unchanged files hold). */
interface FileList {
  name: string;
  crc32: string;
  entries: Record<string, FileEntry>;
}
const fileLists = new WeakMap<Manifest, FileList>();

/** Files added, changed or removed since the file list, past which the next commit writes the list again (its share of all files). */
const FILE_LIST_CHANGES = { min: 64, share: 1 / 16 };

/** The manifest file's stamp when a manifest object was read from it or written to it. */
const stamps = new WeakMap<Manifest, string>();
/**
 * The documents a sync listed (every file, indexed or not) when it committed or confirmed a manifest:
 * the next sync of this process, while that manifest is still the committed one, lists only the files
 * it is told changed (an upload) and takes the rest from here, O(the change) instead of O(the folder).
 */
const listings = new WeakMap<Manifest, SourceDocument[]>();

/** `listed` (sorted by file name) with the files named in `only` replaced by `fresh`, in the same order. */
function relisted(listed: SourceDocument[], only: string[], fresh: SourceDocument[]): SourceDocument[] {
  const names = new Set(only);
  const merged = listed.filter((d) => !names.has(d.file));
  for (const doc of fresh) {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.file < doc.file) lo = mid + 1;
      else hi = mid;
    }
    merged.splice(lo, 0, doc);
  }
  return merged;
}

/**
 * The committed manifest. `known` (what this process read or wrote last) is reused when the file is
 * still the one it came from: a manifest of 10k files is megabytes to parse on every upload.
 */
async function readManifest(files: IndexFiles, known?: Manifest): Promise<Manifest | undefined> {
  const stamp = await files.stamp(MANIFEST_FILE); // taken before reading: a replacement in between only costs a re-read next time
  if (known && stamp !== undefined && stamps.get(known) === stamp) return known;
  const raw = await files.readJson<ManifestFile>(MANIFEST_FILE);
  if (raw?.version !== MANIFEST_VERSION && raw?.version !== INLINE_FILES_VERSION) return undefined;
  const { fileList, files: changed, removedFiles, ...rest } = raw;
  let manifest: Manifest;
  if (fileList) {
    const entries = JSON.parse((await files.readVerified(fileList.name, fileList.crc32)).toString('utf8')) as Record<string, FileEntry>;
    const all = { ...entries };
    for (const file of removedFiles ?? []) delete all[file];
    manifest = { ...rest, version: MANIFEST_VERSION, files: Object.assign(all, changed) };
    fileLists.set(manifest, { ...fileList, entries });
  } else manifest = { ...rest, version: MANIFEST_VERSION, files: changed };
  if (stamp !== undefined) stamps.set(manifest, stamp);
  return manifest;
}

/** The committed manifest of an index folder, every file listed; undefined when there is none (or of an older version). */
export async function committedManifest(indexDir: string): Promise<Manifest | undefined> {
  return readManifest(new IndexFiles({ dir: indexDir }));
}

/** Each file entry's `"name":{…}` as written last: an entry is reused by the next manifest while its file is unchanged. */
const entryJson = new WeakMap<FileEntry, string>();

/**
 * A file list as JSON, its entries serialised in slices with pauses: at 10k files it is megabytes,
 * and JSON.stringify of the whole would hold the event loop for tens of milliseconds. An entry
 * serialised for an earlier list is not serialised again.
 */
async function fileListJson(entries: Record<string, FileEntry>, pacer: Pacer): Promise<Buffer> {
  // Encoded to UTF-8 a slice at a time: the whole string at once is tens of milliseconds at 10k files.
  const parts: Buffer[] = [Buffer.from('{')];
  let slice: string[] = [];
  for (const [file, entry] of Object.entries(entries)) {
    let json = entryJson.get(entry);
    if (json === undefined) entryJson.set(entry, (json = `${JSON.stringify(file)}:${JSON.stringify(entry)}`));
    slice.push(json);
    if (slice.length === 256) {
      parts.push(Buffer.from(`${parts.length > 1 ? ',' : ''}${slice.join(',')}`));
      slice = [];
      await pacer.tick();
    }
  }
  if (slice.length) parts.push(Buffer.from(`${parts.length > 1 ? ',' : ''}${slice.join(',')}`));
  parts.push(Buffer.from('}'));
  return Buffer.concat(parts);
}

/**
 * Commits a manifest (written last, atomically) and remembers the file's stamp for readManifest. The
 * file list `previous` was committed with is kept, and only the files changed since are written,
 * unless they have grown many: then a new file list is written first (new name, checked). O(files)
 * comparisons of references; O(changed files) written, or O(files) once the list is written again.
 * Returns the file list's name (a live file of the index).
 */
async function commitManifest(files: IndexFiles, manifest: Manifest, pacer: Pacer, previous?: Manifest): Promise<string> {
  let list = previous && fileLists.get(previous);
  const changed: Record<string, FileEntry> = {};
  const removed: string[] = [];
  let count = 0;
  if (list) {
    for (const file in manifest.files) {
      if (list.entries[file] !== manifest.files[file]) {
        changed[file] = manifest.files[file]!;
        count++;
      }
    }
    for (const file in list.entries) if (!(file in manifest.files)) removed.push(file);
  }
  if (!list || count + removed.length > Math.max(FILE_LIST_CHANGES.min, FILE_LIST_CHANGES.share * Object.keys(manifest.files).length)) {
    const bytes = await fileListJson(manifest.files, pacer);
    const name = `files.${newGeneration()}.json`;
    await writeAtomic(files.path(name), bytes);
    list = { name, crc32: await checksum(bytes, pacer), entries: manifest.files };
    for (const file in changed) delete changed[file];
    removed.length = 0;
  }
  const written: ManifestFile = { ...manifest, fileList: { name: list.name, crc32: list.crc32 }, files: changed, ...(removed.length ? { removedFiles: removed } : {}) };
  await writeAtomic(files.path(MANIFEST_FILE), JSON.stringify(written));
  fileLists.set(manifest, list);
  const stamp = await files.stamp(MANIFEST_FILE);
  if (stamp !== undefined) stamps.set(manifest, stamp);
  return list.name;
}

/** Why an existing index cannot be reused with the current settings, if it cannot. */
function incompatibility(manifest: Manifest, embedder: NamedEmbeddings, chunking: ChunkingOptions): string | undefined {
  if (manifest.embedder.id !== embedder.id) return `the embedder changed (${manifest.embedder.id} → ${embedder.id})`;
  if (embedder.dims && manifest.embedder.dims !== embedder.dims) return 'the embedding dimensions changed';
  if (manifest.chunking.size !== chunking.size || manifest.chunking.overlap !== chunking.overlap) return 'the chunking settings changed';
  if (manifest.analyser !== ANALYSER_VERSION) return 'the text analysis changed';
  return undefined;
}

/** Reads the generation a manifest names: the graph and docstore, and the lexical index with its appended changes, all checked. */
async function loadState(files: IndexFiles, manifest: Manifest, embedder: NamedEmbeddings, hnsw: HnswParams): Promise<IndexState> {
  const saved = manifest.store;
  if (!saved.lexical) throw new CorruptIndexError('the manifest names no lexical index');
  const deltas = saved.deltas ?? [];
  if (deltas.some((d) => !d.lexical)) throw new CorruptIndexError('an appended segment names no lexical changes');
  const [store, lexical, ...changes] = await Promise.all([
    HnswStore.loadFiles(files, saved, embedder.embeddings, { dims: manifest.embedder.dims, params: hnsw }),
    LexicalIndex.open(files.path(saved.lexical), saved.crc32.lexical),
    ...deltas.map((d) => files.readVerified(d.lexical!, d.crc32.lexical)),
  ]);
  for (const bytes of changes) lexical.applyChanges(bytes);
  return { store, lexical, manifest };
}

/** Stores changed in memory by a sync that has not committed (it failed midway): never reused, read again from disk. */
const dirty = new WeakSet<HnswStore>();
/** Chunks per batch of a sync (see syncLocked). */
const BATCH_CHUNKS = 4096;

// Every file named: a segment may append vectors and lexical changes without naming a new graph file.
const sameGeneration = (a: Manifest, b: Manifest) => namesOf(a.store).join('\n') === namesOf(b.store).join('\n');
const reusable = (previous: IndexState | undefined, manifest: Manifest): previous is IndexState =>
  previous !== undefined && !dirty.has(previous.store) && sameGeneration(previous.manifest, manifest);

/** The documents a manifest lists, unread (their texts are read from seedsDir if asked for), by file name as a listing gives them. */
export function documentsOf(manifest: Manifest, seedsDir: string): SourceDocument[] {
  return Object.entries(manifest.files)
    .filter(([, entry]) => entry.chunks > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, entry]) => knownDocument(seedsDir, file, entry));
}

/**
 * Embeds texts in batches sized to about 15 ms of this thread's CPU each, yielding between batches:
 * the built-in embedder runs on this thread and must not hold the event loop; a remote one uses
 * little CPU per text, so its batches grow to LangChain's own request batching.
 */
async function embedPaced(embeddings: Embeddings, texts: string[], pacer: Pacer): Promise<number[][]> {
  const vectors: number[][] = [];
  let batch = 8;
  for (let i = 0; i < texts.length; ) {
    const part = texts.slice(i, i + batch);
    const cpu = process.cpuUsage();
    vectors.push(...(await embeddings.embedDocuments(part)));
    const used = process.cpuUsage(cpu);
    const perText = (used.user + used.system) / 1000 / part.length;
    batch = Math.max(1, Math.min(batch * 2, 4096, Math.floor(15 / Math.max(perText, 0.001))));
    i += part.length;
    await pacer.tick();
  }
  return vectors;
}

/**
 * The built-in embedder's vectors and the lexical index's terms of chunks from one analysis per
 * chunk (tokens and termsOf, the bulk of both), where embedding a chunk alone would analyse it again:
 * the embedder reads a chunk in the language its script suggests (quickLanguage), the lexical index
 * in its document's, so the terms are shared when the two agree. Paced like embedPaced.
 */
async function embedAndAnalyse(embeddings: LexicalEmbeddings, chunks: Chunk[], pacer: Pacer): Promise<{ vectors: number[][]; terms: ChunkTerms[] }> {
  const vectors: number[][] = [];
  const terms: ChunkTerms[] = [];
  for (const [i, { text, lang }] of chunks.entries()) {
    const analysed = embedAndAnalyseChunk(embeddings, text, lang);
    vectors.push(analysed.vector);
    terms.push(analysed.terms);
    if ((i & 7) === 7) await pacer.tick();
  }
  return { vectors, terms };
}

/** An embedder whose documents are embedded by LexicalEmbeddings.embedText itself (a subclass may embed them otherwise). */
const sharesAnalysis = (embeddings: Embeddings): embeddings is LexicalEmbeddings =>
  embeddings instanceof LexicalEmbeddings && embeddings.embedDocuments === LexicalEmbeddings.prototype.embedDocuments;

/** The built-in embedder with its default settings: what an ingest worker builds from its dimensions alone. */
const poolable = (embedder: NamedEmbeddings): boolean =>
  sharesAnalysis(embedder.embeddings) && new LexicalEmbeddings(embedder.embeddings.dims).id === embedder.id;

/** How long a sync waits for kept workers that are still starting (about a second; far longer on a loaded machine). */
const KEPT_WORKERS_WAIT_MS = 30_000;

/** Whether the pool is up within `ms` (false if it failed or is still starting). */
async function readyWithin(pool: IngestPool, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([pool.ready, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Chunks of the index a kept worker analyses once when it starts (see startAnalysisWorkers). */
const WARM_UP_CHUNKS = 256;
/**
 * Nice value of kept workers: on a machine busy with other work they leave the CPU to the thread that
 * answers (which then analyses what they have not started, see SharedAnalysis). At 100k chunks under
 * a load of 6–8 on two cores, the longest stall during a 1 MB upload was 107 ms (median of 4) with
 * this, 257 ms without.
 */
const KEPT_WORKERS_NICE = 10;

/**
 * Nice value of the workers a large ingest starts: the graph thread and this one (which adds to the
 * lexical index) keep the CPU first, so the graph keeps pace with the analysis instead of finishing
 * alone for tens of seconds after it. At 100k chunks on two cores, three runs in a row: 124 s at 0,
 * 103 s at 5, 94 s at 10 (and a fifth less CPU: less contention).
 */
const INGEST_WORKERS_NICE = 10;

/**
 * Worker threads for an engine to keep for its uploads (SyncOptions.analysisWorkers): with the
 * built-in embedder only (undefined otherwise). They start in the background; close() ends them.
 * Each first analyses a sample of the index's chunks and throws the result away: a fresh thread's
 * first thousand chunks take about twice as long (its code not yet compiled, its caches empty), and
 * an upload would pay that while the main thread waits for its first slice.
 */
export function startAnalysisWorkers(embedder: NamedEmbeddings, size: number, index?: IndexState): IngestPool | undefined {
  if (!poolable(embedder)) return undefined;
  const pool = new IngestPool({ size, dims: (embedder.embeddings as LexicalEmbeddings).dims, nice: KEPT_WORKERS_NICE });
  if (index) {
    const sample = sampleChunks(index.store, WARM_UP_CHUNKS);
    for (let w = 0; w < size; w++) {
      for (let at = 0; at < sample.length; at += POOL_SLICE) pool.analyse(sample.slice(at, at + POOL_SLICE)).catch(() => undefined);
    }
  }
  return pool;
}

/** About `count` stored chunks spread over the index (every n-th), their text and language. O(size of the index) ids visited. */
function sampleChunks(store: HnswStore, count: number): Array<{ text: string; lang: Lang }> {
  const every = Math.max(1, Math.floor(store.size / count));
  const sample: Array<{ text: string; lang: Lang }> = [];
  let i = 0;
  for (const id of store.ids()) {
    if (i++ % every !== 0) continue;
    const doc = store.getDocument(id);
    if (doc) sample.push({ text: doc.pageContent, lang: doc.metadata.lang as Lang });
    if (sample.length >= count) break;
  }
  return sample;
}

/**
 * Rows of flat vectors as the store takes them: views while the graph is built on a worker (they are
 * copied into one message), plain arrays for hnswlib on this thread. Same float32 values either way.
 */
function vectorRows(flat: Float32Array, dims: number, views: boolean): number[][] {
  const rows: number[][] = [];
  for (let at = 0; at < flat.length; at += dims) {
    const row = flat.subarray(at, at + dims);
    rows.push(views ? (row as unknown as number[]) : Array.from(row));
  }
  return rows;
}

/** About 10k chunks of text: below, an ingest on this thread takes about as long as starting the workers. */
const POOL_MIN_BYTES = 8 << 20;

/** Batches analysed by the ingest workers ahead of the one being added (the main thread chunks meanwhile). */
const POOL_AHEAD = 2;
/**
 * Chunks per request to a worker (about 40 ms of its CPU): the main thread adds each slice as it
 * arrives, so an upload's graph insertions start after one slice instead of after the whole document.
 */
const POOL_SLICE = 64;

/**
 * Holds the index folder's writer lock (proper-lockfile: a lock directory whose mtime the holder
 * refreshes; a holder dead for `stale` ms loses it) while `work` runs. When another process holds it:
 * wait, or hand over to `readOnly`.
 */
async function withWriterLock<T>(options: SyncOptions, work: () => Promise<T>, readOnly: () => Promise<T | undefined>): Promise<T> {
  await mkdir(options.indexDir, { recursive: true });
  const lockOptions = {
    realpath: false,
    lockfilePath: `${options.indexDir}/${LOCK_NAME}`,
    stale: 30_000,
    update: 5_000,
    onCompromised: (error: Error) => options.warn(`the index lock was lost (${error.message}); another writer may have taken over`),
  };
  const deadline = Date.now() + (options.lockTimeoutMs ?? 600_000);
  let said = false;
  for (;;) {
    try {
      const release = await lockfile.lock(options.indexDir, lockOptions);
      try {
        return await work();
      } finally {
        await release().catch(() => undefined);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    if (options.whenLocked === 'read-only') {
      const served = await readOnly();
      if (served !== undefined) {
        options.warn('another process is writing the index; serving the last committed index read-only until the next sync');
        return served;
      }
    }
    if (!said) options.warn('another process is writing the index; waiting for it to finish');
    said = true;
    if (Date.now() > deadline) throw new Error(`the index in ${options.indexDir} stayed locked by another writer`);
    await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
  }
}

/**
 * Brings the index in line with the seeds folder. Files whose size and modification time match the
 * manifest are neither read nor hashed; the others are hashed, and only new or changed content is
 * chunked and embedded. See syncIndex for the rest.
 */
export async function syncSeeds(seedsDir: string, options: SyncOptions): Promise<SyncResult> {
  return withWriterLock(
    options,
    () =>
      syncLocked(options, async (known, readWith, listed) => {
        const { only, parsed, warn } = options;
        if (!known || !listed || !only) return loadCorpus(seedsDir, warn, { known, readWith, only: known && only, parsed });
        // Only the files named are looked at; the others are as the last sync listed them.
        const knownOfOnly = Object.fromEntries(only.flatMap((f) => (known[f] ? [[f, known[f]]] : [])));
        return relisted(listed, only, await loadCorpus(seedsDir, warn, { known: knownOfOnly, readWith, only, parsed }));
      }),
    () => loadCommittedIndex(options.indexDir, options.embedder, { seedsDir, hnsw: options.hnsw, previous: options.previous }),
  );
}

/**
 * Brings the index in line with the documents: a new or changed file (by content hash) is chunked
 * and embedded, a deleted or changed file's old chunks are dropped, everything else is reused — the
 * vectors, the BM25 postings and the vocabulary alike. A missing, corrupted or incompatible index is
 * rebuilt. Embedding happens before any change, so a failing embedder leaves the old index in place;
 * the manifest is written last, so a process killed midway leaves the old index, never a mix; one
 * writer at a time holds the folder's lock, so two writers never commit over each other.
 */
export async function syncIndex(documents: SourceDocument[], options: SyncOptions): Promise<SyncResult> {
  return withWriterLock(
    options,
    () => syncLocked(options, async () => documents),
    async () => undefined,
  );
}

type Reader = (file: string, name: string) => Promise<SourceDocument>;
/** `known`: what the manifest lists; `listed`: what the last sync of this process listed, while its manifest is the committed one. */
type ListDocuments = (
  known: Record<string, KnownFile> | undefined,
  readWith: (count: number, bytes: number) => Reader | undefined,
  listed?: SourceDocument[],
) => Promise<SourceDocument[]>;

async function syncLocked(options: SyncOptions, listDocuments: ListDocuments): Promise<SyncResult> {
  // Ingest workers, started when many files are to be read (a large ingest or a rebuild), ended with the sync.
  const workers: { pool?: IngestPool } = {};
  try {
    return await syncWith(options, listDocuments, workers);
  } finally {
    await workers.pool?.close();
  }
}

async function syncWith(options: SyncOptions, listDocuments: ListDocuments, workers: { pool?: IngestPool }): Promise<SyncResult> {
  const { indexDir, embedder, chunking, warn } = options;
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  const files = new IndexFiles({ dir: indexDir });

  let manifest: Manifest | undefined;
  let state: IndexState | undefined;
  let rebuilt: string | undefined;
  try {
    manifest = await readManifest(files, options.previous?.manifest);
    const reason = manifest && incompatibility(manifest, embedder, chunking);
    if (manifest && !reason) {
      const { previous } = options;
      state = reusable(previous, manifest) ? { ...previous, manifest } : await loadState(files, manifest, embedder, hnsw);
    } else rebuilt = reason ?? 'no index yet';
  } catch (error) {
    rebuilt = `the index could not be read (${(error as Error).message})`;
    warn(`${rebuilt}; rebuilding it`);
  }
  const previousFiles = state ? state.manifest.files : {};
  const usePool = options.ingestWorkers !== 0 && poolable(embedder);
  const listed = state && listings.get(state.manifest);
  const documents = await listDocuments(state ? previousFiles : undefined, (count, bytes) => {
    if (!usePool || count < 2 || bytes < (options.ingestWorkersMinBytes ?? POOL_MIN_BYTES)) return undefined;
    const pool = (workers.pool ??= new IngestPool({ size: options.ingestWorkers, dims: (embedder.embeddings as LexicalEmbeddings).dims, nice: INGEST_WORKERS_NICE }));
    const here = async (file: string, name: string) => readDocument(name, await readFile(file));
    // Files are read here until the workers have started (seconds under tsx), then by them.
    return async (file, name) => {
      if (!pool.isReady) return here(file, name);
      // A file the worker could not read or parse is read here again: the same reason, or the document.
      return pool.read(file, name).catch((error: unknown) => (error instanceof UnreadableDocument ? Promise.reject(error) : here(file, name)));
    };
  }, listed);
  if (workers.pool && !(await workers.pool.ready)) {
    warn(`the ingest worker threads did not start (${workers.pool.failure?.message}); indexing on the main thread`);
    await workers.pool.close();
    workers.pool = undefined;
  }

  const current = new Map(documents.map((d) => [d.file, d]));
  const added = documents.filter((d) => !previousFiles[d.file]).map((d) => d.file);
  const changed = documents.filter((d) => previousFiles[d.file] && previousFiles[d.file]!.hash !== d.hash).map((d) => d.file);
  const removed = Object.keys(previousFiles).filter((f) => !current.has(f));
  const changes: IndexChanges = { added, changed, removed, rebuilt };
  const entryOf = (d: SourceDocument, chunks: number): FileEntry => ({
    hash: d.hash,
    size: d.size ?? 0,
    mtimeMs: d.mtimeMs ?? 0,
    chunks,
    lang: d.lang,
    title: d.title,
    date: d.date,
    publisher: d.publisher,
    chars: d.chars ?? d.text.length,
    ...(d.url ? { url: d.url } : {}),
  });
  // What entryOf would give, compared field by field (no entry built for each of 10k unchanged files).
  const entryMatches = (e: FileEntry, d: SourceDocument, chunks: number) =>
    e.hash === d.hash && e.size === (d.size ?? 0) && e.mtimeMs === (d.mtimeMs ?? 0) && e.chunks === chunks && e.lang === d.lang && e.title === d.title &&
    e.date === d.date && e.publisher === d.publisher && e.chars === (d.chars ?? d.text.length) && e.url === (d.url || undefined);
  const held = (all: SourceDocument[], m: Manifest) => all.filter((d) => (m.files[d.file]?.chunks ?? 0) > 0);

  if (state && !added.length && !changed.length && !removed.length) {
    // Same content; a touched file (new mtime) is recorded so the next start does not hash it again.
    const touched = documents.some((d) => previousFiles[d.file]!.size !== d.size || previousFiles[d.file]!.mtimeMs !== d.mtimeMs);
    if (touched) {
      const files_: Manifest['files'] = {};
      for (const d of documents) files_[d.file] = entryOf(d, previousFiles[d.file]!.chunks);
      const previous = state.manifest;
      state = { ...state, manifest: { ...previous, files: files_, updatedAt: new Date().toISOString() } };
      await commitManifest(files, state.manifest, new Pacer(), previous);
    }
    const fileList = fileLists.get(state.manifest)?.name;
    await files.removeStale(state.manifest.store, fileList ? [fileList] : []); // leftovers of a process killed mid-save
    listings.set(state.manifest, documents);
    return { ...state, changes, documents: held(documents, state.manifest) };
  }

  // New and changed files go through in batches of about BATCH_CHUNKS chunks: chunked and embedded
  // (pausing so the process keeps serving), then added. Nothing changes before the first batch is
  // embedded, so an upload (one batch) whose embedding fails leaves the index as it was, in memory too;
  // a large ingest holds one batch at a time instead of every chunk, vector and term list at once.
  const pacer = new Pacer();
  const freshCount = new Map<string, number>();
  let store = state?.store;
  const lexical = state?.lexical ?? new LexicalIndex();
  let dims = state?.manifest.embedder.dims ?? embedder.dims;
  const pending = [...added, ...changed];
  let applied = false;
  let regraphed = false;
  const workerBuildMinChunks = options.workerBuildMinChunks ?? BATCH_CHUNKS;
  // `batchChunks`: the whole batch's size when `batch` is a slice of it (it decides a new graph's thread).
  const apply = async (batch: Chunk[], vectors: number[][], analysed?: ChunkTerms[], batchChunks = batch.length) => {
    if (!applied) {
      applied = true;
      await lexical.prepareUpdates(pacer);
      if (store) dirty.add(store);
      // Drop the old chunks of changed and removed files.
      for (const file of [...changed, ...removed]) {
        const ids = Array.from({ length: previousFiles[file]!.chunks }, (_, i) => `${file}#${i}`);
        for (const id of ids) {
          const doc = store!.getDocument(id);
          if (doc) lexical.remove(id, analyseChunk(doc.pageContent, doc.metadata.lang as Lang));
          await pacer.tick();
        }
        await store!.delete({ ids });
      }
      // Too many dead slots (hnswlib keeps deleted points in its graph): a fresh graph from the stored vectors.
      if (store && store.deletedCount > store.size) {
        store = await regraph(store, embedder, dims, hnsw, pacer);
        regraphed = true;
      }
      if (!store) {
        store = new HnswStore(embedder.embeddings, { dims, params: hnsw, sharedKeys: CHUNK_FILE_KEYS });
        if (batchChunks >= workerBuildMinChunks) store.buildOnWorker();
      }
      dirty.add(store);
    }
    if (batch.length) await store!.addVectors(vectors, batch.map(toDocument));
    // Analysed here unless the embedder shared its analysis: it cannot fail, and only this batch's terms are held.
    for (const [i, chunk] of batch.entries()) {
      lexical.add(chunk.id, analysed?.[i] ?? analyseChunk(chunk.text, chunk.lang));
      if ((i & 15) === 0) await pacer.tick();
    }
  };
  let wholeLexical: Promise<Uint8Array> | undefined;
  try {
    // Worker threads split, embed and analyse when there are some: the ones this sync started for a large
    // ingest, or the ones the caller keeps for uploads (analysisWorkers), once they are up.
    // Kept workers still starting (an upload soon after the engine started) are waited for.
    const kept = options.analysisWorkers;
    const useKept = kept !== undefined && !kept.failure && poolable(embedder) && (await readyWithin(kept, KEPT_WORKERS_WAIT_MS)) && !kept.failure;
    const pool = workers.pool ?? (useKept ? kept : undefined);
    // A long document's sentences are split on a worker (here again if it fails: the same spans).
    const splitElsewhere = pool && ((text: string, lang: Lang) => pool.sentences(text, lang).catch(() => splitSentencesPaced(text, lang, () => pacer.tick())));
    let next = 0;
    const nextBatch = async (): Promise<Chunk[]> => {
      const batch: Chunk[] = [];
      while (next < pending.length && batch.length < BATCH_CHUNKS) {
        const file = pending[next++]!;
        const chunks = await chunkDocumentPaced(current.get(file)!, chunking, pacer, splitElsewhere);
        freshCount.set(file, chunks.length);
        batch.push(...chunks);
        await pacer.tick();
      }
      return batch;
    };
    if (pool) {
      // The workers (and this thread when it would otherwise wait) analyse the slices of up to POOL_AHEAD
      // batches ahead while this thread chunks the next batch and adds each slice in order (to the
      // lexical index, its vectors to the graph).
      dims = (embedder.embeddings as LexicalEmbeddings).dims;
      let warned = false;
      // The same function as the workers', so the same vectors and terms.
      const here = async (chunks: Chunk[], failure?: unknown): Promise<AnalysedChunks> => {
        if (failure !== undefined && !warned) warn(`an analysis worker failed (${(failure as Error).message}); analysing on the main thread`);
        warned ||= failure !== undefined;
        const analysed = await embedAndAnalyse(embedder.embeddings as LexicalEmbeddings, chunks, pacer);
        const vectors = new Float32Array(chunks.length * dims);
        analysed.vectors.forEach((v, i) => vectors.set(v, i * dims));
        return { vectors, terms: analysed.terms };
      };
      const ahead: Array<{ batch: Chunk[]; analysis: SharedAnalysis<Chunk> }> = [];
      const submit = async () => {
        const batch = await nextBatch();
        ahead.push({ batch, analysis: new SharedAnalysis(pool, batch, { slice: POOL_SLICE, here }) });
      };
      await submit();
      while (ahead.length) {
        while (ahead.length < POOL_AHEAD && next < pending.length) await submit();
        const { batch, analysis } = ahead.shift()!;
        // The first batch decides whether a new graph is built on a worker (see apply).
        const views = store ? store.buildingOnWorker : batch.length >= workerBuildMinChunks;
        if (!analysis.slices) await apply([], [], undefined, 0);
        for (let slice = await analysis.next(); slice; slice = await analysis.next()) {
          await apply(slice.chunks, vectorRows(slice.analysed.vectors, dims, views), slice.analysed.terms, batch.length);
        }
      }
    }
    while (!pool && (next < pending.length || !applied)) {
      const batch = await nextBatch();
      const { embeddings } = embedder;
      const { vectors, terms } = sharesAnalysis(embeddings)
        ? await embedAndAnalyse(embeddings, batch, pacer)
        : { vectors: await embedPaced(embeddings, batch.map((c) => c.text), pacer), terms: undefined };
      dims = vectors[0]?.length ?? dims;
      if (!dims) throw new Error('the embedder returned no vectors, so the index dimensions are unknown');
      await apply(batch, vectors, terms);
    }
    if (!store) throw new Error('no index was built');
    // A new index is saved whole (no base to append to): its lexical bytes are built here while the
    // graph thread works through its backlog, which at 100k chunks this thread would otherwise wait
    // out idle for seconds. Same bytes as after settle(): nothing changes the lexical index in between.
    if (!state && store.buildingOnWorker) {
      wholeLexical = lexical.toBytes(pacer);
      wholeLexical.catch(() => undefined); // awaited below; a failure is thrown there
    }
    await store.settle(files.path(`hnsw.build.${process.pid}.tmp`));
  } catch (error) {
    await store?.abandonBuild();
    throw error;
  }

  // 3. Save a new generation, then commit it by writing the manifest.
  const entries: Manifest['files'] = {};
  for (const [i, d] of documents.entries()) {
    const chunks = freshCount.get(d.file) ?? previousFiles[d.file]?.chunks ?? 0;
    // The previous manifest's entry when nothing in it changed: its JSON is kept (see manifestJson).
    const previous = previousFiles[d.file];
    entries[d.file] = previous && entryMatches(previous, d, chunks) ? previous : entryOf(d, chunks);
    if ((i & 1023) === 1023) await pacer.tick();
  }
  // A few documents on a saved index: a segment is appended (O(the change), plus the graph written on
  // a libuv thread); otherwise, or once the segments grow, everything is written as a new base.
  const base = state?.manifest.store;
  const append = base !== undefined && !regraphed && store.canAppend(options.append ?? DEFAULT_APPEND) && lexical.canAppend;
  const saved = append
    ? await store.appendGeneration(files, base, { lexical: await lexical.changesBytesPaced(pacer), maxReplayRows: (options.append ?? DEFAULT_APPEND).maxReplayRows })
    : await store.saveGeneration(files, { lexical: await (wholeLexical ?? lexical.toBytes(pacer)) });
  const next: Manifest = {
    version: MANIFEST_VERSION,
    embedder: { id: embedder.id, dims },
    analyser: ANALYSER_VERSION,
    chunking,
    hnsw,
    files: entries,
    store: saved,
    updatedAt: new Date().toISOString(),
  };
  const fileList = await commitManifest(files, next, pacer, state?.manifest);
  listings.set(next, documents);
  dirty.delete(store);
  await files.removeStale(saved, [fileList]);
  return { store, lexical, manifest: next, changes, documents: held(documents, next) };
}

/** A new graph holding the live points of `store`, their vectors copied (nothing is re-embedded). */
async function regraph(store: HnswStore, embedder: NamedEmbeddings, dims: number, hnsw: HnswParams, pacer: Pacer): Promise<HnswStore> {
  const fresh = new HnswStore(embedder.embeddings, { dims, params: hnsw, sharedKeys: CHUNK_FILE_KEYS });
  const ids = [...store.ids()];
  for (let i = 0; i < ids.length; i += 256) {
    const part = ids.slice(i, i + 256);
    await fresh.addVectors(
      part.map((id) => store.vectorOf(id)!),
      part.map((id) => store.getDocument(id)!),
    );
    await pacer.tick();
  }
  return fresh;
}

/** One line for people: what the sync did. */
export function describeChanges(c: IndexChanges, chunkCount: number): string {
  const parts = [];
  if (c.rebuilt) parts.push(`rebuilt (${c.rebuilt})`);
  if (c.added.length) parts.push(`added ${c.added.length > 10 ? `${c.added.length} files` : c.added.join(', ')}`);
  if (c.changed.length) parts.push(`re-embedded ${c.changed.length > 10 ? `${c.changed.length} files` : c.changed.join(', ')}`);
  if (c.removed.length) parts.push(`dropped ${c.removed.length > 10 ? `${c.removed.length} files` : c.removed.join(', ')}`);
  return `index: ${parts.length ? parts.join('; ') : 'up to date'} (${chunkCount} chunks)`;
}

/**
 * The index as last committed, without the lock and without touching it; undefined when there is none
 * that loads. A writer may replace the generation while it is read: the manifest is read again then.
 */
export async function loadCommittedIndex(
  indexDir: string,
  embedder: NamedEmbeddings,
  options: { seedsDir: string; hnsw?: HnswParams; previous?: IndexState },
): Promise<SyncResult | undefined> {
  const files = new IndexFiles({ dir: indexDir });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const manifest = await readManifest(files);
      if (!manifest || incompatibility(manifest, embedder, manifest.chunking)) return undefined;
      const { previous } = options;
      const state = reusable(previous, manifest) ? { ...previous, manifest } : await loadState(files, manifest, embedder, options.hnsw ?? DEFAULT_HNSW);
      return { ...state, changes: { added: [], changed: [], removed: [] }, documents: documentsOf(manifest, options.seedsDir), readOnly: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
    }
  }
  return undefined;
}
