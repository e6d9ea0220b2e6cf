import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

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

