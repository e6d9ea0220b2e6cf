import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Two deals of our own, each in its own article.
const NORDWIND = `Nordwind Rail signs a contract with Kazakhstan

Nordwind Rail signed a contract worth $1.3 billion with Kazakhstan for 120 wagons.
`;
const ORION = `Orion Foods to build a plant

Orion Foods will invest $90 million in a pet food plant near Karaganda.
`;

describe('a question that sets two named subjects side by side', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND, 'orion.txt': ORION });

  it.each([
    'Which was worth more, the Nordwind Rail deal or the Orion Foods investment?',
    'Что дороже: контракт Nordwind Rail или инвестиции Orion Foods?',
    'Melyik volt nagyobb: az Orion Foods beruházása vagy a Nordwind Rail szerződése?',
    'Коя сделка е по-голяма – на Nordwind Rail или на Orion Foods?',
    // "…and by how much?" counts nothing it names: it measures what is compared, a deal's worth.
    'Коя сделка е по-голяма – с Nordwind Rail или с Orion Foods, и с колко?',
    // «üzlet», a deal or a business, compared by size.
    'Melyik üzlet nagyobb, a Nordwind Raillel vagy az Orion Foodsszal kötött?',
    // A verb of comparing sets them side by side with "with".
    'Сравните контракт Nordwind Rail с инвестициями Orion Foods: сколько стоит каждый?',
    'Compare the Nordwind Rail contract with the Orion Foods investment: how much is each worth?',
    // "Which is bigger" compares too, with the words of each side between the names ("the bigger deal" is no idiom).
    "Which is the bigger deal: Nordwind Rail's wagon contract with Kazakhstan or the Orion Foods plant? Give me both figures.",
    'Қайсысы ірі: Nordwind Rail-мен жасалған келісім бе, әлде Orion Foods-пен жасалған келісім бе?',
    // "How many times bigger … than …": a ratio of the two, answered by both figures ("than" in a word or an ending).
    'How many times bigger is the Nordwind Rail contract than the Orion Foods investment?',
    'Во сколько раз контракт Nordwind Rail больше, чем инвестиции Orion Foods?',
    'Колко пъти договорът на Nordwind Rail е по-голям от инвестицията на Orion Foods?',
    'Hányszor nagyobb a Nordwind Rail szerződése az Orion Foods beruházásánál?',
    // «Больше», «повече» compare though a stopword list drops them, and a side may be a long phrase.
    'Что больше: сумма, которую Nordwind Rail получит за свои казахстанские вагоны по контракту с 2024 года, или вложения Orion Foods?',
    'Кое е повече: сумата, която Nordwind Rail ще получи за вагоните си по договора, или инвестицията на Orion Foods?',
    // The words after the second name are its own, and "the two largest", "which one" count the subjects.
    'Of the two, the Nordwind Rail wagon contract versus the Orion Foods pet food plant near Karaganda, which one is bigger?',
    'The Nordwind Rail contract versus the Orion Foods pet food plant near Karaganda: which one is bigger?',
    // A yes/no comparison asks the figures compared, and its word of comparing, here one the sources never use, is
    // neither side's.
    'Was the Orion Foods pet food investment smaller than the Nordwind Rail contract?',
    'Was the Orion Foods investment smaller than the Nordwind Rail contract? How much is the Orion Foods investment?',
    'Is the Nordwind Rail contract bigger than the Orion Foods investment?',
    // ("More" compares, though English stopwords drop it.)
    'Did Nordwind Rail sign for more than Orion Foods invested?',
  ])('answers with the figure of each: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer.split('\n')[0]).toMatch(/1[.,]3/);
    expect(r.answer.split('\n')[0]).toMatch(/90/);
    expect(new Set(r.citations.map((c) => c.file))).toEqual(new Set(['nordwind.txt', 'orion.txt']));
  });

  it('answers one figure when the names are not set side by side', async () => {
    const r = await ctx.engine.ask('How much is the Nordwind Rail contract worth?');
    expect(r.answer.split('\n')[0]).toMatch(/1[.,]3/);
    expect(r.answer.split('\n')[0]).not.toMatch(/90/);
  });
});

