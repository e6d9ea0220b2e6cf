import { describe, expect, it } from 'vitest';
import { UNRELATED_ARTICLES, useEngineOver } from '../support/workspace.js';

// Articles of our own: a meeting's city told beside a company invited to build elsewhere; an expert's quote telling
// whom a president used against whom.
const MEETING = `Tokayev meets the head of Nortec

The meeting took place in Oslo during Tokayev's working visit. The press service said he also met Nortec chief executive Lars Vik.

During the talks the head of Nortec was invited to build data centres in Kazakhstan.

Vik said Nortec already runs a plant in Bergen.
`;

const EXPERT = `Experts on the new course

Political scientist Arman Sadykov said the visit showed a growing interest in the region.

"Earlier the president of Brazil tried to use Argentina as a counterweight to Chile. That attempt failed," the expert noted.
`;

describe('where something is built, beside the city of a meeting that spoke of it', () => {
  const ctx = useEngineOver({ 'nortec.txt': MEETING, ...UNRELATED_ARTICLES });

  it.each(['In which city will Nortec build the data centres?', 'В каком городе Nortec построит центры обработки данных?'])(
    'is neither the meeting\'s city nor the city of another thing of the company: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.lead ?? '').not.toMatch(/Oslo|Осло|Bergen|Берген/);
      expect(r.answer.split('\n')[0]).not.toMatch(/Oslo|Осло|Bergen|Берген/);
    },
  );

  it('leaves the city of the meeting the answer to where they met, and a plant\'s own city where it runs', async () => {
    expect((await ctx.engine.ask('In which city did Tokayev meet Lars Vik?')).lead).toMatch(/Oslo/);
    expect((await ctx.engine.ask('In which city does Nortec run its plant?')).lead).toMatch(/Bergen/);
  });
});

describe('whom something was done to', () => {
  const ctx = useEngineOver({ 'experts.txt': EXPERT, ...UNRELATED_ARTICLES });

  it.each([
    'Whom did the president of Brazil try to use as a counterweight to Chile?',
    'Sadykov szerint kit próbált Brazília elnöke Chile ellensúlyaként használni?',
  ])('may be a country where the passage names no one, one the question does not name: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/Argentina/);
  });

  it('is still the expert when the question asks who said it', async () => {
    const r = await ctx.engine.ask('Which political scientist said the president of Brazil tried to use Argentina as a counterweight?');
    expect(r.lead).toMatch(/Sadykov/);
  });
});
