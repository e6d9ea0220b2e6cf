import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { evidenceFrom } from '../support/evidence.js';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// An article of our own that tells where its meeting took place only at its end, far below the retrieved paragraph.
const ARTICLE = `Reed offers copper investments

Trade minister Jonathan Reed offered President Omarov joint investments in copper mining in the republic.

Earlier this year a delegation of twenty companies came to Astana to discuss grain exports, the ministry said.

The ministry also said that the railway will receive new wagons next year.

The meeting took place in Oslo during the working visit of Omarov to Norway.
`;
const FILE = 'reed.txt';

function answerTo(question: string, lang: Lang): string {
  const end = ARTICLE.indexOf('Earlier this year');
  const outcome = evidenceFrom({ text: ARTICLE, file: FILE, title: 'Reed offers copper investments' }, [[0, end]], question, lang);
  return outcome.kind === 'answer' ? outcome.quotes.map((q) => q.facts.map((f) => f.text).join(' ')).join(' ') : '';
}

describe('where two people did something to each other', () => {
  it.each([
    ['In which city did Reed offer Omarov joint investments in copper?', 'en'],
    ['Melyik városban javasolta Reed Omarovnak a közös rézbefektetéseket?', 'hu'],
  ] as Array<[string, Lang]>)('is where they met, told anywhere in the article: %s', (question, lang) => {
    expect(answerTo(question, lang)).toMatch(/Oslo/);
  });

  it.each([
    ['In which city did Reed offer joint investments in copper?', 'en'],
    ['Melyik városban ajánlott fel Reed közös rézbefektetéseket?', 'hu'],
    ['Предложение Рида вместе вкладываться в медь — в каком городе оно прозвучало?', 'ru'],
  ] as Array<[string, Lang]>)('is where they met when the question names only the one who offered: %s', (question, lang) => {
    expect(answerTo(question, lang)).toMatch(/Oslo/);
  });
});

// The same minister met the president again on another visit, told by another article with its city.
const OTHER_VISIT = `Omarov in Bergen

The programme of President Omarov's visit to Bergen began with diplomatic meetings. Omarov met trade minister Jonathan Reed and the foreign minister.
`;

describe('where two people did something to each other, one named by a role, beside another article on their other meeting', () => {
  const ctx = useEngineOver({ [FILE]: ARTICLE, 'visit.txt': OTHER_VISIT });

  it.each([
    'В каком городе министр торговли предложил Омарову совместные инвестиции в добычу меди?',
    'In which city did trade minister Jonathan Reed meet Omarov and suggest investing together in the republic\'s copper mining?',
  ])('is where the meeting its article tells took place, read with that article\'s sentence about it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Oslo');
  });
});

describe('a country\'s possessive in a question for a city, over the seed articles', () => {
  const seeds = useOfflineEngine();

  it('sets no city in that country ("…joint investment in Kazakhstan\'s critical minerals": they met in New York)', async () => {
    const r = await seeds.engine.ask("In what city did the US commerce secretary propose to Tokayev joint investment in Kazakhstan's critical minerals?");
    expect(r.lead).toBe('Ню Йорк');
  });
});

describe('a fact the question sets at a summit', () => {
  // An article of our own that names the summit in its opening and a deal made there further down, without the summit.
  const SUMMIT = `Nordkapp summit brings deals

At the Nordkapp summit in Oslo, the republic concluded a number of agreements with Norwegian companies worth about 9 billion dollars in total. The sides focused on transport and industry.

The ministry of industry welcomed the results and thanked the organisers for the warm reception.

Experts also pointed to the growing role of the region in global supply chains and to the new transport corridors.

One of the key results of the meeting was a partnership with Orion Rail worth 1.2 billion dollars. Within five years the plant will assemble 400 wagons.
`;
  const ctx = useEngineOver({ 'summit.txt': SUMMIT });

  it.each([
    'На саммите Nordkapp сколько стоит соглашение с Orion Rail?',
    'At the Nordkapp summit, how much was the Orion Rail partnership worth?',
    'A Nordkapp csúcson mekkora értékű volt az Orion Rail partnerség?',
  ])('is found below the opening that names the summit, not taken from the summit total: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/1[.,]2/);
  });

  it('while the total at the summit is the summit\'s own', async () => {
    expect((await ctx.engine.ask('What was the total value of the deals at the Nordkapp summit?')).lead).toMatch(/9/);
  });
});

describe('"after which event…", of a figure the sentence after the event tells', () => {
  // The event is named in the sentence before the figure, which speaks of "their total value" only.
  const FORUM = `Caspian forum ends with deals

Following the Caspian forum in Aktau, the republic concluded several agreements with Nordic companies. Their total value is estimated at about 6 billion dollars. The sides focused on ports and shipping.
`;
  const ctx = useEngineOver({ 'forum.txt': FORUM });

  it.each([
    'After which event did the republic sign deals worth about 6 billion dollars?',
    'След кое събитие републиката сключи сделки за около 6 милиарда долара?',
  ])('quotes the sentence that names the event: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).toMatch(/Caspian forum/);
  });
});

// «…соглашение с Mars во время визита Токаева в Вашингтон»: a visit of someone the question names beside it is the
// occasion a figure was agreed at, held by the article that named it above; the figure is the other name's, told where
// the article names it, though the visit's words drew its opening («several hundred million in deals»).
describe("a figure asked at someone's visit", () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Какова сумма соглашения с Mars, подписанного во время визита Токаева в Вашингтон?', /^180/],
    ['За каква сума е споразумението с Mars, подписано по време на посещението на Токаев във Вашингтон?', /^180/],
    ['Mekkora összegű megállapodást kötöttek a Mars céggel Tokajev washingtoni látogatása során?', /^180/],
    ["What was the Mars deal signed during Tokayev's visit to Washington worth?", /180/],
  ])('is the named deal\'s own: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(lead);
  });
});
