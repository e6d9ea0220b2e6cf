import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const ARTICLE = `Nordwind in Pavlodar

Since 2012 the Nordwind wagon assembly plant has successfully operated in Pavlodar. Over this period the company has invested more than 140 million dollars.
`;

// "When did the plant start?": a plant's start is its opening, which since when it has run tells.
describe('when a plant started', () => {
  const ctx = useEngineOver({ 'nordwind.txt': ARTICLE });

  it.each(['When did the Nordwind plant in Pavlodar start?', 'Когда начал завод Nordwind в Павлодаре?'])('is the year it has run since: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/2012/);
  });
});
