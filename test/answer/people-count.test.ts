import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const QUESTION = 'Hányan dolgoznak a Nordwind asztanai gyárában?';
const article = (body: string) => ({ 'nordwind.txt': `Nordwind in Astana\n\n${body}\n` });

// «Hányan», «mennyien»: how many people, with no noun for them in the question.
describe('a Hungarian count of people, where the article counts only things', () => {
  const ctx = useEngineOver(article('Since 2012 the Nordwind plant in Astana has produced more than 600 wagons.'));

  it('is not told by the count of things', async () => {
    expect((await ctx.engine.ask(QUESTION)).answered).toBe(false);
  });
});

describe('a Hungarian count of people, where the article counts its workers', () => {
  const ctx = useEngineOver(article('Since 2012 the Nordwind plant in Astana has produced more than 600 wagons. The plant employs 450 workers.'));

  it('is told by the count of workers', async () => {
    expect((await ctx.engine.ask(QUESTION)).lead).toMatch(/^450/);
  });
});
