/**
 * The index as a stored, incrementally updated, single-writer structure: unchanged seeds are trusted by
 * size and mtime, the lexical index is stored and updated in place, a change of analysis rebuilds, and
 * two writers never commit over each other.
 */
import { cp, mkdir, readFile, readdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANALYSER_VERSION } from '../src/language/analyse.js';
import { LexicalEmbeddings, type NamedEmbeddings } from '../src/search/embeddings.js';
import { committedManifest, loadCommittedIndex, MANIFEST_FILE, syncSeeds, type SyncOptions } from '../src/search/indexer.js';
import { namesOf } from '../src/search/index-files.js';
import { HybridRetriever } from '../src/search/retriever.js';
import { makeWorkspace } from './support/workspace.js';

class CountingEmbeddings extends LexicalEmbeddings {
  embedded = 0;
  override async embedDocuments(texts: string[]) {
    this.embedded += texts.length;
    return super.embedDocuments(texts);
  }
}

describe('stored index', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let counting: CountingEmbeddings;
  let embedder: NamedEmbeddings;
  let warnings: string[];
  const options = (extra: Partial<SyncOptions> = {}): SyncOptions => ({
    indexDir: ws.config.INDEX_DIR,
    embedder,
    chunking: { size: 700, overlap: 120 },
    warn: (w) => warnings.push(w),
    ...extra,
  });
  const sync = (extra: Partial<SyncOptions> = {}) => syncSeeds(ws.config.SEEDS_DIR, options(extra));
  const manifest = async () => (await committedManifest(ws.config.INDEX_DIR))!;
  const seed = (name: string) => path.join(ws.config.SEEDS_DIR, name);
  const FILE = '002_ab23ecd68fae1984.txt';

  beforeEach(async () => {
    ws = await makeWorkspace();
    counting = new CountingEmbeddings();
    embedder = { embeddings: counting, id: counting.id, dims: counting.dims };
    warnings = [];
  });
  afterEach(() => ws.cleanup());

  it('trusts a seed whose size and mtime are unchanged, and hashes one that was touched', async () => {
    await sync();
    const before = (await manifest()).files[FILE]!;
    // Same bytes, new mtime: hashed, found unchanged, not re-embedded; the manifest records the new mtime.
    await utimes(seed(FILE), new Date(), new Date(Date.now() + 5_000));
    counting.embedded = 0;
    const touched = await sync();
    expect(touched.changes).toMatchObject({ added: [], changed: [], removed: [] });
    expect(counting.embedded).toBe(0);
    expect((await manifest()).files[FILE]!.mtimeMs).not.toBe(before.mtimeMs);
    expect((await manifest()).files[FILE]!.hash).toBe(before.hash);
    // Different bytes of the same size with the old mtime put back: trusted, not read (the documented trade-off).
    const text = await readFile(seed(FILE), 'utf8');
    const { atime, mtime } = await stat(seed(FILE));
    await writeFile(seed(FILE), text.replace('Boeing', 'BOEING'));
    await utimes(seed(FILE), atime, mtime);
    expect((await sync()).changes.changed).toEqual([]);
    // Once the mtime moves, the file is hashed and re-indexed.
    await utimes(seed(FILE), new Date(), new Date(Date.now() + 10_000));
    counting.embedded = 0;
    const edited = await sync();
    expect(edited.changes.changed).toEqual([FILE]);
    expect(counting.embedded).toBe(edited.manifest.files[FILE]!.chunks);
  });

  it('updated in place, retrieves exactly as an index built from scratch', async () => {
    await sync();
    await writeFile(seed(FILE), `${await readFile(seed(FILE), 'utf8')}\nTokajev és Lutnick a Wabtec mozdonyairól tárgyalt.\n`);
    await unlink(seed('004_7a5f945590c4717b.txt'));
    await writeFile(seed('new.txt'), 'Kazakhstan and the USA signed a memorandum on critical minerals with Cove Kaz Capital.\n');
    const updated = await sync();
    expect(updated.changes).toMatchObject({ added: ['new.txt'], changed: [FILE], removed: ['004_7a5f945590c4717b.txt'] });
    const fromDisk = await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR });
    const scratch = await syncSeeds(ws.config.SEEDS_DIR, options({ indexDir: path.join(ws.dir, 'scratch') }));
    const retrievers = [updated, fromDisk!, scratch].map((s) => new HybridRetriever(s.store, s.lexical));
    for (const q of ['Сколько локомотивов поставит Wabtec?', 'Tokajev Lutnick mozdony', 'critical minerals memorandum', 'Джон Дир']) {
      const [a, b, c] = await Promise.all(retrievers.map((r) => r.retrieve(q, 'ru')));
      const view = (r: Awaited<ReturnType<HybridRetriever['retrieve']>>) => ({ coverage: r.coverage, hits: r.hits.map((h) => [h.chunk.id, h.coverage]) });
      expect(view(a!)).toEqual(view(c!));
      expect(view(b!)).toEqual(view(c!));
    }
  });

  it('saves a few added, changed or removed documents as appended segments, and reloads them exactly', async () => {
    const appending = { append: { maxSegments: 3, maxShare: 100 } };
    await sync(appending);
    const base = (await manifest()).store;
    const bytesOf = async (names: string[]) => (await Promise.all(names.map((n) => readFile(path.join(ws.config.INDEX_DIR, n))))).map((b) => b.length);
    // Three rounds: an added file, a changed one, a removed one; each appends a segment and leaves the base untouched.
    await writeFile(seed('new.txt'), 'Kazakhstan and the USA signed a memorandum on critical minerals with Cove Kaz Capital.\n');
    await sync(appending);
    await writeFile(seed(FILE), `${await readFile(seed(FILE), 'utf8')}\nTokajev és Lutnick a Wabtec mozdonyairól tárgyalt.\n`);
    await sync(appending);
    await unlink(seed('004_7a5f945590c4717b.txt'));
    const updated = await sync(appending);
    const m = await manifest();
    expect(m.store.deltas).toHaveLength(3);
    expect([m.store.docstore, m.store.texts, m.store.lexical]).toEqual([base.docstore, base.texts, base.lexical]);
    expect(await bytesOf([m.store.docstore, m.store.texts])).toEqual(await bytesOf([base.docstore, base.texts]));
    const listing = new Set(await readdir(ws.config.INDEX_DIR));
    for (const d of m.store.deltas!) for (const name of [d.docstore, d.texts, d.lexical!]) expect(listing.has(name)).toBe(true);
    // In memory, reloaded from the segments, and built from scratch: the same retrieval.
    const fromDisk = await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR });
    const scratch = await syncSeeds(ws.config.SEEDS_DIR, options({ indexDir: path.join(ws.dir, 'scratch') }));
    expect(fromDisk!.store.size).toBe(scratch.store.size);
    const retrievers = [updated, fromDisk!, scratch].map((s) => new HybridRetriever(s.store, s.lexical));
    for (const q of ['Сколько локомотивов поставит Wabtec?', 'Tokajev Lutnick mozdony', 'critical minerals memorandum', 'Джон Дир']) {
      const [a, b, c] = await Promise.all(retrievers.map((r) => r.retrieve(q, 'ru')));
      const view = (r: Awaited<ReturnType<HybridRetriever['retrieve']>>) => ({ coverage: r.coverage, hits: r.hits.map((h) => [h.chunk.id, h.coverage, h.chunk.text]) });
      expect(view(b!)).toEqual(view(c!));
      expect(view(a!)).toEqual(view(c!));
    }
    // A fourth change exceeds maxSegments: everything is folded into a new base, and the old files are removed.
    await writeFile(seed('new2.txt'), 'Wabtec will deliver 300 locomotives to Kazakhstan.\n');
    await sync(appending);
    const folded = await manifest();
    expect(folded.store.deltas ?? []).toEqual([]);
    expect(folded.store.docstore).not.toBe(base.docstore);
    const after = new Set(await readdir(ws.config.INDEX_DIR));
    for (const d of m.store.deltas!) expect(after.has(d.docstore)).toBe(false);
    // A corrupted segment is caught by its checksum: the index is rebuilt, not served half.
    await writeFile(seed('new3.txt'), 'Boeing and Air Astana agreed on new aircraft.\n');
    await sync(appending);
    const withDelta = await manifest();
    await writeFile(path.join(ws.config.INDEX_DIR, withDelta.store.deltas![0]!.lexical!), '{"format":2,"changes":[]}');
    expect((await sync(appending)).changes.rebuilt).toMatch(/could not be read/);
  });

  it('rebuilds when the text analysis changed or the stored lexical index is corrupted', async () => {
    await sync();
    const m = await manifest();
    await writeFile(path.join(ws.config.INDEX_DIR, MANIFEST_FILE), JSON.stringify({ ...m, analyser: `${ANALYSER_VERSION}-old` }));
    expect((await sync()).changes.rebuilt).toBe('the text analysis changed');
    const lexical = (await manifest()).store.lexical!;
    await writeFile(path.join(ws.config.INDEX_DIR, lexical), 'garbage');
    const rebuilt = await sync();
    expect(rebuilt.changes.rebuilt).toMatch(/could not be read/);
    expect(warnings.join('\n')).toMatch(/rebuilding/);
    expect(rebuilt.lexical.size).toBe(rebuilt.store.size);
  });

  it('while another writer holds the lock, serves the committed index read-only or waits, saying so once', async () => {
    await sync();
    await writeFile(seed('new.txt'), 'A new article about Boeing aircraft for Air Astana.\n');
    const release = await lockfile.lock(ws.config.INDEX_DIR, { realpath: false, lockfilePath: path.join(ws.config.INDEX_DIR, 'writer.lock') });
    const served = await sync({ whenLocked: 'read-only' });
    expect(served.readOnly).toBe(true);
    expect(served.documents.map((d) => d.file)).not.toContain('new.txt');
    expect(served.documents).toHaveLength(5);
    expect(warnings.filter((w) => /read-only/.test(w))).toHaveLength(1);

    const waiting = sync({ whenLocked: 'wait' });
    await expect.poll(() => warnings.some((w) => /waiting/.test(w)), { timeout: 10_000 }).toBe(true);
    await release();
    const done = await waiting;
    expect(done.changes.added).toEqual(['new.txt']);
    expect(warnings.filter((w) => /waiting/.test(w))).toHaveLength(1);
  });

  it('two writers at once never leave a manifest that names a missing file', { timeout: 60_000 }, async () => {
    // Two seeds folders (one without a file, one with an extra file) synced into one index at once. The
    // lock is proper-lockfile's lock directory, the same between two syncs of one process as between two
    // processes; `node bench/concurrent-ingest.ts` runs the check with real `npm run ingest` processes.
    const other = path.join(ws.dir, 'seeds-b');
    await mkdir(other);
    await cp(ws.config.SEEDS_DIR, other, { recursive: true });
    await unlink(path.join(other, '004_7a5f945590c4717b.txt'));
    await writeFile(path.join(other, 'extra.txt'), 'Kazakhstan will buy Boeing 787 Dreamliner aircraft, the agreement says.\n');
    for (let round = 0; round < 4; round++) {
      const [a, b] = await Promise.all([sync({ whenLocked: 'wait' }), syncSeeds(other, options({ whenLocked: 'wait' }))]);
      expect([a.readOnly, b.readOnly]).toEqual([undefined, undefined]);
      const m = await manifest();
      const listing = new Set(await readdir(ws.config.INDEX_DIR));
      for (const name of [...namesOf(m.store), m.store.lexical!]) expect(listing.has(name)).toBe(true);
      const loaded = await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: other });
      expect(loaded?.store.size).toBeGreaterThan(10);
      expect(loaded?.lexical.size).toBe(loaded?.store.size);
      // The last writer's folder, whole: never a mix of the two.
      const files = Object.keys(m.files).sort();
      expect([(await readdir(ws.config.SEEDS_DIR)).sort(), (await readdir(other)).sort()]).toContainEqual(files);
    }
  });
});
