import { describe, expect, it } from 'vitest';
import { withoutOptionList } from '../../src/language/discourse.js';
import { useEngineOver } from '../support/workspace.js';

describe('withoutOptionList', () => {
  it.each([
    ['How many wagons will Nortec build? a) 100 b) 400 c) 900', 'How many wagons will Nortec build?'],
    ['Сколько вагонов построит Nortec? а) 100 б) 400 в) 900', 'Сколько вагонов построит Nortec?'],
    ['Nortec қанша вагон жасайды? а) 100 ә) 400 б) 900', 'Nortec қанша вагон жасайды?'],
    ['Hány vagont épít a Nortec? A) 100 B) 400 C) 900', 'Hány vagont épít a Nortec?'],
    ['Who signed it: 1) Berg 2) Olsen', 'Who signed it:'],
  ])('drops the options: %s', (text, question) => {
    expect(withoutOptionList(text)).toBe(question);
  });

  it.each([
    'Was it signed in 2025, a year after the talks?',
    'Сколько вагонов, а) если верить Бергу, построит Nortec?',
    'What did the minister say about vitamin a. and the plant?',
  ])('leaves a question with no list of options as it is: %s', (text) => {
    expect(withoutOptionList(text)).toBe(text);
  });
});

// An article of our own: the right option is a figure the article states.
const ARTICLE = `Nortec to build wagons

The Nortec Group will build 400 wagons for the national railway, the ministry said on Monday.
`;

describe('a quiz question with its options', () => {
  const ctx = useEngineOver({ 'nortec.txt': ARTICLE });

  it.each([
    'Quiz: How many wagons will Nortec build for the railway? a) 100 b) 400 c) 900',
    'Вопрос для викторины: сколько вагонов построит Nortec? а) 100 б) 400 в) 900',
  ])('is answered with the figure the sources state, though the question lists it: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/400/);
  });
});
