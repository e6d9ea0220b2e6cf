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

const WITNESSED = `Nortec signs a wagon deal

In the presence of trade minister Jana Holm, the ministry and Nortec signed a contract for 300 wagons in Astana.
`;

describe('before whom a deal was signed', () => {
  const ctx = useEngineOver({ 'witnessed.txt': WITNESSED });

  it.each(['Пред кой министър беше подписан договорът с Nortec?', 'Перед каким министром подписали контракт с Nortec?', 'In front of which minister was the Nortec contract signed?'])(
    'is the one in whose presence it was signed: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBe('Jana Holm');
    },
  );

  it.each(['Which cabinet member was in the room when the Nortec contract was signed?', 'Which minister was on hand when the Nortec contract was signed?'])(
    'as is the one asked about as there when it was signed: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBe('Jana Holm');
    },
  );

  it('while the one present signed nothing', async () => {
    expect((await ctx.engine.ask('Which minister signed the Nortec contract?')).lead).not.toBe('Jana Holm');
  });
});

/** An article that names a memorandum's subject in its opening and its signers further on, in another passage. */
describe('the signers of a memorandum the question names by its subject, over the seed articles', () => {
  const ctx = useOfflineEngine();

  it('are read with the article\'s first telling of it, which says what it is on', async () => {
    const r = await ctx.engine.ask('Did the energy minister of Kazakhstan sign the memorandum on critical minerals?');
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/Нагаспаев/);
  });
});
