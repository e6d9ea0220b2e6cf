import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const NORTEC = `Nortec signs a wagon deal

In early May a Nortec delegation led by vice president Anna Berg visited Astana.

Nortec will deliver 300 freight wagons to Kazakhstan under a contract signed on 3 March 2025.

Since 2009 the Nortec wagon plant has operated in Pavlodar.
`;

describe('a question about a span of time', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC });

  it.each([
    'Until what year will Nortec deliver the wagons?',
    'До какого года Nortec будет поставлять вагоны?',
    'Meddig szállít a Nortec vagonokat?',
  ])('"until when" is not answered by the day the contract was signed: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it.each([
    'For how many years was the Nortec contract signed?',
    'На сколько лет подписан контракт Nortec?',
    'Nortec келісімі неше жылға жасалған?',
  ])('a term ahead is not answered by a date: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it.each(['Since what year has Anna Berg been vice president?', 'От коя година Анна Берг е вицепрезидент?'])(
    '"since when" is not answered by the day of a visit or a signing: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  it.each([
    'How long has the Nortec plant in Pavlodar been operating?',
    'Since when has the Nortec plant been operating in Pavlodar?',
    // A plant that works («работает») operates.
    'С какого года работает завод Nortec в Павлодаре?',
  ])('while since when a state has lasted is answered by the year it began: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toBe('2009');
  });
});

describe('a question until when, where the source gives an end', () => {
  const ctx = useEngineOver({ 'nortec.txt': `${NORTEC}\nThe deliveries will continue until 2030.\n` });

  it.each([
    'Until what year will Nortec deliver the wagons?',
    'До какого года Nortec будет поставлять вагоны?',
    'Meddig szállít a Nortec vagonokat?',
    'Nortec вагондарды қай жылға дейін жеткізеді?',
  ])('is answered by that end: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toBe('2030');
  });
});

const TWO_EVENTS = `Nortec in Kazakhstan

Since 2012 the Nortec wagon assembly plant has operated in Pavlodar. Since its launch the plant has built more than 400 wagons.

In March 2023 Nortec opened a training and engineering centre in Astana.

The agreement between Nortec and the ministry was signed on 3 May 2025.
`;
// Another article, so that "first", "years", «прошло» are words the corpus knows.
const GRAIN = `Grain terminal news

Five years have passed since the first KazGrain terminal opened; the company says the first years were hard.
`;

describe('two events set side by side in time', () => {
  const ctx = useEngineOver({ 'nortec.txt': TWO_EVENTS, 'grain.txt': GRAIN });

  it.each(['Which came first, the Nortec plant or its training centre?', 'Hány év telt el a Nortec-gyár indulása és a képzési központ megnyitása között?'])(
    'are each dated: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.lead).toContain('2012');
      expect(r.lead).toContain('2023');
    },
  );

  it('while "between" in a question of when dates one event', async () => {
    expect((await ctx.engine.ask('When was the agreement between Nortec and the ministry signed?')).lead).toBe('3 May 2025');
  });
});

describe('the term of a contract the sources never give', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC });

  it.each(['What is the term of the Nortec contract?', 'What is the term of validity of the Nortec contract?', 'Mi a Nortec-szerződés érvényességi ideje?'])(
    'is not answered by a passage about the contract: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(false);
      expect(r.citations).toEqual([]);
    },
  );
});

const CENTRE = `Nortec opens a centre

In July 2024 Nortec opened an engineering centre in Astana, where engineers are trained.
`;
const CENTRE_RU = `Nortec открывает центр

В июле 2024 года Nortec открыл в Астане инженерный центр, где готовят инженеров.
`;
const CONTRACT = `Nortec signs a contract

On 3 March 2025 Nortec signed a contract for 300 wagons with the railway.
`;

describe('the day asked for', () => {
  const ctx = useEngineOver({ 'centre.txt': CENTRE, 'centre-ru.txt': CENTRE_RU, 'contract.txt': CONTRACT });

  // A date that tells only the month the question names adds nothing to it; one that tells the day answers.
  it.each([
    'On which day in July 2024 did Nortec open its engineering centre?',
    'Какого числа в июле 2024 года Nortec открыл инженерный центр?',
    'Hányadikán nyitotta meg a Nortec a mérnöki központját 2024 júliusában?',
  ])('is not told by the month the question names: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it.each(['On which day in March was the Nortec contract signed?', 'Какого числа в марте подписан контракт Nortec?'])(
    'is told by a date with its day: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.lead).toMatch(/3/);
    },
  );
});

describe('a span of time asked by its size', () => {
  // An article of our own that gives a plan's span in words.
  const PLAN = `Nortec plan

Within the next seven years Nortec plans to assemble 2000 wagons at its Pavlodar plant.
`;
  const ctx = useEngineOver({ 'plan.txt': PLAN });

  it.each(['Mekkora időszakra szól a Nortec terve a vagonokra?', 'How much time does the Nortec assembly plan cover?'])(
    'is counted in the units the source gives, not in "periods": %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.lead).toBe('7');
      expect(r.answer).toMatch(/seven years/);
    },
  );
});
