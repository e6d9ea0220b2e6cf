import { describe, expect, it } from 'vitest';
import { asksMoreOfClaim, guessOffered } from '../../src/answer/engine.js';
import { detectLanguage } from '../../src/language/detect.js';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

const NORTEC = `Nortec signs a wagon deal

Nortec will deliver 300 freight wagons to Kazakhstan under a new contract, the ministry said on Monday.

The wagons will carry grain and coal to the Caspian ports.

Since 2009 the Nortec wagon plant has operated in Pavlodar. In 2024 the company opened a training centre there.
`;

describe('a yes/no question that claims a year', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC });

  it('is checked by the date the sources give for that event: none, so it is not stated', async () => {
    const result = await ctx.engine.ask('Is it true that Nortec will deliver the wagons in 2027?');
    expect(result.answered).toBe(false);
    expect(result.citations).toEqual([]);
  });

  it('is answered with the date they give: an opening, by since when the plant has run', async () => {
    const result = await ctx.engine.ask('Is it true that the Nortec plant in Pavlodar opened in 2010?');
    expect(result.answered).toBe(true);
    expect(result.lead).toBe('2009');
  });
});

const FORUM = `Grain memorandum signed

A memorandum on grain exports was signed in Astana on 9 October by the ministers of agriculture of both countries.
`;

describe('a yes/no question that claims a day of a month', () => {
  const ctx = useEngineOver({ 'forum.txt': FORUM });

  it.each([
    'Was the grain memorandum signed on 19 October?',
    'Меморандум по зерну подписали 19 октября, верно?',
    'Астық туралы меморандумға 19 қазанда қол қойылды ма?',
    'Igaz, hogy október 19-én írták alá a gabona memorandumot?',
  ])('is checked by the day the sources give, not counted as a number of months: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/(?<!1)9\b/);
  });
});

const SIGNING = `Nortec signs a wagon deal

The Nortec wagon contract was signed in Astana on Monday in the presence of the prime minister.

Nortec opened a sales office in Almaty last year. Its engineers will train local staff there.
`;

describe('a yes/no question that claims a city', () => {
  const ctx = useEngineOver({ 'signing.txt': SIGNING });

  it.each([
    'I heard the Nortec contract was signed in Shymkent. Is that right, or which city was it?',
    'Говорят, контракт Nortec подписали в Шымкенте, это так? В каком городе?',
  ])('naming a city the sources never name, is answered with the one they give: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Astana');
  });

  it.each([
    'Someone online wrote the Nortec contract was signed in Shymkent. Where was it actually signed?',
    'В сети пишут, что контракт Nortec подписали в Шымкенте. Где его подписали на самом деле?',
    'Egy poszt szerint a Nortec-szerződést Simkentben írták alá. Hol írták alá valójában?',
  ])('reported by someone else and asked "where really", is answered with the city the sources give: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Astana');
  });

  it('while a question about a place the sources never name is declined', async () => {
    expect((await ctx.engine.ask('Where in Shymkent will Nortec open its office?')).answered).toBe(false);
  });

  it.each([
    'Is it true that the Nortec contract was signed in Almaty?',
    'Igaz, hogy a Nortec-szerződést Almatiban írták alá?',
    'Правда ли, что контракт Nortec подписали в Алматы?',
  ])('is answered with where the sources say it happened: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toBe('Astana');
  });
});

const WAGONS = `Nortec wagons for Kazakhstan

Nortec will deliver 300 freight wagons to Kazakhstan. The first wagons will be delivered in the second half of 2026.

Since 2009 the Nortec wagon plant has operated in Pavlodar. In 2024 the company opened a training centre there.
`;

describe('a question that offers a date to check ("when…, in early 2026?")', () => {
  const ctx = useEngineOver({ 'wagons.txt': WAGONS });

  it('reads "how many units" as a count of what the question is about', async () => {
    expect((await ctx.engine.ask('What will Nortec deliver to Kazakhstan, and how many units?')).lead).toMatch(/^300/);
  });

  it.each(['how many wagons will Nortec deliver + when do the first ones arrive?', 'сколько вагонов поставит Nortec & когда придут первые?'])(
    'reads a "+" or "&" between two questions as "and", and answers both: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/^300 .*; (?:the second half of 2026|вторая половина 2026 года)$/);
    },
  );

  it.each([
    'Someone wrote that Nortec will deliver 900 wagons. How many really?',
    'Пишут, что Nortec поставит 900 вагонов. Сколько на самом деле?',
    'Някой писа, че Nortec ще достави 900 вагона. Колко всъщност?',
    'Egy poszt szerint a Nortec 900 vagont szállít. Valójában hányat?',
    'Біреу Nortec 900 вагон жеткізеді деп жазыпты. Шын мәнінде қанша?',
  ])('or a figure someone else gave, is answered with the figure the source gives: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/^300/);
  });

  it('is answered by the date the source gives, the same year or not', async () => {
    expect((await ctx.engine.ask('When will the first Nortec wagons be delivered, in early 2026?')).lead).toBe('the second half of 2026');
    expect((await ctx.engine.ask('Is it true that the Nortec plant in Pavlodar opened in 2009?')).lead).toBe('2009');
  });
});

const SERVICE = `Nortec wagons

Nortec will deliver 300 freight wagons to Kazakhstan under a contract worth 900 million dollars, including their service for ten years.
`;

