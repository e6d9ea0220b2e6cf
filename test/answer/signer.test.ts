import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

const TALKS = `Nortec news

The minister welcomed the new agreement between the ministry of agriculture and Nortec, worth 90 million dollars, to build a feed plant in Pavlodar.

Nortec vice president Anna Kovac discussed the deliveries of wagons with the minister.
`;

describe('who signed', () => {
  const ctx = useEngineOver({ 'talks.txt': TALKS });

  it('is not one who only talked there: the sources do not say who signed', async () => {
    const result = await ctx.engine.ask('Ki írta alá a Nortec nevében a megállapodást?');
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain('Kovac');
  });
});


describe('with whom a deal was made', () => {
  const ctx = useOfflineEngine();

  it.each([
    'With whom did Mars sign the agreement?',
    'Who did Mars sign the deal with?',
    'С кем Mars заключил соглашение?',
    'Kivel kötött megállapodást a Mars?',
  ])('is answered by the other party, an organisation named in lowercase words: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('mezőgazdasági minisztérium');
  });
});
