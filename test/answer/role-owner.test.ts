import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

// «Boeing компаниясының қай өкілімен»: the word for the company, possessed by the name before it, and the question word
// may stand between the owner and the role; «Токаев компанияның қай басшысымен» is the company's head, not Tokayev's.
describe('a Kazakh role whose owner stands three words before it', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Тоқаев Boeing компаниясының қай өкілімен кездесті?', 'Jeff Shockey'],
    ['Boeing туралы: Тоқаев компанияның қай басшысымен сөйлесті?', 'Jeff Shockey'],
  ])('is the owner\'s person: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toBe(lead);
  });
});
