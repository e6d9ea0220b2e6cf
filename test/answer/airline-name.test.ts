import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// The airline is named alone («on the order of Air Steppe»), after the maker's executive; another article has the word.
const DOCS = {
  'jets.txt': `Jets for Kazakhstan

Tokayev discussed with the executive vice president of Nordjet, Lars Berg, the delivery of Nordjet 900 jets to Kazakhstan, expected in the second half of 2027. On the order of Air Steppe, the jets will be used for a direct link between the two countries.
`,
  'airlines.txt': `Airlines in the region

The region's airlines expect more passengers next year.
`,
};

describe('which airline', () => {
  const ctx = useEngineOver(DOCS);

  it.each([
    'Which airline are the Nordjet 900 jets expected in the second half of 2027 for?',
    'which airline ordered the Nordjet 900 jets for a direct link?',
    'Какая авиакомпания заказала Nordjet 900, которые ожидаются во второй половине 2027 года?',
  ])('is the one a name of an airline\'s shape names ("Air …"), not the maker\'s executive: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Air Steppe');
  });
});
