import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// "It was Petrov who said…, wasn't it? Who actually said that?": a verb of saying right after the question word asks
// who spoke, whatever name the question offers before it.
describe('who actually said it, after a name offered', () => {
  const ctx = useEngineOver({
    'grain.txt': [
      'Казахстан и Китай подписали соглашение о поставках зерна на 400 миллионов долларов.',
      'По словам экономиста Армана Сейтова, в этой ситуации Китай больше нужен Казахстану, чем Казахстан Китаю.',
      'Политолог Марат Петров в свою очередь подчеркнул, что сделка укрепит позиции Казахстана на рынке.',
    ].join('\n\n'),
  });

  it.each([
    "It was Marat Petrov who said Kazakhstan needs China more than China needs Kazakhstan, wasn't it? Who actually said that?",
    'Это Марат Петров сказал, что Китай больше нужен Казахстану? Кто на самом деле это сказал?',
    'Marat Petrov mondta, hogy Kínára nagyobb szüksége van Kazahsztánnak? Ki mondta valójában?',
  ])('is the one who said it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Армана Сейтова');
  });
});
