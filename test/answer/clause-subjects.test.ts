import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/answer/question.js';
import { useEngineOver } from '../support/workspace.js';

// One article on a company's centre and its deal; another on a summit's deals, their total and one deal of them.
const NORTEC = `Nortec opens a centre

In July 2023 Nortec opened a technology and engineering centre in Kazakhstan, a site for innovation and training.

The ministry signed agreements with the American company Nortec worth about 3 billion dollars.
`;
const SUMMIT = `Results of the B3+2 summit

Following the B3+2 summit held in Washington, Kazakhstan concluded a number of large agreements with American companies. The total volume of the agreements is estimated at about 12 billion dollars.

One of the key results of the meeting was a strategic partnership agreement with Velmar worth 1.5 billion dollars.
`;
// A summit's total, told after the sentence that names the summit, and one deal of the meeting, told on its own.
const TOTALS = `Results of the summit

Following the C5+1 summit held in Washington, Kazakhstan concluded a number of large agreements with American companies. The total volume of the agreements is estimated at about 12 billion dollars.

One of the key results of the meeting was a strategic partnership agreement with Velmar worth 1.5 billion dollars.
`;

// Two meetings, each in an article of its own, in two cities.
const MARLOW = `Tokayev met Secretary of State Dario Marlow in Washington.
`;
const BRANDT = `Tokayev met Commerce Secretary Ivo Brandt in New York.
`;

describe('a two-part question whose clauses name subjects of their own', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'summit.txt': SUMMIT, 'marlow.txt': MARLOW, 'brandt.txt': BRANDT });

  it.each([
    'When did Nortec open its engineering centre, and how much were the B3+2 deals worth in total?',
    'How much were the B3+2 deals worth in total, and when did Nortec open its engineering centre?',
    'Когда Nortec открыл инженерный центр и на какую сумму в целом заключили сделки на саммите B3+2?',
  ])('answers each part about its own subject: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/2023|июл/i);
    expect(result.lead).toMatch(/12/);
    expect(result.lead).not.toMatch(/\b3 b|\b3 млрд/i);
  });

  it('still reads the first clause\'s name in the later one where a passage tells of both ("where did he meet Tokayev")', async () => {
    const result = await ctx.engine.ask('What post does Dario Marlow hold, and where did he meet Tokayev?');
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Washington/);
    expect(result.answer).not.toMatch(/New York/);
  });

  it('reads what is measured in the first clause, not the later one', () => {
    const intent = understandQuestion('How much were the B3+2 deals worth in total, and when did Nortec open its engineering centre?', 'en');
    expect(intent.head).not.toBe('centre');
  });
});

describe('a question for a total', () => {
  const ctx = useEngineOver({ 'summit.txt': TOTALS, 'nortec.txt': NORTEC });

  it.each([
    'How much were the deals of the C5+1 meeting worth in total?',
    'Колко възлизат общо сделките след срещата C5+1?',
    'Mennyit értek összesen a C5+1 találkozó megállapodásai?',
    'Какова общая стоимость сделок встречи C5+1?',
  ])('is answered by the passage that gives a total, not one deal of the meeting: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/12/);
    expect(result.lead).not.toMatch(/1[.,]5/);
  });
});

describe('a question pointing back to the sentence before it', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'summit.txt': SUMMIT });

  it.each([
    'I read Kazakhstan signed agreements with Chevron. How much were the agreements with the American company worth there?',
    'Казахстан вроде подписал что-то с ExxonMobil. На какую сумму там договорились?',
  ])('is about a name nobody here knows when that is all the sentence before names: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(false);
  });

  it.each([
    'A farmer in Aktobe read about Nortec. What did they open there in July 2023?',
    'A teacher from Aktobe read about Nortec. When did they open their engineering centre there?',
  ])('is about the known company where the sentence before names one beside the asker\'s own town: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/July 2023/);
  });
});

// A plant that works since a year, and a centre opened on a date: two questions of one kind, each in its own clause.
const PLANT = `Nortec in Kazakhstan

Since 2012 the Nortec wagon plant has operated in Pavlodar.

In July 2023 Nortec opened a technology and engineering centre in Kazakhstan, a site for innovation and training.
`;

describe('two questions of one kind, each in a clause of its own ("since when…, and when…?")', () => {
  const ctx = useEngineOver({ 'nortec.txt': PLANT });

  it.each([
    'Since when has the Nortec plant operated, and when did they open the engineering centre?',
    'С какого года работает завод Nortec и когда открыли инженерный центр?',
    'Mióta működik a Nortec üzeme, és mikor nyitották meg a mérnöki központot?',
  ])('answers each: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/2012/);
    expect(result.lead).toMatch(/2023/);
  });
});
