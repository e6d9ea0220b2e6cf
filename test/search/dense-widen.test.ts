import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { loadSource, syntheticChunks, syntheticQueries } from '../../bench/corpus.js';
import { exactSearchOf } from '../../bench/exact-store.js';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { HybridRetriever } from '../../src/search/retriever.js';

const embedder = new LexicalEmbeddings();

describe('dense search that checks itself', async () => {
  const source = await loadSource();
  const chunks = syntheticChunks(source, 600, 5);
  const questions = syntheticQueries(source, 80, 600, 5, 321);
  const store = new HnswStore(embedder, { dims: embedder.dims });
  const lexical = new LexicalIndex();
  const docs = chunks.map((c) => new Document({ pageContent: c.text, metadata: { ...c.metadata, id: c.id } }));
  await store.addVectors(chunks.map((c) => embedder.embedText(c.text, c.metadata.lang)), docs);
  for (const c of chunks) lexical.add(c.id, analyseChunk(c.text, c.metadata.lang));
  // hnswlib's own exhaustive search over the same vectors stands in for the graph (as the bench does).
  const exact = exactSearchOf(store);

  it('searches the graph again wider when a lexical candidate beats its neighbours, and agrees with exhaustive search more often', async () => {
    // A deliberately narrow graph search (ef 30 for 30 neighbours of 600) goes astray often; the exact scan,
    // which would answer these sparse queries instead, is switched off.
    store.useExactScan(false);
    store.setEfSearch(1);
    const agreement = async (retriever: HybridRetriever) => {
      let same = 0;
      for (const q of questions) {
        const reference = (await new HybridRetriever(exact, lexical).retrieve(q, 'ru')).hits.map((h) => h.chunk.id);
        if ((await retriever.retrieve(q, 'ru')).hits.map((h) => h.chunk.id).join() === reference.join()) same++;
      }
      return same;
    };
    const once = await agreement(new HybridRetriever(store, lexical, { tieMargin: 0, widen: 1 }));
    const checked = await agreement(new HybridRetriever(store, lexical, { tieMargin: 0 }));
    expect(checked).toBeGreaterThan(once);
  });

  it('is exhaustive search when the graph is searched as wide as the store', async () => {
    store.setEfSearch(store.size);
    for (const q of questions.slice(0, 10)) {
      const a = (await new HybridRetriever(store, lexical).retrieve(q, 'ru')).hits.map((h) => h.chunk.id);
      const b = (await new HybridRetriever(exact, lexical).retrieve(q, 'ru')).hits.map((h) => h.chunk.id);
      expect(a).toEqual(b);
    }
  });
});
