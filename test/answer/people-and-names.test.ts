import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

/** A country ties a role to itself ("the US ambassador in India"); a city the question names is where they met. */
describe('a role asked for beside a city', () => {
  const ctx = useOfflineEngine();

  it.each([
    'What is the name of the secretary of state Tokayev met in Washington?',
    'Как зовут госсекретаря, с которым Токаев встретился в Вашингтоне?',
    'Hogy hívják a külügyminisztert, akivel Tokajev Washingtonban találkozott?',
    'Тоқаев Вашингтонда кездескен мемлекеттік хатшының аты кім?',
  ])('is the one the source titles so, wherever the source places the title: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Рубио/);
  });
});

/** "The names of the analysts the correspondent spoke with": the name asked for is the analysts', every one of them. */
describe('names asked for people in the plural, beside another role', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Как зовут политологов, с которыми беседовал корреспондент BAQ.KZ?',
    'What are the names of the analysts the BAQ.KZ correspondent spoke with?',
  ])('are every one the role titles: %s', async (question) => {
    const lead = (await ctx.engine.ask(question)).lead ?? '';
    expect(lead).toMatch(/Оспанов/);
    expect(lead).toMatch(/Калиев/);
  });
});

/** «…дали Казахстан и другие страны»: a verb before a country is no first word of a name the corpus writes with it. */
describe('a common word before a country', () => {
  const ctx = useOfflineEngine();

  it('is read as itself, so the figure the countries gave together answers', async () => {
    expect((await ctx.engine.ask('Сколько денег дали Казахстан и другие страны Ближнему Востоку, по словам Трампа?')).lead).toMatch(/7 млрд/);
  });
});

/** "The head of this American company, Wabtec": the owner may stand a few words after the role, within its phrase. */
describe('a role tied to a company named a few words after it', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Как зовут главного начальника этой американской компании Wabtec?',
    'Кой е шефът на тази американска компания Wabtec?',
  ])('is someone of that company: no one the sources name, not the minister present at its signing: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.answer).not.toMatch(/Лютник/);
  });
});

/** "Which city in Kazakhstan": a city of another country (where the meeting was) is no answer. */
describe('a city asked for in a country', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Which city in Kazakhstan will get the Blackstone data centres?',
    'Қазақстанның қай қаласында Blackstone деректер орталықтарын салады?',
  ])('is none of another country: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).not.toMatch(/Ню Йорк|New York/);
  });
});

const ENVOY = `Minister meets envoys

In Astana the minister met the special envoy of the French president for Central Asia, Ola Berg.

Later he received the German ambassador in Japan, Karl Weiss.
`;

/** A role phrase that names every place the question asks, and others besides, is the one asked about. */
describe('a role tied to the places asked and to more', () => {
  const ctx = useEngineOver({ 'envoy.txt': ENVOY });

  it.each(['Which special envoy of the French president did the minister meet?', 'С каким спецпосланником президента Франции встретился министр?'])(
    'is answered by its holder: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/Ola Berg/);
    },
  );

  it('while a role tied to another place than one asked is no answer', async () => {
    expect((await ctx.engine.ask('Who is the German ambassador in Kazakhstan?')).lead ?? '').not.toMatch(/Weiss/);
  });
});


// The seeds: Boeing's executive vice president Jeff Shockey discussed the Dreamliners with Tokayev; Sergio Gor is the
// US president's special representative. A company's executives speak for it; a country's representative is no executive.
describe('a company\'s representative asked for', () => {
  const ctx = useOfflineEngine();

  it.each(['Which Boeing representative talked with Tokayev about the Dreamliners?', 'Кой представител на Boeing обсъди с Токаев доставката на самолетите?'])(
    'is an executive of that company: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/Jeff Shockey/);
    },
  );

  it('is no company executive when no company is named', async () => {
    expect((await ctx.engine.ask('Which US representative did Tokayev receive in Washington?')).lead).toMatch(/Гор/);
  });
});

