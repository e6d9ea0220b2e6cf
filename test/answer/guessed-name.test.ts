import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const SUMMIT = `Deals after the summit in Oslo

After the Nordic Five summit in Oslo, Kazakhstan signed deals with Norwegian companies worth about 9 billion dollars.

In Oslo, Tokayev also met the Norwegian foreign minister Espen Barth Eide. The planes for Air Astana will be delivered in 2027.
`;

describe('a name guessed after a dash, one the sources never give', () => {
  const ctx = useEngineOver({ 'summit.txt': SUMMIT });

  it.each(['At which summit were the 9 billion dollar deals signed — the G7?', 'После какого саммита Казахстан подписал сделки на 9 миллиардов — G7?'])(
    'is corrected when a "which" names the kind of thing it is: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/Nordic Five summit/);
    },
  );

  it.each(['Tokayev met the Norwegian foreign minister in Oslo — was it Jonas Store?', 'В Осло Токаев встречался с министром иностранных дел Норвегии — это Стуре был?'])(
    'is corrected when a statement before it describes whom it names: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/Espen Barth Eide/);
    },
  );

  it.each([
    // The statement's own name is unknown too: the question is about it.
    'Tokayev met the head of Tesla in Oslo — was it Elon Musk?',
    // Two names offered for a thing the sources never mention ask which of them.
    'Which engines will the Air Astana planes have — GEnx or Trent?',
  ])('leaves a question about what the sources never mention declined: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(false);
  });
});

const TALKS = `Talks in Oslo

The political scientist Arman Bekov called the new fleet a strategic step for the region.
`;

describe('a name guessed after a comma, with a particle, before a last short question', () => {
  const ctx = useEngineOver({ 'talks.txt': TALKS });

  it.each([
    // Right, and wrong: the guess is checked, never a restatement that rules the one it names out.
    'Жаңа флотты стратегиялық қадам деп атаған саясаттанушы кім еді, Беков па, аты қалай?',
    'Жаңа флотты стратегиялық қадам деп атаған саясаттанушы кім еді, Омаров па, аты қалай?',
    'Кой политолог нарече новия флот стратегическа стъпка, Беков ли, как се казваше?',
  ])('is checked against the one the sources give: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toBe('Arman Bekov');
  });
});