describe('a price of one unit, or of one year', () => {
  const ctx = useEngineOver({ 'service.txt': SERVICE });

  it.each(['Mennyi egy Nortec vagon egységára?', 'Сколько стоит обслуживание вагонов Nortec в год?'])('is not a contract\'s total: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(false);
  });

  it('while the total answers what the contract is worth', async () => {
    expect((await ctx.engine.ask('How much is the Nortec contract worth?')).lead).toBe('$900 million');
  });
});

describe('a count a year', () => {
  const ctx = useEngineOver({
    'plant.txt': 'Nortec wagons\n\nSince 2009 the Nortec wagon plant in Pavlodar has built more than 600 wagons for the railways.\n',
    'mill.txt': 'Kestrel mill\n\nThe Kestrel mill in Taraz will process 40 thousand tonnes of grain a year.\n',
  });

  it('is not answered by a count since the start', async () => {
    expect((await ctx.engine.ask('How many wagons a year will the Nortec plant in Pavlodar build?')).answered).toBe(false);
  });

  it('is answered by a yearly figure', async () => {
    expect((await ctx.engine.ask('How many tonnes of grain a year will the Kestrel mill process?')).lead).toMatch(/40/);
  });
});

describe('a yearly count asked by an adjective ("annual", «годовое», «éves», «жылдық»)', () => {
  const ctx = useEngineOver({ 'plant.txt': 'Nortec wagons\n\nSince 2009 the Nortec wagon plant has produced more than 600 wagons for the railways.\n' });

  it.each([
    "How many wagons is the Nortec plant's annual production?",
    'Hány vagon a Nortec-gyár éves termelése?',
    'Сколько вагонов составляет годовое производство завода Nortec?',
    'Колко вагона е годишното производство на завода на Nortec?',
    'Nortec зауытының жылдық өндірісі қанша вагон?',
  ])('is not answered by a count since the start: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it('while a count with no period is', async () => {
    expect((await ctx.engine.ask('How many wagons has the Nortec plant produced?')).lead).toMatch(/600/);
  });
});

const CENTRES = `Nortec in Pavlodar

The head of Nortec was invited to build data centres in Pavlodar and to invest in local start-ups.

Kestrel signed a deal worth 2.5 billion dollars with the ministry of agriculture.
`;

describe('a yes/no question that claims an amount', () => {
  const ctx = useEngineOver({ 'centres.txt': CENTRES });

  it.each([
    'Is it true that Nortec committed $1 billion to data centres in Pavlodar?',
    'Правда ли, что Nortec вложит 1 млрд долларов в дата-центры в Павлодаре?',
    // (An amount with no figure, "a billion dollars", is claimed as well.)
    'Is it true that Nortec will put a billion dollars into data centres in Pavlodar?',
    'Правда, что Nortec вложит миллиард долларов в дата-центры в Павлодаре?',
  ])(
    'is not stated when the sources give no amount for it: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  it.each(['Is it true that the Kestrel deal is worth $4 billion?', 'Igaz, hogy a Kestrel-megállapodás 4 milliárd dollár értékű?'])('is answered with the amount the sources give: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/2[.,]5/);
  });
});

const SPAN = `Nortec wagons for Kazakhstan

Nortec will deliver 300 freight wagons to Kazakhstan over the next five years.

Since 2009 the Nortec wagon plant has operated in Pavlodar.
`;

describe('a claim in one sentence and a question of no words of its own in the next', () => {
  const ctx = useEngineOver({ 'wagons.txt': SPAN });

  it.each([
    'A cikkem szerint a Nortec tíz év alatt szállít 300 vagont Kazahsztánnak. Hány év a helyes?',
    'Според моя текст Nortec ще достави 300 вагона за десет години. Колко години е вярно?',
  ])('is read with the claim, whose words say what is asked: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/^5 /);
  });
});

const CEREMONY = `Nortec signs a wagon deal

The Nortec wagon contract was signed on 6 November in Astana by Nortec chief executive Maria Olsen and transport minister Daniyar Ospan.

Nortec opened a sales office in Pavlodar last year. Its engineers will train local staff there.
`;

describe('a message that checks a claim and asks what is really so', () => {
  const ctx = useEngineOver({ 'ceremony.txt': CEREMONY });

  it.each([
    'Is it true the Nortec contract was signed by John Carver? Who really signed it?',
    'Правда ли, что контракт Nortec подписал Джон Карвер? Или это был кто-то другой?',
    'Igaz, hogy a Nortec-szerződést John Carver írta alá? Vagy valaki más?',
    'Вярно ли е, че договора с Nortec подписа Джон Карвър? Или беше някой друг?',
  ])('is answered with the person the sources name, the claimed one being a name they never mention: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Olsen/);
  });

  it.each([
    'Неужели Nortec открыл офис продаж в Шымкенте? Где конкретно?',
    'Igaz, hogy a Nortec-szerződést márciusban írták alá? Mikor valójában?',
  ])('counts a claimed city or month the sources never name as the claim: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Pavlodar|6 November/);
  });

  it('while a yes/no question about a name the sources never mention, asking nothing more, is declined', async () => {
    expect((await ctx.engine.ask('Did Nortec sign a contract with Tesla during the visit?')).answered).toBe(false);
  });
});

describe('a claim of a value the sources name elsewhere, then a question of what really is', () => {
  const ctx = useEngineOver({
    'memo.txt': 'Nortec memorandum signed\n\nThe memorandum on rare metals was signed by minister Daniyar Ospan and Nortec chief executive Maria Olsen.\n',
    'visit.txt': 'The visit\n\nIn Washington the president met deputy minister Karl Weber, the trade envoy and several investors. They discussed rare metals and the memorandum.\n',
  });

  it.each([
    'I heard the rare metals memorandum was signed by Karl Weber. Who really signed it?',
    'Чух, че меморандумът за редките метали е подписан от Карл Вебер. Кой всъщност го подписа?',
    // (A guess offered after a dash, in the one sentence.)
    'Who actually signed the rare metals memorandum — Karl Weber?',
    'Кой всъщност подписа меморандума за редките метали — Карл Вебер ли?',
  ])('reads the claimed person as the claim, not as whom the question is about: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer.split('\n')[0]).toMatch(/Olsen|Ospan/);
  });
});

