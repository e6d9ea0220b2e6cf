import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const SIGNED = `Rare metals memorandum signed

The memorandum on rare metals was signed in Washington by senior officials of both sides:

From Kazakhstan – the energy minister Aidar Suleimenov;

From the USA – the commerce secretary Mark Bellamy.

Suleimenov also met the special envoy for South and Central Asia Peter Lund, before he flew back to Astana.
`;

describe('the country of the one asked for', () => {
  const ctx = useEngineOver({ 'signed.txt': SIGNED });

  it.each([
    'Which Kazakh minister signed the rare metals memorandum?',
    'Какой казахстанский министр подписал меморандум о редких металлах?',
    'Кой казахстански министър подписа меморандума за редките метали?',
    'Melyik kazah miniszter írta alá a ritka fémekről szóló memorandumot?',
  ])('picks the signer a side label marks as of that country: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Aidar Suleimenov');
  });

  it.each(['Which American minister signed the rare metals memorandum?', 'Кой американски министър подписа меморандума за редките метали?', 'Melyik amerikai miniszter írta alá a ritka fémekről szóló memorandumot?'])(
    'and the other side’s signer for the other country: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBe('Mark Bellamy');
    },
  );

  it('outweighs a side the context gives another', async () => {
    const result = await ctx.engine.ask('Mark Bellamy signed the rare metals memorandum for the American side. Which Kazakh minister signed it?');
    expect(result.lead).toBe('Aidar Suleimenov');
  });

  it('takes a capital for its country', async () => {
    expect((await ctx.engine.ask('Who signed the rare metals memorandum on behalf of Astana?')).lead).toBe('Aidar Suleimenov');
  });

  it('is not contradicted by the region in someone’s title', async () => {
    const result = await ctx.engine.ask('Besides Bellamy, which other US official did Suleimenov meet?');
    expect(result.lead).toBe('Peter Lund');
  });
});

const FEED = `Feed plant agreed

The ministry of agriculture and the Norfeed company signed a 90 million dollar agreement to build a pet food plant in Almaty.
`;

describe('a company asked for by its trade', () => {
  const ctx = useEngineOver({ 'feed.txt': FEED });

  it.each([
    'Which manufacturer will build the pet food plant?',
    'Какой производитель построит завод кормов для животных?',
    'Коя компания подписа споразумението с министерството на земеделието?',
  ])('is the company, not the ministry beside it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Norfeed');
  });
});
