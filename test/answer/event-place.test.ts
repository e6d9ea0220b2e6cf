import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// An article of our own that tells who met first and where the meeting took place only at its end.
const ARTICLE = `Minister Halvorsen thanks Kazakhstan

Trade minister Erik Halvorsen thanked Tokayev for choosing Nordwind Rail to supply wagons.

"This is an excellent start," the minister said at a meeting with Tokayev.

Earlier this year, a delegation of 20 companies visited Astana to discuss grain exports.

The meeting took place in Oslo during Tokayev's working visit.
`;

describe('where an event took place, told at the end of its article', () => {
  const ctx = useEngineOver({ 'halvorsen.txt': ARTICLE });

  it('is answered with the place, the participants being told before', async () => {
    const r = await ctx.engine.ask('In which city did Halvorsen meet Tokayev when he thanked him for choosing Nordwind Rail?');
    expect(r.answer.split('\n')[0]).toMatch(/Oslo/);
  });
});

// The one who met is named many sentences before the meeting's place, and what they offered is told with the
// meeting («we can invest together, she said at the meeting»).
const FAR = `Norway offers Kazakhstan joint investments in wagon plants

Trade minister Jana Holm offered the Kazakh president joint investments in wagon plants in the republic.

"You have excellent engineers, and we can invest in them together," she said at the meeting with the president.

Holm also thanked him for choosing Nortec for the wagon contract. Earlier the press service reported that 300 wagons will be delivered.

"We value this very much," the minister said.

In early September a delegation of twenty Norwegian companies visited Astana. Its head said investors are interested in grain terminals.

The meeting took place in Oslo during the president's working visit to Norway.
`;

describe('where a meeting took place, told long after the one who met there is named', () => {
  const ctx = useEngineOver({ 'holm.txt': FAR });

  it.each([
    'In which city was the meeting where Holm offered joint investments?',
    'В каком городе проходила встреча, на которой Холм предложила совместные инвестиции?',
    'В кой град се е състояла срещата, на която Холм предложи съвместни инвестиции?',
    'Холм бірлескен инвестиция ұсынған кездесу қай қалада өтті?',
  ])('is answered with the place of the meeting: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Oslo');
  });
});

describe('where one thanked another, the meeting\'s place told long after', () => {
  const ctx = useEngineOver({ 'holm.txt': FAR });

  it.each([
    'In which city did Holm thank the president for choosing Nortec?',
    'В каком городе Холм благодарила президента за выбор Nortec?',
  ])('is the place of the meeting they both were at: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Oslo');
  });
});

describe('an event dated by another ("…before the meeting with Holm")', () => {
  const ctx = useEngineOver({ 'holm.txt': FAR });

  it.each([
    'Когда норвежская бизнес-делегация приезжала в Астану ещё до встречи с Холм?',
    'Mikor látogatott Asztanába a norvég üzleti delegáció a Holmmal való találkozó előtt?',
    // («járt», was there: a visit.)
    'Mikor járt a norvég üzleti delegáció Asztanában a Holmmal való találkozó előtt?',
    'Норвегиялық іскер делегация Холммен кездесуге дейін Астанаға қашан келді?',
  ])('is answered where the article tells it, though that passage never names the one the other event was with: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('In early September');
  });
});

describe('where a minister named only by role made an offer, over the seed articles', () => {
  const ctx = useOfflineEngine();

  it('is the place of the meeting the article tells at its end', async () => {
    const r = await ctx.engine.ask('In which city did the American trade minister offer Tokayev to invest together in minerals?');
    expect(r.answer).toMatch(/Ню Йорк/);
  });
});
