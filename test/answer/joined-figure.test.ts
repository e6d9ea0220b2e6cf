import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const ARTICLE = `Nordwind in Astana

Since its launch the plant has built more than 600 wagons for KTZ and for export.
`;

// A figure told of two things joined («for KTZ and for export») answers a question that joins them too, with the
// colloquial Hungarian «meg» as well as «és», though the first is typed so that no word of the sources meets it.
describe('a question that joins the two things a figure is told of', () => {
  const ctx = useEngineOver({ 'nordwind.txt': ARTICLE });

  it.each([
    'hany vagont gyartott az asztanai gyar a ktj nek meg exportra',
    'hany vagont gyartott az asztanai gyar a ktj nek es exportra',
  ])('is answered with the figure: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/^600/);
  });
});
