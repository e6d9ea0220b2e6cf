import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// Two plants of our own: one the article places in a region, one it places nowhere.
const NORTEC = `Nortec opens a wagon plant

The Nortec Group opened its wagon plant in the Karaganda region in 2019.
`;
const ORION = `Orion Foods plans a plant

Orion Foods will build a pet food plant with local partners, the ministry said.
`;

describe('"which region"', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'orion.txt': ORION });

  it.each(['In which region is the Nortec wagon plant?', 'Nortec вагон зауыты қай облыста орналасқан?'])(
    'is answered by the region the article names: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.answer).toMatch(/Karaganda/);
    },
  );

  it.each(['In which region will the Orion Foods pet food plant be built?', 'Orion Foods жем зауыты қай облыста салынады?'])(
    'is not stated when the article names none, though it tells of the plant: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(false);
      expect(r.related?.length).toBeGreaterThan(0);
    },
  );
});

const DEPOSITS = `Rare metals memorandum

The memorandum was signed in Washington on 6 November. It provides for joint exploration and development of deposits of rare metals.

Orlan Air will consider opening a maintenance centre at its headquarters at Shymkent airport.
`;

describe('a place of a particular kind (a deposit, an airport)', () => {
  const ctx = useEngineOver({ 'deposits.txt': DEPOSITS });

  it.each(['Which deposits does the rare metals memorandum name?', 'Mely lelőhelyeken indul a közös kutatás a memorandum alapján?', 'Какие месторождения упоминаются в меморандуме?'])(
    'is not stated where the passages name none of the kind (the city they name is none): %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  it('and is named where the passage names the kind', async () => {
    expect((await ctx.engine.ask('At which airport is the Orlan Air headquarters?')).lead).toMatch(/Shymkent/);
  });
});

describe('"which region" of a role', () => {
  const ctx = useOfflineEngine();

  // (The visit's programme «в Вашингтон» speaks of the president too; a city is no region.)
  it('is no city a passage beside it names', async () => {
    const r = await ctx.engine.ask('Szergio Gor elnöki különmegbízott melyik régió ügyeiért felel?');
    expect(r.lead ?? '').not.toMatch(/Вашингтон/);
    expect(r.answer).toMatch(/Центральной Азии/);
  });
});
