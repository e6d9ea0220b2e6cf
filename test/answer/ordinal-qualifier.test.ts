import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const ARTICLE = `Norway and Kazakhstan sign a metals memorandum

The memorandum provides for joint exploration of rare metals deposits.

Experts note that rare metals play a key role in shipbuilding, aviation and the chemical industry.
`;

// «Коя *трета* индустрия»: an ordinal before the noun asked about picks one of a list; the noun is the head asked about.
describe('an ordinal before the noun a which-question asks about', () => {
  const ctx = useEngineOver({ 'metals.txt': ARTICLE });

  it.each([
    'Според експертите редките метали играят роля в корабостроенето и авиацията. Коя трета индустрия се споменава?',
    'A szakértők szerint a ritka fémek a hajógyártásban és a repülésben fontosak. Melyik harmadik iparágat említik?',
  ])('qualifies it, and the list is quoted: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.citations[0]?.quote).toMatch(/chemical industry/);
  });
});
