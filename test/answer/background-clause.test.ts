import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// A figure's sentence goes on to a second thing after «and» («400 freight wagons … and their maintenance»), which the
// question names only in the background it tells first.
const ARTICLE = `Nordwind signs a wagon deal

Kazakhstan signed agreements with Nordwind worth about 1.2 billion dollars. The documents provide for the supply of 400 freight wagons with better characteristics and their maintenance.
`;

describe('background told before the question', () => {
  const ctx = useEngineOver({ 'nordwind.txt': ARTICLE });

  it('does not make the figure one the counted thing shares with what the background names', async () => {
    const r = await ctx.engine.ask('The Nordwind agreements, worth about 1.2 billion dollars, also cover maintenance. How many freight wagons will be supplied?');
    expect(r.lead).toBe('400 freight wagons');
  });

  it('reads a Kazakh noun with the possessed noun it qualifies as what is counted («жүк вагоны»)', async () => {
    const r = await ctx.engine.ask('Nordwind-пен жасалған келісімдерге техникалық қызмет көрсету де кіреді. Қанша жүк вагоны жеткізіледі?');
    expect(r.lead).toBe('400 жүк вагоны');
  });
});