describe('a guess offered at the end of an open question', () => {
  const ctx = useOfflineEngine();

  // (The seed article names the Kazakh signer, Ersayin Nagaspaev, beside the US one.)
  it.each([
    'Which Kazakh minister put his name to the critical minerals memorandum — was it Nagaspaev?',
    'Кой казахстански министър подписа меморандума за критичните минерали - Нагаспаев ли?',
  ])('is checked against the sources, the guessed name no subject of the question: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/^Ерсайын Нагаспаев/);
  });

  it('is no guess when what follows the dash is the question itself', async () => {
    const r = await ctx.engine.ask('Critical minerals memorandum — who signed it?');
    expect(r.lead).toMatch(/Нагаспаев/);
  });
});

describe('a claim asked about, then a question of what really is', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC });

  it.each([
    'apparently the nortec wagon plant in pavlodar only started up in 2015? when did it really begin operating',
    'Говорят, завод Nortec в Павлодаре запустили в 2015 году? Когда он на самом деле начал работу?',
  ])('is read whole: the claim tells what is asked of, the question what to answer: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/2009/);
  });
});

const ARROWS = `Nortec wagons for Kazakhstan

Nortec will deliver 300 freight wagons to Kazakhstan. The first wagons will be delivered in the second half of 2026.

The president also discussed the delivery of Nortec 850 Arrow locomotives ordered by Steppe Rail, expected in 2027.

Astana Motors will also buy Nortec trucks, the company said at a forum in Almaty.
`;

describe('a yes/no question that claims a count, or names a company after a city', () => {
  const ctx = useEngineOver({ 'arrows.txt': ARROWS });

  it.each([
    'Вярно ли е, че Steppe Rail е поръчала 15 локомотива Arrow?',
    'Неужели Steppe Rail заказала 15 локомотивов Arrow?',
    'Igaz, hogy a Steppe Rail 15 Arrow mozdonyt rendelt?',
    // (A count spelled out is claimed as one written in digits.)
    'Рас па, Steppe Rail Алматыда он бес Arrow локомотивін сатып алды?',
  ])('is checked by the count the sources give of that thing: none, so it is not stated: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(false);
  });

  it.each(['Is it true that Nortec will deliver 300 wagons?', 'Is it true that Nortec will deliver around three hundred wagons?'])(
    'is answered with the count the sources give when they give one, spelled out or not: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/^300/);
    },
  );

  it.each([
    // (The thing counted named before the number too, "the wagon maker… 500 wagons".)
    'Will the wagon maker Nortec deliver more than 500 wagons?',
    // (A figure with a case ending after a hyphen, «500-ден»; a number word with one, «мыңнан».)
    'Nortec Қазақстанға 500-ден астам вагон жеткізе ме?',
    'Nortec Қазақстанға мыңнан астам вагон жеткізе ме?',
    // (A country before the noun says whose the things are; it is not what is counted.)
    'Is it true that Nortec will deliver 500 Kazakh freight wagons?',
  ])('corrects a claimed count with the one the sources give: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/^300/);
  });

  // (A figure the passages write right after the name before it is the model's: no count is claimed.)
  it.each(['Did Steppe Rail order the Nortec 850 Arrows?', 'Steppe Rail заказала локомотивы Nortec 850 Arrow, верно?', 'A Steppe Rail rendelte meg a Nortec 850 Arrow mozdonyokat?'])(
    'reads a figure in a model\'s name as no claimed count: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/Steppe Rail/);
    },
  );

  it('reads a city in a company\'s name as no claimed place', async () => {
    const result = await ctx.engine.ask('Is it true that Astana Motors will buy Nortec trucks?');
    expect(result.answered).toBe(true);
    expect(result.lead).not.toBe('Almaty');
  });
});

const TALKS = `Minister offers joint investments

The US trade minister Ola Berg offered Kazakhstan joint investments in rare metals during his visit to Astana.
`;

describe('a message that names a thing and asks whether it was something else', () => {
  const ctx = useEngineOver({ 'talks.txt': TALKS });
  const particular = useEngineOver({ 'talks.txt': `${TALKS.trimEnd()} He was particularly interested in mining.\n` });

  it.each([
    'Did Berg offer joint investments in oil and gas, or was it something else?',
    'Берг предлагал совместно инвестировать в нефть и газ? Или речь шла о чём-то другом?',
    'Berg olajba és gázba ajánlott közös befektetést, vagy valami másba?',
    'Берг мұнай мен газға бірлесіп инвестиция салуды ұсынды ма, әлде басқа бір нәрсеге ме?',
  ])('is answered by what the sources tell, the things it names being its claim: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/rare metals/);
  });

  // Oil and rare metals are both resources: a claim of one where the passage tells the other is checked by it.
  it.each([
    'Is it true that Berg offered Kazakhstan joint investments in oil?',
    'Правда ли, что Берг предложил совместно вкладываться в нефтедобычу?',
    'Igaz, hogy Berg olajkitermelésbe ajánlott közös befektetést?',
  ])('and a plain yes/no question naming another thing of a kind the passage names is answered by it: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/rare metals/);
  });

  // (And one of another kind, where the passage tells the rest of the claim: see "a thing the sources never mention
  // in place of one they give".)
  it('and one naming a thing of another kind, where the passage tells all the rest of the claim', async () => {
    expect((await ctx.engine.ask('Did Berg offer joint investments in tourism?')).answer).toMatch(/rare metals/);
  });

  it.each(['Did Berg sign a tourism agreement?', 'Did Kazakhstan agree on joint investments in oil and gas?'])(
    'while one naming a thing the passage tells nothing else of, or naming nobody it tells of, is not answered: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  // A word for a kind is how the question is put, not a thing the sources must mention.
  it.each(['Did Berg offer investments in any particular kind of metals?', 'Берг предлагал инвестиции в какой-то особый вид металлов?'])(
    'while asking about "any particular kind of" a thing they tell is answered: %s',
    async (question) => {
      const r = await particular.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.answer).toMatch(/rare metals/);
    },
  );
});

