import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// The figure a yes/no question claims ("300 million") is also the count of another passage ("300 wagons").
const DOCS = {
  'contract.txt': `Nordwind to supply wagons

Nordwind will supply 300 wagons to Kazakhstan under a contract worth 1.1 billion dollars.
`,
  'plant.txt': `Nordwind in Astana

Since 2012 the Nordwind wagon plant has operated in Astana. Over this period the company has invested more than 140 million dollars.
`,
};

describe('an amount a yes/no question claims wrongly', () => {
  const ctx = useEngineOver(DOCS);

  it.each([
    'Did Nordwind invest 300 million dollars in the Astana plant?',
    'Nordwind Астанадағы зауытқа 300 миллион доллар инвестиция салды ма?',
  ])('is answered with the amount the sources give: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/140/);
  });
});
