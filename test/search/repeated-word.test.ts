import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own: one company's vice president is named, another's is not.
const VISIT = `Tokayev meets technology companies

Tokayev discussed aircraft deliveries with Orion vice president Jon Lake. Earlier, a vice president of Nortec and Tokayev discussed artificial intelligence.
`;

describe('a name a question says again in a later sentence', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT });

  it.each([
    'I am writing about Nortec in Central Asia. What is the name of the Nortec vice president who discussed artificial intelligence with Tokayev?',
    'A Nortec közép-ázsiai tevékenységéről írok. Hogy hívják a Nortec alelnökét, aki Tokajevvel a mesterséges intelligenciáról tárgyalt?',
    'Пишу о Nortec в Центральной Азии. Как зовут вице-президента Nortec, который обсуждал с Токаевым искусственный интеллект?',
  ])('is of that sentence too, whose vice president the other company\'s is not: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.answer).not.toContain('Jon Lake');
  });
});
