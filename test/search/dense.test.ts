import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { loadSource, syntheticChunks, syntheticQueries } from '../../bench/corpus.js';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { HybridRetriever } from '../../src/search/retriever.js';

const embedder = new LexicalEmbeddings();

/** A store and a lexical index over synthetic chunks (real seed sentences, mixed), added in the order given. */
async function build(chunks: Awaited<ReturnType<typeof syntheticChunks>>) {
  const store = new HnswStore(embedder, { dims: embedder.dims });
  const lexical = new LexicalIndex();
  const docs = chunks.map((c) => new Document({ pageContent: c.text, metadata: { ...c.metadata, id: c.id } }));
  await store.addVectors(chunks.map((c) => embedder.embedText(c.text, c.metadata.lang)), docs);
  for (const c of chunks) lexical.add(c.id, analyseChunk(c.text, c.metadata.lang));
  return { store, lexical };
}

describe('dense retrieval', async () => {
  const source = await loadSource();
  const chunks = syntheticChunks(source, 400, 3);
  const questions = syntheticQueries(source, 20, 400, 3, 99);

  it('scores a stored chunk exactly as the graph search does, and skips unknown ids', async () => {
    const { store } = await build(chunks);
    for (const q of questions.slice(0, 5)) {
      const vector = embedder.embedText(q);
      const found = await store.similaritySearchVectorWithScore(vector, 10);
      const exact = store.similarities(vector, [...found.map(([d]) => String(d.metadata.id)), 'no such chunk']);
      expect(exact.size).toBe(found.length);
      for (const [doc, score] of found) expect(exact.get(String(doc.metadata.id))).toBeCloseTo(score, 5);
    }
  });

  it('retrieves the same chunks in the same order whatever order the vectors were added in', async () => {
    const { store, lexical } = await build(chunks);
    const a = new HybridRetriever(store, lexical);
    const b = new HybridRetriever((await build([...chunks].reverse())).store, lexical);
    for (const q of questions) {
      const ids = async (r: HybridRetriever) => (await r.retrieve(q, 'ru')).hits.map((h) => h.chunk.id);
      expect(await ids(b)).toEqual(await ids(a));
    }
  });
});
