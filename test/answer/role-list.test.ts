import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// The opening says what the article is about and who asked; the experts are named further down, each in a
// sentence that says nothing of the summit.
const SUMMIT = `Nordic energy summit: what it means

The Nordic energy summit in Oslo ended with a pipeline deal and a power grid accord worth 9 billion euros.

NordNews asked political scientists what the summit's results mean for the region. They agree that the deals tie the northern economies closer.

"The pipeline deal is a turning point for the whole coast. Prices will fall within two winters," said political scientist Lars Holm.

The grid accord matters as much, in his view. It links four national networks and lets wind farms sell power across borders.

Political scientist Maria Dahl, for her part, stressed that the region must keep its own priorities while it deepens these ties.
`;
const QUOTAS = 'Fishing quotas were cut by a fifth this year, the ministry said. Trawler owners protested in Bergen.\n';

describe('"which political scientists…" over an article of their comments', () => {
  const ctx = useEngineOver({ 'summit.txt': SUMMIT, 'quotas.txt': QUOTAS });

  it('names everyone the article titles so, as speaking of what its opening tells', async () => {
    // ("…commented to NordNews" names the outlet they spoke to: it still asks who, not what they said.)
    for (const question of ["Which political scientists did NordNews ask about the summit's results?", 'Кои политолози коментираха резултатите от срещата на върха?', 'Кои политолози коментираха пред NordNews резултатите от срещата на върха?']) {
      const result = await ctx.engine.ask(question);
      expect(result.answered, question).toBe(true);
      expect(result.lead, question).toMatch(/Lars Holm/);
      expect(result.lead, question).toMatch(/Maria Dahl/);
    }
  });
});


describe('"which political scientist…" when the quote names someone else', () => {
  const ctx = useOfflineEngine();

  // (The seed article titles Talgat Kaliev so; the paragraph quoting him names Donald Trump.)
  it.each([
    'Кой политолог свързва растящия интерес на Вашингтон към Централна Азия с Китай и Русия?',
    'Which political scientist explains the US interest in Central Asia by relations with China and Russia?',
  ])('answers with the one titled so, not the person the quote names: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/Калиев/);
  });
});

// The political scientist is named once; the sentence that holds his view only says "the political scientist".
const PORTS = `Baltic ports: what the new rules mean

Political scientist Erik Lund said the new rules come at the right time for the ports.

"Shipping lines will return to the smaller harbours," he added. "Freight costs will fall."

Fishermen in Klaipeda fear the longer inspections. As the political scientist believes, the rules will strengthen the sovereignty of the coastal states against their larger neighbours.
`;

describe('"which political scientist…" when the sentence only says "the political scientist"', () => {
  const ctx = useEngineOver({ 'ports.txt': PORTS, 'quotas.txt': QUOTAS });

  it.each([
    'Which political scientist thinks the rules strengthen the sovereignty of the coastal states?',
    'Какой политолог считает, что правила укрепят суверенитет прибрежных государств?',
  ])('%s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/Erik Lund/);
    // (The sentence that titles him is quoted with the one that holds the view.)
    expect(result.citations[0]?.quote).toMatch(/Political scientist Erik Lund[^]*sovereignty/);
  });
});
