import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/language/analyse.js';
import type { Lang } from '../../src/language/lang.js';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

describe('a number spelled out', () => {
  it.each([
    ['three hundred wagons', 'en', 'w:300'],
    ['триста вагонов', 'ru', 'w:300'],
    ['háromszáz vagon', 'hu', 'w:300'],
    ['үш жүз вагон', 'kk', 'w:300'],
    ['деветте държави', 'bg', 'w:9'],
    ['two thousand workers', 'en', 'w:2000'],
    // (With a Kazakh case ending: «мыңнан астам», more than a thousand.)
    ['мыңнан астам жұмысшы', 'kk', 'w:1000'],
    ['отыздан аса компания', 'kk', 'w:30'],
    // (In the genitive after "more than": «больше тысячи», «более двух тысяч».)
    ['больше тысячи вагонов', 'ru', 'w:1000'],
    ['более двух тысяч рабочих', 'ru', 'w:2000'],
  ] as Array<[string, Lang, string]>)('is read as its figure, with no other term of its words: %s', (text, lang, figure) => {
    const keys = termsOf(text, lang).map((t) => t.key);
    expect(keys).toContain(figure);
    expect(keys.filter((k) => k.startsWith('c:') && /three|hundred|nine|two|thousand/u.test(k))).toEqual([]);
  });

  it('leaves "one" alone: "the Mars one" counts nothing', () => {
    expect(termsOf('the Nortec one', 'en').map((t) => t.key)).not.toContain('w:1');
  });
});

// An article of our own that writes its figures in digits.
const ARTICLE = `Nortec signs a wagon deal

Nortec will deliver 300 freight wagons to Kazakhstan under a contract worth $1.2 billion.

Orion Rail will deliver 120 passenger cars to Uzbekistan under a contract worth $90 million.
`;

describe('a question that spells out a figure the sources write in digits', () => {
  const ctx = useEngineOver({ 'nortec.txt': ARTICLE });

  it.each(['What is the contract for three hundred wagons worth?', 'Үш жүз вагон туралы келісімшарт қанша тұрады?'])('finds it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/1[.,]2/);
  });
});

// «…больше семи миллиардов долларов?», "…— about seventeen billion dollars?", "…— about three thousand?": an amount a
// question claims or a figure it offers as its guess, in words too, is no restatement when a source gives it.
describe('an amount or a count claimed or guessed in words', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Вярно ли е, че деветте държави заедно са дали над седем милиарда долара за Близкия изток?', /7 млрд/u],
    ['На какую сумму Казахстан подписал соглашения с американскими компаниями после саммита C5+1 — примерно семнадцать миллиардов долларов?', /17 млрд/u],
    ['How many machines will be made under the John Deere deal in five years — about three thousand?', /^3000 machines$/u],
    ['Сколько единиц сельхозтехники выпустят по соглашению с John Deere — около трёх тысяч?', /^3000 единиц$/u],
  ])('is answered by the source that gives it: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(lead);
  });
});
