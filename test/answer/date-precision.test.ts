import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const ARTICLE = `Nortec in Pavlodar

In 2024 a delegation of twenty Nortec engineers visited Pavlodar.

Local farmers praised the new grain terminal at the river port.

The first Nortec wagons will be assembled within the next five years.

Analysts expect freight volumes on the steppe lines to double.

The Orvel grain contract with the ministry was signed on 6 November.
`;

describe('a date question that asks for a day or a month', () => {
  const ctx = useEngineOver({ 'nortec.txt': ARTICLE });

  it.each([
    'On what exact date did the Nortec delegation visit Pavlodar?',
    'Какого числа делегация Nortec посетила Павлодар?',
    'В каком месяце будут собраны первые вагоны Nortec?',
    'Melyik hónapban szerelik össze az első Nortec vagonokat?',
  ])('is not answered by a date that gives less (a year, a span of years): %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(false);
    expect(result.related?.length).toBeGreaterThan(0);
  });

  it.each([
    ['In which month was the Orvel grain contract signed?', /November/],
    ['On what exact date was the Orvel grain contract signed?', /6 November/],
  ])('is answered by one that gives it: %s', async (question, fact) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(fact);
  });
});
