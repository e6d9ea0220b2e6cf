import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own that tells who met first and where the meeting took place only at its end.
const ARTICLE = `Minister Halvorsen thanks Kazakhstan

Trade minister Erik Halvorsen thanked Tokayev for choosing Nordwind Rail to supply wagons.

"This is an excellent start," the minister said at a meeting with Tokayev.

Earlier this year, a delegation of 20 companies visited Astana to discuss grain exports.

The meeting took place in Oslo during Tokayev's working visit.
`;

describe('where an event took place, told at the end of its article', () => {
  const ctx = useEngineOver({ 'halvorsen.txt': ARTICLE });

  it('is answered with the place, the participants being told before', async () => {
    const r = await ctx.engine.ask('In which city did Halvorsen meet Tokayev when he thanked him for choosing Nordwind Rail?');
    expect(r.answer.split('\n')[0]).toMatch(/Oslo/);
  });
});
