import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// The plant's paragraph names the company once, then tells what it invested and what it built; another article
// names the company beside another figure of wagons (a delivery to come).
const PLANT = `Nortec signs a wagon deal

The documents provide for the supply of 300 freight wagons to Kazakhstan, the ministry writes.

Since 2012 the Nortec wagon assembly plant has operated in Pavlodar. Over this period the company has invested more than 200 million dollars. Since its launch the plant has turned out more than 600 wagons for the railway and for export.
`;
const DEAL = `Nortec to supply wagons

Earlier the ministry said that Nortec will supply Kazakhstan with 300 wagons under a contract worth 1 billion dollars.
`;

describe('a further part of a question ("…and how many were built there?")', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT, 'deal.txt': DEAL });

  it('is answered by the passage that goes on from the one the answer quotes, whose subject that one names', async () => {
    const result = await ctx.engine.ask('Сколько Nortec вложил в свой завод и сколько вагонов там собрали?');
    expect(result.lead).toMatch(/200/);
    expect(result.lead).toMatch(/600/);
    expect(result.lead).not.toMatch(/300/);
  });
});
