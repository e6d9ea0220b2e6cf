import { createReadStream } from 'node:fs';
import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { Pacer } from '../pace.js';

/**
 * The files of an index folder: generations (a graph, a docstore, a texts blob and the lexical index,
 * written under a new name each save so the files in use are never touched), their checksums, the
 * docstore's column format, atomic writes and the removal of what older generations or a killed
 * process left. Whoever names a generation (the indexer's manifest, or store.json) commits it.
 */

/** What a generation wrote, for the manifest: file names plus checksums that detect a corrupted file. */
export interface StoreFiles {
  index: string;
  docstore: string;
  /** The documents' texts, one UTF-8 blob the docstore points into (decoded only when a text is read). */
  texts: string;
  /** The lexical index (src/search/lexical-index.ts); absent in a generation saved by the vector store alone. */
  lexical?: string;
  crc32: { index: string; docstore: string; texts: string; lexical?: string };
  /**
   * Segments appended since the base files above were written, oldest first: each save that adds a
   * few documents writes one (their rows, the labels it removed, the lexical changes) instead of
   * rewriting the base, so an upload costs what it adds. A full save folds them into a new base.
   */
  deltas?: DeltaFiles[];
}

/** One appended segment: a docstore and texts blob of the rows it adds, and the lexical index's changes. */
export interface DeltaFiles {
  docstore: string;
  texts: string;
  lexical?: string;
  /**
   * The vectors it added to the graph (labels and float32 vectors, encodeVectors), when the graph file
   * the generation names does not hold them: a load replays them, in order, after the segment's
   * deletions, which gives the graph the writer had (same insertions from the same loaded state).
   */
  vectors?: string;
  /** Rows the segment adds (the policy that decides when to fold segments into a new base reads it). */
  rows: number;
  crc32: { docstore: string; texts: string; lexical?: string; vectors?: string };
}

/** The docstore file: one array per field (fast to parse), metadata shared by many rows stored once. */
export interface SavedColumns {
  nextLabel: number;
  shared: Array<Record<string, unknown>>;
  label: number[];
  start: number[];
  end: number[];
  sharedRow: number[];
  /** The remaining metadata, one array per key. */
  own: Record<string, unknown[]>;
  /** In an appended segment: labels of earlier segments' rows that it deletes (applied before its own rows). */
  removed?: number[];
}

/** One stored document as the docstore writes it. */
export interface DocRow {
  label: number;
  metadata: Record<string, unknown>;
  text: Uint8Array;
}

export class CorruptIndexError extends Error {}

export const MANIFEST_FILE = 'manifest.json';
const GENERATION_FILE = /^(hnsw|docstore|texts|lexical|files)\.|\.tmp$/;

// CRC-32 catches what happens to files on disk (truncation, partial writes, flipped bits) at a third
// of sha256's cost, which matters when a 100k-chunk index is 300 MB read at every start.
const hex = (crc: number) => crc.toString(16).padStart(8, '0');
const SLICE = 4 << 20;

/** CRC-32 of bytes, 4 MB at a time with a yield between slices once the pacer says so (no long stall). */
export async function checksum(bytes: Uint8Array, pacer = new Pacer()): Promise<string> {
  let crc = 0;
  for (let at = 0; at < bytes.length; at += SLICE) {
    crc = crc32(bytes.subarray(at, at + SLICE), crc);
    await pacer.tick();
  }
  return hex(crc);
}

/** CRC-32 of a file, streamed (the graph file is the largest: it is checked without holding it in memory). */
export async function fileChecksum(file: string): Promise<string> {
  let crc = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: SLICE })) crc = crc32(chunk as Buffer, crc);
  return hex(crc);
}

/** Writes to a temporary name, then renames: a reader sees the old file or the new one, never half. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Every file a generation consists of. */
export const namesOf = (files: StoreFiles): string[] =>
  [files.index, files.docstore, files.texts, files.lexical, ...(files.deltas ?? []).flatMap((d) => [d.docstore, d.texts, d.lexical, d.vectors])].filter((n): n is string => n !== undefined);

/** Labels and their vectors as a segment stores them: count (u32), labels (u32 each), then the float32 vectors. */
export function encodeVectors(labels: number[], vectors: Float32Array[], dims: number): Uint8Array {
  const bytes = new Uint8Array(4 + labels.length * 4 + labels.length * dims * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, labels.length, true);
  labels.forEach((label, i) => view.setUint32(4 + i * 4, label, true));
  const floats = new Float32Array(bytes.buffer, 4 + labels.length * 4, labels.length * dims);
  vectors.forEach((v, i) => floats.set(v, i * dims));
  return bytes;
}

