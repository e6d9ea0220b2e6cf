import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

describe('a count asked in a plural case form', () => {
  const ctx = useOfflineEngine();

  // («…которые *дали* войска…»: a verb of giving elsewhere in the sentence makes no amount of «скольких».)
  it('counts things, never an amount', async () => {
    const result = await ctx.engine.ask('Казахстан вроде был среди первых стран, которые дали войска для порядка в Газе, среди первых скольких?');
    expect(result.lead).toBe('5');
  });
});

describe('a word of place after how much', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Трамп говорил, что несколько стран вместе дали больше 5 миллиардов на помощь Ближнему Востоку, сколько там точно было?',
    'Колко пари са дали тук страните за подпомагане на Близкия изток?',
  ])('is nothing counted: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/7/u);
  });
});
