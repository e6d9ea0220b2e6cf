import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// «Hány X-et <verb>»: a Hungarian thing counted stands in the accusative, and the verb after it (whose third person
// plural «-nak», «-nek» looks like a possessed noun's case) is no part of what is counted.
describe('what a Hungarian question counts', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Hány tehermozdonyt szállítanak majd Kazahsztánnak?', '300 tehermozdony'],
    ['Hány mezőgépet gyártanak majd Kazahsztánban?', '3000 mezőgép'],
    ['Hány mozdonyt szállítanak Kazahsztánba?', '300 mozdony'],
  ])('is the noun in the accusative, in the nominative in the lead: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toBe(lead);
  });
});

// ("How many farm machines…", «Hány mezőgazdasági gépet…»: a phrase the lexicon reads whole is counted whole in the lead.)
describe('what a question counts in a phrase of two words', () => {
  const ctx = useEngineOver({ 'plant.txt': 'Nortec will make 500 units of farm machinery in Pavlodar over the next five years.' });

  it.each([
    ['How many farm machines will Nortec make in Pavlodar?', '500 farm machines'],
    ['Hány mezőgazdasági gépet gyárt a Nortec Pavlodarban?', '500 mezőgazdasági gép'],
  ])('names the whole phrase: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toBe(lead);
  });
});


// "…a delegation of 40 engineers? How many were there really?": being there counts nothing; the count is of what the
// message named.
describe('a count asked with a verb of being', () => {
  const ctx = useEngineOver({ 'visit.txt': 'In early May a delegation of 25 Nortec engineers visited the plant in Pavlodar.' });

  it.each([
    'Did a delegation of 40 Nortec engineers visit Pavlodar in early May? How many were there really?',
    'In early May, how many Nortec engineers were there in the delegation to Pavlodar?',
  ])('is the count the source gives: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/^25/);
  });
});