export function decodeVectors(bytes: Uint8Array, dims: number): { labels: number[]; vectors: Float32Array[] } {
  const copy = new Uint8Array(bytes); // aligned, and not a view into a pooled buffer
  const view = new DataView(copy.buffer);
  const count = view.getUint32(0, true);
  if (copy.length !== 4 + count * 4 + count * dims * 4) throw new CorruptIndexError('a segment\'s vectors do not match its size');
  const labels = Array.from({ length: count }, (_, i) => view.getUint32(4 + i * 4, true));
  const floats = new Float32Array(copy.buffer, 4 + count * 4, count * dims);
  return { labels, vectors: labels.map((_, i) => floats.subarray(i * dims, (i + 1) * dims)) };
}

export const newGeneration = () => `${Date.now().toString(36)}${process.pid.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Columns for rows; metadata under `sharedKeys` (a chunk's file, title, date…) is written once per distinct value. */
export async function encodeColumns(rows: Iterable<DocRow>, count: number, nextLabel: number, sharedKeys: string[], pacer = new Pacer(), removed?: number[]): Promise<{ docstore: Uint8Array; texts: Uint8Array }> {
  const pieces: Uint8Array[] = [];
  let offset = 0;
  const columns: SavedColumns = { nextLabel, shared: [], label: [], start: [], end: [], sharedRow: [], own: {}, ...(removed ? { removed } : {}) };
  const sharedRows = new Map<string, number>();
  const shared = new Set(sharedKeys);
  let row = 0;
  for (const { label, metadata, text } of rows) {
    pieces.push(text);
    columns.label.push(label);
    columns.start.push(offset);
    columns.end.push((offset += text.length));
    const common = Object.fromEntries(sharedKeys.filter((k) => k in metadata).map((k) => [k, metadata[k]]));
    const key = JSON.stringify(common);
    if (!sharedRows.has(key)) sharedRows.set(key, columns.shared.push(common) - 1);
    columns.sharedRow.push(sharedRows.get(key)!);
    for (const [k, value] of Object.entries(metadata)) {
      if (shared.has(k)) continue;
      (columns.own[k] ??= new Array(count).fill(null))[row] = value ?? null;
    }
    row++;
    if ((row & 1023) === 0) await pacer.tick();
  }
  return { docstore: Buffer.from(JSON.stringify(columns)), texts: Buffer.concat(pieces) };
}

export const decodeColumns = (bytes: Uint8Array): SavedColumns => JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as SavedColumns;

export interface GenerationParts {
  /** Writes the graph to the given path (hnswlib writes it on a libuv thread). */
  writeGraph: (file: string) => Promise<unknown>;
  /** An appended segment's vectors (encodeVectors) instead of a new graph file: the graph named stays. */
  vectors?: Uint8Array;
  docstore: Uint8Array;
  texts: Uint8Array;
  lexical?: Uint8Array;
  /** Rows in the docstore (recorded for an appended segment). */
  rows?: number;
}

export interface IndexFilesOptions {
  dir: string;
}

export class IndexFiles {
  readonly dir: string;

  constructor(options: IndexFilesOptions) {
    this.dir = options.dir;
  }

  path(name: string): string {
    return path.join(this.dir, name);
  }

  /** Writes a new generation next to the live one and returns its names and checksums; nothing is committed yet. */
  async writeGeneration(parts: GenerationParts, generation = newGeneration()): Promise<StoreFiles> {
    const { index, files, crc32 } = await this.writeParts({ ...parts, vectors: undefined }, generation, 'bin');
    return { index: index!.name, ...files, crc32: { index: index!.crc32, ...crc32 } };
  }

  /**
   * Appends a segment to the generation `base`: a new graph file (hnswlib writes the whole graph; on a
   * libuv thread) plus the segment's files, each new. The base's files are named again, untouched, so
   * the live generation stays whole until the manifest naming the new one is committed. O(graph bytes
   * on another thread + the segment's bytes here).
   */
  async appendGeneration(parts: GenerationParts, base: StoreFiles, generation = newGeneration()): Promise<StoreFiles> {
    if (parts.vectors) {
      // O(the segment): the graph file stays; the segment's vectors are replayed onto it at load.
      const { files, crc32 } = await this.writeParts(parts, generation, 'json');
      const vectors = `hnsw.${generation}.add`;
      await writeAtomic(this.path(vectors), parts.vectors);
      const segment: DeltaFiles = { ...files, vectors, rows: parts.rows ?? 0, crc32: { ...crc32, vectors: await checksum(parts.vectors) } };
      return { ...base, deltas: [...(base.deltas ?? []), segment] };
    }
    const { index, files, crc32 } = await this.writeParts(parts, generation, 'json');
    const segment: DeltaFiles = { ...files, rows: parts.rows ?? 0, crc32 };
    // The new graph file holds every earlier segment's vectors: they are no longer replayed.
    const earlier = (base.deltas ?? []).map(({ vectors: _, crc32: { vectors: __, ...crc }, ...d }) => ({ ...d, crc32: crc }));
    return { ...base, index: index!.name, crc32: { ...base.crc32, index: index!.crc32 }, deltas: [...earlier, segment] };
  }

  /**
   * Writes a generation's files, each new: the graph (to a temporary name, then renamed) and the docstore,
   * texts and lexical files, with their checksums. `lexicalExtension` tells a whole lexical index (bin)
   * from an appended segment's changes (json).
   */
  private async writeParts(parts: GenerationParts, generation: string, lexicalExtension: 'bin' | 'json') {
    const pacer = new Pacer();
    const index = `hnsw.${generation}.bin`;
    const files = { docstore: `docstore.${generation}.json`, texts: `texts.${generation}.txt`, ...(parts.lexical ? { lexical: `lexical.${generation}.${lexicalExtension}` } : {}) };
    let graph: { name: string; crc32: string } | undefined;
    if (!parts.vectors) {
      const tmpIndex = this.path(`${index}.${process.pid}.tmp`);
      await parts.writeGraph(tmpIndex);
      graph = { name: index, crc32: await fileChecksum(tmpIndex) };
      await rename(tmpIndex, this.path(index));
    }
    await writeAtomic(this.path(files.texts), parts.texts);
    await writeAtomic(this.path(files.docstore), parts.docstore);
    if (parts.lexical) await writeAtomic(this.path(files.lexical!), parts.lexical);
    const crc32 = {
      docstore: await checksum(parts.docstore, pacer),
      texts: await checksum(parts.texts, pacer),
      ...(parts.lexical ? { lexical: await checksum(parts.lexical, pacer) } : {}),
    };
    return { index: graph, files, crc32 };
  }

  /** The graph's path once its checksum matches (checked before hnswlib parses it: garbage can crash native code). */
  async verifiedGraph(files: StoreFiles): Promise<string> {
    const file = this.path(files.index);
    if ((await fileChecksum(file)) !== files.crc32.index) throw new CorruptIndexError(`${files.index} does not match its checksum`);
    return file;
  }

  /** A file of the generation, read and checked against its checksum. */
  async readVerified(name: string, crc: string | undefined): Promise<Buffer> {
    const bytes = await readFile(this.path(name));
    if (crc === undefined || (await checksum(bytes)) !== crc) throw new CorruptIndexError(`${name} does not match its checksum`);
    return bytes;
  }

  async readJson<T>(name: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.path(name), 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /**
   * Commits: the file naming the generation is written last, by rename. Unindented: a manifest of
   * 10k files is megabytes, serialised on the event loop.
   */
  async writeJson(name: string, value: unknown): Promise<void> {
    await writeAtomic(this.path(name), JSON.stringify(value));
  }

  /**
   * Identity of a file as written (inode, size, mtime; a rename gives a new inode): unchanged means
   * nobody replaced it, so what was read or written last is still what it holds. Undefined when absent.
   */
  async stamp(name: string): Promise<string | undefined> {
    try {
      const s = await stat(this.path(name), { bigint: true });
      return `${s.ino}:${s.size}:${s.mtimeNs}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Removes generations other than the live one (left by earlier saves or a killed process); `alsoLive`: other files the commit names. */
  async removeStale(live: StoreFiles | undefined, alsoLive: string[] = []): Promise<void> {
    const keep = new Set([...(live ? namesOf(live) : []), ...alsoLive]);
    for (const name of await readdir(this.dir)) {
      if (keep.has(name) || !GENERATION_FILE.test(name)) continue;
      await rm(this.path(name), { force: true });
    }
  }
}
