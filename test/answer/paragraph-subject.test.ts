import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

// «С 2009 года в Астане работает завод Wabtec Kazakhstan. За этот период… С момента запуска завод выпустил более 600
// локомотивов для КТЖ и на экспорт.»: for a fact, a paragraph that has named its subject goes on about it, a sentence
// or two later.
describe('a fact told two sentences after its paragraph names the subject', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Melyik vasúttársaság kapta az asztanai Wabtec-gyár mozdonyait az export mellett?',
    'За коя компания освен за износ прави локомотиви заводът на Wabtec в Астана?',
  ])('is that paragraph\'s, not a passage naming the subject beside another: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('КТЖ');
  });
});
