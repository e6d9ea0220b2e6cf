import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

/**
 * An article names its city once, near its top («В столице США, Вашингтоне, 6 ноября состоялось…», «С 2009 года в
 * Астане…»): what it reports after happened there, so a question that names the city still meets the sentence that
 * states the fact without naming it.
 */
describe('the city an article names before a fact', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Who signed the memorandum on critical minerals in Washington for Kazakhstan?', /Нагаспаев/],
    ['How many locomotives has the Astana plant built since it started?', /^600/],
    ['Кто в Вашингтоне подписал меморандум по критическим минералам со стороны Казахстана?', /Нагаспаев/],
  ])('counts as named there: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(lead);
  });

  it('is not the answer when the city is what is asked', async () => {
    expect((await ctx.engine.ask('In which city was the memorandum on critical minerals signed?')).lead).toMatch(/Вашингтон/);
  });
});
