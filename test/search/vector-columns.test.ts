import { Document } from '@langchain/core/documents';
import hnswlib from 'hnswlib-node';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSource, syntheticChunks, syntheticQueries } from '../../bench/corpus.js';
import { exactSearchOf } from '../../bench/exact-store.js';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { BLOCK, VectorColumns } from '../../src/search/vector-columns.js';

/** A seeded stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const unit = (v: number[]) => {
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
};

/** A query that sets only `nonZero` of its dimensions, as the offline embedder's short questions do. */
function sparseQuery(rand: () => number, dims: number, nonZero: number): number[] {
  const q = new Array<number>(dims).fill(0);
  for (let i = 0; i < nonZero; i++) q[Math.floor(rand() * dims)] = rand() - 0.3;
  return q;
}

/** The reference: every row's cosine similarity in double precision (over the vectors as given), best first, equal scores by row. */
function bruteForce(rows: Map<number, number[]>, query: number[], k: number) {
  const norm = Math.sqrt(query.reduce((s, x) => s + x * x, 0));
  return [...rows]
    .map(([label, v]) => ({ label, score: v.reduce((s, x, d) => s + (query[d] ? x * query[d]! : 0), 0) / norm }))
    .sort((a, b) => b.score - a.score || a.label - b.label)
    .slice(0, k);
}

describe('vector columns: the exact scan', () => {
  const dims = 32;
  const rand = random(7);
  // More rows than one block, labels with gaps, a last block part full.
  const rows = new Map<number, number[]>();
  for (let label = 0; label < 2 * BLOCK + 777; label += 1 + Math.floor(rand() * 2)) rows.set(label, unit(Array.from({ length: dims }, () => rand() - 0.5)));
  // hnswlib's graph over the same rows, inserted in another order: the float32s it holds are the reference.
  const graph = new hnswlib.HierarchicalNSW('cosine', dims);
  graph.initIndex({ maxElements: rows.size, m: 8, efConstruction: 20, randomSeed: 1 });
  const labels = [...rows.keys()].reverse();
  for (const label of labels) graph.addPoint(rows.get(label)!, label);
  const stored = new Map(labels.map((label) => [label, graph.getPoint(label)]));

  it('holds the float32s hnswlib holds, and finds exactly the nearest live rows, across blocks', () => {
    const columns = VectorColumns.create(dims)!;
    expect(columns).toBeDefined();
    for (const [label, v] of rows) {
      columns.set(label, v);
      columns.setLive(label, true);
    }
    for (const label of labels.slice(0, 200)) expect(columns.vector(label)).toEqual(stored.get(label));
    for (let i = 0; i < 30; i++) {
      const q = sparseQuery(rand, dims, 1 + (i % 12));
      const got = columns.nearest(q, 25);
      const want = bruteForce(stored, q, 25);
      expect(got.map((h) => h.label)).toEqual(want.map((h) => h.label));
      got.forEach((h, j) => expect(h.score).toBe(want[j]!.score));
    }
  });

  it('leaves out rows that are no longer live, and returns every live row when fewer than k', () => {
    const columns = VectorColumns.create(dims)!;
    const few = [...rows].slice(0, 30);
    for (const [label, v] of few) {
      columns.set(label, v);
      columns.setLive(label, true);
    }
    const dead = new Set(few.filter((_, i) => i % 3 === 0).map(([label]) => label));
    for (const label of dead) columns.setLive(label, false);
    const q = sparseQuery(rand, dims, 8);
    const got = columns.nearest(q, 100).map((h) => h.label);
    expect(got).toEqual(bruteForce(new Map(few.filter(([label]) => !dead.has(label)).map(([label]) => [label, stored.get(label)!])), q, 100).map((h) => h.label));
    expect(got.some((label) => dead.has(label))).toBe(false);
  });

  describe('filled from a graph file hnswlib wrote', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-columns-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('holds the same vectors as the graph, whatever order the labels were inserted in', async () => {
      const file = path.join(dir, 'graph.bin');
      graph.writeIndexSync(file);
      const columns = VectorColumns.create(dims)!;
      const fd = openSync(file, 'r');
      try {
        await columns.fillFromGraphFile(fd, Math.max(...labels) + 1);
      } finally {
        closeSync(fd);
      }
      for (const label of labels) columns.setLive(label, true);
      for (const label of labels) expect(columns.vector(label)).toEqual(stored.get(label));
      for (let i = 0; i < 10; i++) {
        const q = sparseQuery(rand, dims, 6);
        expect(columns.nearest(q, 15).map((h) => h.label)).toEqual(bruteForce(stored, q, 15).map((h) => h.label));
      }
    });

    it('refuses a file that is not such a graph', async () => {
      const file = path.join(dir, 'garbage.bin');
      await writeFile(file, Buffer.alloc(4096, 7));
      const fd = openSync(file, 'r');
      try {
        await expect(VectorColumns.create(dims)!.fillFromGraphFile(fd, 100)).rejects.toThrow(/not an hnswlib graph/);
      } finally {
        closeSync(fd);
      }
    });
  });
});

