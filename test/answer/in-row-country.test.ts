import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const ARTICLE = `Norway and the reconstruction of Gaza

The second visit of the Norwegian minister to Washington was devoted to the reconstruction of Gaza.

Norway was also among the first five countries that sent engineers to the reconstruction of Gaza. It also promised grain and scholarships.
`;

describe('"which in a row" of something a country did', () => {
  const ctx = useEngineOver({ 'norway.txt': ARTICLE });

  it.each(['Hányadikként küldött Norvégia mérnököket Gázába?', 'Which in a row did Norway send engineers to Gaza?', 'Коя поред Норвегия изпрати инженери в Газа?'])(
    'is answered by the passage that numbers the countries: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answer).toContain('first five countries');
    },
  );

  it('while a thing the question names is numbered by the passage that numbers it', async () => {
    expect((await ctx.engine.ask('Which visit in a row was it for the Norwegian minister?')).answer).toContain('second visit');
  });
});
