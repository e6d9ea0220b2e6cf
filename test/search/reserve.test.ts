import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { HybridRetriever } from '../../src/search/retriever.js';

async function retrieverOf(chunks: Array<{ id: string; text: string }>, lang: Lang = 'en'): Promise<HybridRetriever> {
  const embedder = new LexicalEmbeddings();
  const store = new HnswStore(embedder, { dims: embedder.dims });
  const lexical = new LexicalIndex();
  const docs = chunks.map(({ id, text }) => new Document({ pageContent: text, metadata: { id, file: id.split('#')[0], lang, title: '', start: 0, end: text.length } }));
  await store.addVectors(chunks.map(({ text }) => embedder.embedText(text, lang)), docs);
  for (const { id, text } of chunks) lexical.add(id, analyseChunk(text, lang));
  return new HybridRetriever(store, lexical);
}

describe('the chunks retrieval leaves out', () => {
  it('are kept, best first, beyond the limit on chunks from one file', async () => {
    const retriever = await retrieverOf([
      { id: 'visit.txt#0', text: 'The governor began his visit to Canada in Ottawa, where the visit opened with talks on ports.' },
      { id: 'visit.txt#1', text: 'During the visit to Canada the governor discussed Arctic shipping routes.' },
      { id: 'visit.txt#2', text: 'It was the governor’s third trip abroad since taking office.' },
      { id: 'grain.txt#0', text: 'Wheat exports rose by a tenth this year.' },
    ]);
    const retrieval = await retriever.retrieve("Was the governor's visit to Canada his first trip?", 'en');
    expect(retrieval.hits.filter((h) => h.chunk.file === 'visit.txt')).toHaveLength(2);
    expect(retrieval.hits.map((h) => h.chunk.id)).not.toContain('visit.txt#2');
    expect(retrieval.reserve.map((h) => h.chunk.id)).toContain('visit.txt#2');
    expect(retrieval.reserve.some((r) => retrieval.hits.some((h) => h.chunk.id === r.chunk.id))).toBe(false);
  });
});
