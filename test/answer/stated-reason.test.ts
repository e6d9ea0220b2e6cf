import { describe, expect, it } from 'vitest';
import { UNRELATED_ARTICLES, useEngineOver } from '../support/workspace.js';

// Two passages about the minister's trip to Oslo: one tells its programme, the other what its reason was.
const TRIP = `The minister in Oslo

The programme of the minister's trip to Oslo began with meetings at the port and a visit to the shipyard.

The main reason for the minister's trip to Oslo was the opening session of the Arctic Council.
`;

describe('a why question', () => {
  const ctx = useEngineOver({ 'trip.txt': TRIP, ...UNRELATED_ARTICLES });

  it.each(['Why did the minister go to Oslo?', 'Зачем министр поехал в Осло?', 'Miért utazott a miniszter Oslóba?'])(
    'quotes first the passage that says what the reason was: %s',
    async (question) => {
      const { answer } = await ctx.engine.ask(question);
      expect(answer.indexOf('Arctic Council')).toBeGreaterThanOrEqual(0);
      expect(answer.indexOf('Arctic Council')).toBeLessThan(answer.indexOf('shipyard') < 0 ? Infinity : answer.indexOf('shipyard'));
    },
  );
});
