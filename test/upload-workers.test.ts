/**
 * An engine over a large index keeps worker threads for uploads: an upload's chunks are analysed on
 * them, into the index an engine without them writes.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type EngineOptions } from '../src/answer/engine.js';
import { namesOf } from '../src/search/index-files.js';
import { committedManifest } from '../src/search/indexer.js';
import { makeWorkspace } from './support/workspace.js';

describe('upload workers', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c()));
  });

  /** An engine over a fresh copy of the seeds, after one upload long enough for a worker's sentence split and several slices. */
  const uploadWith = async (options: EngineOptions) => {
    const ws = await makeWorkspace();
    cleanups.push(ws.cleanup);
    const engine = await createEngine(ws.config, {}, options);
    const workers = engine.describe().uploadWorkers;
    const seeds = (await readdir(ws.config.SEEDS_DIR)).sort();
    const texts = await Promise.all(seeds.map((f) => readFile(path.join(ws.config.SEEDS_DIR, f), 'utf8')));
    const info = await engine.addDocument('upload.txt', Buffer.from(Array.from({ length: 3 }, (_, i) => texts.map((t) => `${i}. ${t}`).join('\n\n')).join('\n\n')));
    const manifest = (await committedManifest(ws.config.INDEX_DIR))!;
    const bytes = await Promise.all(namesOf(manifest.store).map((name) => readFile(path.join(ws.config.INDEX_DIR, name))));
    // The uploaded file's time is when each engine wrote it.
    for (const entry of Object.values(manifest.files)) delete (entry as { mtimeMs?: number }).mtimeMs;
    return { workers, info, files: manifest.files, bytes };
  };

  it('start once the index is large enough, and give the index the main thread writes', async () => {
    const kept = await uploadWith({ uploadWorkers: { threads: 1, minChunks: 0 } });
    const alone = await uploadWith({ uploadWorkers: { threads: 0 } });
    expect(kept.workers).toBe(1);
    expect(alone.workers).toBe(0);
    expect(kept.info.chunks).toBeGreaterThan(64);
    expect(kept.info).toEqual(alone.info);
    expect(kept.files).toEqual(alone.files);
    expect(kept.bytes.length).toBe(alone.bytes.length);
    kept.bytes.forEach((b, i) => expect(b.equals(alone.bytes[i]!)).toBe(true));
  }, 60_000);

  it('are not started for a small index', async () => {
    const ws = await makeWorkspace();
    cleanups.push(ws.cleanup);
    expect((await createEngine(ws.config)).describe().uploadWorkers).toBe(0);
  });
});