// An article of our own on what a company will deliver.
const FREIGHT = `Nortec to deliver wagons

The documents provide for the delivery of 200 freight wagons to Kazakhstan and their servicing.
`;

describe('a question that offers two things, one of which the sources never mention', () => {
  const ctx = useEngineOver({ 'freight.txt': FREIGHT });

  it.each([
    'Will Nortec deliver freight wagons or passenger trains?',
    'Грузовые вагоны или пассажирские поезда поставит Nortec?',
  ])('is answered by the one they do: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/freight wagons/);
  });
});

// An article of our own: a summit's deals, told by their total.
const SUMMIT = `Summit results

At the summit in Astana Kazakhstan concluded a number of agreements with Nordic companies. The total volume of the agreements is estimated at about 9 billion dollars.
`;

describe('a yes-or-no question about a figure, called "the figure"', () => {
  const ctx = useEngineOver({ 'summit.txt': SUMMIT });

  it.each([
    'Is the roughly $9 billion figure from the summit the total volume of the agreements?',
    'Is the $9 billion figure the total of the agreements concluded at the summit?',
  ])('is answered, though the sources never use the word: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/total volume/);
  });
});

const INVESTED = `Nortec invests in Pavlodar

Over ten years Nortec has invested more than 200 million dollars in its Pavlodar wagon plant.

Berg offered Kazakhstan joint investments in rare metals.
`;

describe('a question after "if so" with no word of its own', () => {
  const ctx = useEngineOver({ 'invested.txt': INVESTED });

  // It asks what the yes/no question before it names: an amount, which a passage without one does not give.
  it.each([
    'Did Berg name an investment amount? If so, what was it?',
    'Назвал ли Берг объём инвестиций? Если да, то какой?',
    'Megnevezett-e Berg konkrét összegű befektetést? Ha igen, mekkorát?',
  ])('asks for the amount: none is given, so none is stated: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it('is answered with the amount where one is given', async () => {
    expect((await ctx.engine.ask('Did Nortec disclose an investment amount? If so, what was it?')).lead).toMatch(/200/);
  });
});

describe('a question that asks on from a yes/no question ("If so, …")', () => {
  const ctx = useOfflineEngine();

  // Its own words say what is asked: the kind of locomotives, the visit's number.
  it.each([
    ['Did Kazakhstan sign a deal with Wabtec? If so, what type of locomotives will it get?', /грузовых/],
    ['Tokajev járt már korábban az Egyesült Államokban? Ha igen, hányadik útja volt ez?', /Вторая командировка/],
  ])('is read with its own words: %s', async (question, quote) => {
    expect((await ctx.engine.ask(question)).citations[0]?.quote).toMatch(quote);
  });
});


const ROLE_HOLDERS = `Nortec talks in New York

Tokayev met the chief executive of Nortec, Daniel Brandt, in New York. The talks covered wagon deliveries.

`;

describe('a yes/no question that names someone the sources never do as the holder of a role', () => {
  const ctx = useEngineOver({ 'talks.txt': ROLE_HOLDERS });

  it.each([
    'Was Larry Fink the Nortec CEO that Tokayev met?',
    'Is it true that the Nortec chief executive Tokayev met in New York was Larry Fink?',
    'Верно ли, что Токаев встретился с гендиректором Nortec Ларри Финком?',
  ])('is answered with the holder the sources name: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toBe('Daniel Brandt');
  });

  it.each(['Did Tokayev meet Elon Musk in New York?', 'Did Tokayev meet the Tesla CEO Elon Musk in New York?'])(
    'while one naming no role, or a company the sources never name beside the name, is about someone else: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );
});

const VICE_PRESIDENT = `Переговоры Nortec

Вице-президент компании Nortec Сэм Ридж обсудил с министром работу учебного центра.
`;

describe('a yes/no question that names a company the sources never name as where a person they name holds a role', () => {
  const ctx = useEngineOver({ 'vice-president.txt': VICE_PRESIDENT });

  it.each([
    'Правда ли, что Сэм Ридж — вице-президент Lockheed Martin?',
    'Сэм Ридж вицепрезидент на Lockheed Martin ли е?',
    'Сэм Ридж Lockheed Martin компаниясының вице-президенті ме?',
  ])('is answered with the company the sources give: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Nortec');
  });
});

const WORTH = `Nortec подписал соглашение

Одним из итогов визита стало соглашение с компанией Nortec на сумму 3,5 миллиарда долларов.
`;

