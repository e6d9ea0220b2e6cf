import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own: the occasion told in the sentence that names the president, the deal in the next.
const ORION = `Orion Foods in Kazakhstan

On the sidelines of the trade forum in Astana, Tokayev met American companies and welcomed the new agreements. Among them was a 50 million dollar deal with Orion Foods to build a pet food plant.

The forum gathered ministers from ten countries.
`;

describe('a why-question whose passage goes on from the sentence that names its subject', () => {
  const ctx = useEngineOver({ 'orion.txt': ORION });

  it.each([
    'Why did Tokayev travel to Astana, where the Orion Foods deal was signed?',
    'Зачем Токаев ездил в Астану, где подписали сделку с Orion Foods?',
  ])('quotes that sentence with it: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).toContain('trade forum');
  });
});
