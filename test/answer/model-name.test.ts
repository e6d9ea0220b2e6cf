import { describe, expect, it } from 'vitest';
import { retrieverOver } from '../support/lexical-retriever.js';
import { isSubjectName } from '../../src/search/query-token.js';
import { useOfflineEngine } from '../support/workspace.js';

// «Boeing 787 Dreamliner»: a model's name says its kind, so a question for planes finds it, while a question naming the
// model is about it as about a company. (And "start getting" starts nothing the lexicon names: the delivery is dated.)
describe('a model the article names by its name', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Какие самолёты Boeing получит Казахстан?', /Dreamliner/],
    ['Boeing Қазақстанға қандай ұшақтар жеткізеді?', /Dreamliner/],
    ['When should Kazakhstan start getting the new Boeing planes?', /2026/],
    ['Mikor kezdi Kazahsztán megkapni az új Boeing repülőgépeket?', /2026/],
  ])('is found by a question for its kind: %s', async (question, fact) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.citations[0]?.quote).toMatch(fact);
  });

  it.each(['Which airline ordered the Dreamliners?', 'Melyik légitársaság rendelte a Dreamlinereket?'])('is what a question naming it is about: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Air Astana/);
  });
});

describe("a model's name in a question", () => {
  const retriever = retrieverOver([['Kestrel Air ordered the Boeing 787 Dreamliner jets.', 'en']]);

  it.each([
    ['Which airline ordered the Dreamliners?', 'en'],
    ['Коя авиокомпания поръча самолетите Дриймлайнър?', 'bg'],
  ] as const)('is a name the question is about, like a company, though the lexicon knows its kind: %s', (question, lang) => {
    const model = retriever.analyse(question, lang).find((t) => t.keys.includes('c:dreamliner'));
    expect(model && isSubjectName(model)).toBe(true);
  });
});
