import { describe, expect, it } from 'vitest';
import { UNRELATED_ARTICLES, useEngineOver } from '../support/workspace.js';

const ARTICLE = `Norwegian firms in Astana

At the beginning of March a delegation of 12 Norwegian firms visited Kazakhstan.

Nortec will supply 50 electric trains to the Kazakh railway under a contract worth 700 million dollars.
`;

// "At the beginning of March" dates a visit; it tells the start of nothing.
describe('the beginning of a period', () => {
  const ctx = useEngineOver({ 'nortec.txt': ARTICLE, ...UNRELATED_ARTICLES });

  it.each(['When will the Norwegian firms start supplying trains to Kazakhstan?', 'Когда норвежские компании начнут поставки поездов в Казахстан?'])(
    'does not date the start of something else: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead ?? '').not.toMatch(/March|март|március/i);
    },
  );

  it('still dates what it is told of: When did the Norwegian delegation visit Kazakhstan?', async () => {
    expect((await ctx.engine.ask('When did the Norwegian delegation visit Kazakhstan?')).lead).toMatch(/March/);
  });
});