/** "Which of Nortec's leaders…" where the source names the role alone («the Vice President of Nortec and Tokayev…»). */
describe('a role at a company asked for where the source names no one', () => {
  const ctx = useEngineOver({ 'ai.txt': 'AI talks\n\nEarlier, the Vice President of Nortec and Tokayev discussed the development of AI in Kazakhstan.\n\nThe plant in Astana makes 300 wagons a year.\n' });

  it.each([
    'Кой от ръководството на Nortec е обсъждал с Токаев изкуствения интелект?',
    'Which Nortec leader discussed AI with Tokayev?',
    // (The owner before the question word: «a Nortec *melyik* vezetője».)
    'A Nortec melyik vezetőjével tárgyalt Tokajev a mesterséges intelligenciáról?',
  ])('is the role the source gives, with the company: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toBe('Vice President of Nortec');
  });

  it.each(['What is the name of the Nortec vice president who discussed AI with Tokayev?', 'Who is the CEO of Nortec?'])(
    'is not stated when the question asks the name, or a role the source never gives: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );
});

/** A role the question names is held by the name the article titles so ("the trade minister" is Ola Berg). */
describe('a role named in a question about what its holder did', () => {
  const ctx = useEngineOver({
    'talks.txt': 'Talks in Oslo\n\nThe trade minister of Norland, Ola Berg, proposed joint investments in minerals.\n\nBerg also thanked Tokayev for choosing Nortec for the wagon contract.\n\nTokayev met the foreign minister of Norland and the trade minister of Norland, and the meetings were aimed at trade.\n',
  });

  it('is held by a sentence that names its holder, though the verb beside the role qualifies nothing', async () => {
    // ("the Norland trade minister *thank*": the word after the role is the clause's verb, no part of the title.)
    const r = await ctx.engine.ask('What did the Norland trade minister thank Tokayev for?');
    const thanks = r.answer.indexOf('choosing Nortec');
    const meetings = r.answer.indexOf('aimed at trade');
    expect(thanks).toBeGreaterThan(-1);
    if (meetings >= 0) expect(thanks).toBeLessThan(meetings);
  });
});

// Articles of our own: a memorandum each side's signer is named for, and a deal whose company one side's word marks.
const MEMO_BY_SIDES = `Minerals memorandum signed

The memorandum on rare metals was signed by high-ranking representatives of both sides:

From Kazakhstan – minister of industry Arman Sadykov;

From the USA – trade secretary John Miller.
`;
const RAIL_DEAL = `Rail deal

During the visit agreements were signed with the American company Railco on the supply of 200 wagons.
`;

describe('who signed for one side', () => {
  const ctx = useEngineOver({ 'memo.txt': MEMO_BY_SIDES, 'rail.txt': RAIL_DEAL });

  it.each([
    ['Who signed the rare metals memorandum for the American side?', /John Miller/, /Sadykov/],
    ['Кто подписал меморандум по редким металлам с казахстанской стороны?', /Sadykov/, /Miller/],
    ['Кой подписа меморандума за редките метали от американска страна?', /John Miller/, /Sadykov/],
    ['Ki írta alá a ritka fémekről szóló memorandumot kazah részről?', /Sadykov/, /Miller/],
    ['Сирек металдар жөніндегі меморандумға АҚШ тарапынан кім қол қойды?', /John Miller/, /Sadykov/],
    ['Читал, что с казахстанской стороны меморандум подписал Садыков. А кто подписал его со стороны США?', /John Miller/, /Sadykov/],
  ])('leads with that side’s signer alone: %s', async (question, signer, other) => {
    const lead = (await ctx.engine.ask(question)).lead ?? '';
    expect(lead).toMatch(signer);
    expect(lead).not.toMatch(other);
  });

  it('leads with every signer when no side is named', async () => {
    expect((await ctx.engine.ask('Who signed the rare metals memorandum?')).lead).toMatch(/Sadykov[^]*Miller|Miller[^]*Sadykov/);
  });

  it('is not a company another country’s word marks', async () => {
    const r = await ctx.engine.ask('Кто со стороны Казахстана подписал соглашения о поставке вагонов?');
    expect(r.lead ?? '').not.toMatch(/Railco/);
  });
});