describe('the store searches exactly by the columns', async () => {
  const embedder = new LexicalEmbeddings();
  const source = await loadSource();
  const chunks = syntheticChunks(source, 900, 11);
  const queries = syntheticQueries(source, 30, 900, 11, 5).map((q) => embedder.embedText(q));
  const docs = chunks.map((c) => new Document({ pageContent: c.text, metadata: { ...c.metadata, id: c.id } }));
  const vectors = chunks.map((c) => embedder.embedText(c.text, c.metadata.lang));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-store-scan-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** nearest() as ids, against hnswlib's BruteforceSearch over the same vectors. */
  const expectExact = (store: HnswStore) => {
    const exact = exactSearchOf(store);
    for (const q of queries) expect(store.nearest(q, 30).map((h) => h.id)).toEqual(exact.nearest(q, 30).map((h) => h.id));
  };

  it('as the vectors are added, and after a deletion', async () => {
    const store = new HnswStore(embedder, { dims: embedder.dims });
    await store.addVectors(vectors, docs);
    // A graph searched this narrowly misses neighbours: the scan must not be what it returns.
    store.setEfSearch(1);
    expect(await store.exactScanReady()).toBe(true);
    expectExact(store);
    const gone = store.nearest(queries[0]!, 3).map((h) => h.id);
    await store.delete({ ids: gone });
    expect(store.nearest(queries[0]!, 30).some((h) => gone.includes(h.id))).toBe(false);
    expectExact(store);
  });

  it('after a load, once a worker has read the graph file (the graph answers until then)', async () => {
    const built = new HnswStore(embedder, { dims: embedder.dims });
    await built.addVectors(vectors, docs);
    await built.delete({ ids: [docs[5]!.metadata.id as string] });
    await built.save(dir);
    const store = await HnswStore.load(dir, embedder);
    store.setEfSearch(1);
    const before = store.similarities(queries[1]!, docs.slice(0, 20).map((d) => String(d.metadata.id)));
    expect(await store.exactScanReady()).toBe(true);
    expectExact(store);
    // The columns give the very numbers hnswlib's copy of the vectors gives.
    expect(store.similarities(queries[1]!, docs.slice(0, 20).map((d) => String(d.metadata.id)))).toEqual(before);
  });

  it('after a build on a worker thread', async () => {
    const store = new HnswStore(embedder, { dims: embedder.dims });
    store.buildOnWorker();
    await store.addVectors(vectors, docs);
    await store.settle(path.join(dir, 'scratch.bin'));
    expect(await store.exactScanReady()).toBe(true);
    store.setEfSearch(1);
    expectExact(store);
  });

  it('not past maxScanRows rows: the columns are dropped, the graph answers', async () => {
    const store = new HnswStore(embedder, { dims: embedder.dims, maxScanRows: 500 });
    await store.addVectors(vectors.slice(0, 400), docs.slice(0, 400));
    expect(await store.exactScanReady()).toBe(true);
    await store.addVectors(vectors.slice(400), docs.slice(400));
    expect(await store.exactScanReady()).toBe(false);
    expect(store.nearest(queries[0]!, 5)).toHaveLength(5);
  });

  it('not when switched off: the graph answers', async () => {
    const store = new HnswStore(embedder, { dims: embedder.dims });
    await store.addVectors(vectors, docs);
    store.useExactScan(false);
    store.setEfSearch(1);
    const exact = exactSearchOf(store);
    const differs = queries.filter((q) => store.nearest(q, 30).map((h) => h.id).join() !== exact.nearest(q, 30).map((h) => h.id).join());
    expect(differs.length).toBeGreaterThan(0);
  });
});
