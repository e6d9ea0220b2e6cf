import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own: the day an envoy was received, and an appointment of someone else, undated.
const ENVOY = `Minister meets envoy

On 3 March in Astana, the minister received Jon Lake, the new envoy of Nortland, and thanked him for his support.

The ministry appointed Anna Berg as trade attaché in Oslo.
`;

describe('the date of an appointment', () => {
  const ctx = useEngineOver({ 'envoy.txt': ENVOY });

  it.each([
    'When was Jon Lake appointed envoy?',
    'Когда Джона Лейка назначили послом?',
    'Mikor nevezték ki Jon Lake-et követté?',
  ])('is not the day of another event the person took part in: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.answer).not.toMatch(/3/);
  });
});

// An order, undated, beside the dated delivery of what was ordered.
const ORDER = `Orlan Air renews its fleet

Orlan Air ordered ten Skylark jets for its regional routes. Skyworks will deliver the jets in the second half of 2027.
`;

describe('the date of an event beside another dated one', () => {
  const ctx = useEngineOver({ 'order.txt': ORDER });

  it.each([
    'In which year did Orlan Air order the Skylark jets?',
    'В каком году Orlan Air заказала самолёты Skylark?',
    'Melyik évben rendelte meg az Orlan Air a Skylark gépeket?',
  ])('is not the date of the other event: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).not.toMatch(/2027/);
  });

  it.each([
    'When will the Skylark jets be delivered to Orlan Air?',
    'Когда Orlan Air получит самолёты Skylark?',
  ])('is still the date of the event it tells: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/2027/);
  });
});

const OSLO = `Minister in Oslo

During his visit to Oslo, the minister signed deals with Norwegian firms. On Thursday he met Norwegian companies on the margins of the forum.
`;

describe('a day told of another event than the one asked, beside a sentence that tells a broader one', () => {
  const ctx = useEngineOver({ 'oslo.txt': OSLO });

  it.each(['On which day did the minister arrive in Oslo?', 'Melyik napon érkezett a miniszter Oslóba?'])(
    'does not date the arrival by the day of a meeting during the visit: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  it('still dates the meeting it tells', async () => {
    expect((await ctx.engine.ask('On which day did the minister meet Norwegian companies?')).lead).toBe('Thursday');
  });
});
