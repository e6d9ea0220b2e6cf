import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { Document } from '@langchain/core/documents';
import { LexicalEmbeddings } from '../../src/search/embeddings.js';
import { HnswStore } from '../../src/search/hnsw-store.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { HybridRetriever } from '../../src/search/retriever.js';
import { retrieverOver } from '../support/lexical-retriever.js';

// Texts of our own that use the framing's words in their own senses: a visit that comes, aid that is sent, words said.
const retriever = retrieverOver([
  ['The delegation will come to Astana, and aid will be sent. "It will happen soon," the minister said.', 'en'],
  ['Делегация келеді, көмек жіберіледі. Министр айтып берді.', 'kk'],
  ['Министърът каза, че делегацията ще дойде.', 'bg'],
]);

describe('the words a question is framed with', () => {
  it.each([
    ['Would you happen to know where the plant is? Could you help me?', 'en', ['happen', 'help']],
    ['Зауыт қайда екенін білгім келеді. Айтып жібересіз бе?', 'kk', ['келеді', 'жібересіз', 'айтып']],
    ['Ще ми кажете ли къде е заводът?', 'bg', ['кажете']],
    ['Тоқаев кіммен кездескенін оқыдым. Ол кім?', 'kk', ['оқыдым']],
  ] as Array<[string, Lang, string[]]>)('are no words of what it asks: %s', (question, lang, framing) => {
    const words = retriever.analyse(question, lang).map((t) => t.word.toLowerCase());
    for (const word of framing) expect(words).not.toContain(word);
  });

  it('while the same words asked about are', () => {
    expect(retriever.analyse('What did the minister say will happen?', 'en').map((t) => t.word)).toContain('happen');
  });
});

/** A retriever over texts of our own with their vectors too, so a question is embedded and its coverage measured. */
async function retrieverWithVectors(texts: string[]): Promise<HybridRetriever> {
  const embedder = new LexicalEmbeddings();
  const store = new HnswStore(embedder, { dims: embedder.dims });
  const lexical = new LexicalIndex();
  await store.addDocuments(texts.map((text, i) => new Document({ pageContent: text, metadata: { id: `d${i}` } })));
  texts.forEach((text, i) => lexical.add(`d${i}`, analyseChunk(text, 'en')));
  return new HybridRetriever(store, lexical);
}

describe("the asker's own clauses", () => {
  it('are not embedded with the question they weigh nothing in', async () => {
    const embedded: string[] = [];
    const embed = async (text: string) => {
      embedded.push(text);
      return undefined;
    };
    const withVectors = await retrieverWithVectors(['The delegation will come to Astana.']);
    await withVectors.retrieve("I'm a journalist covering mining. Where will the delegation come?", 'en', { embed });
    expect(embedded).toHaveLength(1);
    expect(embedded[0]).toContain('Where will the delegation come?');
    expect(embedded[0]).not.toContain('journalist');
  });

  it('leave a concept the question asks about its weight, though the story said it first', async () => {
    const withVectors = await retrieverWithVectors(['Nortec invested 230 million dollars in its plant in Astana.']);
    for (const question of ['I am an analyst at an investment company. How much has Nortec invested in Kazakhstan?', 'I am an analyst at a bank. How much has Nortec invested?']) {
      const { tokens } = await withVectors.retrieve(question, 'en');
      const invested = tokens.find((t) => t.keys.includes('c:investment'));
      expect(invested?.weight, question).toBeGreaterThan(0);
    }
  });
});
