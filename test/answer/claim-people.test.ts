import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const VISIT = `The president's visit to New York

In New York Tokayev met Stephen Schwarzman, the chief executive of Blackstone. They discussed building data centres in Kazakhstan.

Commerce Secretary Lutnick thanked Tokayev for choosing Wabtec for the locomotive contract.

Under the partnership with John Deere, 3000 farm machines will be produced over the next five years.
`;

// A claim names someone the sources never mention, and the question after it asks more of them or corrects them.
describe('a question after a claim about someone', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT });

  it.each([
    'Did Tokayev meet Elon Musk in New York? What did they agree on?',
    // (Half-remembered, not asked: the claim all the same.)
    'Кажется, Токаев встретился с Джейми Даймоном. Что они обсуждали?',
  ])('that asks what they did is about them, and is declined: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(false);
  });

  it('that asks what someone the sources name did is answered', async () => {
    const result = await ctx.engine.ask('Did Tokayev meet Stephen Schwarzman? What did they discuss?');
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('data centres');
  });

  it.each([
    // (The yes/no clause after a dash is the claim; "what's his name" asks for the one it names again.)
    ['Tokayev met the Blackstone chief executive in New York — was that Larry Fink? What is his name?', 'Schwarzman'],
    ['Lutnick thanked Tokayev for picking some American company for the locomotive contract - was it GE? which company was it', 'Wabtec'],
  ])('that asks for the name again corrects it: %s', async (question, name) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain(name);
  });
});

describe('a count claimed in four figures', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT });

  it('is the count checked, no year the question sets, and the lead names the whole phrase counted', async () => {
    const result = await ctx.engine.ask('Will 2000 farm machines be produced under the John Deere deal? How many exactly?');
    expect(result.answered).toBe(true);
    expect(result.lead).toBe('3000 farm machines');
  });
});

describe('a role set off by a comma after the name', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT });

  it.each(['Who is the Blackstone chief executive Tokayev met in New York?', 'What is the name of the Blackstone chief executive?'])('titles the one named: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toBe('Stephen Schwarzman');
  });
});
