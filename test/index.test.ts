import { readdir, rm, unlink, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { LexicalEmbeddings, type NamedEmbeddings } from '../src/search/embeddings.js';
import { HnswStore } from '../src/search/hnsw-store.js';
import { IndexFiles } from '../src/search/index-files.js';
import { committedManifest, MANIFEST_FILE, syncIndex } from '../src/search/indexer.js';
import { makeWorkspace } from './support/workspace.js';

/** Counts the texts it embeds, so a test can see what was re-embedded. */
class CountingEmbeddings extends LexicalEmbeddings {
  embedded: string[] = [];
  override async embedDocuments(texts: string[]) {
    this.embedded.push(...texts);
    return super.embedDocuments(texts);
  }
}

describe('index', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let counting: CountingEmbeddings;
  let embedder: NamedEmbeddings;
  const chunking = { size: 700, overlap: 120 };
  const sync = async () => syncIndex(await loadCorpus(ws.config.SEEDS_DIR, () => {}), { indexDir: ws.config.INDEX_DIR, embedder, chunking, warn: () => {} });

  beforeEach(async () => {
    ws = await makeWorkspace();
    counting = new CountingEmbeddings();
    embedder = { embeddings: counting, id: counting.id, dims: counting.dims };
  });
  afterEach(() => ws.cleanup());

  it('persists a manifest with the embedder, chunking and a hash per file', async () => {
    const first = await sync();
    const manifest = (await committedManifest(ws.config.INDEX_DIR))!;
    expect(manifest.embedder).toEqual({ id: counting.id, dims: 256 });
    expect(counting.id).toMatch(/^lexical-hash-v\d+\.[0-9a-z]+-256$/);
    expect(manifest.chunking).toEqual(chunking);
    expect(Object.keys(manifest.files)).toHaveLength(5);
    expect(manifest.files['000_eb068ec50c8c6ca1.txt']!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.changes.added).toHaveLength(5);
  });

  it('reuses an up-to-date index without embedding anything', async () => {
    await sync();
    counting.embedded = [];
    const again = await sync();
    expect(counting.embedded).toEqual([]);
    expect(again.changes).toMatchObject({ added: [], changed: [], removed: [] });
    expect(again.store.size).toBeGreaterThan(10);
  });

  it('re-embeds only the chunks of a changed file and drops those of a deleted file', async () => {
    const first = await sync();
    const before = first.store.size;
    counting.embedded = [];
    await appendFile(path.join(ws.config.SEEDS_DIR, '002_ab23ecd68fae1984.txt'), '\nEgy új mondat a Boeing szállításról.\n');
    await unlink(path.join(ws.config.SEEDS_DIR, '004_7a5f945590c4717b.txt'));
    const next = await sync();
    expect(next.changes).toMatchObject({ added: [], changed: ['002_ab23ecd68fae1984.txt'], removed: ['004_7a5f945590c4717b.txt'] });
    expect(counting.embedded.length).toBe(next.manifest.files['002_ab23ecd68fae1984.txt']!.chunks);
    const files = new Set(next.store.documents().map((d) => d.metadata.file));
    expect(files.has('004_7a5f945590c4717b.txt')).toBe(false);
    expect(next.store.size).toBeLessThan(before);
    // The removed file's chunks are no longer returned by a vector search either.
    const hits = await next.store.similaritySearch('Джон Дир сельхозтехника', 20);
    expect(hits.every((d) => d.metadata.file !== '004_7a5f945590c4717b.txt')).toBe(true);
  });

  it('rebuilds a corrupted index with a warning instead of crashing', async () => {
    const first = await sync();
    await writeFile(path.join(ws.config.INDEX_DIR, first.manifest.store.index), 'garbage');
    const warnings: string[] = [];
    const next = await syncIndex(await loadCorpus(ws.config.SEEDS_DIR, () => {}), { indexDir: ws.config.INDEX_DIR, embedder, chunking, warn: (w) => warnings.push(w) });
    expect(warnings.join('\n')).toMatch(/could not be read/);
    expect(next.changes.rebuilt).toBeDefined();
    expect(next.store.size).toBe(first.store.size);
  });

  it('rebuilds when the manifest itself is unreadable, and when the index folder is missing', async () => {
    await sync();
    await writeFile(path.join(ws.config.INDEX_DIR, MANIFEST_FILE), '{ not json');
    expect((await sync()).changes.rebuilt).toMatch(/could not be read/);
    await rm(ws.config.INDEX_DIR, { recursive: true });
    expect((await sync()).changes.rebuilt).toBe('no index yet');
  });

  it('keeps the old index when the embedder fails, and leaves no half-written files', async () => {
    await sync();
    const listing = await readdir(ws.config.INDEX_DIR);
    counting.embedDocuments = async () => {
      throw new Error('embeddings endpoint down');
    };
    await appendFile(path.join(ws.config.SEEDS_DIR, '000_eb068ec50c8c6ca1.txt'), '\nНовая фраза.\n');
    await expect(sync()).rejects.toThrow('embeddings endpoint down');
    expect(await readdir(ws.config.INDEX_DIR)).toEqual(listing);
    const manifest = (await committedManifest(ws.config.INDEX_DIR))!;
    const store = await HnswStore.loadFiles(new IndexFiles({ dir: ws.config.INDEX_DIR }), manifest.store, new LexicalEmbeddings(), { dims: 256 });
    expect(store.size).toBeGreaterThan(10);
  });

  it('ignores and removes what a process killed mid-save left behind', async () => {
    const first = await sync();
    const leftovers = ['hnsw.killed.bin', 'docstore.killed.json', 'manifest.json.999.tmp', `${first.manifest.store.index}.123.tmp`];
    for (const name of leftovers) await writeFile(path.join(ws.config.INDEX_DIR, name), 'half-written');
    const next = await sync();
    expect(next.changes).toMatchObject({ added: [], changed: [], removed: [] });
    expect(next.store.size).toBe(first.store.size);
    const listing = await readdir(ws.config.INDEX_DIR);
    for (const name of leftovers) expect(listing).not.toContain(name);
  });

  it('stores the same vectors and terms when the built-in embedder shares its analysis with the lexical index', async () => {
    const counted = await sync(); // CountingEmbeddings overrides embedDocuments: embedded on its own, analysed again
    const plain = new LexicalEmbeddings();
    const shared = await syncIndex(await loadCorpus(ws.config.SEEDS_DIR, () => {}), {
      indexDir: path.join(ws.dir, 'shared'),
      embedder: { embeddings: plain, id: plain.id, dims: plain.dims },
      chunking,
      warn: () => {},
    });
    const ids = [...counted.store.ids()].sort();
    expect([...shared.store.ids()].sort()).toEqual(ids);
    for (const id of ids) {
      expect(shared.store.vectorOf(id)).toEqual(counted.store.vectorOf(id));
      expect(shared.lexical.termSet(id)).toEqual(counted.lexical.termSet(id));
    }
  });

  it('builds a large new graph on a worker thread, identical to the one built on the main thread', async () => {
    const docs = await loadCorpus(ws.config.SEEDS_DIR, () => {});
    const here = await syncIndex(docs, { indexDir: path.join(ws.dir, 'here'), embedder, chunking, warn: () => {} });
    const worker = await syncIndex(docs, { indexDir: path.join(ws.dir, 'worker'), embedder, chunking, warn: () => {}, workerBuildMinChunks: 1 });
    expect(worker.manifest.store.crc32.index).toBe(here.manifest.store.crc32.index);
    expect(await readdir(path.join(ws.dir, 'worker'))).not.toContain(expect.stringMatching(/build/));
    const [a] = await worker.store.similaritySearch('Wabtec локомотивы', 3);
    const [b] = await here.store.similaritySearch('Wabtec локомотивы', 3);
    expect(a!.id).toBe(b!.id);
  });

  it('is a saveable LangChain vector store', async () => {
    const { store } = await sync();
    const dir = path.join(ws.dir, 'standalone');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    await store.save(dir);
    const loaded = await HnswStore.load(dir, new LexicalEmbeddings());
    const [top] = await loaded.similaritySearch('Wabtec локомотивы', 1);
    expect(top!.metadata.file).toMatch(/^00[01]_/);
  });
});