describe('a yes/no question that claims the amount the sources give', () => {
  const ctx = useEngineOver({ 'worth.txt': WORTH });

  it.each(['Вярно ли е, че споразумението с Nortec е за 3,5 милиарда долара?', 'Правда ли, что соглашение с Nortec заключено на 3,5 миллиарда долларов?'])(
    'is answered with it, not told the sources leave it out: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.lead).toMatch(/3,5/);
    },
  );
});

describe('a figure guessed after a question\'s last comma', () => {
  it.each([
    ['Mekkora a kritikus ásványokról szóló memorandum pénzügyi kerete, 1 milliárd dollár?', 'hu', '1 milliárd dollár'],
    ['Какова сумма меморандума о критических минералах, 1 миллиард долларов?', 'ru', '1 миллиард долларов'],
    ['How many wagons will Nortec deliver, 400?', 'en', '400'],
  ] as const)('is the guess the question checks: %s', (question, lang, guess) => {
    expect(guessOffered(question, lang)).toBe(guess);
  });

  it('while a question with no figure after its comma offers none', () => {
    expect(guessOffered('How big is the memorandum, in dollars?', 'en')).toBeUndefined();
  });
});

// "Which city — is it Almaty?": a place or a company guessed after an open question is the guess checked, not what the
// question is about, though the sources never name it.
const PLANT = `Nortec в Казахстане

Компания Nortec построит вагонный завод в Павлодаре.
`;

describe('a place or a company guessed after an open question', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT });

  it.each([
    ['In which city will Nortec build its wagon plant — is it Almaty?', /Павлодар/u],
    ['В каком городе Nortec построит вагонный завод — в Алматы?', /Павлодар/u],
    ['Коя компания ще строи вагонния завод в Павлодар — Siemens ли?', /Nortec/u],
    ['Где Nortec построит вагонный завод — в Алматы или в Караганде?', /Павлодар/u],
  ])('is answered with what the sources give: %s', async (question, expected) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(expected);
  });

  it.each([
    ['In which city will Nortec build its plant — is it Almaty?', 'en', 'is it Almaty'],
    ['Коя компания ще строи завода — Siemens ли?', 'bg', 'Siemens ли'],
    // (Figures with their case endings, and a remark closing the message after the guess.)
    ['Hány vagont szállít a Nortec — 400-at vagy 4000-et? Mindig összekeverem.', 'hu', '400-at vagy 4000-et'],
    ['How many wagons will Nortec deliver — 400 or 4000? I always mix them up.', 'en', '400 or 4000'],
    // (Its function words do not count: two places, each with its preposition.)
    ['В каком городе Nortec построит завод — в Алматы или в Караганде?', 'ru', 'в Алматы или в Караганде'],
    ['In which city will Nortec build its plant — in Almaty or in Karaganda?', 'en', 'in Almaty or in Karaganda'],
    // (A name after the last comma, past a preposition and before a yes/no particle; after a dash whose words ask.)
    ['Nortec вагон зауытын қай қалада салады, Алматыда ма?', 'kk', 'Алматыда'],
    ['Nortec вагон зауытын салады ғой — қай қалада еді, Алматыда ма?', 'kk', 'Алматыда'],
    ['Вагонният завод на Nortec — в кой град е, в Алмати ли?', 'bg', 'Алмати'],
  ] as const)('offers the guess: %s', (question, lang, guess) => {
    expect(guessOffered(question, lang)).toBe(guess);
  });

  it.each([
    'Nortec вагон зауытын салады ғой — қай қалада еді, Алматыда ма?',
    'Вагонният завод на Nortec — в кой град е, в Алмати ли?',
  ])('where the guess follows the question word and a particle: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Павлодар/u);
  });
});

// "Did he meet the wagon maker's chief too? Who was it, Omarov?": a name guessed right, which the question names, is the
// answer the passage that titles him gives, not someone else the passage lists.
describe('a guessed name the sources confirm', () => {
  const ctx = useEngineOver({
    'talks.txt': `Переговоры в Павлодаре

Аким встретился с:

директором компании Nortec Асетом Омаровым;

главой банка Kestrel Иваном Петровым.
`,
  });

  it.each([
    'Did the akim also meet the Nortec director? Who was it, Omarov?',
    'Аким Nortec директорымен де кездесті ме? Ол кім еді, Омаров па?',
  ])('leads with the guessed one: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/Омаров/u);
  });
});

const LOCAL = `Nortec plant

Since 2009 the Nortec wagon plant has operated in Pavlodar. The localisation of its production has reached 45%.
`;

describe('a yes/no question that claims a share', () => {
  const ctx = useEngineOver({ 'local.txt': LOCAL });

  it.each(['Is it true that localisation at the Nortec plant reached 60 percent?', 'Is it true that localisation at the Nortec plant reached 45 percent?'])(
    'is answered with the percent the sources give, whether the claim is wrong or right: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/45\s?%/);
    },
  );
});

describe('a yes/no question that claims the city a meeting was in', () => {
  const ctx = useOfflineEngine();

  it.each(['Правда ли, что Токаев в Вашингтоне встретился с госсекретарём Марко Рубио?', 'Igaz, hogy Tokajev Washingtonban találkozott Marco Rubio külügyminiszterrel?'])(
    'is checked by a city, not answered with a region: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.lead ?? '').not.toMatch(/Азии|Ázsi/u);
    },
  );
});

const PARTNERS = `Nortec в Казахстане

Компания Nortec планирует построить клинику в Астане вместе с Brightwater Health System.

Тракторы Nortec будут собирать на базе АО "Агротех KZ".
`;

