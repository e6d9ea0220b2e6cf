import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const VISIT = `The president's visit to Oslo

The president discussed the deliveries of wagons with Nortec vice president Anna Kovac.

Anna Kovac heads the Nortec wagon works in Oslo.

During the head of state's visit, in the presence of trade minister Jana Holm, KTZ signed a deal for 300 wagons with Nortec.
`;

const TALKS = `Az elnök oslói tárgyalásai

Az elnök a bányászati és kikötői beruházásokról is tárgyalt a Norvég Fejlesztési Alappal.

A látogatás során létrejött a kazah mezőgazdasági minisztérium és az Orvik cég közötti 90 millió dolláros megállapodás, amelynek célja egy takarmánygyár felépítése Pavlodarban.
`;

// A "who" may be a company or a body: where a passage names no one, the body it names is who it was.
describe('a "who" answered by a body', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT, 'talks.txt': TALKS });

  it.each([
    'Who did the president discuss mining investment with?',
    'С кем президент обсуждал инвестиции в горнодобычу и порты?',
    'Kivel tárgyalt az elnök a bányászati beruházásokról?',
  ])('where the passage names no person: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toContain('Norvég Fejlesztési Alap');
  });

  it('while a person the passage names is still who', async () => {
    expect((await ctx.engine.ask('Who did the president discuss the wagon deliveries with?')).lead).toBe('Anna Kovac');
  });

  // A deal between two names its parties: the country's side of it may be its ministry.
  it.each(['Кто с казахстанской стороны заключил соглашение с Orvik?', 'Who concluded the Orvik agreement on behalf of Kazakhstan?', 'Ki kötötte meg kazah részről az Orvik-megállapodást?'])(
    'a party a deal is between: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toContain('mezőgazdasági minisztérium');
    },
  );

  // A side that is itself a body asks for its person, whom the passage does not name.
  it.each(['Кто со стороны министерства подписал соглашение с Orvik?', 'Who signed the agreement on behalf of Orvik?', 'Ki írta alá az Orvik nevében a megállapodást?'])(
    'not when the side named is a body: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBeUndefined();
    },
  );

  // A role asks for a person: the one who heads KTZ is not the president who welcomed its deal.
  it.each(['Who heads KTZ?', 'Кто руководит КТЖ?', 'ҚТЖ-ны кім басқарады?'])('nor when the question asks a role: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead ?? '').not.toContain('Holm');
    expect(result.answer).not.toContain('Norvég');
  });

  it.each(['Nortec компаниясын кім басқарады?', 'Nortec вагон зауытын қазір кім басқарады?'])('a Kazakh role verb owns the body in the accusative before it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Anna Kovac');
  });
});