describe('a question of which figure is greater or lesser', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND, 'orion.txt': ORION });

  it.each([
    // Asked with the smaller one named first, in each language.
    'Which deal is bigger, the Orion Foods plant or the Nordwind Rail contract?',
    'Какая сделка крупнее: инвестиции Orion Foods или контракт Nordwind Rail?',
    'Коя сделка е по-голяма – на Orion Foods или на Nordwind Rail?',
    'Melyik a nagyobb: az Orion Foods beruházása vagy a Nordwind Rail szerződése?',
    'Қайсысы ірі: Orion Foods-пен келісім бе, әлде Nordwind Rail-мен келісім бе?',
  ])('leads with the greater figure, weighed against the other, and cites it first: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/1[.,]3.* > .*90/u);
    expect(r.citations[0]?.file).toBe('nordwind.txt');
  });

  it.each([
    'Which deal was smaller, the Nordwind Rail contract or the Orion Foods plant?',
    'Какая сделка меньше: контракт Nordwind Rail или инвестиции Orion Foods?',
    'Melyik a kisebb: a Nordwind Rail szerződése vagy az Orion Foods beruházása?',
  ])('leads with the lesser figure when the lesser is asked for: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/90.* < .*1[.,]3/u);
    expect(r.citations[0]?.file).toBe('orion.txt');
  });

  it.each([
    // No size asked: each figure, in the question's order.
    'Compare the Orion Foods investment with the Nordwind Rail contract: how much is each worth?',
    // A ratio asks both figures, not which is greater.
    'How many times bigger is the Nordwind Rail contract than the Orion Foods investment?',
  ])('gives no verdict when no greater or lesser one is asked for: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).not.toMatch(/[<>]/u);
    expect(r.lead).toMatch(/;/u);
  });
});

// Deals of a summit named by its format, a name the lexicon knows that is no company.
const FORMAT = `Deals of the C5+1 summit

At the C5+1 summit in Oslo, the countries signed agreements with companies worth about 9 billion dollars in total.
`;

describe('a comparison whose side is a format of talks', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND, 'summit.txt': FORMAT });

  it.each([
    'Which is bigger: the total of the C5+1 deals or the Nordwind Rail contract?',
    'Melyik a nagyobb: a C5+1 csúcs megállapodásainak összértéke vagy a Nordwind Rail szerződése?',
  ])('weighs the format\'s figure against the company\'s: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/9 .* > .*1[.,]3/u);
  });

  it('while a question of one figure that names the format only sets no sides', async () => {
    expect((await ctx.engine.ask('How big is the Nordwind Rail contract signed after the C5+1 summit?')).lead).toBe('$1.3 billion');
  });
});

// A third deal of our own, for a list of three.
const KESTREL = `Kestrel Air orders aircraft

Kestrel Air signed a $450 million deal for ten regional aircraft.
`;

describe('a question that ranks three named subjects listed with commas', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND, 'orion.txt': ORION, 'kestrel.txt': KESTREL });

  it.each([
    'Which deal was the smallest: Nordwind Rail, Orion Foods or Kestrel Air?',
    'Which was worth the most: the Nordwind Rail, Orion Foods or Kestrel Air deal?',
  ])('answers with the figure of each: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/1\.3 billion/);
    expect(r.answer).toMatch(/90 million/);
    expect(r.answer).toMatch(/450 million/);
  });
});

// A deal of our own whose worth the article never gives.
const POLAR = `Polar Air orders aircraft

Polar Air ordered regional aircraft for its new routes to Europe.
`;

describe('a comparison of figures where one subject has none', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND, 'polar.txt': POLAR });

  it.each([
    'Which was worth more, the Polar Air aircraft order or the Nordwind Rail contract?',
    'Mennyivel nagyobb a Nordwind Rail szerződése a Polar Air rendelésénél?',
  ])('is not stated: one figure weighs nothing against none, and the one found is the closest passage: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.related?.[0]?.quote).toMatch(/1\.3 billion/);
  });
});

// A visit with a deal of its own, beside the two deals.
const VISIT = `Tokayev in Astana

During Tokayev's visit to Astana, a rail contract worth $300 million was signed.
`;

describe('two subjects a remark names, and a question that asks of one', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND, 'orion.txt': ORION, 'visit.txt': VISIT });

  it('asks no comparison: the part of the message read names only the one («…там был Orion Foods. На какую сумму… с Orion Foods?»)', async () => {
    const r = await ctx.engine.ask('Читала вчера про визит Токаева в Астану, и меня удивило, что там был Orion Foods. На какую сумму подписали соглашение с Orion Foods?');
    expect(r.answer.split('\n')[0]).toMatch(/90/);
    expect(r.answer.split('\n')[0]).not.toMatch(/300/);
  });
});