describe('a yes/no question that puts a company the sources never name beside one they do', () => {
  const ctx = useEngineOver({ 'partners.txt': PARTNERS });

  it.each([
    ['Правда ли, что клинику Nortec построят вместе с Mayo Clinic?', /Brightwater/],
    ['Тракторы Nortec будут собирать на базе «КазАгроҚаржы»?', /Агротех/],
    ['Nortec тракторлары «ҚазАгроҚаржы» базасында жиналады ма?', /Агротех/],
  ])('as its partner or its base, is answered with the one they give: %s', async (question, expected) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead ?? '').toMatch(expected);
  });

  it('while one naming a company beside none the sources name is about something else', async () => {
    expect((await ctx.engine.ask('Did Kazakhstan sign anything together with Tesla?')).answered).toBe(false);
  });
});

const AIRLINE = `Orlan Air plans

The Kazakh airline Orlan Air also plans to buy more Boeing aircraft and will consider opening a maintenance centre at its base in Shymkent airport.

Minister Lee thanked Tokayev for choosing Nortec for the wagon supply contract.

Earlier Donald Trump tried to use Russia as a counterweight to China, the analyst said.
`;

describe('a yes/no question that puts a name the sources never give in place of one they do', () => {
  const ctx = useEngineOver({ 'airline.txt': AIRLINE });

  it.each([
    ['Does Orlan Air plan to buy Airbus aircraft?', /Boeing/],
    ['Планирует ли Orlan Air купить ещё самолёты Airbus?', /Boeing/],
    ['Orlan Air планирует открыть центр техобслуживания в аэропорту Актау?', /Shymkent/],
    ['Did Lee thank Tokayev for choosing Siemens for the wagon supply?', /Nortec/],
    // (A deal the name is chosen for is no deal made with it.)
    ['Did Lee thank Tokayev for choosing General Electric for the wagon supply contract?', /Nortec/],
    // (Or a country they never name, not as where or with whom.)
    ['Did Trump try to use Turkey as a counterweight to China?', /Russia/],
  ])('is answered by the passage that tells the rest of it: %s', async (question, expected) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(expected);
  });

  it.each(['Did Orlan Air sign a deal with Airbus?', 'Did Tokayev meet Elon Musk?', 'Does Orlan Air have a maintenance contract with Airbus?', 'Does Turkey also have a wagon supply contract with Nortec?'])('while one asking whether a deal was signed or a meeting held with it is declined: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });
});

const FUND = `Orlanex in Kazakhstan

Tokayev also met Ann Lee, the head of Orlanex.

During the talks the chief executive of Orlanex was invited to build data centres in Kazakhstan.
`;

describe('a yes/no question that claims a thing the sources never mention in place of one they give', () => {
  const ctx = useEngineOver({ 'fund.txt': FUND });

  it.each([
    "Was Orlanex's CEO invited to build oil refineries in Kazakhstan?",
    'Главу Orlanex пригласили строить в Казахстане нефтеперерабатывающие заводы?',
    'Orlanexet meghívták, hogy uránfeldolgozó üzemeket építsen Kazahsztánban?',
  ])('is answered by the passage that tells who was invited to build what: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/data centres/);
  });

  it.each(['Did Orlanex sign a deal on uranium supplies?', 'Did Orlanex invest in oil?'])('while one the passage tells nothing else of is not answered: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });
});

describe('a place put in place of one the sources never give', () => {
  const ctx = useEngineOver({ 'airline.txt': AIRLINE.replace(' at its base in Shymkent airport', ' at an airport') });

  it('is not checked by a passage that gives no place', async () => {
    expect((await ctx.engine.ask('Does Orlan Air plan to open a maintenance centre at the airport in Aktau?')).answered).toBe(false);
  });
});

const CLINIC = `Clinic in Astana

Компания Nortec Group планирует построить клинику в Астане вместе с Brightwater Health.
`;

describe('a count claimed, then «Әйтпесе қанша?» (otherwise, how many?)', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC });

  it('is answered with the count the sources give («әйтпесе» counts nothing)', async () => {
    expect((await ctx.engine.ask('Nortec Қазақстанға 500 жүк вагонын жеткізеді деген рас па? Әйтпесе қанша?')).lead).toBe('300 вагон');
  });
});

describe('a guess after a dash, then the question asked again', () => {
  const ctx = useEngineOver({ 'airline.txt': AIRLINE, 'fund.txt': FUND, 'clinic.txt': CLINIC });
  const seeds = useOfflineEngine();

  it.each([
    ['Orlan Air wants to open a maintenance centre at an airport where it is based — was that Almaty? Which airport?', /Shymkent/u],
    ['Orlan Air хочет открыть центр техобслуживания в аэропорту своего базирования — это Алматы? Какой аэропорт?', /Shymkent/u],
    // (The guess is the claim: the names of the sentence before it are what the question is about.)
    ['Who is Nortec Group building the clinic in Astana with — Mayo Clinic? Who is the partner?', /Brightwater/u],
    ['С кем Nortec Group собирается строить клинику в Астане — с Mayo Clinic? Кто партнёр?', /Brightwater/u],
  ])('is answered with what the sources give, the guessed name no subject: %s', async (question, expected) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer.split('\n')[0]).toMatch(expected);
  });

  it.each([
    'Tokayev also met the head of an investment fund, perhaps BlackRock? Which company was it?',
    // (Asked again in the first clause, then more in a second.)
    'Tokayev also met the head of an investment fund, perhaps BlackRock? Which company was it, and what was its chief executive invited to build?',
  ])('reads a name the sources never give, then asked for again, as the claim: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/^Orlanex/u);
  });

  it.each([
    // (The seed articles name Blackstone's chief executive; a Hungarian possessive case after a hyphen, «-éval».)
    'Tokajev egy nagy alapkezelő vezérigazgatójával is tárgyalt, talán a Vanguard-éval? Melyik cégről van szó?',
    'Токаев встречался и с главой крупной инвестиционной компании — кажется, Vanguard? Какой именно компании?',
  ])('over the seed articles too: %s', async (question) => {
    expect((await seeds.engine.ask(question)).lead).toMatch(/^Blackstone/u);
  });

  it('still declines a claim the question asks more of', async () => {
    expect((await ctx.engine.ask('Is it true that Tesla signed a wagon deal? What was it worth?')).answered).toBe(false);
  });
});

