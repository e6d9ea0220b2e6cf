import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Articles of our own: one tells a deal only as a supply; the other tells one airline's order and another's purchase.
const WAGONS = `Wagons for Kazakhstan

Nordwind Rail will supply 450 freight wagons to Kazakhstan under a contract worth 300 million dollars.

The wagons are meant to renew the fleet of the national railway company.
`;
const JETS = `Airlines of Kazakhstan

Steppe Air has ordered ten Skyco jets for its long-haul routes.

Another carrier, Altyn Wings, plans to purchase further Skyco aircraft next year.
`;

describe('an exchange asked from one side and told from another', () => {
  const ctx = useEngineOver({ 'wagons.txt': WAGONS, 'jets.txt': JETS });

  it.each([
    'Who sold Kazakhstan the wagons?',
    'Кто продал Казахстану вагоны?',
    'Кой продава вагоните на Казахстан?',
    'Kitől vásárol vagonokat Kazahsztán?',
    'Қазақстан вагондарды кімнен сатып алады?',
  ])('is answered by the side the source names: %s', async (question) => {
    expect((await ctx.engine.ask(question)).citations[0]?.quote).toMatch(/^Nordwind Rail will supply/);
  });

  it.each(['How many wagons is Kazakhstan buying?', 'Сколько вагонов покупает Казахстан?'])('finds the figure of the supply: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/450/);
  });

  it.each(['Which airline ordered the Skyco jets?', 'Who will supply the wagons?'])(
    'keeps the question’s own word where the article uses it (an order is no purchase): %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).citations[0]?.quote).toMatch(/^(Steppe Air has ordered|Nordwind Rail will supply)/);
    },
  );
});

// Money set aside for a cause is money given to it: allocated, contributed and donated are asked one for another.
const FUND = `Aid for the region

Norway, Kazakhstan and Chile together contributed more than 3 billion dollars to the reconstruction of the region.

The ministry allocated office space for the new agency.
`;

describe('a gift asked with another word than its article tells it with', () => {
  const ctx = useEngineOver({ 'fund.txt': FUND });

  it.each([
    'Сколько денег выделили Казахстан и другие страны на восстановление региона?',
    'Колко пари отделиха Казахстан и другите страни за възстановяването на региона?',
    'Қазақстан мен басқа елдер аймақты қалпына келтіруге қанша ақша бөлген?',
  ])('finds the amount: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/3/);
  });
});
