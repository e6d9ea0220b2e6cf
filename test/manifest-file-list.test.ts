/**
 * The manifest's file list stands in a file of its own; each commit writes only the files changed
 * since, until they grow many. Older manifests (every file inline) are still read.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LexicalEmbeddings, type NamedEmbeddings } from '../src/search/embeddings.js';
import { committedManifest, loadCommittedIndex, MANIFEST_FILE, syncSeeds, type SyncOptions } from '../src/search/indexer.js';
import { makeWorkspace } from './support/workspace.js';

describe('the file list of a manifest', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let warnings: string[];
  const lexical = new LexicalEmbeddings();
  const embedder: NamedEmbeddings = { embeddings: lexical, id: lexical.id, dims: lexical.dims };
  const options = (extra: Partial<SyncOptions> = {}): SyncOptions => ({ indexDir: ws.config.INDEX_DIR, embedder, chunking: { size: 700, overlap: 120 }, warn: (w) => warnings.push(w), ...extra });
  const onDisk = async () => JSON.parse(await readFile(path.join(ws.config.INDEX_DIR, MANIFEST_FILE), 'utf8')) as { version: number; files: object; fileList?: { name: string } };
  const fileLists = async () => (await readdir(ws.config.INDEX_DIR)).filter((n) => n.startsWith('files.'));

  beforeEach(async () => {
    ws = await makeWorkspace();
    warnings = [];
  });
  afterEach(() => ws.cleanup());

  it('is written again, under a new name, once the files changed since pass its threshold; the old one is removed', async () => {
    const first = await syncSeeds(ws.config.SEEDS_DIR, options());
    const list = (await onDisk()).fileList!.name;
    expect(await fileLists()).toEqual([list]);
    for (let i = 0; i < 70; i++) await writeFile(path.join(ws.config.SEEDS_DIR, `note-${i}.txt`), `Wabtec note ${i}: 300 locomotives for Kazakhstan.\n`);
    const many = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: first }));
    const written = await onDisk();
    expect(written.fileList!.name).not.toBe(list);
    expect(written.files).toEqual({});
    expect(await fileLists()).toEqual([written.fileList!.name]);
    expect(await committedManifest(ws.config.INDEX_DIR)).toEqual(JSON.parse(JSON.stringify(many.manifest)));
  });

  it('of an older manifest (every file inline) is read as it is, and written apart at the next commit', async () => {
    const first = await syncSeeds(ws.config.SEEDS_DIR, options());
    await writeFile(path.join(ws.config.INDEX_DIR, MANIFEST_FILE), JSON.stringify({ ...first.manifest, version: 4 }));
    const again = await syncSeeds(ws.config.SEEDS_DIR, options());
    expect(again.changes).toEqual({ added: [], changed: [], removed: [], rebuilt: undefined });
    expect(again.manifest.files).toEqual(first.manifest.files);
    await writeFile(path.join(ws.config.SEEDS_DIR, 'upload.txt'), 'Boeing and Air Astana agreed on new aircraft.\n');
    const upload = await syncSeeds(ws.config.SEEDS_DIR, options({ previous: again, only: ['upload.txt'] }));
    expect((await onDisk()).version).toBe(5);
    expect(await committedManifest(ws.config.INDEX_DIR)).toEqual(JSON.parse(JSON.stringify(upload.manifest)));
    expect(warnings).toEqual([]);
  });

  it('that is corrupted or missing makes the index rebuilt, never served half', async () => {
    await syncSeeds(ws.config.SEEDS_DIR, options());
    const list = path.join(ws.config.INDEX_DIR, (await onDisk()).fileList!.name);
    await writeFile(list, '{}');
    expect(await loadCommittedIndex(ws.config.INDEX_DIR, embedder, { seedsDir: ws.config.SEEDS_DIR })).toBeUndefined();
    const rebuilt = await syncSeeds(ws.config.SEEDS_DIR, options());
    expect(rebuilt.changes.rebuilt).toMatch(/could not be read/);
    expect(warnings.join('\n')).toMatch(/does not match its checksum/);
    expect(Object.keys(rebuilt.manifest.files)).toHaveLength(5);
  });
});
