import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocument, UnreadableDocument } from '../src/corpus/load.js';
import { decodeTerms, TermsEncoder } from '../src/search/chunk-analysis.js';
import { IngestPool } from '../src/search/ingest-pool.js';
import { LexicalEmbeddings, type NamedEmbeddings } from '../src/search/embeddings.js';
import { namesOf } from '../src/search/index-files.js';
import { loadCommittedIndex, syncSeeds, type SyncResult } from '../src/search/indexer.js';
import { analyseChunk, LexicalIndex } from '../src/search/lexical-index.js';
import { Pacer } from '../src/pace.js';
import { graphBytes } from './support/graph-bytes.js';
import { makeWorkspace } from './support/workspace.js';

describe('ingest worker threads', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  const lexical = new LexicalEmbeddings();
  const embedder: NamedEmbeddings = { embeddings: lexical, id: lexical.id, dims: lexical.dims };
  const chunking = { size: 700, overlap: 120 };

  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.cleanup());

  /** The bytes of every file a sync's manifest names, in the manifest's order (names differ by generation). */
  const contents = async (dir: string, result: SyncResult) => Promise.all(namesOf(result.manifest.store).map((name) => readFile(path.join(dir, name))));

  it('give the index a single thread builds, byte for byte, and skip the same unreadable file', async () => {
    await writeFile(path.join(ws.config.SEEDS_DIR, 'empty.txt'), '  \n');
    const run = async (name: string, ingestWorkers: number) => {
      const warnings: string[] = [];
      const indexDir = path.join(ws.dir, name);
      const result = await syncSeeds(ws.config.SEEDS_DIR, {
        indexDir,
        embedder,
        chunking,
        warn: (m) => warnings.push(m),
        ingestWorkers,
        ingestWorkersMinBytes: 0,
        workerBuildMinChunks: 1,
      });
      return { result, warnings, bytes: await contents(indexDir, result) };
    };
    const alone = await run('alone', 0);
    const pooled = await run('pooled', 2);
    expect(pooled.warnings).toEqual(alone.warnings);
    expect(alone.warnings.join('\n')).toMatch(/skipping empty\.txt/);
    expect(pooled.result.manifest.files).toEqual(alone.result.manifest.files);
    expect(pooled.bytes).toEqual(alone.bytes);
    expect(pooled.result.store.size).toBeGreaterThan(20);
  }, 60_000);

  const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

  /**
   * An upload of several hundred chunks (several slices of the workers' requests) into a committed
   * index loaded as a bot loads it; each run has its own index folder, built from the seeds alone.
   */
  const uploadInto = async (name: string, analysisWorkers?: IngestPool, whileSyncing?: () => Promise<void>) => {
    const seeds = path.join(ws.dir, `seeds-${name}`);
    await mkdir(seeds);
    // Same contents and times in each folder: the manifests then differ only by what the analysis gave.
    const write = async (file: string, text: string) => {
      await writeFile(path.join(seeds, file), text);
      await utimes(path.join(seeds, file), 1_700_000_000, 1_700_000_000);
    };
    const texts: string[] = [];
    for (const file of (await readdir(ws.config.SEEDS_DIR)).sort()) {
      texts.push(await readFile(path.join(ws.config.SEEDS_DIR, file), 'utf8'));
      await write(file, texts.at(-1)!);
    }
    const indexDir = path.join(ws.dir, `index-${name}`);
    const warnings: string[] = [];
    const options = { indexDir, embedder, chunking, warn: (m: string) => warnings.push(m) };
    await syncSeeds(seeds, options);
    const state = (await loadCommittedIndex(indexDir, embedder, { seedsDir: seeds }))!;
    await write('upload.txt', Array.from({ length: 12 }, (_, i) => texts.map((t) => `${i}. ${t}`).join('\n\n')).join('\n\n'));
    const syncing = syncSeeds(seeds, { ...options, previous: state, only: ['upload.txt'], analysisWorkers });
    await whileSyncing?.();
    const result = await syncing;
    // Compared as digests: a deep equality of megabytes of bytes takes vitest seconds.
    return { result, warnings, bytes: (await contents(indexDir, result)).map(digest), graph: digest(await graphBytes(result, ws.dir)) };
  };

  it('kept by the caller analyse an upload into the index this thread gives, byte for byte; those that fail midway leave the rest to this thread', async () => {
    const alone = await uploadInto('alone');
    const pool = new IngestPool({ size: 2, dims: lexical.dims });
    try {
      expect(await pool.ready).toBe(true);
      const pooled = await uploadInto('pooled', pool);
      const chunks = pooled.result.manifest.files['upload.txt']!.chunks;
      expect(chunks).toBeGreaterThan(64 * 4); // several slices per worker
      // The workers analysed some slices; this thread took the ones nobody had started whenever it waited.
      expect(pool.analysedChunks).toBeGreaterThan(0);
      expect(pooled.warnings).toEqual([]);
      expect(pooled.result.manifest.files).toEqual(alone.result.manifest.files);
      expect(pooled.bytes).toEqual(alone.bytes);
      expect(pooled.graph).toEqual(alone.graph);
    } finally {
      await pool.close();
    }

    // Closed as soon as its first slice has come back: the other slices are analysed here.
    const failing = new IngestPool({ size: 1, dims: lexical.dims });
    expect(await failing.ready).toBe(true);
    const rescued = await uploadInto('rescued', failing, async () => {
      while (failing.analysedChunks === 0) await new Promise((resolve) => setImmediate(resolve));
      await failing.close();
    });
    expect(failing.analysedChunks).toBeLessThan(rescued.result.manifest.files['upload.txt']!.chunks);
    expect(rescued.warnings).toEqual([expect.stringMatching(/an analysis worker failed \(the ingest workers were closed\); analysing on the main thread/)]);
    expect(rescued.bytes).toEqual(alone.bytes);
    expect(rescued.graph).toEqual(alone.graph);
  }, 60_000);

  it('run at the nice value asked for, this thread at its own; read a file as readDocument does, and reject an unreadable one as unreadable', async () => {
    const niceOf = (task: string) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const linux = process.platform === 'linux';
    const before = linux ? readdirSync('/proc/self/task') : [];
    const mine = linux ? niceOf(String(process.pid)) : 0;
    const pool = new IngestPool({ size: 1, dims: 256, nice: 10 });
    try {
      expect(await pool.ready).toBe(true);
      if (linux) {
        const started = readdirSync('/proc/self/task').filter((t) => !before.includes(t));
        expect(started.map(niceOf)).toContain(Math.max(10, mine)); // a thread may only lower its priority
        expect(niceOf(String(process.pid))).toBe(mine);
      }
      const name = '000_eb068ec50c8c6ca1.txt';
      const file = path.join(ws.config.SEEDS_DIR, name);
      expect(await pool.read(file, name)).toEqual(await readDocument(name, await readFile(file)));
      await writeFile(path.join(ws.dir, 'empty.txt'), ' ');
      await expect(pool.read(path.join(ws.dir, 'empty.txt'), 'empty.txt')).rejects.toBeInstanceOf(UnreadableDocument);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('serialise lexical changes with pauses into the bytes changesBytes gives', async () => {
    const base = new LexicalIndex();
    base.add('a#0', analyseChunk('Wabtec поставит локомотивы в Казахстан.', 'ru'));
    const saved = await base.toBytes();
    const [one, two] = [LexicalIndex.fromBytes(saved), LexicalIndex.fromBytes(saved)];
    for (const index of [one, two]) {
      await index.prepareUpdates(new Pacer());
      index.add('b#0', analyseChunk('A Wabtec mozdonyokat szállít Kazahsztánba.', 'hu'));
      index.remove('a#0', analyseChunk('Wabtec поставит локомотивы в Казахстан.', 'ru'));
    }
    expect(Buffer.from(await two.changesBytesPaced(new Pacer(0)))).toEqual(Buffer.from(one.changesBytes()));
  });

  it('number terms against a table the reader keeps across replies', () => {
    const texts = ['Wabtec поставит локомотивы в Казахстан.', 'Wabtec и Казахстан подписали соглашение о локомотивах.', 'A Wabtec mozdonyokat szállít Kazahsztánba.'];
    const terms = texts.map((t, i) => analyseChunk(t, (['ru', 'ru', 'hu'] as const)[i]!));
    const encoder = new TermsEncoder();
    const table: string[] = [];
    const first = encoder.encode(terms.slice(0, 1));
    const second = encoder.encode(terms.slice(1));
    expect(decodeTerms(first, table)).toEqual(terms.slice(0, 1));
    expect(second.fresh.length).toBeLessThan(new Set([...terms[1]!.keys, ...terms[2]!.keys, ...terms.slice(1).flatMap((t) => t.words.flat())]).size);
    expect(decodeTerms(second, table)).toEqual(terms.slice(1));
  });
});
