/**
 * An upload appends a segment that carries its vectors instead of a new graph file: the earlier files
 * are untouched, and a load (the graph file, then the segments' deletions and insertions replayed) gives
 * the graph the writer has in memory, byte for byte.
 */
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LexicalEmbeddings, type NamedEmbeddings } from '../src/search/embeddings.js';
import { namesOf } from '../src/search/index-files.js';
import { committedManifest, loadCommittedIndex, syncSeeds, type SyncOptions } from '../src/search/indexer.js';
import { graphBytes } from './support/graph-bytes.js';
import { makeWorkspace } from './support/workspace.js';

describe('appended segments with vectors', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  const lexical = new LexicalEmbeddings();
  const embedder: NamedEmbeddings = { embeddings: lexical, id: lexical.id, dims: lexical.dims };
  // The seeds are small: any upload is over the default share of the base's rows that segments may add.
  const append = { maxSegments: 8, maxShare: 100 };
  const options = (extra: Partial<SyncOptions> = {}): SyncOptions => ({ indexDir: ws.config.INDEX_DIR, embedder, chunking: { size: 700, overlap: 120 }, warn: () => {}, append, ...extra });
  const seed = (name: string) => path.join(ws.config.SEEDS_DIR, name);

  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.cleanup());

  it('leave the graph file and earlier segments untouched, and reload to the writer\'s graph', async () => {
    await syncSeeds(ws.config.SEEDS_DIR, options());
    // A process that loaded the index from disk takes uploads (as a bot does).
    let state = (await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR }))!;
    const base = state.manifest.store;
    const stamp = async (names: string[]) => Promise.all(names.map(async (n) => `${n}:${(await stat(path.join(ws.config.INDEX_DIR, n))).mtimeMs}`));
    const before = await stamp(namesOf(base));

    await writeFile(seed('upload1.txt'), 'Kazakhstan and the USA signed a memorandum on critical minerals with Cove Kaz Capital.\n\nWabtec will deliver 300 locomotives.\n');
    state = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: state }));
    const first = state.manifest.store;
    const firstFiles = state.manifest.files;
    expect(first.index).toBe(base.index); // no new graph file
    expect(first.deltas).toHaveLength(1);
    expect(first.deltas![0]!.vectors).toMatch(/^hnsw\..*\.add$/);
    expect(await stamp(namesOf(base))).toEqual(before);

    // A changed file (deletions, then insertions) and another upload: one more segment each; the first stays as it was.
    const firstSegment = await stamp(namesOf(first));
    await writeFile(seed('upload1.txt'), 'Kazakhstan and the USA signed a memorandum on rare earths.\n');
    await writeFile(seed('upload2.txt'), 'Boeing and Air Astana agreed on new aircraft.\n');
    await unlink(seed('004_7a5f945590c4717b.txt'));
    state = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: state }));
    expect(state.manifest.store.deltas).toHaveLength(2);
    expect(state.manifest.store.index).toBe(base.index);
    expect((await stamp(namesOf(state.manifest.store))).slice(0, firstSegment.length)).toEqual(firstSegment);

    // The manifest names the file list its first commit wrote and holds only what changed since; read back, it is the one returned.
    const written = JSON.parse(await readFile(path.join(ws.config.INDEX_DIR, 'manifest.json'), 'utf8')) as { files: object; removedFiles?: string[]; fileList: { name: string } };
    expect(Object.keys(written.files).sort()).toEqual(['upload1.txt', 'upload2.txt']);
    expect(written.removedFiles).toEqual(['004_7a5f945590c4717b.txt']);
    expect(await readdir(ws.config.INDEX_DIR)).toContain(written.fileList.name);
    const committed = (await committedManifest(ws.config.INDEX_DIR))!;
    expect(committed).toEqual(JSON.parse(JSON.stringify(state.manifest)));
    expect(committed.files['upload1.txt']!.hash).not.toBe(firstFiles['upload1.txt']!.hash);
    const reloaded = (await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR }))!;
    expect([...reloaded.store.ids()].sort()).toEqual([...state.store.ids()].sort());
    expect(await graphBytes(reloaded, ws.dir)).toEqual(await graphBytes(state, ws.dir));
  });

  it('write the graph whole once the segments would hold too many vectors, and stop replaying the earlier ones', async () => {
    await syncSeeds(ws.config.SEEDS_DIR, options());
    let state = (await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR }))!;
    const tight = { append: { ...append, maxReplayRows: 1 } };
    await writeFile(seed('upload1.txt'), 'Wabtec will deliver 300 locomotives to Kazakhstan.\n');
    state = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: state, ...tight }));
    expect(state.manifest.store.deltas![0]!.vectors).toBeDefined();
    await writeFile(seed('upload2.txt'), 'Boeing and Air Astana agreed on new aircraft.\n');
    const base = state.manifest.store;
    state = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: state, ...tight }));
    const m = state.manifest.store;
    expect(m.index).not.toBe(base.index);
    expect(m.deltas!.map((d) => d.vectors)).toEqual([undefined, undefined]);
    const reloaded = (await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR }))!;
    expect(await graphBytes(reloaded, ws.dir)).toEqual(await graphBytes(state, ws.dir));
  });

  it('take the files an upload did not touch from the last listing of the same process, in the folder\'s order', async () => {
    const first = await syncSeeds(ws.config.SEEDS_DIR, options());
    await writeFile(seed('003a_upload.txt'), 'Boeing and Air Astana agreed on new aircraft.\n');
    const upload = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: first, only: ['003a_upload.txt'] }));
    expect(upload.documents.map((d) => d.file)).toEqual([...first.documents.map((d) => d.file), '003a_upload.txt'].sort());
    // The same objects: nothing else was listed again.
    for (const doc of first.documents) expect(upload.documents.find((d) => d.file === doc.file)).toBe(doc);
    const full = await syncSeeds(ws.config.SEEDS_DIR, options());
    expect(full.documents.map((d) => d.file)).toEqual(upload.documents.map((d) => d.file));
    expect(full.changes).toMatchObject({ added: [], changed: [], removed: [] });
  });

  it('look only at the uploaded file when told so: the rest of the folder is taken from the manifest', async () => {
    await syncSeeds(ws.config.SEEDS_DIR, options());
    // Another file changes on disk meanwhile: an upload's sync does not see it; the next full sync does.
    const other = '002_ab23ecd68fae1984.txt';
    await writeFile(seed(other), `${await readFile(seed(other), 'utf8')}\nWabtec will deliver 300 locomotives.\n`);
    await writeFile(seed('upload.txt'), 'Boeing and Air Astana agreed on new aircraft.\n');
    const upload = await syncSeeds(ws.config.SEEDS_DIR, options({ only: ['upload.txt'] }));
    expect(upload.changes).toMatchObject({ added: ['upload.txt'], changed: [], removed: [] });
    expect(upload.documents.map((d) => d.file)).toContain(other);
    const full = await syncSeeds(ws.config.SEEDS_DIR, options());
    expect(full.changes).toMatchObject({ added: [], changed: [other], removed: [] });
  });
});
