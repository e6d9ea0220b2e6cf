import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// Two articles of our own: one names the company and what it finances, the other only that companies are financed.
const NORTEC = `Nortec in Astana

The head of Nortec visited Astana on Monday. Nortec will finance fast-growing technology start-ups in Kazakhstan.
`;
const FUND = `State fund

Many companies are financed by the state fund, the ministry said. The fund finances companies of every size.
`;

describe('the sentences of a question', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'fund.txt': FUND });

  it.each([
    ['A Nortec vezetőjét a vagyonkezelésről kérdezték. Milyen cégeket finanszíroznának?', 'hu'],
    ['Ръководителят на Nortec говори за управление на активи. Какви компании ще финансира?', 'bg'],
  ] as Array<[string, Lang]>)('reads a sentence that names no one as about the name before it (its verb\'s subject): %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.file).toBe('nortec.txt');
  });
});

// Two articles on American companies in Kazakhstan: one on Nortec's contracts, one on the others'.
const NORTEC_DEALS = `Nortec in Pavlodar

Nortec opened a plant in Pavlodar. Its contracts with Kazakh railways are worth $90 million.
`;
const OTHER_DEALS = `American companies in Kazakhstan

American companies signed contracts in Kazakhstan worth $40 million this year, the chamber of commerce said.
`;

describe('a question whose only capitalised word is a country\'s adjective', () => {
  const ctx = useEngineOver({ 'nortec-deals.txt': NORTEC_DEALS, 'other-deals.txt': OTHER_DEALS });

  it('is still about the name of the sentence before it («Американдық компаниялар…» names nothing of its own)', async () => {
    const r = await ctx.engine.ask('I read about Nortec. What are the American company\'s contracts worth?');
    expect(r.citations[0]?.file).toBe('nortec-deals.txt');
  });
});

// Three articles of our own, all set in Kazakhstan, two of them on one president's visit.
const VISIT = `Tokayev visits Washington

President Tokayev of Kazakhstan signed several deals in Washington on Thursday. Kazakhstan and Nortec signed a rail contract worth $300 million.
`;
const ORION = `Orion Foods in Kazakhstan

During the visit of Tokayev, Kazakhstan and Orion Foods signed a $50 million deal for a pet food plant in Kazakhstan.
`;
const GRAIN = `Grain harvest in Kazakhstan

Kazakhstan expects a record grain harvest this year, the ministry of agriculture of Kazakhstan said.
`;

describe('a remark beside the question', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT, 'orion.txt': ORION, 'grain.txt': GRAIN });

  it.each([
    "I read about Tokayev's deals in Washington. How much is the deal with Orion Foods?",
    'Olvastam Tokajev washingtoni megállapodásairól. Mennyit ér az Orion Foods-szal kötött szerződés?',
  ])('is not the question when the question names something of its own: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/50/);
    expect(r.citations[0]?.file).toBe('orion.txt');
  });

  it('does not let a question about something the corpus never names be answered', async () => {
    expect((await ctx.engine.ask('I like the Nortec deal. Who is the CEO of Tesla?')).answered).toBe(false);
  });
});

// An article of our own with two amounts: what a contract is worth and what the company has invested.
const WAGONS = `Nortec signs rail deal

Kazakhstan will buy 200 wagons from Nortec under a contract worth $900 million.

Since 2010 Nortec has run a plant in Astana. Over this period the company has invested more than $150 million in Kazakhstan.
`;

describe('a remark that sets the scene for the one question of a message', () => {
  const ctx = useEngineOver({ 'wagons.txt': WAGONS });

  it.each([
    'Olvastam a vagonüzletről. Mennyit fektetett be eddig a Nortec Kazahsztánban?',
    'Прочетох за сделката с вагоните. Колко е инвестирала Nortec в Казахстан досега?',
  ])('does not choose the fact the question asks: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/150/);
  });

  it.each([
    'Greetings from Oslo! Where does Nortec run its plant, and since when has it been running?',
    'Hello from Bergen! How much has Nortec invested in its plant since it opened?',
  ])('is no part of a question that names what it is about, whatever its pronouns: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/2010|150/);
  });
});

describe('a remark that covers the message better than the question beside it', () => {
  const ctx = useOfflineEngine();

  it('sets the scene, and the question still says what is asked ("…and among how many?")', async () => {
    const r = await ctx.engine.ask('Слышал, что Казахстан отправил военных в Газу. Правда ли, что он среди первых государств, и среди скольких?');
    expect(r.lead).toBe('5');
  });
});

describe('a question that points back to a remark about the asker', () => {
  const ctx = useEngineOver({
    'wagons.txt': 'Nortec wagons\n\nNortec will deliver 300 freight wagons to Kazakhstan under the new agreements, the ministry said.\n',
    'fund.txt': FUND,
  });

  it('keeps of the remark what the sources know, not the asker\'s own firm and client', async () => {
    const r = await ctx.engine.ask('Good afternoon. Our law office is reviewing the obligations under the Nortec deal on behalf of a client. Could you kindly specify how many wagons are to be delivered under these agreements?');
    expect(r.lead).toMatch(/^300/);
  });
});

describe('a formal letter that asks with a full stop and closes with thanks', () => {
  const ctx = useEngineOver({
    'nortec.txt': 'Nortec in Astana\n\nThe transport minister met Nortec chief executive Maria Olsen in Astana on Monday. Olsen was invited to build a repair depot in Karaganda.\n\nLutnick thanked the minister for choosing Nortec.\n',
    'fund.txt': FUND,
  });

  it('answers the request, not the greeting, the remark or the closing', async () => {
    const r = await ctx.engine.ask('Уважаемые коллеги! Наша компания изучает железнодорожные проекты в Казахстане. Просим сообщить, с каким руководителем Nortec встречался министр. Заранее благодарю.');
    expect(r.lead).toBe('Maria Olsen');
  });
});

// The same company's plant, in a city an article of our own names.
const PLANT = `Nortec plant

Nortec has run a wagon plant in Kazakhstan for years. The plant is located in the city of Astana.
`;

describe('a long message that tells the asker\'s own story before it asks', () => {
  const ctx = useEngineOver({ 'wagons.txt': WAGONS, 'plant.txt': PLANT, 'fund.txt': FUND });

  it.each([
    'Forgive me for rambling, but my late father spent his working life on the railway and always had a soft spot for Nortec. I gather the company struck some sort of big contract with Kazakhstan. Could you tell me how much that contract is worth?',
    'Простите старика за многословие, мой покойный отец всю жизнь проработал на железной дороге и очень любил Nortec. Говорят, что компания заключила какой-то крупный контракт с Казахстаном. Не подскажете, на какую сумму этот контракт?',
  ])('reads the question with what it is about, named two sentences back: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/900/);
  });

  it.each([
    'Здравейте. Покойният ми съпруг беше железничар и все ми разказваше за вагони. Разбрах, че Nortec има завод в Казахстан от години. Ще ми кажете ли в кой град се намира този завод?',
    'Jó napot! Néhai férjem vasutas volt, és mindig a vagonokról mesélt. Úgy tudom, a Nortecnek évek óta van üzeme Kazahsztánban. Meg tudná mondani, melyik városban működik ez az üzem?',
  ])('leaves out the story, which names nothing the sources know: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Astana/);
  });
});
