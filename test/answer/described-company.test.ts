import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

// "When did the American railway company open its centre?": a question that names no company describes it, and the
// sentence that answers names it only («В июле 2024 года Wabtec открыл…»); the words its article puts beside the name
// elsewhere («с американской компанией Wabtec») tell that the passage is about the company described.
describe('a company described by what its article calls it', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Америкалық теміржол компаниясы Қазақстанда технологиялық орталықты қашан ашты?',
    'Тепловоз жасайтын америкалық компания елімізде инженерлік орталықты қашан ашты?',
  ])('is the one named in the passage that answers: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).toMatch(/В июле 2024 года Wabtec открыл/);
  });
});
