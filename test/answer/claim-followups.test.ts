import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const VISIT = `Investors' visit

A delegation of American investors visited Kazakhstan in September. The investors were interested in mining rare earth metals.

The Ashmore clinic will be built with the help of Mount Sinai Health System, an American hospital network.

In his speech Tokayev promised financial support for the reconstruction of Gaza.

Sergio Gor was appointed US ambassador to India.
`;

// A claim of something the sources never mention, and a question after it for what really was.
describe('a question after a claim that asks what really was', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT });

  it.each([
    ['Were the American investors interested in uranium mining? What exactly?', 'rare earth'],
    ['Американские инвесторы интересовались добычей урана? Чем именно?', 'rare earth'],
    // (Its last sentence names nothing the sources could: the claim is the sentence before it all the same.)
    ['Did Tokayev promise support for the reconstruction of Ukraine? For what actually?', 'Gaza'],
    ['Токаев обеща ли финансова подкрепа за възстановяването на Украйна? За какво всъщност?', 'Gaza'],
    // (The words that qualify the name asked for describe it; they ask nothing more of the claim.)
    ['Клинику Ashmore будут строить при участии Mayo Clinic? С каким американским медицинским партнёром?', 'Mount Sinai'],
    // (A Kazakh guess after the question, with the past's «еді» after its particle.)
    ['Серджио Гор қай елдегі елші болып тағайындалды, Пәкістан ба еді?', 'India'],
  ])('is answered by what the sources say instead: %s', async (question, fact) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain(fact);
  });

  it('while more asked of a claim about a name they never give is declined', async () => {
    const result = await ctx.engine.ask('Was a 1 billion dollar Caterpillar contract signed during the visit? What was its exact value?');
    expect(result.answered).toBe(false);
  });
});
