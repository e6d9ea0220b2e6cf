import type { Lang } from '../../src/language/lang.js';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { HybridRetriever } from '../../src/search/retriever.js';

/**
 * A retriever over a lexical index of a few texts of our own, each a chunk (`t0`, `t1`… unless given an id), with
 * no vectors: the query's words are what is tested.
 */
export function retrieverOver(texts: ReadonlyArray<readonly [text: string, lang: Lang, id?: string]>): HybridRetriever {
  const embedder = new LexicalEmbeddings();
  const lexical = new LexicalIndex();
  texts.forEach(([text, lang, id], i) => lexical.add(id ?? `t${i}`, analyseChunk(text, lang)));
  return new HybridRetriever(new HnswStore(embedder, { dims: embedder.dims }), lexical);
}