const MEMORANDUM = `Minerals memorandum signed

The memorandum on rare metals was signed in Washington in the presence of President Tokayev.

The memorandum was signed by industry minister Aidar Bekov for Kazakhstan and by commerce secretary Ann Lee for the US.

Energy minister Dana Ospan and secretary of state Tom Hale discussed oil prices.
`;

describe('a yes/no question that claims who signed by a role', () => {
  const ctx = useEngineOver({ 'memorandum.txt': MEMORANDUM });

  it.each([
    'Was the rare metals memorandum signed for Kazakhstan by the energy minister?',
    'Меморандумът за редките метали подписан ли е от министъра на енергетиката?',
    'Did Secretary of State Tom Hale sign the rare metals memorandum?',
  ])('is answered with who signed: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Bekov|Lee/);
  });

  it('while one asking who was present is not read as a signer', async () => {
    const result = await ctx.engine.ask('Was the rare metals memorandum signed in the presence of President Tokayev?');
    expect(result.answer).toMatch(/presence/);
  });
});

const RARE_METALS = `Rare metals memorandum

The memorandum on rare metals was signed by industry minister Aidar Bekov for Kazakhstan and by commerce secretary Ann Lee for the US.

Tokayev also met the ambassador Tom Hale in Astana.
`;

describe('a yes/no question that names someone the sources title as the signer', () => {
  const ctx = useEngineOver({ 'memo.txt': RARE_METALS });

  it.each(['Was the rare metals memorandum signed by Tom Hale?', 'Tom Hale írta alá a ritka fémekről szóló memorandumot?'])('is answered with everyone who signed: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Aidar Bekov.*Ann Lee/);
  });
});

describe('a yes/no question about what someone called something', () => {
  const ctx = useEngineOver({ 'asia.txt': 'Nortec in Asia\n\nAs minister Lee stressed, Nortec is the key economic partner of the railways in Central Asia.\n' });

  it.each([
    'Is it true that Lee called Nortec the key economic partner of the railways in South Asia?',
    'Вярно ли е, че Лий нарече Nortec ключов икономически партньор на железниците в Южна Азия?',
    'Igaz, hogy Lee a vasutak kulcsfontosságú gazdasági partnerének nevezte a Nortecet Dél-Ázsiában?',
  ])('is answered by how the source put it, though it never says "called": %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Central Asia/);
  });
});

describe('a yes/no claim of a thing the sources never mention, about a subject with no name', () => {
  const ctx = useEngineOver({
    'investors.txt': 'Investors visit\n\nThe delegation head Ann Lee said that American investors are interested in investing in the extraction of critical minerals, in particular rare metals.\n\nThe main topic of the talks with railway officials was new wagons.\n',
    'wagons.txt': 'Wagons\n\nNortec will deliver 300 wagons to Kazakhstan. The wagons will carry grain and coal.\n',
  });

  it.each([
    'Were American investors mainly interested in oil extraction?',
    'Американских инвесторов больше всего интересовала добыча урана?',
    'Igaz, hogy az amerikai befektetőket főleg az olajkitermelés érdekli?',
  ])('is answered by the passage that says the rest of it of a thing of the same kind: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/critical minerals/);
  });
});

describe('a yes/no question that claims which ministry signed', () => {
  const ctx = useEngineOver({ 'wagons.txt': 'Wagon deal\n\nThe agreement on 300 wagons was signed between the ministry of transport of Kazakhstan and the Nortec company.\n\nThe ministry of trade discussed grain exports.\n' });

  it.each(['Was the Nortec wagon agreement signed by the ministry of tourism and sport?', 'Соглашение с Nortec о вагонах подписало министерство туризма и спорта?'])(
    'is answered with who signed, though the sources never name the ministry claimed: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/ministry of transport/);
    },
  );
});

// "Did Tokayev meet Jeff Shockey *of Airbus*?": a company the sources never name, put after "of" a person they do
// (the seeds title him Boeing's executive vice president).
describe('a yes/no question that claims whose a person is', () => {
  const ctx = useOfflineEngine();

  it.each(['Did Tokayev meet Jeff Shockey of Airbus?', 'Was Jeff Shockey of Airbus at the meeting with Tokayev?'])(
    'is answered with the company the sources give: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBe('Boeing');
    },
  );
});

// "17 or 25 companies came in September? How many were in the delegation?": a figure a question before the last one asks
// about is offered, so the passage that gives it right answers.
describe('a figure asked about in a question before the last', () => {
  const ctx = useEngineOver({
    'delegation.txt': 'В начале мая делегация из 40 американских компаний посетила Казахстан.',
  });

  it.each([
    ['Was it 30 or 40 American companies that came in May? How many companies were in the delegation?', /40/],
    ['30 или 40 американских компаний приезжали в мае? Сколько компаний было в делегации?', /40/],
  ])('is answered with the figure a source gives: %s', async (question, fact) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(fact);
  });
});

