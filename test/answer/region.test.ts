import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Two plants of our own: one the article places in a region, one it places nowhere.
const NORTEC = `Nortec opens a wagon plant

The Nortec Group opened its wagon plant in the Karaganda region in 2019.
`;
const ORION = `Orion Foods plans a plant

Orion Foods will build a pet food plant with local partners, the ministry said.
`;

describe('"which region"', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'orion.txt': ORION });

  it.each(['In which region is the Nortec wagon plant?', 'Nortec вагон зауыты қай облыста орналасқан?'])(
    'is answered by the region the article names: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.answer).toMatch(/Karaganda/);
    },
  );

  it.each(['In which region will the Orion Foods pet food plant be built?', 'Orion Foods жем зауыты қай облыста салынады?'])(
    'is not stated when the article names none, though it tells of the plant: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(false);
      expect(r.related?.length).toBeGreaterThan(0);
    },
  );
});
