import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own.
const ARTICLE = `Nortec opens a wagon plant

The Nortec Group opened its wagon plant in Karaganda in 2019, the ministry said.
`;

describe("a letter's courtesies", () => {
  const ctx = useEngineOver({ 'nortec.txt': ARTICLE });

  it.each([
    'Dear Sir or Madam, I would be most grateful if you could tell me in which year the Nortec wagon plant opened. Thank you kindly for your help.',
    'Dear Editor, I would be most grateful if you could let me know in which year the Nortec wagon plant opened. With kind regards.',
    'Уважаемая редакция! Будьте любезны, подскажите, в каком году открылся завод Nortec? С уважением и благодарностью.',
    'Tisztelt Uram! Szíveskedjék megmondani, melyik évben nyílt meg a Nortec üzeme. Előre is köszönöm.',
  ])('neither name a subject nor suppose anything: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/2019/);
  });
});

// A greeting, an apology, "if I may ask": none of their words («день», «добър», «fog») is asked about.
describe('greetings and apologies', () => {
  const ctx = useEngineOver({ 'nortec.txt': ARTICLE });

  it.each([
    'Hello, sorry to bother you, in which year did the Nortec wagon plant open?',
    'Добрый день! Извините старика, в каком году открылся вагонный завод Nortec?',
    'Добър ден, извинете, в коя година отвори вагонният завод на Nortec?',
    'Jó napot kívánok! Melyik évben nyílt meg a Nortec vagongyára, ha szabad kérdeznem?',
    'Сәлеметсіз бе, қарағым, айтыңызшы, Nortec вагон зауыты қай жылы ашылды?',
  ])('are no part of the question: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('2019');
  });
});
