import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Articles of our own: a plant working since a year, and deliveries expected in a later one (beside an opening).
const PLANT = `Nortec in Pavlodar

Since 2009 the Nortec wagon assembly plant has operated in Pavlodar.
`;
const AIRLINE = `Kestrel Air gépeket rendel

A miniszter az Orvel alelnökével az Orvel gépeinek a Kestrel Air számára történő szállításáról tárgyalt, várhatóan 2027 második felében. A Kestrel Air egy karbantartó központ megnyitásának lehetőségét is vizsgálja.
`;

describe('"since which year"', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT, 'airline.txt': AIRLINE });

  it('is answered by the year a state began', async () => {
    expect((await ctx.engine.ask('Since which year has the Nortec plant been operating?')).lead).toMatch(/2009/);
  });

  // (A plant's making things is its working: when it started making them is since when it has worked.)
  it('and so is when a plant started making things', async () => {
    expect((await ctx.engine.ask('When did Nortec start assembling wagons in Pavlodar?')).lead).toMatch(/2009/);
  });

  it.each(['Since which year has Orvel been delivering aircraft to Kestrel Air?', 'От коя година Orvel доставя самолети на Kestrel Air?'])(
    'is not answered by a date something is only expected at: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.lead ?? '').not.toMatch(/2027/);
    },
  );
});

const SERVICE = `Nortec wagons

Nortec will supply 300 wagons and their maintenance service.

Since 2009 the Nortec wagon plant has operated in Pavlodar.
`;

describe('"how long", answered by since when', () => {
  const ctx = useEngineOver({ 'service.txt': SERVICE });

  it.each(['How long has the Nortec plant been operating?', 'Сколько лет работает завод Nortec?'])('is answered of what has gone on since: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/2009/);
  });

  it.each(['How long does the Nortec wagon maintenance contract run?', 'За колко години е договорът за сервизно обслужване на вагоните Nortec?', 'Mennyi idő alatt szállítja le a Nortec a 300 vagont?'])(
    'but not of something else the passage never says has gone on since: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead ?? '').not.toMatch(/2009/);
    },
  );
});
