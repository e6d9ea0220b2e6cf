import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

// "Who from Meta…", «кто из Meta», «a Meta részéről»: a person of the organisation, in whatever role; where the passage
// names no one («Вице-президент Meta и Токаев обсудили развитие ИИ»), the role at the organisation is all it says.
describe('who from an organisation, with no role named', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Who from Meta talked to Tokayev about AI?',
    'С кем из Meta Токаев обсуждал ИИ?',
    'Кой от Meta е говорил с Токаев за изкуствения интелект?',
    'A Meta részéről ki beszélt Tokajevvel a mesterséges intelligenciáról?',
  ])('is the role the passage gives at it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Вице-президент Meta');
  });

  it('is the one the passage titles at it, where it names them: «Kivel beszélt Tokajev a Blackstone részéről?»', async () => {
    expect((await ctx.engine.ask('Kivel beszélt Tokajev a Blackstone részéről?')).lead).toBe('Стивън Шварцман');
  });
});