// «Поставят во второй половине 2026 года? Когда ожидаются поставки?»: so is a year asked about before a question for the date.
describe('a year asked about in a question before one for the date', () => {
  const ctx = useEngineOver({
    'wagons.txt': 'Nortec will deliver the new freight wagons to Kazakhstan, expected in the second half of 2027.',
  });

  it.each([
    'Will Nortec deliver the wagons in the first half of 2027? When are the wagons expected?',
    'Nortec поставит вагоны в первой половине 2027 года? Когда ожидаются вагоны?',
  ])('is answered with the date the source gives: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('second half of 2027');
  });
});

// «Рубио ли подписа…? Кой го подписа?»: a yes/no question before an open one checks a claim, and a lone name its particle
// doubts is the claimed value, not a subject the answer must name.
describe('a name a yes/no particle doubts before a question for the one who did it', () => {
  const ctx = useEngineOver({
    'grain.txt': 'The grain memorandum was signed in Astana by agriculture minister Aidar Serikov and US envoy John Miller.',
  });

  it.each([
    'Министър Беков ли подписа меморандума за зърното? Кой го подписа?',
    'Министр Беков ли подписал меморандум по зерну? Кто его подписал?',
    'Астық меморандумына министр Беков ма қол қойды? Кім қол қойды?',
  ])('is answered with the signers the source gives: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/Serikov/);
  });
});

// "Is it true that he met Lutnick? Who else?" asks for more than the claim, not for a correction of it.
describe('a question after a yes/no question that names one', () => {
  const ctx = useOfflineEngine();

  it.each(['Did they talk about a deal with Caterpillar? If so, for what machinery?', 'Обсъждаха ли споразумение с Caterpillar? Ако да — за каква техника?'])(
    'while one asking on after "if so" keeps the claim: a company the sources never name is still declined: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  it('for someone else leads with another of those met, not the one claimed', async () => {
    const result = await ctx.engine.ask('Is it true that Tokayev met Howard Lutnick in Washington? Who else?');
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/Рубио|Гор/);
  });
});


describe('more asked of a claim, or the claim asked again', () => {
  it.each([
    ["Did Tokayev meet the CEO of BlackRock in New York? Which company's head did he meet?", ['blackrock']],
    ['Tokajev a BlackRock vezérigazgatójával találkozott? Melyik cég vezetőjével?', ['blackrock']],
    ['Токаев встречался с гендиректором BlackRock? С главой какой компании он встретился?', ['blackrock']],
  ] as const)('a name the sources never give, asked for again in a broader word ("head" for "CEO"), is corrected: %s', (question, unknown) => {
    expect(asksMoreOfClaim(question, detectLanguage(question, 'en'), unknown)).toBe(false);
  });

  it.each([
    ['Is it correct that Chevron signed a deal with Kazakhstan? What was it worth?', ['chevron']],
    ['Did Tokayev meet the CEO of BlackRock? Who organised the meeting?', ['blackrock']],
  ] as const)('a question for something else about it asks more of the claim: %s', (question, unknown) => {
    expect(asksMoreOfClaim(question, detectLanguage(question, 'en'), unknown)).toBe(true);
  });
});

// "The deal is worth $2.5 billion, right? And how many machines…?": a claim checked beside a question of another fact is
// answered too; where its passage holds the one quoted for the question whole, that passage is quoted in its place.
describe('a claim checked beside a question of another fact of the same passage', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['The John Deere agreement is worth 2.5 billion dollars, right? And how many machines will be produced?', ['2,5 миллиарда', '3000']],
    ['Wabtec opened its Astana plant in 2009, correct? What share of its production is local?', ['2009', '45%']],
  ])('quotes the claim\'s fact and the one asked: %s', async (question, facts) => {
    const { answer } = await ctx.engine.ask(question);
    for (const fact of facts) expect(answer).toContain(fact);
  });
});

// "Did Rubio sign the memorandum? Who signed it?": the one a yes/no question of signing names, before a question that
// asks who signed, is the claim; he is named elsewhere in the sources, but not as a signer.
describe('a signer a yes/no question names before asking who signed', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Did Rubio sign the minerals memorandum for the US? Who signed it?',
    'Подписал ли Рубио меморандум о минералах? Кто подписал?',
    'Минералдар меморандумына Рубио қол қойды ма? Кім қол қойды?',
  ])('is answered with the signers the sources give: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead).toMatch(/Латник/);
  });
});

// ("…a General Electric kiválasztását köszönte meg…? Melyik cégét?": a capitalised word the lexicon knows, after an
// unknown name, is a word of that name, the claim the question corrects; not a thing the sources never mention.)
describe('a claimed company of two words, the second one a known word', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT });

  it.each([
    'A vagongyárat a General Electric építi Pavlodarban? Melyik cég építi?',
    'Вагонный завод в Павлодаре построит General Electric? Какая компания на самом деле?',
  ])('is answered with the company the sources give: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Nortec/u);
  });
});

// ("…180 million dollars, about 200 million euros? How many euros is it?": the currency said with no amount is asked.)
describe('a currency asked after a claim that gives amounts in two', () => {
  const ctx = useEngineOver({ 'deal.txt': 'Nortec signed a 180 million dollar (152.7 million euro) investment agreement with the ministry.\n' });

  it.each([
    'Is it true the Nortec deal is 180 million dollars, about 200 million euros? How many euros is it?',
    'Вярно ли е, че сделката с Nortec е 180 милиона долара, около 200 милиона евро? Колко евро са?',
  ])('is led with the amount in that currency: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/152[.,]7/u);
  });
});
