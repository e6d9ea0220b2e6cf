import { describe, expect, it } from 'vitest';
import { askedFor } from '../../src/answer/engine.js';
import { selectEvidence } from '../../src/answer/extractive.js';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { HybridRetriever } from '../../src/search/retriever.js';

// Three paragraphs; the retriever, taking few chunks per file, returned the first and the last.
const ARTICLE = `Nordwind talks in Astana

Nordwind Rail chief executive Anna Berg discussed a repair depot in Karaganda with the transport minister on Monday, a project the ministry has long sought, since the wagons of the northern lines now travel more than a thousand kilometres to be repaired and the old depot in Pavlodar cannot take more than forty of them a year, the ministry said after the meeting.

The talks also covered the training of local engineers.

The minister later flew to Almaty for a conference on grain exports, where traders from six countries met.
`;
const FILE = 'nordwind.txt';

function quotesFor(question: string): string {
  const embedder = new LexicalEmbeddings();
  const lexical = new LexicalIndex();
  lexical.add(`${FILE}#0`, analyseChunk(ARTICLE, 'en'));
  const retriever = new HybridRetriever(new HnswStore(embedder, { dims: embedder.dims }), lexical);
  const tokens = retriever.analyse(question, 'en');
  const chunk = (index: number, start: number, end: number) => ({ chunk: { id: `${FILE}#${index}`, file: FILE, lang: 'en' as const, title: 'Nordwind talks in Astana', start, end, text: ARTICLE.slice(start, end) }, score: 1, coverage: 0.5 });
  const middle = ARTICLE.indexOf('The talks also');
  const last = ARTICLE.indexOf('The minister later');
  const hits = [chunk(0, 0, middle), chunk(2, last, ARTICLE.length)];
  const outcome = selectEvidence(hits, tokens, askedFor(question, 'en', tokens), question, (t) => retriever.informationOf(t), () => ARTICLE);
  return outcome.kind === 'answer' ? outcome.quotes.map((q) => q.text).join(' ') : '';
}

describe('a chunk between two retrieved chunks of its article', () => {
  it('is read as well', () => {
    expect(quotesFor('Besides the repair depot, what else did Anna Berg discuss?')).toMatch(/training of local engineers/);
  });
});
